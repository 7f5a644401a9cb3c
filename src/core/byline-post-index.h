/* byline-post-index.h: the posts of a site, read from their front matter
 * alone, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-post-entry.h"
#include "byline-site.h"
#include "byline-taxonomy.h"

G_BEGIN_DECLS

/**
 * BylinePostIndexFlags:
 * @BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS: list the site's drafts too
 * @BYLINE_POST_INDEX_FLAGS_SEARCHABLE: make each entry's search text
 *   while scanning, in the scan's threads, for a search that must not wait
 * @BYLINE_POST_INDEX_FLAGS_COUNT_TERMS: count the categories, tags and
 *   keys the posts use, for byline_post_index_get_categories(),
 *   byline_post_index_get_tags() and byline_post_index_get_keys()
 */
typedef enum {
  BYLINE_POST_INDEX_FLAGS_NONE           = 0,
  BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS = 1 << 0,
  BYLINE_POST_INDEX_FLAGS_SEARCHABLE     = 1 << 1,
  BYLINE_POST_INDEX_FLAGS_COUNT_TERMS    = 1 << 2,
} BylinePostIndexFlags;

#define BYLINE_TYPE_POST_INDEX (byline_post_index_get_type ())

G_DECLARE_FINAL_TYPE (BylinePostIndex, byline_post_index, BYLINE, POST_INDEX, GObject)

BylinePostIndex *byline_post_index_new            (BylineSite            *site);
BylineSite      *byline_post_index_get_site       (BylinePostIndex       *self);
gboolean         byline_post_index_load           (BylinePostIndex       *self,
                                                   BylinePostIndexFlags   flags,
                                                   GCancellable          *cancellable,
                                                   GError               **error);
void             byline_post_index_load_async     (BylinePostIndex       *self,
                                                   BylinePostIndexFlags   flags,
                                                   GCancellable          *cancellable,
                                                   GAsyncReadyCallback    callback,
                                                   gpointer               user_data);
gboolean         byline_post_index_load_finish    (BylinePostIndex       *self,
                                                   GAsyncResult          *result,
                                                   GError               **error);
gboolean         byline_post_index_is_loading     (BylinePostIndex       *self);
void             byline_post_index_follow_changes (BylinePostIndex       *self);
void             byline_post_index_refresh_file   (BylinePostIndex       *self,
                                                   GFile                 *file);
GArray          *byline_post_index_get_categories (BylinePostIndex       *self);
GArray          *byline_post_index_get_tags       (BylinePostIndex       *self);
GArray          *byline_post_index_get_keys       (BylinePostIndex       *self);

G_END_DECLS
