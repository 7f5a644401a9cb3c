/* byline-html.c: escaping text for HTML, and marking the source lines of
 * HTML written by people without changing it otherwise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-html.h"

/* Elements that have no content and no end tag. */
static const char * const void_elements[] = {
  "area", "base", "br", "col", "embed", "hr", "img", "input",
  "link", "meta", "param", "source", "track", "wbr", NULL,
};

/* Elements whose content is text up to their end tag, never markup. */
static const char * const raw_text_elements[] = {
  "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", NULL,
};

/**
 * byline_html_append_escaped:
 * @length: the length of @text in bytes, or -1 when it ends with a NUL
 *
 * Appends @text with `&`, `<`, `>`, `"` and `'` escaped, which makes it safe
 * both as element content and as a quoted attribute value.
 */
void
byline_html_append_escaped (GString    *out,
                            const char *text,
                            gssize      length)
{
  const char *end = text + (length < 0 ? strlen (text) : (gsize) length);
  const char *run = text;

  for (const char *p = text; p < end; p++)
    {
      const char *entity;

      switch (*p)
        {
        case '&':
          entity = "&amp;";
          break;
        case '<':
          entity = "&lt;";
          break;
        case '>':
          entity = "&gt;";
          break;
        case '"':
          entity = "&quot;";
          break;
        case '\'':
          entity = "&#39;";
          break;
        default:
          continue;
        }

      g_string_append_len (out, run, p - run);
      g_string_append (out, entity);
      run = p + 1;
    }

  g_string_append_len (out, run, end - run);
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/**
 * byline_html_find_tag_end:
 * @tag: the `<` of a start or end tag
 * @end: the end of the text
 *
 * Finds the `>` that closes the tag as an HTML parser does: one inside a
 * quoted attribute value does not count.
 *
 * Returns: (nullable): the byte after the tag, or %NULL when the text ends
 *   inside it
 */
const char *
byline_html_find_tag_end (const char *tag,
                          const char *end)
{
  const char *p = tag + 1;

  if (p < end && *p == '/')
    p++;
  while (p < end && !is_blank (*p) && *p != '/' && *p != '>')
    p++;

  for (;;)
    {
      while (p < end && (is_blank (*p) || *p == '/'))
        p++;
      if (p >= end)
        return NULL;
      if (*p == '>')
        return p + 1;

      /* An attribute name; its first character may even be `=`. */
      p++;
      while (p < end && !is_blank (*p) && *p != '/' && *p != '>' && *p != '=')
        p++;
      while (p < end && is_blank (*p))
        p++;
      if (p >= end || *p != '=')
        continue;

      p++;
      while (p < end && is_blank (*p))
        p++;
      if (p < end && (*p == '"' || *p == '\''))
        {
          const char *quote = memchr (p + 1, *p, end - p - 1);

          if (quote == NULL)
            return NULL;
          p = quote + 1;
        }
      else
        {
          while (p < end && !is_blank (*p) && *p != '>')
            p++;
        }
    }
}

/**
 * byline_html_is_more_comment:
 *
 * Returns: whether @text is `<!-- more -->`, the comment with which Hexo
 *   ends a post's excerpt
 */
gboolean
byline_html_is_more_comment (const char *text,
                             gsize       length)
{
  const char *p;
  const char *end;

  if (length < 11 || strncmp (text, "<!--", 4) != 0 || strncmp (text + length - 3, "-->", 3) != 0)
    return FALSE;

  p = text + 4;
  end = text + length - 3;

  while (p < end && is_blank (*p))
    p++;
  while (end > p && is_blank (end[-1]))
    end--;

  return end - p == 4 && strncmp (p, "more", 4) == 0;
}

/**
 * byline_html_append_more_divider:
 * @line: the source line to mark it with, or 0
 *
 * Appends what the preview shows for `<!-- more -->`: an inline element
 * that the page's style shows as a labelled rule, so that it fits wherever
 * the comment stood, even inside a paragraph.
 */
void
byline_html_append_more_divider (GString *out,
                                 guint    line)
{
  g_string_append (out, "<span class=\"byline-more\" role=\"separator\"");
  if (line > 0)
    g_string_append_printf (out, " data-line=\"%u\"", line);
  g_string_append (out, " data-label=\"");
  byline_html_append_escaped (out, _("Excerpt ends here"), -1);
  g_string_append (out, "\"></span>");
}

/**
 * byline_html_name_is_one_of:
 * @name: an element's name, as written
 * @length: its length in bytes
 * @names: lower-case names, %NULL-terminated
 *
 * Returns: whether @name is one of @names, in any case
 */
gboolean
byline_html_name_is_one_of (const char         *name,
                            gsize               length,
                            const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strlen (names[i]) == length && g_ascii_strncasecmp (name, names[i], length) == 0)
      return TRUE;

  return FALSE;
}

/**
 * byline_html_find_end_tag:
 * @p: where to start looking
 * @end: the end of the text
 * @name: an element's name
 * @length: its length in bytes
 *
 * Returns: the `<` of the element's next end tag, in any case, or @end
 */
const char *
byline_html_find_end_tag (const char *p,
                          const char *end,
                          const char *name,
                          gsize       length)
{
  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      if ((gsize) (end - p) > length + 2 && p[1] == '/' &&
          g_ascii_strncasecmp (p + 2, name, length) == 0 &&
          (is_blank (p[2 + length]) || p[2 + length] == '>' || p[2 + length] == '/'))
        return p;
      p++;
    }

  return end;
}

typedef struct {
  GString  *out;
  guint     line;
  /* Whether an element of the current line has its line mark already. */
  gboolean  line_marked;
  guint     depth;
} Annotator;

static void
copy_counting_lines (Annotator  *a,
                     const char *from,
                     const char *to)
{
  for (const char *nl = memchr (from, '\n', to - from); nl != NULL; nl = memchr (nl + 1, '\n', to - nl - 1))
    {
      a->line++;
      a->line_marked = FALSE;
    }

  g_string_append_len (a->out, from, to - from);
}

/**
 * byline_html_annotate:
 * @html: HTML as a person wrote it
 * @first_line: the line of the file on which @html starts
 *
 * Appends @html to @out, byte for byte, but for two things: elements get a
 * `data-line` attribute with their line in the file when they are at the
 * top level or open the first element of their line, for scroll sync; and
 * each `<!-- more -->` shows as the excerpt divider. Tags are read as an
 * HTML parser reads them (quoted `>`, comments, the text of `<script>` and
 * `<style>`), and an unfinished tag ends the marking, not the text.
 */
void
byline_html_annotate (GString    *out,
                      const char *html,
                      gsize       length,
                      guint       first_line)
{
  const char *end = html + length;
  const char *copied = html;
  const char *p = html;
  Annotator a = { out, first_line, FALSE, 0 };

  while ((p = memchr (p, '<', end - p)) != NULL && p + 1 < end)
    {
      const char *name = p + 1;
      const char *name_end;
      const char *tag_end;

      if (end - p >= 4 && strncmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - p - 4, "-->");

          if (close == NULL)
            break;
          close += 3;
          if (byline_html_is_more_comment (p, close - p))
            {
              copy_counting_lines (&a, copied, p);
              byline_html_append_more_divider (out, a.line_marked ? 0 : a.line);
              a.line_marked = TRUE;
              copied = close;
            }
          p = close;
          continue;
        }

      if (*name == '!' || *name == '?')
        {
          if ((p = memchr (p, '>', end - p)) == NULL)
            break;
          continue;
        }

      if (*name == '/' && name + 1 < end && g_ascii_isalpha (name[1]))
        {
          if ((tag_end = byline_html_find_tag_end (p, end)) == NULL)
            break;
          if (a.depth > 0)
            a.depth--;
          p = tag_end;
          continue;
        }

      if (!g_ascii_isalpha (*name))
        {
          p++;
          continue;
        }

      if ((tag_end = byline_html_find_tag_end (p, end)) == NULL)
        break;
      for (name_end = name; name_end < tag_end && (g_ascii_isalnum (*name_end) || *name_end == '-'); name_end++)
        ;

      copy_counting_lines (&a, copied, name_end);
      if (a.depth == 0 || !a.line_marked)
        {
          g_string_append_printf (out, " data-line=\"%u\"", a.line);
          a.line_marked = TRUE;
        }
      copy_counting_lines (&a, name_end, tag_end);
      copied = p = tag_end;

      if (byline_html_name_is_one_of (name, name_end - name, raw_text_elements))
        p = byline_html_find_end_tag (p, end, name, name_end - name);

      if (!byline_html_name_is_one_of (name, name_end - name, void_elements) && tag_end[-2] != '/')
        a.depth++;
    }

  copy_counting_lines (&a, copied, end);
}
