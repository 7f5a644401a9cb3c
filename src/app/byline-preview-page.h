/* byline-preview-page.h: the preview's web view, what it lets the page do,
 * and the calls into Byline's script in the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <webkit/webkit.h>

#include "byline-html-patch.h"

G_BEGIN_DECLS

/* The script world Byline's script runs in, apart from the page's. */
#define BYLINE_PREVIEW_PAGE_WORLD "byline"

/* Called for a link the reader activated; returns whether it was handled. */
typedef gboolean (*BylinePreviewLinkHandler) (gpointer    user_data,
                                              const char *uri);

WebKitWebView *byline_preview_page_new_web_view     (BylinePreviewLinkHandler   link_handler,
                                                     gpointer                   user_data);
void           byline_preview_page_update_async     (WebKitWebView             *web_view,
                                                     const char                *header,
                                                     BylineHtmlPatch           *patch,
                                                     gboolean                   dark,
                                                     GCancellable              *cancellable,
                                                     GAsyncReadyCallback        callback,
                                                     gpointer                   user_data);
gboolean       byline_preview_page_update_finish    (WebKitWebView             *web_view,
                                                     GAsyncResult              *result,
                                                     GError                   **error);
void           byline_preview_page_set_dark         (WebKitWebView             *web_view,
                                                     gboolean                   dark);
void           byline_preview_page_set_user_style   (WebKitWebView             *web_view,
                                                     const char                *css);
void           byline_preview_page_scroll_to_line   (WebKitWebView             *web_view,
                                                     double                     line,
                                                     double                     position);
void           byline_preview_page_show_uri         (GtkWidget                 *widget,
                                                     const char                *uri);

G_END_DECLS
