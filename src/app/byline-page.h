/* byline-page.h: one open post: its form, its body and its preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "byline-body-editor.h"
#include "byline-document.h"
#include "byline-form.h"
#include "byline-preview.h"
#include "byline-recovery-bar.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_PAGE (byline_page_get_type ())

G_DECLARE_FINAL_TYPE (BylinePage, byline_page, BYLINE, PAGE, AdwBin)

BylinePage        *byline_page_new              (void);
BylineDocument    *byline_page_get_document     (BylinePage *self);
BylineForm        *byline_page_get_form         (BylinePage *self);
GtkSourceView     *byline_page_get_source_view  (BylinePage *self);
BylineBodyEditor  *byline_page_get_body_editor  (BylinePage *self);
BylinePreview     *byline_page_get_preview      (BylinePage *self);
BylineRecoveryBar *byline_page_get_recovery_bar (BylinePage *self);
gboolean           byline_page_is_empty         (BylinePage *self);

G_END_DECLS
