/* byline-yaml-diff.c: changing a list or mapping by its members' lines
 *
 * A new list or mapping that replaces an old one of the same kind is
 * written as the smallest change: members both have keep their bytes,
 * members only the old one has lose their lines, and new members get lines
 * of their own, written like their neighbours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-yaml-private.h"

/* Above this many cells the longest common subsequence is not worth its
 * memory; members are then paired by position. */
#define MAX_LCS_CELLS (1024 * 1024)

static gboolean
members_match (const BylineNode *old,
               guint             old_index,
               const BylineNode *new,
               guint             new_index)
{
  if (old->kind == BYLINE_NODE_MAPPING)
    return byline_node_equal (g_ptr_array_index (old->keys, old_index),
                              g_ptr_array_index (new->keys, new_index));

  return byline_node_equal (g_ptr_array_index (old->values, old_index),
                            g_ptr_array_index (new->values, new_index));
}

static void
add_op (GArray           *ops,
        BylineYamlOpKind  kind,
        int               old_index,
        const BylineNode *new,
        int               new_index)
{
  BylineYamlOp op = { kind, old_index, NULL, NULL };

  if (new_index >= 0)
    {
      op.value = g_ptr_array_index (new->values, new_index);
      if (new->keys != NULL)
        op.key = g_ptr_array_index (new->keys, new_index);
    }

  g_array_append_val (ops, op);
}

static void
add_match (GArray           *ops,
           const BylineNode *old,
           guint             old_index,
           const BylineNode *new,
           guint             new_index)
{
  gboolean same = byline_node_equal (g_ptr_array_index (old->values, old_index),
                                     g_ptr_array_index (new->values, new_index));

  add_op (ops, same ? BYLINE_YAML_OP_KEEP : BYLINE_YAML_OP_REPLACE, old_index, new, new_index);
}

/* Between two matches, a list's removed and added items pair up as items
 * changed in place, so that a changed item keeps its line and style. */
static void
add_gap (GArray           *ops,
         const BylineNode *old,
         guint             old_start,
         guint             old_end,
         const BylineNode *new,
         guint             new_start,
         guint             new_end)
{
  guint paired = 0;

  if (old->kind == BYLINE_NODE_SEQUENCE)
    paired = MIN (old_end - old_start, new_end - new_start);

  for (guint i = 0; i < paired; i++)
    add_match (ops, old, old_start + i, new, new_start + i);
  for (guint i = old_start + paired; i < old_end; i++)
    add_op (ops, BYLINE_YAML_OP_DELETE, i, new, -1);
  for (guint i = new_start + paired; i < new_end; i++)
    add_op (ops, BYLINE_YAML_OP_INSERT, -1, new, i);
}

/* The longest common subsequence of the members in old[start, old_end)
 * and new[start, new_end), as ops. */
static void
add_common_subsequence (GArray           *ops,
                        const BylineNode *old,
                        guint             start,
                        guint             old_end,
                        const BylineNode *new,
                        guint             new_end)
{
  guint rows = old_end - start;
  guint columns = new_end - start;
  g_autofree guint *lengths = NULL;
  guint i = 0, j = 0;
  guint gap_old = start, gap_new = start;

#define LENGTH(r, c) lengths[(r) * (columns + 1) + (c)]

  if ((guint64) (rows + 1) * (columns + 1) > MAX_LCS_CELLS)
    {
      add_gap (ops, old, start, old_end, new, start, new_end);
      return;
    }

  /* LENGTH (r, c): the longest common run of old[r…] and new[c…]. */
  lengths = g_new0 (guint, (gsize) (rows + 1) * (columns + 1));
  for (guint r = rows; r-- > 0;)
    for (guint c = columns; c-- > 0;)
      LENGTH (r, c) = members_match (old, start + r, new, start + c)
        ? LENGTH (r + 1, c + 1) + 1
        : MAX (LENGTH (r + 1, c), LENGTH (r, c + 1));

  while (i < rows && j < columns)
    {
      if (members_match (old, start + i, new, start + j) && LENGTH (i, j) == LENGTH (i + 1, j + 1) + 1)
        {
          add_gap (ops, old, gap_old, start + i, new, gap_new, start + j);
          add_match (ops, old, start + i, new, start + j);
          i++, j++;
          gap_old = start + i;
          gap_new = start + j;
        }
      else if (LENGTH (i + 1, j) >= LENGTH (i, j + 1))
        i++;
      else
        j++;
    }

  add_gap (ops, old, gap_old, old_end, new, gap_new, new_end);

#undef LENGTH
}

/**
 * byline_yaml_diff:
 * @old: a list or mapping of the text
 * @new: the value to turn it into, of the same kind
 *
 * Returns: (transfer full) (element-type BylineYamlOp): what to keep,
 *   change, take out and add, in order
 */
GArray *
byline_yaml_diff (const BylineNode *old,
                  const BylineNode *new)
{
  GArray *ops = g_array_new (FALSE, FALSE, sizeof (BylineYamlOp));
  guint m = old->values->len;
  guint n = new->values->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < MIN (m, n) && members_match (old, prefix, new, prefix))
    prefix++;
  while (suffix < MIN (m, n) - prefix && members_match (old, m - 1 - suffix, new, n - 1 - suffix))
    suffix++;

  for (guint i = 0; i < prefix; i++)
    add_match (ops, old, i, new, i);
  add_common_subsequence (ops, old, prefix, m - suffix, new, n - suffix);
  for (guint i = 0; i < suffix; i++)
    add_match (ops, old, m - suffix + i, new, n - suffix + i);

  return ops;
}

static gboolean
survives (const BylineYamlOp *op)
{
  return op->kind == BYLINE_YAML_OP_KEEP || op->kind == BYLINE_YAML_OP_REPLACE;
}

/* The first member at or after ops[from] that stays, or -1. */
static int
next_survivor (GArray *ops,
               guint   from)
{
  for (guint k = from; k < ops->len; k++)
    if (survives (&g_array_index (ops, BylineYamlOp, k)))
      return g_array_index (ops, BylineYamlOp, k).old_index;
  return -1;
}

/* The node member @index of @collection ends with: its value, or its key
 * when the value is empty after it. */
static const BylineNode *
last_node (const BylineNode *collection,
           guint             index)
{
  const BylineNode *value = g_ptr_array_index (collection->values, index);
  const BylineNode *key = collection->keys != NULL ? g_ptr_array_index (collection->keys, index) : NULL;

  return key != NULL && key->end >= value->end ? key : value;
}

/* The `|` or `>` block @node ends with, or NULL. */
static const BylineNode *
last_block_scalar (const BylineNode *node)
{
  while (node->target == NULL && node->style == BYLINE_NODE_STYLE_BLOCK && node->values->len > 0)
    node = last_node (node, node->values->len - 1);

  if (node->target != NULL ||
      (node->style != BYLINE_NODE_STYLE_LITERAL && node->style != BYLINE_NODE_STYLE_FOLDED))
    return NULL;
  return node;
}

/* A block's chomping indicator: `-` strips its last line break, `+` keeps
 * the blank lines after it as its own, a space stands for neither. */
static char
chomping (const BylineYamlEdit *edit,
          const BylineNode     *block)
{
  gsize header = byline_yaml_edit_content_start (edit, block) + 1;

  for (; header < edit->length && strchr ("+-0123456789", edit->text[header]) != NULL; header++)
    if (edit->text[header] == '+' || edit->text[header] == '-')
      return edit->text[header];
  return ' ';
}

/* Whether @node ends the text with a block whose last line has no line
 * break: one added after it would become part of its value. */
static gboolean
ends_with_open_block_scalar (const BylineYamlEdit *edit,
                             const BylineNode     *node)
{
  const BylineNode *block = last_block_scalar (node);

  return block != NULL && block->end == edit->length && chomping (edit, block) != '-';
}

/* Whether the line at @line holds only a comment, indented deeper than
 * @column. */
static gboolean
is_deeper_comment_line (const BylineYamlEdit *edit,
                        gsize                 line,
                        guint                 column)
{
  gsize p = line;

  while (p < edit->length && edit->text[p] == ' ')
    p++;

  return p - line > column && p < edit->length && edit->text[p] == '#';
}

static void
delete_block_run (BylineYamlEdit   *edit,
                  const BylineNode *old,
                  int               first,
                  int               last,
                  int               survivor)
{
  const BylineNode *before = first > 0 ? last_node (old, first - 1) : NULL;
  const BylineNode *block = before != NULL ? last_block_scalar (before) : NULL;
  gsize start = byline_yaml_edit_member_start (edit, old, first);
  gsize end = byline_yaml_edit_member_end (edit, old, last);
  gsize line = byline_yaml_line_start (edit->text, start);

  /* Only a first member can share its line, with the `- ` or `key:` of
   * the value holding it; then the next member moves up in its place. */
  if (byline_yaml_is_blank_range (edit->text, line, start) || survivor < 0)
    {
      end = byline_yaml_next_line (edit->text, edit->length, byline_yaml_line_end (edit->text, edit->length, end));

      /* Tabs on blank lines, which a plain value took in, are errors
       * alone: those lines go with it. A block before would take the blank
       * lines after as its own: all with `+` chomping, those indented
       * deeper than its text else, and comments indented deeper than the
       * members, which were the removed value's. */
      end = MAX (end, byline_yaml_edit_tabbed_blank_lines_end (edit, g_ptr_array_index (old->values, last)));
      if (block != NULL)
        while (end < edit->length &&
               (byline_yaml_is_blank_range (edit->text, end, byline_yaml_line_end (edit->text, edit->length, end)) ||
                is_deeper_comment_line (edit, end, byline_yaml_edit_member_column (edit, old))))
          end = byline_yaml_next_line (edit->text, edit->length, end);

      byline_yaml_edit_splice (edit, line, end, NULL);
    }
  else
    byline_yaml_edit_splice (edit, start, byline_yaml_edit_member_start (edit, old, survivor), NULL);
}

/* The end of member @last of a flow collection, past the trailing comma
 * after it if there is one. */
static gsize
past_trailing_comma (const BylineYamlEdit *edit,
                     const BylineNode     *old,
                     int                   last)
{
  gsize end = byline_yaml_edit_member_end (edit, old, last);
  gsize after = byline_yaml_skip_gap (edit->text, edit->length, end);

  if (after < edit->length && edit->text[after] == ',')
    return byline_yaml_skip_blanks (edit->text, edit->length, after + 1);
  return end;
}

/* Whether the comma after @node in a flow collection must stay when the
 * members after it go: a tag or anchor without a value would take in a
 * closing bracket right after it, and a `-` alone before a blank is a
 * block list's item. A trailing comma goes instead. */
static gboolean
keeps_comma_after (const BylineYamlEdit *edit,
                   const BylineNode     *node)
{
  gsize content = byline_yaml_edit_content_start (edit, node);

  return (node->end > node->start && content >= node->end) ||
         (content + 1 == node->end && edit->text[content] == '-');
}

static void
delete_flow_run (BylineYamlEdit   *edit,
                 const BylineNode *old,
                 int               first,
                 int               last,
                 int               survivor)
{
  gsize start = byline_yaml_edit_member_start (edit, old, first);

  /* One comma goes with the members: the one after them, or the one
   * before when they end the collection. */
  if (survivor >= 0)
    byline_yaml_edit_splice (edit, start, byline_yaml_edit_member_start (edit, old, survivor), NULL);
  else if (first > 0)
    {
      /* From the comma on: what ends the member before stays, down to the
       * blank after an empty value's `:`. */
      const BylineNode *before = last_node (old, first - 1);
      gsize comma = byline_yaml_skip_gap (edit->text, edit->length,
                                          byline_yaml_edit_member_end (edit, old, first - 1));

      if (keeps_comma_after (edit, before))
        byline_yaml_edit_splice (edit, comma + 1, past_trailing_comma (edit, old, last), NULL);
      else
        byline_yaml_edit_splice (edit, comma, byline_yaml_edit_member_end (edit, old, last), NULL);
    }
  else
    {
      /* All go, and a trailing comma with them: `[a, ]` becomes `[]`. */
      byline_yaml_edit_splice (edit, start, past_trailing_comma (edit, old, last), NULL);
    }
}

static gboolean
write_member (BylineYamlEdit      *edit,
              const BylineNode    *old,
              const BylineYamlOp  *op,
              gboolean             in_flow,
              guint                column,
              GString             *out)
{
  if (in_flow)
    {
      g_autofree char *value = byline_yaml_write_flow (op->value, edit->habits.newline);

      if (value == NULL)
        return FALSE;
      if (op->key != NULL)
        {
          if (!byline_yaml_write_key (out, op->key, TRUE, edit->habits.newline))
            return FALSE;
          g_string_append (out, ": ");
        }
      g_string_append (out, value);
      return TRUE;
    }

  return byline_yaml_write_block_item (out, op->key, op->value, column, &edit->habits);
}

static gboolean
insert_member (BylineYamlEdit     *edit,
               const BylineNode   *old,
               const BylineYamlOp *op,
               int                 after,
               int                 before,
               gboolean            is_first,
               GError            **error)
{
  gboolean in_flow = old->style == BYLINE_NODE_STYLE_FLOW;
  guint column = byline_yaml_edit_member_column (edit, old);
  g_autoptr(GString) member = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *newline = edit->habits.newline;
  gsize at;

  if (!write_member (edit, old, op, in_flow, column, member))
    return byline_yaml_set_unwritable_error (error, op->value);

  if (after >= 0)
    {
      at = byline_yaml_edit_member_end (edit, old, after);
      if (in_flow)
        {
          /* After an empty value, past the blank its `:` needs, or with
           * one when the line ends there. */
          if (at > 0 && edit->text[at - 1] == ':')
            at = byline_yaml_skip_blanks (edit->text, edit->length, at);
          g_string_append (out, at > 0 && edit->text[at - 1] == ':' ? " , " : ", ");
        }
      else if (ends_with_open_block_scalar (edit, last_node (old, after)))
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                       _("Nothing can follow the text block that ends the front matter without a line break"));
          return FALSE;
        }
      else
        {
          at = byline_yaml_line_end (edit->text, edit->length, at);
          g_string_append (out, newline);
          g_string_append_printf (out, "%*s", (int) column, "");
        }
      g_string_append (out, member->str);
    }
  else if (before >= 0)
    {
      at = byline_yaml_edit_member_start (edit, old, before);
      g_string_append (out, member->str);
      if (in_flow)
        g_string_append (out, ", ");
      else
        {
          g_string_append (out, newline);
          g_string_append_printf (out, "%*s", (int) column, "");
        }
    }
  else
    {
      /* Only an empty flow collection has no member to go by. */
      at = byline_yaml_edit_content_start (edit, old) + 1;
      if (!is_first)
        g_string_append (out, ", ");
      g_string_append (out, member->str);
    }

  byline_yaml_edit_splice (edit, at, at, g_string_free (g_steal_pointer (&out), FALSE));
  return TRUE;
}

/**
 * byline_yaml_apply_ops:
 * @old: the list or mapping of the text the ops change
 *
 * Splices the changes @ops describe. Some member of @old must stay unless
 * @old is an empty flow collection: a collection that loses all its members
 * is written anew by the caller.
 */
gboolean
byline_yaml_apply_ops (BylineYamlEdit    *edit,
                       const BylineNode  *old,
                       GArray            *ops,
                       GError           **error)
{
  gboolean in_flow = old->style == BYLINE_NODE_STYLE_FLOW;
  int last_survivor = -1;
  int first_inserted_before = -1;
  guint n_inserted = 0;

  for (guint k = 0; k < ops->len; k++)
    {
      BylineYamlOp *op = &g_array_index (ops, BylineYamlOp, k);

      switch (op->kind)
        {
        case BYLINE_YAML_OP_KEEP:
          last_survivor = op->old_index;
          break;

        case BYLINE_YAML_OP_REPLACE:
          last_survivor = op->old_index;
          if (!byline_yaml_edit_set_member (edit, (BylineNode *) old, op->old_index, op->value, error))
            return FALSE;
          break;

        case BYLINE_YAML_OP_DELETE:
          {
            int first = op->old_index;
            int survivor;

            while (k + 1 < ops->len && g_array_index (ops, BylineYamlOp, k + 1).kind == BYLINE_YAML_OP_DELETE)
              k++;
            survivor = next_survivor (ops, k + 1);
            if (in_flow)
              delete_flow_run (edit, old, first, g_array_index (ops, BylineYamlOp, k).old_index, survivor);
            else
              delete_block_run (edit, old, first, g_array_index (ops, BylineYamlOp, k).old_index, survivor);
          }
          break;

        case BYLINE_YAML_OP_INSERT:
          if (last_survivor < 0 && first_inserted_before < 0)
            first_inserted_before = next_survivor (ops, k);
          if (!insert_member (edit, old, op, last_survivor, first_inserted_before,
                              n_inserted++ == 0, error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}
