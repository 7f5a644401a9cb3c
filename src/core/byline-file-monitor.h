/* byline-file-monitor.h: notices when another program changes or deletes
 * the file of an open post
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  /* The file holds what the post was read from or saved as. */
  BYLINE_DISK_STATE_UNCHANGED,
  /* Another program wrote the file since. */
  BYLINE_DISK_STATE_CHANGED,
  /* The file is gone. */
  BYLINE_DISK_STATE_DELETED,
} BylineDiskState;

#define BYLINE_TYPE_FILE_MONITOR (byline_file_monitor_get_type ())

G_DECLARE_FINAL_TYPE (BylineFileMonitor, byline_file_monitor, BYLINE, FILE_MONITOR, GObject)

BylineFileMonitor *byline_file_monitor_new        (void);
void               byline_file_monitor_watch      (BylineFileMonitor *self,
                                                   GFile             *file,
                                                   const char        *etag);
GFile             *byline_file_monitor_get_file   (BylineFileMonitor *self);
void               byline_file_monitor_set_paused (BylineFileMonitor *self,
                                                   gboolean           paused);
BylineDiskState    byline_file_monitor_get_state  (BylineFileMonitor *self);

G_END_DECLS
