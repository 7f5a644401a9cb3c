/* byline-export-dialog.h: shows what exporting a post into a site will
 * do, and does it only when the writer says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-export.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_EXPORT_DIALOG (byline_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BylineExportDialog, byline_export_dialog, BYLINE, EXPORT_DIALOG, AdwWindow)

BylineExportDialog *byline_export_dialog_new        (GtkWindow          *parent,
                                                     BylineSite         *site,
                                                     BylinePost         *post);
BylineExport       *byline_export_dialog_get_export (BylineExportDialog *self);

G_END_DECLS
