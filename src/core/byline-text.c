/* byline-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-node-private.h"
#include "byline-text.h"

void
byline_locator_init (BylineLocator *self,
                     const char    *text)
{
  self->text = text;
  self->offset = 0;
  self->line = 1;
  self->column = 1;
}

/* Parsers ask for places in increasing order, so the locator walks on from
 * the last place it found; an earlier place starts it over. */
void
byline_locator_find (BylineLocator *self,
                     gsize          offset,
                     guint         *line,
                     guint         *column)
{
  if (offset < self->offset)
    byline_locator_init (self, self->text);

  for (; self->offset < offset && self->text[self->offset] != '\0'; self->offset++)
    {
      guchar c = (guchar) self->text[self->offset];

      if (c == '\n')
        {
          self->line++;
          self->column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        self->column++;
    }

  *line = self->line;
  *column = self->column;
}

void
byline_scanner_init (BylineScanner  *self,
                     const char     *text,
                     GError        **error)
{
  self->text = text;
  self->pos = 0;
  self->error = error;
  byline_locator_init (&self->locator, text);
}

/* Sets the scanner's error, located at @offset. */
void
byline_scanner_fail (BylineScanner *self,
                     gsize          offset,
                     int            code,
                     const char    *format,
                     ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  byline_locator_find (&self->locator, offset, &line, &column);
  byline_set_located_error (self->error, code, line, column, "%s", message);
}

/* Gives @node (a BylineNode) the span from @start to the scanner's place. */
void
byline_scanner_set_span (BylineScanner *self,
                         gpointer       node,
                         gsize          start)
{
  guint line, column;

  byline_locator_find (&self->locator, start, &line, &column);
  byline_node_set_span (node, start, self->pos, line, column);
}

/**
 * byline_text_check_utf8:
 *
 * Returns: %FALSE, with @error pointing at the first byte that is not
 *   UTF-8, when @text is not UTF-8
 */
gboolean
byline_text_check_utf8 (const char  *text,
                        GError     **error)
{
  const char *bad;
  BylineLocator locator;
  guint line, column;

  if (g_utf8_validate (text, -1, &bad))
    return TRUE;

  byline_locator_init (&locator, text);
  byline_locator_find (&locator, (gsize) (bad - text), &line, &column);
  byline_set_located_error (error, BYLINE_ERROR_ENCODING, line, column,
                            _("The front matter is not valid UTF-8 text"));
  return FALSE;
}

/* Whether @c is one of the characters of @set; never the terminating NUL,
 * which strchr() would find. */
gboolean
byline_text_has_char (const char *set,
                      char        c)
{
  return c != '\0' && strchr (set, c) != NULL;
}

gsize
byline_text_line_start (const char *text,
                        gsize       offset)
{
  while (offset > 0 && text[offset - 1] != '\n')
    offset--;
  return offset;
}

/* Returns: the offset just past the newline that ends the line holding
 * @offset, or the end of the text. */
gsize
byline_text_next_line (const char *text,
                       gsize       offset)
{
  while (text[offset] != '\0' && text[offset] != '\n')
    offset++;
  return text[offset] == '\n' ? offset + 1 : offset;
}

/* Skips spaces and tabs. */
gsize
byline_text_skip_blanks (const char *text,
                         gsize       offset)
{
  while (text[offset] == ' ' || text[offset] == '\t')
    offset++;
  return offset;
}

/* Whether [start, end) holds only spaces, tabs and newlines. */
gboolean
byline_text_is_blank (const char *text,
                      gsize       start,
                      gsize       end)
{
  for (gsize i = start; i < end; i++)
    if (!byline_text_has_char (" \t\r\n", text[i]))
      return FALSE;
  return TRUE;
}

/* Returns: the spaces and tabs that start the line holding @offset */
char *
byline_text_indent_of (const char *text,
                       gsize       offset)
{
  gsize start = byline_text_line_start (text, offset);

  return g_strndup (text + start, byline_text_skip_blanks (text, start) - start);
}

/* Returns: @text with the bytes [start, end) replaced by @insert */
char *
byline_text_splice (const char *text,
                    gsize       start,
                    gsize       end,
                    const char *insert)
{
  GString *out = g_string_new_len (text, start);

  g_string_append (out, insert);
  g_string_append (out, text + end);
  return g_string_free (out, FALSE);
}

/* Appends a finite @number so that it reads back as a float: `2.0`, not
 * `2`. */
void
byline_text_append_float (GString *out,
                          double   number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, number));
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}
