/* byline-body-editor.h: the post's body: highlighted as Markdown or HTML,
 * searched, spell-checked, counted, formatted, and given images
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "byline-document.h"
#include "byline-search-bar.h"
#include "byline-spell-adapter.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_BODY_EDITOR (byline_body_editor_get_type ())

G_DECLARE_FINAL_TYPE (BylineBodyEditor, byline_body_editor, BYLINE, BODY_EDITOR, GtkWidget)

BylineBodyEditor   *byline_body_editor_new               (void);
BylineDocument     *byline_body_editor_get_document      (BylineBodyEditor *self);
void                byline_body_editor_set_document      (BylineBodyEditor *self,
                                                          BylineDocument   *document);
GtkSourceView      *byline_body_editor_get_source_view   (BylineBodyEditor *self);
BylineSearchBar    *byline_body_editor_get_search_bar    (BylineBodyEditor *self);
BylineSpellAdapter *byline_body_editor_get_spell_adapter (BylineBodyEditor *self);
BylineBodyKind      byline_body_editor_get_body_kind     (BylineBodyEditor *self);
const char         *byline_body_editor_get_status        (BylineBodyEditor *self);

G_END_DECLS
