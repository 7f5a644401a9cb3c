/* byline-slug.h: file names from titles, as each generator makes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Hexo's `filename_case` setting. */
typedef enum {
  BYLINE_FILENAME_CASE_KEEP  = 0,
  BYLINE_FILENAME_CASE_LOWER = 1,
  BYLINE_FILENAME_CASE_UPPER = 2,
} BylineFilenameCase;

char *byline_escape_diacritics (const char         *text);
char *byline_slugize_hexo      (const char         *title,
                                BylineFilenameCase  filename_case);
char *byline_slugize           (const char         *title);

G_END_DECLS
