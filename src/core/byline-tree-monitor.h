/* byline-tree-monitor.h: notices files added, changed and removed in a
 * folder and the folders inside it, and tells of them in batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_TREE_MONITOR (byline_tree_monitor_get_type ())

G_DECLARE_FINAL_TYPE (BylineTreeMonitor, byline_tree_monitor, BYLINE, TREE_MONITOR, GObject)

BylineTreeMonitor *byline_tree_monitor_new           (void);
void               byline_tree_monitor_add           (BylineTreeMonitor *self,
                                                      GFile             *folder);
guint              byline_tree_monitor_get_n_folders (BylineTreeMonitor *self);

G_END_DECLS
