/* byline-post-query.h: what a writer types to find posts, and which posts
 * it finds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-post-entry.h"

G_BEGIN_DECLS

typedef struct _BylinePostQuery BylinePostQuery;

BylinePostQuery *byline_post_query_new      (const char            *text);
void             byline_post_query_free     (BylinePostQuery       *self);
gboolean         byline_post_query_is_empty (const BylinePostQuery *self);
gboolean         byline_post_query_matches  (const BylinePostQuery *self,
                                             BylinePostEntry       *entry);
gboolean         byline_post_query_implies  (const BylinePostQuery *self,
                                             const BylinePostQuery *other);
char            *byline_post_query_fold     (const char            *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylinePostQuery, byline_post_query_free)

G_END_DECLS
