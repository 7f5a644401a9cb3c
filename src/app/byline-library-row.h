/* byline-library-row.h: one post in the library: its title, date, first
 * category and whether it is a draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-post-entry.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_LIBRARY_ROW (byline_library_row_get_type ())

G_DECLARE_FINAL_TYPE (BylineLibraryRow, byline_library_row, BYLINE, LIBRARY_ROW, AdwBin)

BylineLibraryRow *byline_library_row_new                  (void);
BylinePostEntry  *byline_library_row_get_entry            (BylineLibraryRow *self);
void              byline_library_row_set_entry            (BylineLibraryRow *self,
                                                           BylinePostEntry  *entry);
const char       *byline_library_row_get_accessible_label (BylineLibraryRow *self);

G_END_DECLS
