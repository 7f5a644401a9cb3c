/* byline-site-private.h: what the site's loader and its settings reader
 * share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-site.h"

G_BEGIN_DECLS

struct _BylineSite
{
  GObject             parent_instance;

  BylineSiteKind      kind;
  GFile              *root;
  GFile              *config_file;
  BylineFrontMatter  *config;

  GFile              *folders[BYLINE_SITE_FOLDER_ASSETS + 1];
  GFile              *archetype_folder;
  char               *section;
  char               *title;

  GTimeZone          *time_zone;
  gboolean            has_time_zone;
  char               *new_post_name;
  BylineFilenameCase  filename_case;
  char               *default_layout;
  char               *default_category;
  char               *url_root;
  gboolean            uses_post_asset_folder;
  gboolean            uses_page_bundles;
  gboolean            renders_drafts;
  gboolean            renders_raw_html;
  gboolean            builds_future_posts;
};

gboolean     byline_site_detect          (const char      *dir,
                                          BylineSiteKind  *kind,
                                          const char     **config_name);
gboolean     byline_site_read_settings   (BylineSite      *self,
                                          const char      *config_name,
                                          GError         **error);
BylineFormat byline_format_for_file_name (const char      *name);

G_END_DECLS
