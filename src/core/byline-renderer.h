/* byline-renderer.h: a post's body, header and preview page as HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-node.h"
#include "byline-post.h"
#include "byline-render-cache.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_RENDERER (byline_renderer_get_type ())

G_DECLARE_FINAL_TYPE (BylineRenderer, byline_renderer, BYLINE, RENDERER, GObject)

BylineRenderer *byline_renderer_new                (void);
char           *byline_renderer_render_body        (BylineRenderer    *self,
                                                    const char        *body,
                                                    BylineBodyKind     kind,
                                                    guint              first_line,
                                                    const char        *asset_folder);
char           *byline_renderer_render_body_cached (BylineRenderer    *self,
                                                    BylineRenderCache *cache,
                                                    const char        *body,
                                                    BylineBodyKind     kind,
                                                    guint              first_line,
                                                    const char        *asset_folder);
char           *byline_renderer_render_header      (BylineRenderer    *self,
                                                    BylineNode        *front_matter);
char           *byline_renderer_render_page        (BylineRenderer    *self,
                                                    BylinePost        *post,
                                                    const char        *extra_css);

char           *byline_asset_folder_name           (GFile             *post_file);

G_END_DECLS
