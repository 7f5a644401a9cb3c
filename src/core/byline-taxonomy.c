/* byline-taxonomy.c: counting the categories, tags and keys posts use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-taxonomy.h"

static void
free_key_use (gpointer data)
{
  g_free (data);
}

BylineTaxonomy *
byline_taxonomy_new (void)
{
  BylineTaxonomy *taxonomy = g_new0 (BylineTaxonomy, 1);

  taxonomy->categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  taxonomy->tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  taxonomy->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_key_use);

  return taxonomy;
}

void
byline_taxonomy_free (BylineTaxonomy *taxonomy)
{
  g_clear_pointer (&taxonomy->categories, g_hash_table_unref);
  g_clear_pointer (&taxonomy->tags, g_hash_table_unref);
  g_clear_pointer (&taxonomy->keys, g_hash_table_unref);
  g_free (taxonomy);
}

static void
count_term (GHashTable *terms,
            const char *name,
            guint       count)
{
  gpointer old;

  if (g_hash_table_lookup_extended (terms, name, NULL, &old))
    g_hash_table_insert (terms, g_strdup (name), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + count));
  else
    g_hash_table_insert (terms, g_strdup (name), GUINT_TO_POINTER (count));
}

static void
count_key (GHashTable *keys,
           const char *key,
           guint       count,
           guint       kinds,
           guint       list_count)
{
  BylineKeyUse *use = g_hash_table_lookup (keys, key);

  if (use == NULL)
    {
      use = g_new0 (BylineKeyUse, 1);
      g_hash_table_insert (keys, g_strdup (key), use);
    }

  use->count += count;
  use->kinds |= kinds;
  use->list_count += list_count;
}

void
byline_taxonomy_merge (BylineTaxonomy *into,
                       BylineTaxonomy *from)
{
  GHashTable *term_tables[][2] = {
    { into->categories, from->categories },
    { into->tags, from->tags },
  };
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < G_N_ELEMENTS (term_tables); i++)
    {
      g_hash_table_iter_init (&iter, term_tables[i][1]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        count_term (term_tables[i][0], key, GPOINTER_TO_UINT (value));
    }

  g_hash_table_iter_init (&iter, from->keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BylineKeyUse *use = value;

      count_key (into->keys, key, use->count, use->kinds, use->list_count);
    }
}

static void
clear_term (BylineTerm *term)
{
  g_free (term->name);
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const BylineTerm *term_a = a;
  const BylineTerm *term_b = b;

  if (term_a->count != term_b->count)
    return term_a->count > term_b->count ? -1 : 1;
  return g_utf8_collate (term_a->name, term_b->name);
}

/**
 * byline_taxonomy_list_terms:
 *
 * Returns: (transfer full): the terms, the most used first
 */
GArray *
byline_taxonomy_list_terms (GHashTable *terms)
{
  GArray *list = g_array_sized_new (FALSE, FALSE, sizeof (BylineTerm), g_hash_table_size (terms));
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_clear_func (list, (GDestroyNotify) clear_term);
  g_hash_table_iter_init (&iter, terms);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BylineTerm term = { g_strdup (key), GPOINTER_TO_UINT (value) };

      g_array_append_val (list, term);
    }

  g_array_sort (list, compare_terms);
  return list;
}

static void
clear_key_use (BylineKeyUse *use)
{
  g_free (use->key);
}

static int
compare_key_uses (gconstpointer a,
                  gconstpointer b)
{
  const BylineKeyUse *use_a = a;
  const BylineKeyUse *use_b = b;

  if (use_a->count != use_b->count)
    return use_a->count > use_b->count ? -1 : 1;
  return strcmp (use_a->key, use_b->key);
}

/**
 * byline_taxonomy_list_keys:
 *
 * Returns: (transfer full): the keys in use, the most used first
 */
GArray *
byline_taxonomy_list_keys (BylineTaxonomy *taxonomy)
{
  GArray *list = g_array_sized_new (FALSE, FALSE, sizeof (BylineKeyUse),
                                    g_hash_table_size (taxonomy->keys));
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_clear_func (list, (GDestroyNotify) clear_key_use);
  g_hash_table_iter_init (&iter, taxonomy->keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BylineKeyUse use = *(BylineKeyUse *) value;

      use.key = g_strdup (key);
      g_array_append_val (list, use);
    }

  g_array_sort (list, compare_key_uses);
  return list;
}

/* Counts each term of @terms once, however often a post repeats it. */
static void
count_terms (GHashTable         *counts,
             const char * const *terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = strcmp (terms[i], terms[j]) == 0;
      if (!seen)
        count_term (counts, terms[i], 1);
    }
}

/**
 * byline_taxonomy_add:
 * @root: (nullable): the root of the post's front matter
 *
 * Counts the categories, tags and keys of one post.
 */
void
byline_taxonomy_add (BylineTaxonomy  *taxonomy,
                     BylinePostEntry *entry,
                     BylineNode      *root)
{
  count_terms (taxonomy->categories, byline_post_entry_get_categories (entry));
  count_terms (taxonomy->tags, byline_post_entry_get_tags (entry));

  if (root == NULL || byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    return;

  for (guint i = 0; i < byline_node_get_n_children (root); i++)
    {
      const char *key = byline_node_get_key_string (root, i);
      BylineNodeKind kind = byline_node_get_kind (byline_node_get_child (root, i));

      if (key != NULL)
        count_key (taxonomy->keys, key, 1, 1u << kind, kind == BYLINE_NODE_SEQUENCE ? 1 : 0);
    }
}
