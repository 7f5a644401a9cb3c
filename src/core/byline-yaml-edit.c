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
    {
      gsize start = ((BylineNode *) g_ptr_array_index (collection->keys, index))->start;
      gsize question = start;

      /* An explicit key starts with its `?`. */
      while (question > 0 && (edit->text[question - 1] == ' ' || edit->text[question - 1] == '\t'))
        question--;
      if (question > 0 && edit->text[question - 1] == '?')
        return question - 1;
      return start;
    }
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

/* Content may follow an anchor with no blank between (`&a:b` is the
 * anchor `a` and the text `:b`); new content there needs one. */
static gboolean
touches_properties (const BylineYamlEdit *edit,
                    const BylineNode     *old,
                    gsize                 content)
{
  return content > old->start &&
         byline_yaml_properties_end (edit->text, edit->length, old->start) == content;
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

/* A value written in place of a block scalar keeps the comment of its
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

  if (comment == NULL)
    return g_steal_pointer (&owned);

  while (comment > edit->text + header && (comment[-1] == ' ' || comment[-1] == '\t'))
    comment--;

  /* A value that is no block any more ends with the comment instead. */
  if (written_end == NULL || (*written != '|' && *written != '>'))
    written_end = written + strlen (written);

  return g_strdup_printf ("%.*s%.*s%s",
                          (int) (written_end - written), written,
                          (int) (edit->text + header_end - comment), comment,
                          written_end);
}

/* Puts @written (starting with a space, and with a line break before the
 * value when @new_below) in place of @old, whose content starts at
 * @content. @anchor is where the value may start: past the indicator, or
 * past the anchor and tag that @old keeps. */
static void
place_value (BylineYamlEdit   *edit,
             const BylineNode *old,
             gsize             anchor,
             gsize             content,
             char             *written,
             gboolean          new_below)
{
  const char *text = edit->text;
  gboolean is_empty = content >= old->end;
  gboolean old_inline = is_empty || !has_line_break (text, anchor, content);
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
      byline_yaml_edit_splice (edit, content, old->end,
                               g_strdup (touches_properties (edit, old, content) ? written : written + 1));
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

/* A tag only fits values of its kind: one that would not is dropped with
 * the rest of the old value, and the anchor written again. */
static gboolean
keeps_properties (const BylineNode *old,
                  const BylineNode *value)
{
  return old->target != NULL || old->tag == NULL || old->kind == byline_node_get_kind (value);
}

static char *
rewritten_anchor (const BylineNode *old)
{
  return old->anchor != NULL ? g_strdup_printf ("&%s ", old->anchor) : g_strdup ("");
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

  if (!keeps_properties (old, value))
    {
      g_autofree char *flow = byline_yaml_write_flow (value, edit->habits.newline);
      g_autofree char *props = rewritten_anchor (old);

      if (flow == NULL)
        return byline_yaml_set_unwritable_error (error, value);
      byline_yaml_edit_splice (edit, old->start, old->end, g_strconcat (props, flow, NULL));
      return TRUE;
    }

  if (byline_node_is_scalar (value) && old->target == NULL && byline_node_is_scalar (old))
    written = byline_yaml_write_scalar (value, old->style, BYLINE_YAML_CONTEXT_FLOW_VALUE, 0,
                                        edit->habits.newline);
  else
    written = byline_yaml_write_flow (value, edit->habits.newline);

  if (written == NULL)
    return byline_yaml_set_unwritable_error (error, value);

  if (content < old->end && touches_properties (edit, old, content))
    {
      byline_yaml_edit_splice (edit, content, old->end, g_strconcat (" ", written, NULL));
      g_free (written);
    }
  else if (content < old->end)
    byline_yaml_edit_splice (edit, content, old->end, written);
  else
    {
      /* An empty value: `{a: }`, `{a}`, or a list's `!tag` alone. */
      const char *before = " ";

      if (collection->kind == BYLINE_NODE_MAPPING && (old->start == 0 || edit->text[old->start - 1] != ':'))
        before = ": ";
      else if (collection->kind == BYLINE_NODE_SEQUENCE && old->end == old->start)
        before = "";

      byline_yaml_edit_splice (edit, old->end, old->end, g_strconcat (before, written, NULL));
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
  gboolean new_below;
  gsize indicator;
  gsize anchor;
  gsize content;
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
  if (indicator == 0 || edit->text[indicator - 1] != (is_item ? '-' : ':'))
    {
      /* An explicit `? key` line without its `: value` line. */
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("This key has no “:” to hold a value; add one in the text first"));
      return FALSE;
    }
  column = is_item ? column_of (edit, indicator - 1) : column_of (edit, byline_yaml_edit_member_start (edit, collection, index));
  if (!keeps_properties (old, value))
    {
      anchor = indicator;
      content = old->start;
    }
  else
    {
      content = content_start (edit, old);
      anchor = content > old->start ? byline_yaml_properties_end (edit->text, edit->length, old->start) : indicator;
    }

  /* An item written where the old one starts lines up with it, however
   * far from its `-` that is. */
  if (is_item && content < old->end && !has_line_break (edit->text, indicator, content) &&
      !touches_properties (edit, old, content))
    column = column_of (edit, content) - 2;

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
        return byline_yaml_set_unwritable_error (error, value);
      if (was_block)
        scalar = keep_header_comment (edit, old, scalar);
      /* A block that ends the text still needs the line break of its last
       * line, unless it strips it. */
      if (old->end == edit->length && (*scalar == '|' || *scalar == '>') &&
          memchr (scalar, '-', strcspn (scalar, "\r\n")) == NULL)
        {
          g_autofree char *open = scalar;

          scalar = g_strconcat (open, edit->habits.newline, NULL);
        }
      g_string_append_c (written, ' ');
      g_string_append (written, scalar);
      g_free (scalar);
    }
  else if ((old->target == NULL && old->style == BYLINE_NODE_STYLE_FLOW && value->style == BYLINE_NODE_STYLE_ANY) ||
           (is_item && old->anchor != NULL))
    {
      /* A list written `[a, b]` stays on its line; so does one after an
       * item's anchor, which a block mapping there would give its first
       * key instead. */
      g_autofree char *flow = byline_yaml_write_flow (value, edit->habits.newline);

      if (flow == NULL)
        return byline_yaml_set_unwritable_error (error, value);
      g_string_append_c (written, ' ');
      g_string_append (written, flow);
    }
  else if (!byline_yaml_write_after_indicator (written, value, column, is_item, &edit->habits))
    return byline_yaml_set_unwritable_error (error, value);

  new_below = written->str[0] == '\r' || written->str[0] == '\n';
  if (!keeps_properties (old, value) && old->anchor != NULL)
    {
      g_autofree char *props = g_strdup_printf (" &%s", old->anchor);

      g_string_insert (written, 0, props);
    }

  place_value (edit, old, anchor, content, g_string_free (g_steal_pointer (&written), FALSE), new_below);
  return TRUE;
}

/**
 * byline_yaml_edit_rename_key:
 *
 * Writes @new_key over the key of member @index of @mapping, in the old
 * key's style when it can hold it.
 */
gboolean
byline_yaml_edit_rename_key (BylineYamlEdit  *edit,
                             BylineNode      *mapping,
                             guint            index,
                             const char      *new_key,
                             GError         **error)
{
  BylineNode *old = g_ptr_array_index (mapping->keys, index);
  g_autoptr(BylineNode) key = byline_node_new_string (new_key);
  g_autofree char *written = NULL;
  g_autofree char *props = NULL;

  written = byline_yaml_write_scalar (key,
                                      old->target != NULL ? BYLINE_NODE_STYLE_PLAIN : old->style,
                                      mapping->style == BYLINE_NODE_STYLE_FLOW
                                        ? BYLINE_YAML_CONTEXT_FLOW_KEY
                                        : BYLINE_YAML_CONTEXT_BLOCK_KEY,
                                      0, edit->habits.newline);
  if (written == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("“%s” cannot be written as a key"), new_key);
      return FALSE;
    }

  if (keeps_properties (old, key))
    {
      gsize content = content_start (edit, old);

      byline_yaml_edit_splice (edit, content, old->end,
                               touches_properties (edit, old, content)
                                 ? g_strconcat (" ", written, NULL)
                                 : g_steal_pointer (&written));
    }
  else
    {
      props = rewritten_anchor (old);
      byline_yaml_edit_splice (edit, old->start, old->end, g_strconcat (props, written, NULL));
    }

  return TRUE;
}
