/* byline-yaml-edit.c: splicing new values into YAML text
 *
 * An edit collects splices (ranges of the old text and what replaces them)
 * and applies them at the end, so that every byte outside them stays as it
 * was: comments, blank lines, quoting and indentation of other values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-yaml-private.h"

typedef struct {
  gsize  start;
  gsize  end;
  char  *text;
} Splice;

static void
clear_splice (gpointer data)
{
  g_free (((Splice *) data)->text);
}

/* Columns of indentation: bytes, as only spaces indent YAML, but not
 * those of a byte order mark. */
guint
byline_yaml_edit_column (const BylineYamlEdit *edit,
                         gsize                 pos)
{
  gsize start = byline_yaml_line_start (edit->text, pos);

  if (start == 0 && pos >= 3 && g_str_has_prefix (edit->text, "\xef\xbb\xbf"))
    start = 3;
  return pos - start;
}

/* Where @node's content starts, past its anchor and tag. (An anchor or
 * tag at the start of a block mapping's line belongs to its first key.) */
gsize
byline_yaml_edit_content_start (const BylineYamlEdit *edit,
                                const BylineNode     *node)
{
  if (node->target != NULL || (node->anchor == NULL && node->tag == NULL))
    return node->start;
  return MIN (byline_yaml_skip_properties (edit->text, edit->length, node), MAX (node->end, node->start));
}

/* Learns how the file indents a list and a mapping under a key, from the
 * first of each it holds. */
static void
learn_habits (BylineYamlEdit   *edit,
              const BylineNode *node,
              gboolean         *seen_list,
              gboolean         *seen_mapping)
{
  if (node->target != NULL || byline_node_is_scalar (node))
    return;

  for (guint i = 0; i < node->values->len && !(*seen_list && *seen_mapping); i++)
    {
      const BylineNode *value = g_ptr_array_index (node->values, i);

      if (node->kind == BYLINE_NODE_MAPPING && node->style == BYLINE_NODE_STYLE_BLOCK &&
          value->target == NULL && value->style == BYLINE_NODE_STYLE_BLOCK)
        {
          const BylineNode *key = g_ptr_array_index (node->keys, i);
          gsize first = byline_yaml_edit_content_start (edit, value);
          guint key_column = byline_yaml_edit_column (edit, key->start);
          guint value_column = byline_yaml_edit_column (edit, first);
          gboolean below = byline_yaml_line_start (edit->text, first) > key->start;

          if (value->kind == BYLINE_NODE_SEQUENCE && !*seen_list && below && value_column >= key_column)
            {
              edit->habits.seq_indent = value_column - key_column;
              *seen_list = TRUE;
            }
          else if (value->kind == BYLINE_NODE_MAPPING && !*seen_mapping && below && value_column > key_column)
            {
              edit->habits.map_indent = value_column - key_column;
              *seen_mapping = TRUE;
            }
        }

      learn_habits (edit, value, seen_list, seen_mapping);
    }
}

void
byline_yaml_edit_init (BylineYamlEdit   *edit,
                       const char       *text,
                       const BylineNode *root,
                       const char       *newline)
{
  gboolean seen_list = FALSE;
  gboolean seen_mapping = FALSE;

  edit->text = text;
  edit->length = strlen (text);
  edit->habits.map_indent = 2;
  edit->habits.seq_indent = 2;
  edit->habits.newline = newline;
  edit->splices = g_array_new (FALSE, FALSE, sizeof (Splice));
  g_array_set_clear_func (edit->splices, clear_splice);

  learn_habits (edit, root, &seen_list, &seen_mapping);
}

void
byline_yaml_edit_clear (BylineYamlEdit *edit)
{
  g_clear_pointer (&edit->splices, g_array_unref);
}

/* Replaces [start, end) with @text (owned; NULL to delete). */
void
byline_yaml_edit_splice (BylineYamlEdit *edit,
                         gsize           start,
                         gsize           end,
                         char           *text)
{
  Splice splice = { start, MAX (start, end), text };

  g_array_append_val (edit->splices, splice);
}

/* Insertions sort before a range that starts at the same place; splices
 * that tie keep their order. */
static int
compare_splices (gconstpointer a,
                 gconstpointer b)
{
  const Splice *x = a;
  const Splice *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

/**
 * byline_yaml_edit_finish:
 *
 * Returns: (transfer full) (nullable): the text with the splices applied,
 *   or %NULL if two of them overlap
 */
char *
byline_yaml_edit_finish (BylineYamlEdit  *edit,
                         GError         **error)
{
  g_autoptr(GString) out = g_string_sized_new (edit->length + 64);
  gsize copied = 0;

  g_array_sort (edit->splices, compare_splices);

  for (guint i = 0; i < edit->splices->len; i++)
    {
      const Splice *splice = &g_array_index (edit->splices, Splice, i);

      if (splice->start < copied || splice->end > edit->length)
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                       _("Byline could not find a way to make this change without touching other values"));
          return NULL;
        }

      g_string_append_len (out, edit->text + copied, splice->start - copied);
      if (splice->text != NULL)
        g_string_append (out, splice->text);
      copied = splice->end;
    }

  g_string_append_len (out, edit->text + copied, edit->length - copied);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Just past the `:` or `-` that introduces member @index of @collection,
 * or 0 for an explicit `? key` without its `: value` (whose text may end
 * with a `:` of its own); in a flow list, where the item starts. */
gsize
byline_yaml_edit_indicator_end (const BylineYamlEdit *edit,
                                const BylineNode     *collection,
                                guint                 index)
{
  const BylineNode *value = g_ptr_array_index (collection->values, index);
  gsize from;

  if (collection->kind == BYLINE_NODE_MAPPING)
    {
      gsize key_end = ((BylineNode *) g_ptr_array_index (collection->keys, index))->end;
      gsize indicator = byline_yaml_find_indicator (edit->text, edit->length, key_end, ':',
                                                    collection->style == BYLINE_NODE_STYLE_FLOW);

      return indicator > key_end ? indicator : 0;
    }

  if (collection->style == BYLINE_NODE_STYLE_FLOW)
    return value->start;

  from = index == 0
    ? byline_yaml_edit_content_start (edit, collection)
    : ((BylineNode *) g_ptr_array_index (collection->values, index - 1))->end;
  return byline_yaml_find_indicator (edit->text, edit->length, from, '-', FALSE);
}

gsize
byline_yaml_edit_member_start (const BylineYamlEdit *edit,
                               const BylineNode     *collection,
                               guint                 index)
{
  if (collection->kind == BYLINE_NODE_MAPPING)
    {
      gsize start = ((BylineNode *) g_ptr_array_index (collection->keys, index))->start;
      gsize from = index > 0
        ? byline_yaml_edit_member_end (edit, collection, index - 1)
        : byline_yaml_edit_content_start (edit, collection);
      gsize question;

      /* An explicit key starts with its `?`, which may stand lines (and
       * comments, and in a flow mapping the comma or the brace) before it. */
      if (index == 0 && collection->style == BYLINE_NODE_STYLE_FLOW && from < start && edit->text[from] == '{')
        from++;
      question = byline_yaml_skip_gap (edit->text, edit->length, from);
      if (index > 0 && question < start && edit->text[question] == ',')
        question = byline_yaml_skip_gap (edit->text, edit->length, question + 1);
      if (question < start && edit->text[question] == '?')
        return question;
      return start;
    }
  if (collection->style == BYLINE_NODE_STYLE_FLOW)
    return ((BylineNode *) g_ptr_array_index (collection->values, index))->start;
  return byline_yaml_edit_indicator_end (edit, collection, index) - 1;
}

gsize
byline_yaml_edit_member_end (const BylineYamlEdit *edit,
                             const BylineNode     *collection,
                             guint                 index)
{
  gsize end = ((BylineNode *) g_ptr_array_index (collection->values, index))->end;

  if (collection->kind == BYLINE_NODE_MAPPING)
    end = MAX (end, ((BylineNode *) g_ptr_array_index (collection->keys, index))->end);
  return end;
}

guint
byline_yaml_edit_member_column (const BylineYamlEdit *edit,
                                const BylineNode     *collection)
{
  if (collection->values->len == 0)
    return 0;
  return byline_yaml_edit_column (edit, byline_yaml_edit_member_start (edit, collection, 0));
}

/* Content may follow an anchor with no blank between (`&a:b` is the
 * anchor `a` and the text `:b`); new content there needs one. */
gboolean
byline_yaml_edit_touches_properties (const BylineYamlEdit *edit,
                                     const BylineNode     *old,
                                     gsize                 content)
{
  return content > old->start &&
         byline_yaml_properties_end (edit->text, edit->length, old) == content;
}

/* A plain scalar reads the blank lines after it, tabs and all, and the
 * blanks before a comment that ends it; after any other value a tab there
 * is an error. Returns where those lines end when one has a tab, else 0. */
gsize
byline_yaml_edit_tabbed_blank_lines_end (const BylineYamlEdit *edit,
                                         const BylineNode     *old)
{
  gsize line = byline_yaml_next_line (edit->text, edit->length,
                                      byline_yaml_line_end (edit->text, edit->length, old->end));
  gboolean tabbed = FALSE;

  for (; line < edit->length; line = byline_yaml_next_line (edit->text, edit->length, line))
    {
      gsize line_end = byline_yaml_line_end (edit->text, edit->length, line);
      gsize blanks_end = byline_yaml_skip_blanks (edit->text, line_end, line);
      gboolean has_tab = memchr (edit->text + line, '\t', blanks_end - line) != NULL;

      if (blanks_end < line_end)
        {
          if (has_tab && edit->text[blanks_end] == '#')
            return byline_yaml_next_line (edit->text, edit->length, line);
          break;
        }
      tabbed |= has_tab;
    }

  return tabbed ? line : 0;
}
