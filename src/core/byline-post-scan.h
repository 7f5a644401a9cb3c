/* byline-post-scan.h: reading the front matter of a site's post files, and
 * nothing more
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-post-entry.h"
#include "byline-post-index.h"
#include "byline-site.h"
#include "byline-taxonomy.h"

G_BEGIN_DECLS

typedef void (*BylinePostScanFunc) (BylinePostEntry *entry,
                                    gpointer         user_data);

BylinePostEntry *byline_post_scan_file    (BylineSite            *site,
                                           GRefString            *root_path,
                                           const char            *path,
                                           gboolean               in_drafts,
                                           BylineNode           **front_matter);
gboolean         byline_post_scan_folders (BylineSite            *site,
                                           BylinePostIndexFlags   flags,
                                           BylineTaxonomy        *taxonomy,
                                           gboolean               in_background,
                                           BylinePostScanFunc     func,
                                           gpointer               user_data,
                                           GCancellable          *cancellable,
                                           GError               **error);
gboolean         byline_post_scan_path    (BylineSite            *site,
                                           BylinePostIndexFlags   flags,
                                           const char            *path,
                                           BylineTaxonomy        *taxonomy,
                                           BylinePostScanFunc     func,
                                           gpointer               user_data,
                                           GCancellable          *cancellable);

G_END_DECLS
