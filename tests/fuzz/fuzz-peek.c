/* fuzz-peek.c: the front matter read at a glance is the one the parser
 * reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On any bytes, when byline_post_peek_front_matter() reads a front matter,
 * the post's own parse must find one too, with the same keys in the same
 * order and the same values, written the same; byline_post_peek_values()
 * reads the same front matters, and the same values of the keys it is
 * asked for.
 */

#include "config.h"

#include "byline-post-peek.h"
#include "byline-post.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static gboolean
same_tree (BylineNode *a,
           BylineNode *b)
{
  guint n = byline_node_get_n_children (a);

  if (!byline_node_equal (a, b) || byline_node_get_kind (a) != byline_node_get_kind (b))
    return FALSE;
  if (byline_node_is_scalar (a))
    return g_strcmp0 (byline_node_get_string (a), byline_node_get_string (b)) == 0;
  if (n != byline_node_get_n_children (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (byline_node_get_kind (a) == BYLINE_NODE_MAPPING &&
          g_strcmp0 (byline_node_get_key_string (a, i), byline_node_get_key_string (b, i)) != 0)
        return FALSE;
      if (!same_tree (byline_node_get_child (a, i), byline_node_get_child (b, i)))
        return FALSE;
    }

  return TRUE;
}

/* Whether @values are the values of @keys in @mapping. */
static gboolean
same_values (BylineNode * const  *values,
             BylineNode          *mapping,
             const char * const  *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      BylineNode *value = byline_node_lookup (mapping, keys[i]);

      if ((value == NULL) != (values[i] == NULL) || (value != NULL && !same_tree (values[i], value)))
        return FALSE;
    }

  return TRUE;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char * const keys[] = { "title", "date", "tags", NULL };
  const char *text = (const char *) data;
  const char *valid_end;
  g_autoptr(BylineNode) peeked = NULL;
  BylineNode *values[G_N_ELEMENTS (keys) - 1];
  gboolean has_values;
  g_autoptr(BylinePost) post = NULL;
  BylineFrontMatter *front_matter;
  BylineNode *root;

  /* Bytes that are not UTF-8 (or a NUL) are no part of a front matter
   * read at a glance: it reads the same without them and what follows. */
  if (!g_utf8_validate_len (text, size, &valid_end))
    {
      g_autoptr(BylineNode) with_rest = byline_post_peek_front_matter (text, size);
      g_autoptr(BylineNode) without = byline_post_peek_front_matter (text, valid_end - text);

      if (with_rest != NULL && (without == NULL || !same_tree (with_rest, without)))
        {
          g_printerr ("Peeked a front matter that is not UTF-8:\n%.*s\n", (int) size, text);
          abort ();
        }
      size = valid_end - text;
    }

  peeked = byline_post_peek_front_matter (text, size);
  has_values = byline_post_peek_values (text, size, keys, values);
  if (has_values != (peeked != NULL) || (has_values && !same_values (values, peeked, keys)))
    {
      g_printerr ("Peeked other values than the front matter's:\n%.*s\n", (int) size, text);
      abort ();
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_clear_pointer (&values[i], byline_node_unref);
  if (peeked == NULL)
    return 0;

  post = byline_post_new_from_data (text, size, NULL);
  front_matter = post != NULL ? byline_post_get_front_matter (post) : NULL;
  root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;

  /* libFuzzer keeps the input of an abort(), not of g_error()'s trap. */
  if (root == NULL || !same_tree (peeked, root))
    {
      g_autofree char *peeked_json = byline_node_to_json (peeked, TRUE);
      g_autofree char *parsed_json = root != NULL ? byline_node_to_json (root, TRUE) : g_strdup ("(none)");

      g_printerr ("Peeked another front matter:\n%.*s\n\npeeked: %s\nparsed: %s\n",
                  (int) size, text, peeked_json, parsed_json);
      abort ();
    }

  return 0;
}
