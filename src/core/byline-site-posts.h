/* byline-site-posts.h: new posts, drafts and publishing, as the site's
 * generator makes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-post.h"
#include "byline-site.h"

G_BEGIN_DECLS

BylinePost *byline_site_make_post     (BylineSite    *site,
                                       const char    *title,
                                       gboolean       is_draft,
                                       GDateTime     *now,
                                       GError       **error);
GFile      *byline_site_create_post   (BylineSite    *site,
                                       const char    *title,
                                       gboolean       is_draft,
                                       GDateTime     *now,
                                       GCancellable  *cancellable,
                                       GError       **error);
GFile      *byline_site_publish_draft (BylineSite    *site,
                                       GFile         *draft,
                                       GDateTime     *now,
                                       GCancellable  *cancellable,
                                       GError       **error);
gboolean    byline_site_is_draft      (BylineSite    *site,
                                       GFile         *file,
                                       BylinePost    *post);

G_END_DECLS
