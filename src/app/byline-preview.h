/* byline-preview.h: the post as readers will see it, in WebKit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <webkit/webkit.h>

#include "byline-document.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_PREVIEW (byline_preview_get_type ())

G_DECLARE_FINAL_TYPE (BylinePreview, byline_preview, BYLINE, PREVIEW, AdwBin)

void           byline_preview_set_document   (BylinePreview  *self,
                                              BylineDocument *document);
void           byline_preview_set_site_root  (BylinePreview  *self,
                                              GFile          *root);
void           byline_preview_scroll_to_line (BylinePreview  *self,
                                              double          line,
                                              double          position);
gboolean       byline_preview_is_up_to_date  (BylinePreview  *self);
WebKitWebView *byline_preview_get_web_view   (BylinePreview  *self);

G_END_DECLS
