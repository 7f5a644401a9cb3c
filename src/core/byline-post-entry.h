/* byline-post-entry.h: one post of a site's index, as its front matter
 * describes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-node.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_POST_ENTRY  (byline_post_entry_get_type ())

G_DECLARE_FINAL_TYPE (BylinePostEntry, byline_post_entry, BYLINE, POST_ENTRY, GObject)

BylinePostEntry    *byline_post_entry_new             (GRefString         *root,
                                                       const char         *path,
                                                       const char         *title,
                                                       GDateTime          *date,
                                                       const char         *date_text,
                                                       const char * const *categories,
                                                       const char * const *tags,
                                                       gboolean            is_draft);
GFile              *byline_post_entry_get_file        (BylinePostEntry    *self);
const char         *byline_post_entry_get_path        (BylinePostEntry    *self);
const char         *byline_post_entry_get_title       (BylinePostEntry    *self);
GDateTime          *byline_post_entry_get_date        (BylinePostEntry    *self);
const char         *byline_post_entry_get_date_text   (BylinePostEntry    *self);
const char * const *byline_post_entry_get_categories  (BylinePostEntry    *self);
const char * const *byline_post_entry_get_tags        (BylinePostEntry    *self);
gboolean            byline_post_entry_is_draft        (BylinePostEntry    *self);
const char         *byline_post_entry_get_search_text (BylinePostEntry    *self);
int                 byline_post_entry_compare         (BylinePostEntry    *a,
                                                       BylinePostEntry    *b);
BylineNode         *byline_post_entry_to_node         (BylinePostEntry    *self);

G_END_DECLS
