/* byline-library.h: the posts and drafts of the window's site, to find
 * and open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-post-index.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_LIBRARY (byline_library_get_type ())

G_DECLARE_FINAL_TYPE (BylineLibrary, byline_library, BYLINE, LIBRARY, AdwBin)

BylineSite      *byline_library_get_site         (BylineLibrary *self);
void             byline_library_set_site         (BylineLibrary *self,
                                                  BylineSite    *site);
BylinePostIndex *byline_library_get_index        (BylineLibrary *self);
GListModel      *byline_library_get_model        (BylineLibrary *self);
GtkListView     *byline_library_get_list_view    (BylineLibrary *self);
GtkEditable     *byline_library_get_search_entry (BylineLibrary *self);
void             byline_library_focus_search     (BylineLibrary *self);

G_END_DECLS
