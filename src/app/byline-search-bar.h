/* byline-search-bar.h: finding and replacing in the body, plain or with
 * regular expressions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SEARCH_BAR (byline_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (BylineSearchBar, byline_search_bar, BYLINE, SEARCH_BAR, GtkWidget)

void                     byline_search_bar_set_view          (BylineSearchBar *self,
                                                              GtkSourceView   *view);
void                     byline_search_bar_begin             (BylineSearchBar *self,
                                                              gboolean         replace);
void                     byline_search_bar_end               (BylineSearchBar *self);
void                     byline_search_bar_move              (BylineSearchBar *self,
                                                              gboolean         backward);
GtkSourceSearchContext  *byline_search_bar_get_context       (BylineSearchBar *self);
GtkEditable             *byline_search_bar_get_search_entry  (BylineSearchBar *self);
GtkEditable             *byline_search_bar_get_replace_entry (BylineSearchBar *self);
const char              *byline_search_bar_get_status        (BylineSearchBar *self);

G_END_DECLS
