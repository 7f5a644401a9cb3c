/* byline-post-index-private.h: what the index's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-post-index.h"
#include "byline-tree-monitor.h"

G_BEGIN_DECLS

struct _BylinePostIndex
{
  GObject               parent_instance;

  BylineSite           *site;
  GPtrArray            *entries;
  BylineTaxonomy       *taxonomy;
  BylinePostIndexFlags  flags;

  /* Each load has its number; batches of an older load are dropped. */
  guint                 generation;
  guint                 is_loading : 1;

  /* Following changes: the folders watched, the paths changed since the
   * last update, and the update reading them, if one is running. */
  BylineTreeMonitor    *monitor;
  GHashTable           *changed;
  GCancellable         *updating;
};

int  byline_post_index_compare_entries (gconstpointer    a,
                                        gconstpointer    b);
void byline_post_index_merge           (BylinePostIndex *self,
                                        GPtrArray       *batch);
void byline_post_index_update          (BylinePostIndex *self);

G_END_DECLS
