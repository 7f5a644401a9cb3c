/* byline-raw-editor.h: the front matter as text, highlighted, read again
 * as it is typed, with the place of its error marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "byline-front-matter.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_RAW_EDITOR (byline_raw_editor_get_type ())

G_DECLARE_FINAL_TYPE (BylineRawEditor, byline_raw_editor, BYLINE, RAW_EDITOR, GtkBox)

GtkWidget     *byline_raw_editor_new                (void);
void           byline_raw_editor_set_front_matter   (BylineRawEditor   *self,
                                                     BylineFrontMatter *front_matter);
GtkSourceView *byline_raw_editor_get_view           (BylineRawEditor   *self);
const char    *byline_raw_editor_get_message        (BylineRawEditor   *self);
gboolean       byline_raw_editor_get_error_location (BylineRawEditor   *self,
                                                     guint             *line,
                                                     guint             *column);

G_END_DECLS
