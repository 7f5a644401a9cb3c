/* byline-toml-remove.c: taking keys, tables and items out of a TOML front
 * matter with their lines, and renaming keys wherever they are written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-edit-steps.h"
#include "byline-toml-private.h"

typedef struct {
  gsize start;
  gsize end;
} Range;

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *range_a = a;
  const Range *range_b = b;

  return range_a->start < range_b->start ? -1 : range_a->start > range_b->start;
}

/* Returns: @text without the bytes of @ranges, which may overlap */
static char *
cut_ranges (const char *text,
            GArray     *ranges)
{
  GString *out = g_string_new (NULL);
  gsize copied = 0;

  g_array_sort (ranges, compare_ranges);
  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *range = &g_array_index (ranges, Range, i);

      if (range->start > copied)
        g_string_append_len (out, text + copied, range->start - copied);
      copied = MAX (copied, range->end);
    }
  g_string_append (out, text + copied);
  return g_string_free (out, FALSE);
}

static gboolean
is_blank_line (const char *text,
               gsize       start)
{
  gsize end = byline_text_next_line (text, start);

  return end > start && byline_text_is_blank (text, start, end);
}

/* A section cut from between two blank lines takes one of them along, and
 * one cut from the end takes the blank lines before it, so that the text
 * keeps its spacing. */
static void
widen_over_blank_lines (const char *text,
                        Range      *range)
{
  gboolean after_blank = range->start == 0 ||
                         is_blank_line (text, byline_text_line_start (text, range->start - 1));

  if (!after_blank)
    return;

  if (is_blank_line (text, range->end))
    range->end = byline_text_next_line (text, range->end);
  else if (text[range->end] == '\0')
    while (range->start > 0 && is_blank_line (text, byline_text_line_start (text, range->start - 1)))
      range->start = byline_text_line_start (text, range->start - 1);
}

/* Where the blank lines at the end of @text start. */
static gsize
trailing_blank_lines (const char *text)
{
  gsize end = strlen (text);

  while (end > 0 && text[end - 1] == '\n')
    {
      gsize start = byline_text_line_start (text, end - 1);

      if (start == 0 || !byline_text_is_blank (text, start, end))
        break;
      end = start;
    }
  return end;
}

/* Takes out every line that writes a part of @target: its key/value lines,
 * and the sections of its tables, wherever they are. */
static char *
cut_lines (const BylineTomlDocument *document,
           const char               *text,
           BylineNode               *target)
{
  g_autoptr(GHashTable) subtree = byline_toml_subtree (target);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  char *result;

  for (guint i = 0; i < document->entries->len; i++)
    {
      const BylineTomlEntry *entry = g_ptr_array_index (document->entries, i);
      Range range = { entry->start, entry->end };

      if (entry->section != NULL && g_hash_table_contains (subtree, entry->value))
        g_array_append_val (ranges, range);
    }

  for (guint i = 1; i < document->sections->len; i++)
    {
      const BylineTomlSection *section = g_ptr_array_index (document->sections, i);
      Range range = { section->start, section->end };

      if (!g_hash_table_contains (subtree, section->table))
        continue;
      widen_over_blank_lines (text, &range);
      g_array_append_val (ranges, range);
    }

  result = cut_ranges (text, ranges);
  if (trailing_blank_lines (text) == strlen (text))
    result[trailing_blank_lines (result)] = '\0';
  return result;
}

/* Takes out the first member of @inline_table that writes a part of
 * @target: a dotted table in { … } may take several. */
static char *
cut_inline_member (const BylineTomlDocument *document,
                   const char               *text,
                   BylineNode               *inline_table,
                   BylineNode               *target)
{
  g_autoptr(GHashTable) subtree = byline_toml_subtree (target);
  guint item = 0;

  for (guint i = 0; i < document->entries->len; i++)
    {
      const BylineTomlEntry *entry = g_ptr_array_index (document->entries, i);

      if (entry->inline_table != inline_table)
        continue;
      if (g_hash_table_contains (subtree, entry->value))
        return byline_flow_remove (g_hash_table_lookup (document->flows, inline_table), text, item);
      item++;
    }

  g_return_val_if_reached (NULL);
}

static char **
path_prefix (const char * const *path,
             guint               length)
{
  char **prefix = g_new0 (char *, length + 1);

  for (guint i = 0; i < length; i++)
    prefix[i] = g_strdup (path[i]);
  return prefix;
}

/* Removing the last key of a table that only its keys made (`a.b = 1`, or
 * [a.b] alone) takes the table away too; it comes back written empty.
 * Takes @text. */
static char *
restore_emptied_table (const BylineTomlDocument  *document,
                       char                      *text,
                       const char * const        *path,
                       const char                *newline,
                       GError                   **error)
{
  g_autofree char *owned = text;
  g_autoptr(BylineTomlDocument) result = byline_toml_document_parse (text, error);
  guint n = g_strv_length ((char **) path);

  if (result == NULL)
    return NULL;

  for (guint depth = 1; depth < n; depth++)
    {
      g_auto(GStrv) prefix = path_prefix (path, depth);
      g_autoptr(BylineNode) emptied = NULL;
      BylineNode *parent;
      int index;

      if (byline_path_lookup (result->root, (const char * const *) prefix) != NULL)
        continue;

      emptied = byline_node_copy (byline_path_lookup (document->root, (const char * const *) prefix));
      parent = byline_path_find_parent (emptied, path + depth, &index, NULL);
      byline_node_remove_child (parent, (guint) index);
      return byline_toml_set (owned, NULL, (const char * const *) prefix, emptied, newline, error);
    }

  return g_steal_pointer (&owned);
}

char *
byline_toml_remove (const char          *text,
                    BylineNode          *root,
                    const char * const  *path,
                    const char          *newline,
                    GError             **error)
{
  g_autoptr(BylineTomlDocument) document = byline_toml_document_parse (text, error);
  const BylineTomlTable *info;
  BylineNode *parent;
  BylineNode *target;
  char *result;
  int index;

  if (document == NULL || !(parent = byline_path_find_existing (document->root, path, &index, error)))
    return NULL;

  target = byline_node_get_child (parent, (guint) index);
  info = g_hash_table_lookup (document->tables, parent);

  if (byline_node_get_kind (parent) == BYLINE_NODE_SEQUENCE &&
      byline_node_get_style (parent) == BYLINE_NODE_STYLE_FLOW)
    return byline_flow_remove (g_hash_table_lookup (document->flows, parent), text, (guint) index);

  if (info != NULL && (info->kind == BYLINE_TOML_TABLE_INLINE || info->inline_table != NULL))
    {
      g_autoptr(BylineTomlDocument) after = NULL;

      result = cut_inline_member (document, text,
                                  info->kind == BYLINE_TOML_TABLE_INLINE ? parent : info->inline_table,
                                  target);
      after = byline_toml_document_parse (result, NULL);
      if (after != NULL && byline_path_lookup (after->root, path) != NULL)
        {
          g_autofree char *owned = result;

          return byline_toml_remove (owned, NULL, path, newline, error);
        }
    }
  else
    result = cut_lines (document, text, target);

  return restore_emptied_table (document, result, path, newline, error);
}

char *
byline_toml_rename (const char          *text,
                    BylineNode          *root,
                    const char * const  *path,
                    const char          *new_key,
                    const char          *newline,
                    GError             **error)
{
  g_autoptr(BylineTomlDocument) document = byline_toml_document_parse (text, error);
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *old_key;
  BylineNode *parent;
  gsize copied = 0;
  int index;

  if (document == NULL || !(parent = byline_path_find_existing (document->root, path, &index, error)))
    return NULL;
  g_return_val_if_fail (byline_node_get_kind (parent) == BYLINE_NODE_MAPPING, NULL);

  old_key = byline_node_get_key_string (parent, (guint) index);
  byline_toml_append_key (key, new_key);

  /* Key uses are in text order: each header and dotted key naming the
   * table gets the new name. */
  for (guint i = 0; i < document->key_uses->len; i++)
    {
      const BylineTomlKeyUse *use = g_ptr_array_index (document->key_uses, i);

      if (use->table != parent || strcmp (use->key, old_key) != 0 || use->start < copied)
        continue;
      g_string_append_len (out, text + copied, use->start - copied);
      g_string_append (out, key->str);
      copied = use->end;
    }
  g_string_append (out, text + copied);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
