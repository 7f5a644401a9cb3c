/* byline-site-dates.h: dates as a site's generator writes and reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"
#include "byline-site.h"

G_BEGIN_DECLS

/* How the site's generator reads a post's date. */
typedef enum {
  BYLINE_DATE_READING_RIGHT,
  BYLINE_DATE_READING_MISREAD,
  BYLINE_DATE_READING_UNREADABLE,
} BylineDateReading;

BylineDate        *byline_site_format_date   (BylineSite         *site,
                                              GDateTime          *when);
BylineDate        *byline_node_read_date     (BylineNode         *node);
BylineNode        *byline_date_node_for      (BylineFrontMatter  *front_matter,
                                              BylineDate         *date);
BylineDateReading  byline_site_check_date    (BylineSite         *site,
                                              BylineNode         *node,
                                              char              **reason);
gboolean           byline_site_set_post_date (BylineSite         *site,
                                              BylineFrontMatter  *front_matter,
                                              GDateTime          *when,
                                              GError            **error);

G_END_DECLS
