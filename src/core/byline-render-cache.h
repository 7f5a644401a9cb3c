/* byline-render-cache.h: the HTML of a body's runs of blocks, kept from
 * one render to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_RENDER_CACHE (byline_render_cache_get_type ())

G_DECLARE_FINAL_TYPE (BylineRenderCache, byline_render_cache, BYLINE, RENDER_CACHE, GObject)

BylineRenderCache *byline_render_cache_new    (void);
gboolean           byline_render_cache_lookup (BylineRenderCache *self,
                                               const char        *source,
                                               gsize              length,
                                               gsize              checked_length,
                                               guint              line,
                                               const char       **html,
                                               gsize             *html_length);
void               byline_render_cache_store  (BylineRenderCache *self,
                                               const char        *source,
                                               gsize              length,
                                               gsize              checked_length,
                                               guint              line,
                                               const char        *html,
                                               gsize              html_length);
void               byline_render_cache_sweep  (BylineRenderCache *self);

G_END_DECLS
