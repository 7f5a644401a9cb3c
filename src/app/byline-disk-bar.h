/* byline-disk-bar.h: tells the writer that another program changed or
 * deleted the file of the post they are editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-document.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_DISK_BAR (byline_disk_bar_get_type ())

G_DECLARE_FINAL_TYPE (BylineDiskBar, byline_disk_bar, BYLINE, DISK_BAR, AdwBin)

void byline_disk_bar_set_document (BylineDiskBar  *self,
                                   BylineDocument *document);

G_END_DECLS
