/* byline-prose-inline.c: Markdown's inline syntax: emphasis, code spans,
 * links, images and autolinks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-prose-private.h"

gsize
byline_prose_run_length (Scan  *s,
                         gsize  pos,
                         gsize  limit)
{
  gsize end = pos;

  while (end < limit && s->text[end] == s->text[pos])
    end++;

  return end - pos;
}

static gsize
scan_code_span (Scan  *s,
                gsize  pos,
                gsize  paragraph)
{
  gsize n = byline_prose_run_length (s, pos, paragraph);

  for (gsize q = pos + n; q < paragraph;)
    {
      gsize m;

      if (s->text[q] != '`')
        {
          q++;
          continue;
        }

      if ((m = byline_prose_run_length (s, q, paragraph)) == n)
        {
          byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + n);
          byline_prose_mark (s, BYLINE_PROSE_CODE, pos + n, q);
          byline_prose_mark (s, BYLINE_PROSE_MARKUP, q, q + n);
          return q + n;
        }
      q += m;
    }

  return pos + n;
}

/* `*`, `_` and `~~` runs that emphasize: not between two spaces, and an
 * underscore not inside a word (`snake_case`). */
static gsize
scan_emphasis (Scan  *s,
               gsize  pos,
               gsize  limit)
{
  char c = s->text[pos];
  gsize end = pos + byline_prose_run_length (s, pos, limit);
  char before = pos > 0 ? s->text[pos - 1] : ' ';
  char after = end < s->length ? s->text[end] : ' ';
  gboolean is_spaced = byline_prose_is_space (before) && byline_prose_is_space (after);
  gboolean is_markup;

  if (c == '_')
    is_markup = !is_spaced && !(byline_prose_is_word_byte (before) && byline_prose_is_word_byte (after));
  else if (c == '~')
    is_markup = !is_spaced && end - pos >= 2;
  else
    is_markup = !is_spaced;

  if (is_markup)
    byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, end);

  return end;
}

/* The `]` that closes the `[` at @open, or 0. */
gsize
byline_prose_find_bracket_close (Scan  *s,
                                 gsize  open,
                                 gsize  paragraph)
{
  int depth = 0;

  for (gsize q = open; q < paragraph; q++)
    {
      char c = s->text[q];

      if (c == '\\')
        q++;
      else if (c == '[')
        depth++;
      else if (c == ']' && --depth == 0)
        return q;
    }

  return 0;
}

static gsize
skip_blanks (Scan  *s,
             gsize  q,
             gsize  limit)
{
  while (q < limit && byline_prose_is_space (s->text[q]))
    q++;

  return q;
}

/* At the `(` after a link's text: its target and title up to `)`.
 * Returns the offset after the `)`, or 0 when there is none. */
static gsize
parse_destination (Scan  *s,
                   gsize  open,
                   gsize  paragraph,
                   gsize *address_start,
                   gsize *address_end)
{
  const char *text = s->text;
  gsize q = skip_blanks (s, open + 1, paragraph);
  int depth = 0;

  if (q < paragraph && text[q] == '<')
    {
      *address_start = ++q;
      while (q < paragraph && text[q] != '>' && text[q] != '\n')
        q++;
      if (q >= paragraph || text[q] != '>')
        return 0;
      *address_end = q++;
    }
  else
    {
      for (*address_start = q; q < paragraph && !byline_prose_is_space (text[q]); q++)
        {
          if (text[q] == '\\')
            q++;
          else if (text[q] == '(')
            depth++;
          else if (text[q] == ')' && depth-- == 0)
            break;
        }
      *address_end = MIN (q, paragraph);
    }

  q = skip_blanks (s, q, paragraph);
  if (q < paragraph && (text[q] == '"' || text[q] == '\'' || text[q] == '('))
    {
      char closer = text[q] == '(' ? ')' : text[q];

      for (q++; q < paragraph && text[q] != closer; q++)
        ;
      q = skip_blanks (s, q + 1, paragraph);
    }

  return q < paragraph && text[q] == ')' ? q + 1 : 0;
}

/* After a link's or image's `]`: the end of `(target)` or `[label]`, with
 * the target's span, or 0. */
static gsize
parse_link_tail (Scan  *s,
                 gsize  close,
                 gsize  paragraph,
                 gsize *address_start,
                 gsize *address_end)
{
  gsize label_close;

  *address_start = *address_end = close + 1;
  if (close + 1 >= paragraph)
    return 0;

  if (s->text[close + 1] == '(')
    return parse_destination (s, close + 1, paragraph, address_start, address_end);

  if (s->text[close + 1] == '[' && (label_close = byline_prose_find_bracket_close (s, close + 1, paragraph)) != 0)
    return label_close + 1;

  return 0;
}

/* `![alt](src)`: all of it markup but the address, as the alt text of an
 * HTML <img> is part of its tag. */
static gsize
scan_image (Scan  *s,
            gsize  pos,
            gsize  paragraph)
{
  gsize close = byline_prose_find_bracket_close (s, pos + 1, paragraph);
  gsize address_start, address_end, end;

  if (close == 0 || (end = parse_link_tail (s, close, paragraph, &address_start, &address_end)) == 0)
    return pos;

  byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, address_start);
  byline_prose_mark (s, BYLINE_PROSE_ADDRESS, address_start, address_end);
  byline_prose_mark (s, BYLINE_PROSE_MARKUP, address_end, end);
  return end;
}

/* At a `[`: a footnote reference, or the start of a link whose text is
 * read on as text. */
static gsize
scan_link_open (Scan  *s,
                gsize  pos,
                gsize  paragraph)
{
  gsize close;
  gsize end;

  if (pos + 1 < paragraph && s->text[pos + 1] == '^')
    {
      const char *footnote_close = memchr (s->text + pos, ']', paragraph - pos);

      if (footnote_close == NULL)
        return pos;
      end = footnote_close + 1 - s->text;
      byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, end < paragraph && s->text[end] == ':' ? end + 1 : end);
      return s->done;
    }

  if (s->link_close != 0 || (close = byline_prose_find_bracket_close (s, pos, paragraph)) == 0 ||
      (end = parse_link_tail (s, close, paragraph, &s->link_address_start, &s->link_address_end)) == 0)
    return pos;

  s->link_close = close;
  s->link_end = end;
  byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + 1);
  return pos + 1;
}

static gsize
scan_link_close (Scan *s)
{
  gsize end = s->link_end;

  byline_prose_mark (s, BYLINE_PROSE_MARKUP, s->link_close, s->link_address_start);
  byline_prose_mark (s, BYLINE_PROSE_ADDRESS, s->link_address_start, s->link_address_end);
  byline_prose_mark (s, BYLINE_PROSE_MARKUP, s->link_address_end, end);
  s->link_close = 0;

  return end;
}

/* `<https://example.com>` and `<name@example.com>`. */
static gsize
scan_autolink (Scan  *s,
               gsize  pos,
               gsize  limit)
{
  const char *text = s->text;
  gsize q = pos + 1;
  gboolean is_address = FALSE;

  while (q < limit && (g_ascii_isalnum (text[q]) || strchr ("+.-", text[q]) != NULL))
    q++;
  if (q < limit && (text[q] == ':' || text[q] == '@') && q > pos + 1 && g_ascii_isalpha (text[pos + 1]))
    is_address = TRUE;

  for (; is_address && q < limit && text[q] != '>'; q++)
    if (byline_prose_is_space (text[q]) || text[q] == '<')
      is_address = FALSE;

  if (!is_address || q >= limit)
    return pos;

  byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + 1);
  byline_prose_mark (s, BYLINE_PROSE_ADDRESS, pos + 1, q);
  byline_prose_mark (s, BYLINE_PROSE_MARKUP, q, q + 1);
  return q + 1;
}

/* Reads the inline content from @pos to the line's end @limit. A code
 * span, link or HTML construct may run on into later lines of its
 * paragraph: the offset returned is then past @limit. */
gsize
byline_prose_read_inline (Scan  *s,
                          gsize  pos,
                          gsize  limit)
{
  gsize paragraph = byline_prose_paragraph_end (s, pos);

  while (pos < limit)
    {
      char c = s->text[pos];
      gsize next = pos;

      if (s->link_close != 0 && pos >= s->link_close)
        {
          if (pos == s->link_close)
            {
              pos = scan_link_close (s);
              continue;
            }
          s->link_close = 0;
        }

      switch (c)
        {
        case '\\':
          if (pos + 1 < limit && g_ascii_ispunct (s->text[pos + 1]))
            {
              byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + 1);
              next = pos + 2;
            }
          break;
        case '`':
          next = scan_code_span (s, pos, paragraph);
          break;
        case '*':
        case '_':
        case '~':
          next = scan_emphasis (s, pos, limit);
          break;
        case '|':
          byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, pos + 1);
          next = pos + 1;
          break;
        case '!':
          if (pos + 1 < limit && s->text[pos + 1] == '[')
            next = scan_image (s, pos, paragraph);
          break;
        case '[':
          next = scan_link_open (s, pos, paragraph);
          break;
        case '<':
          if ((next = scan_autolink (s, pos, limit)) == pos)
            next = byline_prose_read_tag (s, pos, paragraph);
          break;
        case '&':
          next = byline_prose_read_entity (s, pos);
          break;
        case '{':
          next = byline_prose_read_template (s, pos, paragraph);
          break;
        default:
          if (g_ascii_isalnum (c) && (pos == 0 || !g_ascii_isalnum (s->text[pos - 1])))
            next = byline_prose_read_address (s, pos, limit);
          break;
        }

      pos = next > pos ? next : pos + 1;
    }

  return pos;
}
