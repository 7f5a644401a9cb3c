/* byline-prose-blocks.c: Markdown's blocks: fenced and indented code,
 * quotes, lists, headings, rules and tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-prose-private.h"

static gsize
skip_indent (Scan  *s,
             gsize  pos,
             gsize  end,
             guint *columns)
{
  *columns = 0;
  for (; pos < end && (s->text[pos] == ' ' || s->text[pos] == '\t' || s->text[pos] == '\r'); pos++)
    *columns += s->text[pos] == '\t' ? 4 - *columns % 4 : 1;

  return pos;
}

static gboolean
is_blank_from (Scan  *s,
               gsize  pos,
               gsize  end)
{
  for (; pos < end; pos++)
    if (!byline_prose_is_space (s->text[pos]))
      return FALSE;

  return TRUE;
}

/* A line that opens a fenced code block: three or more backticks or
 * tildes, and for backticks no backtick in the info string. */
static gboolean
opens_fence (Scan  *s,
             gsize  pos,
             gsize  end,
             char  *fence_char,
             gsize *fence_length)
{
  char c = s->text[pos];
  gsize n;

  if (c != '`' && c != '~')
    return FALSE;

  n = byline_prose_run_length (s, pos, end);
  if (n < 3 || (c == '`' && memchr (s->text + pos + n, '`', end - pos - n) != NULL))
    return FALSE;

  *fence_char = c;
  *fence_length = n;
  return TRUE;
}

static gboolean
closes_fence (Scan  *s,
              gsize  pos,
              gsize  end,
              char   fence_char,
              gsize  fence_length)
{
  gsize n;

  if (s->text[pos] != fence_char)
    return FALSE;

  n = byline_prose_run_length (s, pos, end);
  return n >= fence_length && is_blank_from (s, pos + n, end);
}

/* A thematic break, a setext heading's underline or a table's delimiter
 * row: markup only. */
static gboolean
is_rule_line (Scan  *s,
              gsize  pos,
              gsize  end)
{
  const char *text = s->text;
  char c = text[pos];
  guint marks = 0;
  gboolean has_pipe = FALSE;
  gboolean has_dash = FALSE;

  if (c == '-' || c == '*' || c == '_' || c == '=')
    {
      for (gsize q = pos; q < end; q++)
        {
          if (text[q] == c)
            marks++;
          else if (!byline_prose_is_space (text[q]))
            {
              marks = 0;
              break;
            }
        }
      if (marks >= 3 || (c == '=' && marks >= 1) || (c == '-' && marks >= 2))
        return TRUE;
    }

  for (gsize q = pos; q < end; q++)
    {
      if (text[q] == '|')
        has_pipe = TRUE;
      else if (text[q] == '-')
        has_dash = TRUE;
      else if (text[q] != ':' && !byline_prose_is_space (text[q]))
        return FALSE;
    }

  return has_pipe && has_dash;
}

/* `[label]: https://example.com "Title"` */
static gboolean
is_reference_definition (Scan  *s,
                         gsize  pos,
                         gsize  end)
{
  gsize close;

  if (s->text[pos] != '[' || (close = byline_prose_find_bracket_close (s, pos, end)) == 0)
    return FALSE;

  return close + 1 < end && s->text[close + 1] == ':';
}

/* The end of a list item's marker (`-`, `*`, `+`, `1.`, `1)`) with the
 * space after it, or @pos when the line holds none. */
static gsize
list_marker_end (Scan  *s,
                 gsize  pos,
                 gsize  end)
{
  const char *text = s->text;
  gsize q = pos;

  if (text[q] == '-' || text[q] == '*' || text[q] == '+')
    q++;
  else
    {
      while (q < end && q - pos < 9 && g_ascii_isdigit (text[q]))
        q++;
      if (q == pos || q >= end || (text[q] != '.' && text[q] != ')'))
        return pos;
      q++;
    }

  if (q < end && text[q] != ' ' && text[q] != '\t')
    return pos;

  return q < end ? q + 1 : q;
}

/* The block quote and list markers that open a line, and a task list's
 * box. Returns where the line's content starts. */
static gsize
scan_containers (Scan     *s,
                 gsize     pos,
                 gsize     end,
                 gboolean *is_item)
{
  guint columns;
  gsize q;

  *is_item = FALSE;

  for (;;)
    {
      if (pos < end && s->text[pos] == '>')
        {
          q = pos + 1 < end && s->text[pos + 1] == ' ' ? pos + 2 : pos + 1;
          byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, q);
          pos = skip_indent (s, q, end, &columns);
          continue;
        }

      if (pos < end && !is_rule_line (s, pos, end) && (q = list_marker_end (s, pos, end)) > pos)
        {
          byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, q);
          pos = skip_indent (s, q, end, &columns);
          *is_item = TRUE;

          if (end - pos >= 3 && s->text[pos] == '[' && strchr (" xX", s->text[pos + 1]) != NULL &&
              s->text[pos + 2] == ']')
            {
              byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + 3);
              pos = skip_indent (s, pos + 3, end, &columns);
            }
          continue;
        }

      return pos;
    }
}

/* An ATX heading's `#`s, opening and closing. Returns where its text
 * starts, and sets @text_end to where it ends. */
static gsize
scan_heading (Scan  *s,
              gsize  pos,
              gsize  end,
              gsize *text_end)
{
  gsize n = byline_prose_run_length (s, pos, end);
  gsize q;

  *text_end = end;
  if (s->text[pos] != '#' || n > 6 || (pos + n < end && !byline_prose_is_space (s->text[pos + n])))
    return pos;

  byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + n);

  for (q = end; q > pos + n && byline_prose_is_space (s->text[q - 1]); q--)
    ;
  while (q > pos + n && s->text[q - 1] == '#')
    q--;
  if (q < end && q > pos + n && byline_prose_is_space (s->text[q - 1]))
    *text_end = q;

  return pos + n;
}

/* Reads the inline content of a line and of the later lines a construct
 * runs on into. Returns the end of the last line read. */
static gsize
scan_markdown_lines (Scan  *s,
                     gsize  pos,
                     gsize  end)
{
  gsize stop = byline_prose_read_inline (s, pos, end);

  while (stop > end && stop < s->length)
    {
      end = byline_prose_line_end (s, stop);
      stop = byline_prose_read_inline (s, stop, end);
    }

  return MAX (end, stop);
}

void
byline_prose_read_markdown (Scan *s)
{
  gboolean after_blank = TRUE;
  gboolean in_list = FALSE;
  gboolean in_indented_code = FALSE;
  char fence_char = 0;
  gsize fence_length = 0;
  gsize pos = 0;

  while (pos < s->length)
    {
      gsize end = byline_prose_line_end (s, pos);
      gsize text_end = end;
      guint columns;
      gsize p = skip_indent (s, pos, end, &columns);
      gboolean is_item;

      if (fence_char != 0)
        {
          if (columns < 4 && closes_fence (s, p, end, fence_char, fence_length))
            {
              byline_prose_mark (s, BYLINE_PROSE_MARKUP, p, end);
              fence_char = 0;
            }
          else
            byline_prose_mark (s, BYLINE_PROSE_CODE, pos, end);
        }
      else if (is_blank_from (s, p, end))
        after_blank = TRUE;
      else if (columns >= 4 && (in_indented_code || (after_blank && !in_list)))
        {
          byline_prose_mark (s, BYLINE_PROSE_CODE, p, end);
          in_indented_code = TRUE;
        }
      else if (columns < 4 && opens_fence (s, p, end, &fence_char, &fence_length))
        {
          byline_prose_mark (s, BYLINE_PROSE_MARKUP, p, end);
          after_blank = in_indented_code = FALSE;
        }
      else
        {
          p = scan_containers (s, p, end, &is_item);
          if (is_item)
            in_list = TRUE;
          else if (after_blank && columns == 0)
            in_list = FALSE;

          if (p < end && (is_rule_line (s, p, end) || is_reference_definition (s, p, end)))
            byline_prose_mark (s, BYLINE_PROSE_MARKUP, p, end);
          else if (p < end)
            {
              p = scan_heading (s, p, end, &text_end);
              end = scan_markdown_lines (s, p, text_end);
              if (end == text_end)
                {
                  byline_prose_mark (s, BYLINE_PROSE_MARKUP, text_end, byline_prose_line_end (s, text_end));
                  end = byline_prose_line_end (s, text_end);
                }
            }

          after_blank = in_indented_code = FALSE;
        }

      pos = end < s->length ? end + 1 : end;
    }
}
