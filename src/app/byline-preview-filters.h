/* byline-preview-filters.h: the WebKit content rules that keep the
 * preview's loads inside the post's folders, and off the network when the
 * user says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <webkit/webkit.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_PREVIEW_FILTERS (byline_preview_filters_get_type ())

G_DECLARE_FINAL_TYPE (BylinePreviewFilters, byline_preview_filters, BYLINE, PREVIEW_FILTERS, GObject)

BylinePreviewFilters *byline_preview_filters_new   (WebKitUserContentManager *manager);
gboolean              byline_preview_filters_apply (BylinePreviewFilters     *self,
                                                    GFile * const            *folders,
                                                    guint                     n_folders);

G_END_DECLS
