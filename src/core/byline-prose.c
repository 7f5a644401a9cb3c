/* byline-prose.c: the parts of a post's body a reader reads, told apart
 * from its markup, its code and its addresses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-html.h"
#include "byline-prose-private.h"

/* How far a construct may look for its end: a template tag or an HTML tag
 * left open must not make every later character search the rest of a long
 * body. */
#define MAX_REACH 16384

/* Elements whose content the reader never sees as text. */
static const char * const hidden_elements[] = {
  "script", "style", "iframe", "svg", "math", "template", "noembed", "noframes", NULL,
};

/* Elements whose content is code. */
static const char * const code_elements[] = {
  "pre", "code", "kbd", "samp", "tt", NULL,
};

static const struct {
  const char *prefix;
  gsize       length;
} address_prefixes[] = {
  { "https://", 8 }, { "http://", 7 }, { "ftp://", 6 }, { "mailto:", 7 }, { "www.", 4 },
};

static void
give (Scan            *s,
      BylineProseKind  kind,
      gsize            start,
      gsize            end)
{
  if (start >= end)
    return;

  /* Parts of a kind merge, but each character reference stays one. */
  if (s->pending_end > s->pending_start && s->pending_end == start && s->pending_kind == kind &&
      kind != BYLINE_PROSE_ENTITY)
    {
      s->pending_end = end;
      return;
    }

  if (s->pending_end > s->pending_start)
    s->func (s->pending_kind, s->pending_start, s->pending_end, s->user_data);

  s->pending_kind = kind;
  s->pending_start = start;
  s->pending_end = end;
}

/* Gives [@start, @end) the kind @kind, and the text before it since the
 * last part its plain kind: text, or code inside a code element. */
void
byline_prose_mark (Scan            *s,
                   BylineProseKind  kind,
                   gsize            start,
                   gsize            end)
{
  start = MAX (start, s->done);
  end = MIN (MAX (end, start), s->length);

  give (s, s->code_depth > 0 ? BYLINE_PROSE_CODE : BYLINE_PROSE_TEXT, s->done, start);
  give (s, kind, start, end);
  s->done = MAX (s->done, end);
}

static void
finish (Scan *s)
{
  byline_prose_mark (s, BYLINE_PROSE_TEXT, s->length, s->length);
  if (s->pending_end > s->pending_start)
    s->func (s->pending_kind, s->pending_start, s->pending_end, s->user_data);
}

gsize
byline_prose_reach (Scan  *s,
                    gsize  pos)
{
  return MIN (s->length, pos + MAX_REACH);
}

gsize
byline_prose_line_end (Scan  *s,
                       gsize  pos)
{
  const char *newline = memchr (s->text + pos, '\n', s->length - pos);

  return newline != NULL ? (gsize) (newline - s->text) : s->length;
}

/* The end of the paragraph @pos is in: the next blank line. */
gsize
byline_prose_paragraph_end (Scan  *s,
                            gsize  pos)
{
  gsize limit = byline_prose_reach (s, pos);

  for (gsize end = byline_prose_line_end (s, pos); end < limit; end = byline_prose_line_end (s, end + 1))
    {
      gsize q = end + 1;

      while (q < s->length && (s->text[q] == ' ' || s->text[q] == '\t' || s->text[q] == '\r'))
        q++;
      if (q >= s->length || s->text[q] == '\n')
        return end;
    }

  return limit;
}

/* At a `<`: reads an HTML comment, declaration or tag ending before
 * @limit, with the content of an element the reader does not see.
 * Returns the offset after it, or @pos when none starts here. */
gsize
byline_prose_read_tag (Scan  *s,
                       gsize  pos,
                       gsize  limit)
{
  const char *p = s->text + pos;
  const char *end = s->text + limit;
  const char *close;
  const char *name;
  gsize name_length = 0;
  gboolean is_end_tag;
  gsize stop;

  if (end - p >= 4 && strncmp (p, "<!--", 4) == 0)
    {
      close = g_strstr_len (p + 4, s->text + s->length - (p + 4), "-->");
      stop = close != NULL ? (gsize) (close + 3 - s->text) : s->length;
      byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, stop);
      return stop;
    }

  if (end - p >= 3 && (p[1] == '!' || p[1] == '?') && (g_ascii_isalpha (p[2]) || p[2] == '['))
    {
      if ((close = memchr (p, '>', end - p)) == NULL)
        return pos;
      stop = close + 1 - s->text;
      byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, stop);
      return stop;
    }

  is_end_tag = end - p >= 2 && p[1] == '/';
  name = p + 1 + is_end_tag;
  if (name >= end || !g_ascii_isalpha (*name))
    return pos;
  while (name + name_length < end && (g_ascii_isalnum (name[name_length]) || name[name_length] == '-'))
    name_length++;

  if ((close = byline_html_find_tag_end (p, end)) == NULL)
    return pos;

  stop = close - s->text;
  byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, stop);

  if (!is_end_tag && byline_html_name_is_one_of (name, name_length, hidden_elements))
    {
      const char *text_end = s->text + s->length;
      const char *end_tag = byline_html_find_end_tag (close, text_end, name, name_length);

      close = end_tag < text_end ? byline_html_find_tag_end (end_tag, text_end) : NULL;
      stop = close != NULL ? (gsize) (close - s->text) : s->length;
      byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, stop);
    }
  else if (byline_html_name_is_one_of (name, name_length, code_elements))
    {
      if (is_end_tag && s->code_depth > 0)
        s->code_depth--;
      else if (!is_end_tag && close[-2] != '/')
        s->code_depth++;
    }

  return stop;
}

static gsize
entity_length (const char *p,
               const char *end)
{
  const char *q = p + 1;
  const char *start;

  if (q < end && *q == '#')
    {
      gboolean is_hex = ++q < end && (*q == 'x' || *q == 'X');

      if (is_hex)
        q++;
      for (start = q; q < end && q - start < 8 && (is_hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)); q++)
        ;
    }
  else
    {
      for (start = q; q < end && q - start < 32 && g_ascii_isalnum (*q); q++)
        ;
      if (q > start && !g_ascii_isalpha (*start))
        return 0;
    }

  return q > start && q < end && *q == ';' ? (gsize) (q + 1 - p) : 0;
}

gsize
byline_prose_read_entity (Scan  *s,
                          gsize  pos)
{
  gsize length = entity_length (s->text + pos, s->text + s->length);

  if (length == 0)
    return pos;

  byline_prose_mark (s, BYLINE_PROSE_ENTITY, pos, pos + length);
  return pos + length;
}

/* Hexo's `{% tag %}`, Liquid's `{{ value }}` and Hugo's `{{< shortcode >}}`. */
gsize
byline_prose_read_template (Scan  *s,
                            gsize  pos,
                            gsize  limit)
{
  const char *p = s->text + pos;
  const char *closer;
  const char *close;
  gsize stop;

  if (pos + 1 >= limit || (p[1] != '%' && p[1] != '{'))
    return pos;

  closer = p[1] == '%' ? "%}" : "}}";
  if ((close = g_strstr_len (p + 2, limit - pos - 2, closer)) == NULL)
    return pos;

  stop = close + 2 - s->text;
  byline_prose_mark (s, BYLINE_PROSE_MARKUP, pos, stop);
  return stop;
}

static gboolean
is_address_byte (char c)
{
  return c > ' ' && (guchar) c < 0x80 && c != '<' && c != '>' && c != '"' && c != '`';
}

static guint
count_byte (const char *text,
            gsize       start,
            gsize       end,
            char        c)
{
  guint n = 0;

  for (gsize i = start; i < end; i++)
    n += text[i] == c;

  return n;
}

/* At the start of a word: a bare URL or mail address. */
gsize
byline_prose_read_address (Scan  *s,
                           gsize  pos,
                           gsize  limit)
{
  const char *text = s->text;
  gsize q;
  gsize domain;
  guint dots = 0;

  for (guint i = 0; i < G_N_ELEMENTS (address_prefixes); i++)
    {
      gsize prefix = address_prefixes[i].length;

      if (limit - pos <= prefix || g_ascii_tolower (text[pos]) != address_prefixes[i].prefix[0] ||
          g_ascii_strncasecmp (text + pos, address_prefixes[i].prefix, prefix) != 0 ||
          !is_address_byte (text[pos + prefix]))
        continue;

      for (q = pos + prefix; q < limit && is_address_byte (text[q]); q++)
        ;

      /* Punctuation after an address ends the sentence, and a parenthesis
       * the address did not open closes the one around it. */
      while (q > pos + prefix)
        {
          char last = text[q - 1];

          if (strchr (".,:;!?'*_~", last) != NULL ||
              (last == ')' && count_byte (text, pos, q, '(') < count_byte (text, pos, q, ')')) ||
              (last == ']' && count_byte (text, pos, q, '[') < count_byte (text, pos, q, ']')))
            q--;
          else
            break;
        }

      byline_prose_mark (s, BYLINE_PROSE_ADDRESS, pos, q);
      return q;
    }

  for (q = pos; q < limit && (g_ascii_isalnum (text[q]) || strchr ("._%+-", text[q]) != NULL); q++)
    ;
  if (q == pos || q >= limit || text[q] != '@')
    return pos;

  for (domain = ++q; q < limit; q++)
    {
      if (text[q] == '.' && q + 1 < limit && g_ascii_isalnum (text[q + 1]) && q > domain)
        dots++;
      else if (!g_ascii_isalnum (text[q]) && text[q] != '-')
        break;
    }
  if (dots == 0)
    return pos;

  byline_prose_mark (s, BYLINE_PROSE_ADDRESS, pos, q);
  return q;
}

static void
scan_html (Scan *s)
{
  gsize pos = 0;

  while (pos < s->length)
    {
      char c = s->text[pos];
      gsize next = pos;

      if (c == '<')
        next = byline_prose_read_tag (s, pos, byline_prose_reach (s, pos));
      else if (c == '&')
        next = byline_prose_read_entity (s, pos);
      else if (c == '{')
        next = byline_prose_read_template (s, pos, byline_prose_reach (s, pos));
      else if (g_ascii_isalnum (c) && (pos == 0 || !g_ascii_isalnum (s->text[pos - 1])))
        next = byline_prose_read_address (s, pos, s->length);

      pos = next > pos ? next : pos + 1;
    }
}

/**
 * byline_prose_scan:
 * @length: the length of @text in bytes
 * @func: called with each part in order; the parts cover the text
 *
 * Splits a body into what a reader reads and what they do not: Markdown
 * syntax or HTML tags, code, addresses. A word counter counts the text
 * and the code; a spell checker reads the text only.
 */
void
byline_prose_scan (const char      *text,
                   gsize            length,
                   BylineBodyKind   kind,
                   BylineProseFunc  func,
                   gpointer         user_data)
{
  Scan s = { 0 };

  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (func != NULL);

  s.text = text;
  s.length = length;
  s.func = func;
  s.user_data = user_data;

  if (kind == BYLINE_BODY_HTML)
    scan_html (&s);
  else
    byline_prose_read_markdown (&s);

  finish (&s);
}
