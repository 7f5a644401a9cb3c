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
static guint
column_of (const BylineYamlEdit *edit,
           gsize                 pos)
{
  gsize start = byline_yaml_line_start (edit->text, pos);

  if (start == 0 && pos >= 3 && g_str_has_prefix (edit->text, "\xef\xbb\xbf"))
    start = 3;
  return pos - start;
}

static gsize
content_start (const BylineYamlEdit *edit,
               const BylineNode     *node)
{
  if (node->target != NULL)
    return node->start;
  return MIN (byline_yaml_skip_properties (edit->text, edit->length, node->start), MAX (node->end, node->start));
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
          gsize first = content_start (edit, value);
          guint key_column = column_of (edit, key->start);
          guint value_column = column_of (edit, first);
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

/* Just past the `:` or `-` that introduces member @index of @collection;
 * in a flow list, where the item starts. */
static gsize
indicator_end (const BylineYamlEdit *edit,
               const BylineNode     *collection,
               guint                 index)
{
  const BylineNode *value = g_ptr_array_index (collection->values, index);
  gsize from;

  if (collection->kind == BYLINE_NODE_MAPPING)
    return byline_yaml_find_indicator (edit->text, edit->length,
                                       ((BylineNode *) g_ptr_array_index (collection->keys, index))->end, ':');

  if (collection->style == BYLINE_NODE_STYLE_FLOW)
    return value->start;

  from = index == 0
    ? content_start (edit, collection)
    : ((BylineNode *) g_ptr_array_index (collection->values, index - 1))->end;
  return byline_yaml_find_indicator (edit->text, edit->length, from, '-');
}

gsize
byline_yaml_edit_member_start (const BylineYamlEdit *edit,
                               const BylineNode     *collection,
                               guint                 index)
{
  if (collection->kind == BYLINE_NODE_MAPPING)
    return ((BylineNode *) g_ptr_array_index (collection->keys, index))->start;
  if (collection->style == BYLINE_NODE_STYLE_FLOW)
    return ((BylineNode *) g_ptr_array_index (collection->values, index))->start;
  return indicator_end (edit, collection, index) - 1;
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
  return column_of (edit, byline_yaml_edit_member_start (edit, collection, 0));
}

static gboolean
has_line_break (const char *text,
                gsize       start,
                gsize       end)
{
  return memchr (text + start, '\n', end - start) != NULL;
}

/* The indentation of a block scalar's first line that holds text. */
static guint
block_scalar_indent (const BylineYamlEdit *edit,
                     const BylineNode     *node,
                     guint                 fallback)
{
  gsize line = byline_yaml_next_line (edit->text, edit->length, content_start (edit, node));

  for (; line < node->end; line = byline_yaml_next_line (edit->text, edit->length, line))
    {
      gsize text_start = byline_yaml_skip_blanks (edit->text, edit->length, line);

      if (text_start < byline_yaml_line_end (edit->text, edit->length, line))
        return text_start - line;
    }

  return fallback;
}

/* A block scalar with `+` chomping keeps the blank lines after it as its
 * own, and needs a line break after its last line: it fits in place of
 * @old only when a line that is not blank follows. */
static gboolean
keeps_only_its_lines (const BylineYamlEdit *edit,
                      const BylineNode     *old,
                      const char           *written)
{
  gsize line_end = byline_yaml_line_end (edit->text, edit->length, old->end);
  gsize next = byline_yaml_next_line (edit->text, edit->length, line_end);

  if ((written[0] != '|' && written[0] != '>') || strchr (written, '\n') == NULL ||
      memchr (written, '+', strchr (written, '\n') - written) == NULL)
    return TRUE;

  return line_end < edit->length &&
         !byline_yaml_is_blank_range (edit->text, next, byline_yaml_line_end (edit->text, edit->length, next));
}

/* A block scalar written in place of another keeps the comment of its
 * header line (`| # note`). */
static char *
keep_header_comment (const BylineYamlEdit *edit,
                     const BylineNode     *old,
                     char                 *written)
{
  gsize header = content_start (edit, old);
  gsize header_end = byline_yaml_line_end (edit->text, edit->length, header);
  const char *comment = memchr (edit->text + header, '#', header_end - header);
  const char *written_end = strpbrk (written, "\r\n");
  g_autofree char *owned = written;

  if (comment == NULL || written_end == NULL || (*written != '|' && *written != '>'))
    return g_steal_pointer (&owned);

  while (comment > edit->text + header && (comment[-1] == ' ' || comment[-1] == '\t'))
    comment--;

  return g_strdup_printf ("%.*s%.*s%s",
                          (int) (written_end - written), written,
                          (int) (edit->text + header_end - comment), comment,
                          written_end);
}

/* Puts @written (starting with a space for a value on the indicator's
 * line, or with a line break for one on the lines below) in place of @old.
 * @anchor is where the value may start: past the indicator, or past the
 * anchor and tag that @old keeps. */
static void
place_value (BylineYamlEdit   *edit,
             const BylineNode *old,
             gsize             anchor,
             char             *written)
{
  const char *text = edit->text;
  gsize content = content_start (edit, old);
  gboolean is_empty = content >= old->end;
  gboolean old_inline = is_empty || !has_line_break (text, anchor, content);
  gboolean new_below = written[0] == '\r' || written[0] == '\n';
  gsize anchor_line_end = byline_yaml_line_end (text, edit->length, anchor);

  if (new_below && old_inline)
    {
      byline_yaml_edit_splice (edit, anchor, is_empty ? anchor : old->end, NULL);
      byline_yaml_edit_splice (edit, byline_yaml_line_end (text, edit->length, MAX (old->end, anchor)),
                               byline_yaml_line_end (text, edit->length, MAX (old->end, anchor)),
                               written);
    }
  else if (new_below)
    byline_yaml_edit_splice (edit, anchor_line_end, old->end, written);
  else if (!is_empty && old_inline)
    {
      byline_yaml_edit_splice (edit, content, old->end, g_strdup (written + 1));
      g_free (written);
    }
  else if (is_empty)
    {
      /* `key:` gets ` value`; blanks left at the end of the line go. */
      gsize blanks_end = byline_yaml_skip_blanks (text, edit->length, anchor);

      byline_yaml_edit_splice (edit, anchor, blanks_end == anchor_line_end ? blanks_end : anchor, written);
    }
  else
    {
      byline_yaml_edit_splice (edit, anchor, anchor, written);
      byline_yaml_edit_splice (edit, anchor_line_end, old->end, NULL);
    }
}

static gboolean
cannot_write (GError **error)
{
  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("Byline cannot write this value as YAML that reads back the same"));
  return FALSE;
}

/* Writes @value over member @index of a flow collection. */
static gboolean
set_flow_member (BylineYamlEdit  *edit,
                 BylineNode      *collection,
                 guint            index,
                 BylineNode      *value,
                 GError         **error)
{
  BylineNode *old = g_ptr_array_index (collection->values, index);
  gsize content = content_start (edit, old);
  char *written;

  if (byline_node_is_scalar (value) && old->target == NULL && byline_node_is_scalar (old))
    written = byline_yaml_write_scalar (value, old->style, BYLINE_YAML_CONTEXT_FLOW_VALUE, 0,
                                        edit->habits.newline);
  else
    written = byline_yaml_write_flow (value, edit->habits.newline);

  if (written == NULL)
    return cannot_write (error);

  if (content < old->end)
    byline_yaml_edit_splice (edit, content, old->end, written);
  else
    {
      /* An empty value: `{a: }` or `{a}`. */
      gboolean has_colon = old->start > 0 && edit->text[old->start - 1] == ':';

      byline_yaml_edit_splice (edit, old->end, old->end,
                               g_strconcat (has_colon ? " " : ": ", written, NULL));
      g_free (written);
    }

  return TRUE;
}

/**
 * byline_yaml_edit_set_member:
 *
 * Writes @value in place of member @index of @collection: a scalar in the
 * old one's style where it fits, a list or mapping of the old one's kind
 * by the smallest change of its members, anything else anew.
 */
gboolean
byline_yaml_edit_set_member (BylineYamlEdit  *edit,
                             BylineNode      *collection,
                             guint            index,
                             BylineNode      *value,
                             GError         **error)
{
  BylineNode *old = g_ptr_array_index (collection->values, index);
  gboolean is_item = collection->kind == BYLINE_NODE_SEQUENCE;
  g_autoptr(GString) written = NULL;
  gsize indicator;
  gsize anchor;
  guint column;

  value = byline_node_resolve (value);
  if (byline_node_equal (old, value))
    return TRUE;

  if (old->target == NULL && !byline_node_is_scalar (value) && old->kind == value->kind &&
      value->values->len > 0)
    {
      g_autoptr(GArray) ops = byline_yaml_diff (old, value);
      gboolean has_survivor = FALSE;

      for (guint k = 0; k < ops->len; k++)
        if (g_array_index (ops, BylineYamlOp, k).kind != BYLINE_YAML_OP_INSERT &&
            g_array_index (ops, BylineYamlOp, k).kind != BYLINE_YAML_OP_DELETE)
          has_survivor = TRUE;

      if (has_survivor || (old->values->len == 0 && old->style == BYLINE_NODE_STYLE_FLOW))
        return byline_yaml_apply_ops (edit, old, ops, error);
    }

  if (collection->style == BYLINE_NODE_STYLE_FLOW)
    return set_flow_member (edit, collection, index, value, error);

  indicator = indicator_end (edit, collection, index);
  column = is_item ? column_of (edit, indicator - 1) : column_of (edit, byline_yaml_edit_member_start (edit, collection, index));
  anchor = content_start (edit, old) > old->start
    ? byline_yaml_properties_end (edit->text, edit->length, old->start)
    : indicator;

  written = g_string_new (NULL);
  if (byline_node_is_scalar (value))
    {
      gboolean was_block = old->target == NULL &&
                           (old->style == BYLINE_NODE_STYLE_LITERAL || old->style == BYLINE_NODE_STYLE_FOLDED);
      guint indent = column + (is_item ? 2 : MAX (edit->habits.map_indent, 1));
      char *scalar;

      if (was_block)
        indent = block_scalar_indent (edit, old, indent);
      scalar = byline_yaml_write_scalar (value,
                                         old->target == NULL && byline_node_is_scalar (old) ? old->style : value->style,
                                         BYLINE_YAML_CONTEXT_BLOCK_VALUE, indent, edit->habits.newline);
      if (scalar != NULL && !keeps_only_its_lines (edit, old, scalar))
        {
          g_free (scalar);
          scalar = byline_yaml_write_scalar (value, BYLINE_NODE_STYLE_DOUBLE_QUOTED,
                                             BYLINE_YAML_CONTEXT_BLOCK_VALUE, indent, edit->habits.newline);
        }
      if (scalar == NULL)
        return cannot_write (error);
      if (was_block)
        scalar = keep_header_comment (edit, old, scalar);
      g_string_append_c (written, ' ');
      g_string_append (written, scalar);
      g_free (scalar);
    }
  else if (old->target == NULL && old->style == BYLINE_NODE_STYLE_FLOW && value->style == BYLINE_NODE_STYLE_ANY)
    {
      /* A list written `[a, b]` stays on its line. */
      g_autofree char *flow = byline_yaml_write_flow (value, edit->habits.newline);

      if (flow == NULL)
        return cannot_write (error);
      g_string_append_c (written, ' ');
      g_string_append (written, flow);
    }
  else if (!byline_yaml_write_after_indicator (written, value, column, is_item, &edit->habits))
    return cannot_write (error);

  place_value (edit, old, anchor, g_string_free (g_steal_pointer (&written), FALSE));
  return TRUE;
}
