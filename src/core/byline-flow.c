/* byline-flow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-flow.h"
#include "byline-text.h"

BylineFlow *
byline_flow_new (gssize open)
{
  BylineFlow *self = g_new0 (BylineFlow, 1);

  self->open = open;
  self->items = g_array_new (FALSE, FALSE, sizeof (BylineFlowItem));
  return self;
}

void
byline_flow_free (BylineFlow *self)
{
  g_array_unref (self->items);
  g_free (self);
}

void
byline_flow_add_item (BylineFlow *self,
                      gsize       start,
                      gsize       end)
{
  BylineFlowItem item = { start, end, -1 };

  g_array_append_val (self->items, item);
}

void
byline_flow_set_comma (BylineFlow *self,
                       gsize       comma)
{
  g_return_if_fail (self->items->len > 0);

  g_array_index (self->items, BylineFlowItem, self->items->len - 1).comma = (gssize) comma;
}

static const BylineFlowItem *
item_at (const BylineFlow *self,
         guint             index)
{
  return &g_array_index (self->items, BylineFlowItem, index);
}

/* The byte after an item and its comma. */
static gsize
item_tail (const BylineFlowItem *item)
{
  return item->comma >= 0 ? (gsize) item->comma + 1 : item->end;
}

static gboolean
has_newline (const char *text,
             gsize       start,
             gsize       end)
{
  return memchr (text + start, '\n', end - start) != NULL;
}

/* Whether only spaces and a comment follow @offset up to the line's end. */
static gboolean
ends_line (const char *text,
           gsize       offset)
{
  offset = byline_text_skip_blanks (text, offset);
  if (text[offset] == '\r')
    offset++;
  return text[offset] == '\0' || byline_text_has_char ("#\n", text[offset]);
}

/* Whether the item stands on its own line(s), with at most a comment after
 * it, so that edits can take or add whole lines. */
static gboolean
owns_line (const char           *text,
           const BylineFlowItem *item)
{
  gsize line_start = byline_text_line_start (text, item->start);

  return byline_text_skip_blanks (text, line_start) == item->start &&
         ends_line (text, item_tail (item));
}

gboolean
byline_flow_is_multiline (const BylineFlow *self,
                          const char       *text)
{
  gsize start = self->open >= 0 ? (gsize) self->open : 0;

  return has_newline (text, start, self->close);
}

/* Applies two removals, the later one first so the earlier offsets hold. */
static char *
remove_ranges (const char *text,
               gsize       start1,
               gsize       end1,
               gsize       start2,
               gsize       end2)
{
  g_autofree char *first = NULL;

  if (start1 > start2)
    return remove_ranges (text, start2, end2, start1, end1);

  first = byline_text_splice (text, start2, end2, "");
  return byline_text_splice (first, start1, end1, "");
}

static char *
remove_only_item (const BylineFlow     *self,
                  const char           *text,
                  const BylineFlowItem *item)
{
  gsize start = item->start;
  gsize end = item_tail (item);
  gsize inside = self->open + 1;
  g_autofree char *removed = NULL;
  gsize close;

  if (owns_line (text, item))
    {
      start = byline_text_line_start (text, start);
      end = byline_text_next_line (text, end);
    }

  removed = byline_text_splice (text, start, end, "");
  close = self->close - (end - start);

  /* An emptied `[ ]` or `{\n}` becomes `[]` or `{}`; a comment inside keeps
   * the lines as they are. Hexo's bracketless object keeps its newlines. */
  if (self->open >= 0 && byline_text_is_blank (removed, inside, close))
    return byline_text_splice (removed, inside, close, "");

  return g_steal_pointer (&removed);
}

/**
 * byline_flow_remove:
 *
 * Returns: @text without the item at @index, its comma, and its line when
 *   it has one to itself
 */
char *
byline_flow_remove (const BylineFlow *self,
                    const char       *text,
                    guint             index)
{
  guint n = self->items->len;
  const BylineFlowItem *item;
  const BylineFlowItem *prev;
  const BylineFlowItem *next;

  g_return_val_if_fail (index < n, NULL);

  item = item_at (self, index);
  prev = index > 0 ? item_at (self, index - 1) : NULL;
  next = index + 1 < n ? item_at (self, index + 1) : NULL;

  if (n == 1)
    return remove_only_item (self, text, item);

  if (owns_line (text, item))
    {
      gsize start = byline_text_line_start (text, item->start);
      gsize end = byline_text_next_line (text, item_tail (item));

      /* The last item without a comma leaves the one before it last: that
       * one's comma goes too, unless trailing commas are the file's way. */
      if (next == NULL && item->comma < 0)
        return remove_ranges (text, start, end, prev->comma, prev->comma + 1);
      return byline_text_splice (text, start, end, "");
    }

  if (next != NULL && !has_newline (text, item->start, next->start))
    return byline_text_splice (text, item->start, next->start, "");

  if (prev != NULL)
    return byline_text_splice (text, prev->end, item->end, "");

  return byline_text_splice (text, item->start,
                             byline_text_skip_blanks (text, item_tail (item)), "");
}

/* The spacing after the comma of the item before @index, when both stand on
 * one line: the file's own way of separating items. */
static const char *
separator_before (const BylineFlow       *self,
                  const char             *text,
                  guint                   index,
                  const BylineFlowStyle  *style,
                  char                  **owned)
{
  const BylineFlowItem *prev;
  const BylineFlowItem *item;

  if (index == 0)
    return style->separator;

  prev = item_at (self, index - 1);
  item = item_at (self, index);
  if (prev->comma < 0 || !byline_text_is_blank (text, prev->comma + 1, item->start) ||
      has_newline (text, prev->comma + 1, item->start))
    return style->separator;

  *owned = g_strndup (text + prev->comma + 1, item->start - prev->comma - 1);
  return *owned;
}

static char *
insert_into_empty (const BylineFlow      *self,
                   const char            *text,
                   const char            *item,
                   const BylineFlowStyle *style)
{
  gsize inside = self->open + 1;
  g_autofree char *filled = NULL;

  if (!byline_text_is_blank (text, inside, self->close))
    return byline_text_splice (text, inside, inside, item);

  filled = g_strconcat (style->empty_before, item, style->empty_after, NULL);
  return byline_text_splice (text, inside, self->close, filled);
}

static char *
append_item (const BylineFlow      *self,
             const char            *text,
             const char            *item,
             const BylineFlowStyle *style)
{
  guint n = self->items->len;
  const BylineFlowItem *last = item_at (self, n - 1);
  g_autofree char *owned = NULL;
  g_autofree char *indent = NULL;
  g_autofree char *line = NULL;
  g_autofree char *with_line = NULL;
  gsize line_end;
  const char *separator;

  if (has_newline (text, last->end, self->close))
    {
      /* One item a line, in the last item's indentation. */
      indent = byline_text_indent_of (text, last->start);
      line_end = byline_text_next_line (text, item_tail (last));
      /* A comma on the closing bracket's line, as in `1\n, ]`: the new
       * line goes right after the comma. */
      if (line_end > self->close)
        {
          line = g_strconcat (style->newline, indent, item, ",", NULL);
          return byline_text_splice (text, last->comma + 1, last->comma + 1, line);
        }
      line = g_strconcat (indent, item, last->comma >= 0 ? "," : "", style->newline, NULL);
      with_line = byline_text_splice (text, line_end, line_end, line);
      if (last->comma >= 0)
        return g_steal_pointer (&with_line);
      return byline_text_splice (with_line, last->end, last->end, ",");
    }

  separator = separator_before (self, text, n - 1, style, &owned);
  if (last->comma >= 0)
    {
      line = g_strconcat (separator, item, ",", NULL);
      return byline_text_splice (text, last->comma + 1, last->comma + 1, line);
    }

  line = g_strconcat (",", separator, item, NULL);
  return byline_text_splice (text, last->end, last->end, line);
}

/**
 * byline_flow_insert:
 * @index: where the new item goes; the number of items appends it
 * @item: the new item's text
 *
 * Returns: @text with @item added as the text lays out its items: on a line
 *   of its own when the items have one each, else after a comma and the
 *   spacing the items already use
 */
char *
byline_flow_insert (const BylineFlow      *self,
                    const char            *text,
                    guint                  index,
                    const char            *item,
                    const BylineFlowStyle *style)
{
  const BylineFlowItem *before;
  g_autofree char *owned = NULL;
  g_autofree char *indent = NULL;
  g_autofree char *line = NULL;
  gsize line_start;

  g_return_val_if_fail (index <= self->items->len, NULL);

  if (self->items->len == 0)
    return insert_into_empty (self, text, item, style);

  if (index == self->items->len)
    return append_item (self, text, item, style);

  before = item_at (self, index);
  if (owns_line (text, before))
    {
      line_start = byline_text_line_start (text, before->start);
      indent = byline_text_indent_of (text, before->start);
      line = g_strconcat (indent, item, ",", style->newline, NULL);
      return byline_text_splice (text, line_start, line_start, line);
    }

  line = g_strconcat (item, ",", separator_before (self, text, index, style, &owned), NULL);
  return byline_text_splice (text, before->start, before->start, line);
}
