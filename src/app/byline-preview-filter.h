/* byline-preview-filter.h: WebKit content rules that keep the preview's
 * loads inside the post's folders, and off the network when asked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <webkit/webkit.h>

G_BEGIN_DECLS

char                    *byline_preview_filter_rules_for_folders (GFile * const        *folders,
                                                                  guint                 n_folders);
const char              *byline_preview_filter_rules_for_network (void);
void                     byline_preview_filter_compile_async     (const char           *rules,
                                                                  GCancellable         *cancellable,
                                                                  GAsyncReadyCallback   callback,
                                                                  gpointer              user_data);
WebKitUserContentFilter *byline_preview_filter_compile_finish    (GAsyncResult         *result,
                                                                  GError              **error);

G_END_DECLS
