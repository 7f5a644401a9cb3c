/* byline-text.h: places in a front matter text, and splicing bytes into it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Turns byte offsets into 1-based lines and columns (in characters) while a
 * parser moves forward through the text, without counting from the start
 * each time. */
typedef struct {
  const char *text;
  gsize       offset;
  guint       line;
  guint       column;
} BylineLocator;

/* A parser's place in the text, and where its error goes. */
typedef struct {
  const char     *text;
  gsize           pos;
  BylineLocator   locator;
  GError        **error;
} BylineScanner;

void      byline_locator_init      (BylineLocator  *self,
                                    const char     *text);
void      byline_locator_find      (BylineLocator  *self,
                                    gsize           offset,
                                    guint          *line,
                                    guint          *column);
void      byline_scanner_init      (BylineScanner  *self,
                                    const char     *text,
                                    GError        **error);
void      byline_scanner_fail      (BylineScanner  *self,
                                    gsize           offset,
                                    int             code,
                                    const char     *format,
                                    ...) G_GNUC_PRINTF (4, 5);
void      byline_scanner_set_span  (BylineScanner  *self,
                                    gpointer        node,
                                    gsize           start);
gboolean  byline_text_check_utf8   (const char     *text,
                                    GError        **error);
gboolean  byline_text_has_char     (const char     *set,
                                    char            c);
gsize     byline_text_line_start   (const char     *text,
                                    gsize           offset);
gsize     byline_text_next_line    (const char     *text,
                                    gsize           offset);
gsize     byline_text_skip_blanks  (const char     *text,
                                    gsize           offset);
gboolean  byline_text_is_blank     (const char     *text,
                                    gsize           start,
                                    gsize           end);
char     *byline_text_indent_of    (const char     *text,
                                    gsize           offset);
char     *byline_text_splice       (const char     *text,
                                    gsize           start,
                                    gsize           end,
                                    const char     *insert);
void      byline_text_append_float (GString        *out,
                                    double          number);

G_END_DECLS
