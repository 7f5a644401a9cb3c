/* byline-site.h: a Hexo, Jekyll or Hugo site, with the settings that decide
 * where its posts go and how they are built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-front-matter.h"
#include "byline-slug.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_SITE_HEXO,
  BYLINE_SITE_JEKYLL,
  BYLINE_SITE_HUGO,
} BylineSiteKind;

/* The folders of a site that Byline writes into. */
typedef enum {
  BYLINE_SITE_FOLDER_CONTENT,
  BYLINE_SITE_FOLDER_POSTS,
  BYLINE_SITE_FOLDER_DRAFTS,
  BYLINE_SITE_FOLDER_ASSETS,
} BylineSiteFolder;

#define BYLINE_TYPE_SITE (byline_site_get_type ())

G_DECLARE_FINAL_TYPE (BylineSite, byline_site, BYLINE, SITE, GObject)

BylineSite         *byline_site_load                    (GFile                *location,
                                                         GCancellable         *cancellable,
                                                         GError              **error);
void                byline_site_load_async              (GFile                *location,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
BylineSite         *byline_site_load_finish             (GAsyncResult         *result,
                                                         GError              **error);
BylineSiteKind      byline_site_get_kind                (BylineSite           *self);
const char         *byline_site_get_kind_name           (BylineSite           *self);
GFile              *byline_site_get_root                (BylineSite           *self);
GFile              *byline_site_get_config_file         (BylineSite           *self);
BylineFrontMatter  *byline_site_get_config              (BylineSite           *self);
const char         *byline_site_get_title               (BylineSite           *self);
GFile              *byline_site_get_folder              (BylineSite           *self,
                                                         BylineSiteFolder      folder);
GFile              *byline_site_get_archetype_folder    (BylineSite           *self);
const char         *byline_site_get_section             (BylineSite           *self);
GTimeZone          *byline_site_get_time_zone           (BylineSite           *self);
gboolean            byline_site_has_time_zone           (BylineSite           *self);
const char         *byline_site_get_new_post_name       (BylineSite           *self);
BylineFilenameCase  byline_site_get_filename_case       (BylineSite           *self);
const char         *byline_site_get_default_layout      (BylineSite           *self);
const char         *byline_site_get_default_category    (BylineSite           *self);
gboolean            byline_site_uses_post_asset_folder  (BylineSite           *self);
gboolean            byline_site_uses_page_bundles       (BylineSite           *self);
gboolean            byline_site_renders_drafts          (BylineSite           *self);
gboolean            byline_site_renders_raw_html        (BylineSite           *self);
gboolean            byline_site_builds_future_posts     (BylineSite           *self);
BylineFormat        byline_site_get_front_matter_format (BylineSite           *self);
const char         *byline_site_get_url_root            (BylineSite           *self);
gboolean            byline_site_contains                (BylineSite           *self,
                                                         GFile                *file,
                                                         BylineSiteFolder      folder);

G_END_DECLS
