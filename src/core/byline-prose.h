/* byline-prose.h: the parts of a post's body a reader reads, told apart
 * from its markup, its code and its addresses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-post.h"

G_BEGIN_DECLS

typedef enum {
  /* Words a reader reads, with the spaces between them. */
  BYLINE_PROSE_TEXT,
  /* Code spans and blocks, and the content of <pre>, <code> and the like. */
  BYLINE_PROSE_CODE,
  /* Markdown syntax, HTML tags and comments, scripts, styles and template
   * tags: what the reader never sees as written. */
  BYLINE_PROSE_MARKUP,
  /* Link targets, image sources, autolinks, bare URLs and mail addresses. */
  BYLINE_PROSE_ADDRESS,
  /* An HTML character reference such as `&amp;`: one character. */
  BYLINE_PROSE_ENTITY,
} BylineProseKind;

/* A word to spell-check, as byte offsets into the text. */
typedef struct {
  gsize start;
  gsize end;
} BylineProseWord;

typedef void (*BylineProseFunc) (BylineProseKind  kind,
                                 gsize            start,
                                 gsize            end,
                                 gpointer         user_data);

void      byline_prose_scan         (const char      *text,
                                     gsize            length,
                                     BylineBodyKind   kind,
                                     BylineProseFunc  func,
                                     gpointer         user_data);
GArray   *byline_prose_find_words   (const char      *text,
                                     gsize            length,
                                     BylineBodyKind   kind);
gunichar  byline_prose_decode_entity (const char     *entity,
                                      gsize           length);
gboolean  byline_unichar_is_cjk     (gunichar         c);

G_END_DECLS
