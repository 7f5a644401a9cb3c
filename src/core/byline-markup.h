/* byline-markup.h: what the formatting commands write, in Markdown or in
 * HTML as the body is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-post.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_MARKUP_BOLD,
  BYLINE_MARKUP_ITALIC,
} BylineMarkupStyle;

/* The change a formatting command makes to the lines it was given. */
typedef struct {
  /* The bytes of the lines to replace. */
  gsize  start;
  gsize  end;
  char  *replacement;
  /* What to select afterwards, in bytes from @start. */
  gsize  select_start;
  gsize  select_end;
} BylineMarkupEdit;

void   byline_markup_edit_clear      (BylineMarkupEdit  *edit);
void   byline_markup_toggle_style    (BylineBodyKind     kind,
                                      BylineMarkupStyle  style,
                                      const char        *lines,
                                      gsize              selection_start,
                                      gsize              selection_end,
                                      BylineMarkupEdit  *edit);
void   byline_markup_insert_link     (BylineBodyKind     kind,
                                      const char        *lines,
                                      gsize              selection_start,
                                      gsize              selection_end,
                                      BylineMarkupEdit  *edit);
void   byline_markup_toggle_heading  (BylineBodyKind     kind,
                                      guint              level,
                                      const char        *lines,
                                      gsize              selection_start,
                                      gsize              selection_end,
                                      BylineMarkupEdit  *edit);
char  *byline_markup_image           (BylineBodyKind     kind,
                                      const char        *address);
char  *byline_markup_escape_address  (const char        *file_name);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BylineMarkupEdit, byline_markup_edit_clear)

G_END_DECLS
