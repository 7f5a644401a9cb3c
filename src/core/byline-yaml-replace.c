/* byline-yaml-replace.c: a member's new value or key written in place
 *
 * A scalar keeps the old one's style where that style can hold it, and
 * its anchor; a list or mapping of the old one's kind changes member by
 * member; anything else is written anew, on the indicator's line or on
 * the lines below as YAML requires.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-yaml-private.h"

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
  gsize line = byline_yaml_next_line (edit->text, edit->length, byline_yaml_edit_content_start (edit, node));

  for (; line < node->end; line = byline_yaml_next_line (edit->text, edit->length, line))
    {
      gsize text_start = byline_yaml_skip_blanks (edit->text, edit->length, line);

      if (text_start < byline_yaml_line_end (edit->text, edit->length, line))
        return text_start - line;
    }

  return fallback;
}

/* Whether block scalar @written, its lines indented by @indent, can take
 * the place of @old: the blank lines after it must stay outside it, so
 * none may be indented deeper than its text, nor the comment after them
 * as deep (one that a `|4` header left out), and with `+` chomping, which
 * keeps blank lines, a line with text must follow at once. */
static gboolean
keeps_only_its_lines (const BylineYamlEdit *edit,
                      const BylineNode     *old,
                      const char           *written,
                      guint                 indent)
{
  gsize header_length = strcspn (written, "\r\n");
  gsize line = byline_yaml_next_line (edit->text, edit->length,
                                      byline_yaml_line_end (edit->text, edit->length, old->end));
  gsize first_blank = line;

  if ((written[0] != '|' && written[0] != '>') || written[header_length] == '\0')
    return TRUE;

  for (; line < edit->length; line = byline_yaml_next_line (edit->text, edit->length, line))
    {
      gsize line_end = byline_yaml_line_end (edit->text, edit->length, line);

      if (!byline_yaml_is_blank_range (edit->text, line, line_end))
        break;
      if (line_end - line > indent || memchr (edit->text + line, '\t', line_end - line) != NULL)
        return FALSE;
    }

  if (line < edit->length && strspn (edit->text + line, " ") >= indent)
    return FALSE;

  if (memchr (written, '+', header_length) != NULL)
    return line == first_blank && line < edit->length &&
           byline_yaml_line_end (edit->text, edit->length, old->end) < edit->length;
  return TRUE;
}

/* A value written in place of a block scalar keeps the comment of its
 * header line (`| # note`). */
static char *
keep_header_comment (const BylineYamlEdit *edit,
                     const BylineNode     *old,
                     char                 *written)
{
  gsize header = byline_yaml_edit_content_start (edit, old);
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
  /* What follows the old value without a blank (a `#` after a quote) must
   * not touch the new one. */
  gboolean glued = old->end < edit->length && strchr (" \t\r\n", text[old->end]) == NULL;

  if (new_below && old_inline)
    {
      /* The blanks after the old value go with it, as a tab right after
       * the indicator would start a token; a comment keeps one space. */
      gsize rest = byline_yaml_skip_blanks (text, edit->length, MAX (old->end, anchor));
      gsize rest_line_end = byline_yaml_line_end (text, edit->length, rest);

      byline_yaml_edit_splice (edit, anchor, rest, rest < rest_line_end ? g_strdup (" ") : NULL);
      byline_yaml_edit_splice (edit, rest_line_end, rest_line_end, written);
    }
  else if (new_below)
    {
      byline_yaml_edit_splice (edit, anchor_line_end, old->end, g_strconcat (written, glued ? " " : "", NULL));
      g_free (written);
    }
  else if (!is_empty && old_inline)
    {
      byline_yaml_edit_splice (edit, content, old->end,
                               g_strconcat (byline_yaml_edit_touches_properties (edit, old, content) ? written : written + 1,
                                            glued ? " " : "", NULL));
      g_free (written);
    }
  else
    {
      /* The value starts on the indicator's line (`key:` gets ` value`):
       * blanks left at the end of that line go, and a comment there stays
       * after the value's first line, its other lines going below. */
      gsize blanks_end = byline_yaml_skip_blanks (text, edit->length, anchor);
      gsize first_line = strcspn (written, "\r\n");

      byline_yaml_edit_splice (edit, anchor, blanks_end == anchor_line_end ? blanks_end : anchor,
                               g_strndup (written, first_line));
      if (!is_empty || written[first_line] != '\0')
        byline_yaml_edit_splice (edit, anchor_line_end, is_empty ? anchor_line_end : old->end,
                                 g_strconcat (written + first_line, glued ? " " : "", NULL));
      g_free (written);
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

static gboolean
no_colon_error (GError **error)
{
  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("This key has no “:” to hold a value; add one in the text first"));
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
  gsize content = byline_yaml_edit_content_start (edit, old);
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

  if (content < old->end && byline_yaml_edit_touches_properties (edit, old, content))
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

      gsize indicator = byline_yaml_edit_indicator_end (edit, collection, index);

      if (collection->kind == BYLINE_NODE_MAPPING && indicator == 0)
        {
          gsize key_start = byline_yaml_edit_member_start (edit, collection, index);

          /* A key with a `:` after it must fit on one line, as libyaml
           * reads at most 1024 characters for one. */
          if (has_line_break (edit->text, key_start, old->end) || old->end - key_start > 1000)
            {
              g_free (written);
              return no_colon_error (error);
            }
          before = ": ";
        }
      else if (collection->kind == BYLINE_NODE_SEQUENCE && old->end == old->start)
        before = "";

      byline_yaml_edit_splice (edit, old->end, old->end, g_strconcat (before, written, NULL));
      g_free (written);
    }

  return TRUE;
}

/* The changes that turn list or mapping @old into @value member by
 * member, or NULL when none of its members would stay. */
static GArray *
member_changes (const BylineYamlEdit *edit,
                const BylineNode     *old,
                const BylineNode     *value)
{
  g_autoptr(GArray) ops = NULL;
  gsize content;

  if (old->target != NULL || byline_node_is_scalar (value) || old->kind != value->kind ||
      value->values->len == 0)
    return NULL;

  /* A pair in a list without braces, `[a: 1]`, is written anew. */
  content = byline_yaml_edit_content_start (edit, old);
  if (old->kind == BYLINE_NODE_MAPPING && old->style == BYLINE_NODE_STYLE_FLOW &&
      (content >= edit->length || edit->text[content] != '{'))
    return NULL;

  ops = byline_yaml_diff (old, value);
  if (old->values->len == 0 && old->style == BYLINE_NODE_STYLE_FLOW)
    return g_steal_pointer (&ops);

  for (guint k = 0; k < ops->len; k++)
    if (g_array_index (ops, BylineYamlOp, k).kind == BYLINE_YAML_OP_KEEP ||
        g_array_index (ops, BylineYamlOp, k).kind == BYLINE_YAML_OP_REPLACE)
      return g_steal_pointer (&ops);

  return NULL;
}

/* Writes scalar @value for the place of @old, in its style if it can,
 * a block's lines indented like the old block's or by @indent. */
static char *
write_scalar_over (BylineYamlEdit   *edit,
                   const BylineNode *old,
                   const BylineNode *value,
                   guint             indent)
{
  gboolean was_block = old->target == NULL &&
                       (old->style == BYLINE_NODE_STYLE_LITERAL || old->style == BYLINE_NODE_STYLE_FOLDED);
  BylineNodeStyle style = old->target == NULL && byline_node_is_scalar (old) ? old->style : value->style;
  char *scalar;

  if (was_block)
    indent = block_scalar_indent (edit, old, indent);

  scalar = byline_yaml_write_scalar (value, style, BYLINE_YAML_CONTEXT_BLOCK_VALUE, indent, edit->habits.newline);
  if (scalar != NULL && !keeps_only_its_lines (edit, old, scalar, indent))
    {
      g_free (scalar);
      scalar = byline_yaml_write_scalar (value, BYLINE_NODE_STYLE_DOUBLE_QUOTED,
                                         BYLINE_YAML_CONTEXT_BLOCK_VALUE, indent, edit->habits.newline);
    }
  if (scalar == NULL)
    return NULL;

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

  return scalar;
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
  g_autoptr(GArray) ops = NULL;
  gboolean new_below;
  gsize indicator;
  gsize anchor;
  gsize content;
  guint column;

  value = byline_node_resolve (value);
  if (byline_node_equal (old, value))
    return TRUE;

  ops = member_changes (edit, old, value);
  if (ops != NULL)
    return byline_yaml_apply_ops (edit, old, ops, error);

  if (collection->style == BYLINE_NODE_STYLE_FLOW)
    return set_flow_member (edit, collection, index, value, error);

  indicator = byline_yaml_edit_indicator_end (edit, collection, index);
  if (indicator == 0 || edit->text[indicator - 1] != (is_item ? '-' : ':'))
    {
      /* An explicit `? key` line without its `: value` line. */
      return no_colon_error (error);
    }
  column = is_item ? byline_yaml_edit_column (edit, indicator - 1) : byline_yaml_edit_column (edit, byline_yaml_edit_member_start (edit, collection, index));
  if (!keeps_properties (old, value))
    {
      anchor = indicator;
      content = old->start;
    }
  else
    {
      content = byline_yaml_edit_content_start (edit, old);
      anchor = content > old->start ? byline_yaml_properties_end (edit->text, edit->length, old) : indicator;
    }

  /* An item written where the old one starts lines up with it, however
   * far from its `-` that is. */
  if (is_item && content < old->end && !has_line_break (edit->text, indicator, content) &&
      !byline_yaml_edit_touches_properties (edit, old, content))
    column = byline_yaml_edit_column (edit, content) - 2;

  if (old->style == BYLINE_NODE_STYLE_PLAIN && byline_yaml_edit_tabbed_blank_lines_end (edit, old) > 0)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("Blank lines with tabs follow this value; remove their tabs first"));
      return FALSE;
    }

  written = g_string_new (NULL);
  if (byline_node_is_scalar (value))
    {
      g_autofree char *scalar =
        write_scalar_over (edit, old, value, column + (is_item ? 2 : MAX (edit->habits.map_indent, 1)));

      if (scalar == NULL)
        return byline_yaml_set_unwritable_error (error, value);
      g_string_append_c (written, ' ');
      g_string_append (written, scalar);
    }
  else if ((old->target == NULL && old->style == BYLINE_NODE_STYLE_FLOW && value->style == BYLINE_NODE_STYLE_ANY) ||
           (is_item && (old->anchor != NULL || (old->tag != NULL && keeps_properties (old, value)))))
    {
      /* A list written `[a, b]` stays on its line; so does one after an
       * item's anchor or tag, which a block mapping there would give its
       * first key instead. */
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

  /* A block may stand below its `?` at the mapping's column, where a key
   * of another style would need a `:` on the same line. */
  if (old->target == NULL && (old->style == BYLINE_NODE_STYLE_LITERAL || old->style == BYLINE_NODE_STYLE_FOLDED))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("This key is written as a “|” or “>” block; write it as plain or quoted text to rename it"));
      return FALSE;
    }

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
      gsize content = byline_yaml_edit_content_start (edit, old);

      byline_yaml_edit_splice (edit, content, old->end,
                               byline_yaml_edit_touches_properties (edit, old, content)
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
