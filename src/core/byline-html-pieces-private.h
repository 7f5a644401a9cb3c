/* byline-html-pieces-private.h: one level of HTML cut into the pieces a
 * browser makes one node of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  BYLINE_HTML_PIECE_TEXT,
  BYLINE_HTML_PIECE_COMMENT,
  BYLINE_HTML_PIECE_ELEMENT,
} BylineHtmlPieceKind;

typedef struct {
  BylineHtmlPieceKind  kind;
  const char          *start;
  const char          *end;
  /* For an element whose content a patch may enter: its content. */
  const char          *content;
  const char          *content_end;
  /* For an element: its name, as written. */
  const char          *name;
  gsize                name_length;
} BylineHtmlPiece;

GArray *byline_html_cut (const char *start,
                         const char *end);

G_END_DECLS
