/* byline-scroll-sync.h: the body editor and the preview showing the same
 * part of the post
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "byline-document.h"
#include "byline-preview.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_SCROLL_SYNC (byline_scroll_sync_get_type ())

G_DECLARE_FINAL_TYPE (BylineScrollSync, byline_scroll_sync, BYLINE, SCROLL_SYNC, GObject)

BylineScrollSync *byline_scroll_sync_new (BylineDocument *document,
                                          GtkSourceView  *source_view,
                                          BylinePreview  *preview);

G_END_DECLS
