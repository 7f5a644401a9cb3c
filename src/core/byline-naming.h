/* byline-naming.h: where a site's generator expects a post, and the
 * guarantee that Byline writes nowhere else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-site.h"

G_BEGIN_DECLS

char       *byline_naming_slug           (BylineSite         *site,
                                          const char         *title);
const char *byline_naming_first_category (BylineFrontMatter  *front_matter);
char       *byline_naming_post_path      (BylineSite         *site,
                                          const char         *slug,
                                          GDateTime          *date,
                                          const char         *category,
                                          gboolean            is_draft,
                                          const char         *extension);
GFile      *byline_naming_asset_folder   (GFile              *post);
GFile      *byline_naming_confine        (BylineSite         *site,
                                          BylineSiteFolder    folder,
                                          const char         *relative,
                                          GError            **error);
GFile      *byline_naming_next_free      (BylineSite         *site,
                                          GFile              *target,
                                          GError            **error);
gboolean    byline_naming_exists         (GFile              *file);
gboolean    byline_naming_is_taken       (BylineSite         *site,
                                          GFile              *target);
GFile      *byline_naming_alternative    (BylineSite         *site,
                                          GFile              *target,
                                          guint               n);

G_END_DECLS
