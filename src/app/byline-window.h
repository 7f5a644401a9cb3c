/* byline-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-application.h"
#include "byline-page.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type ())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow *byline_window_new              (BylineApplication *application);
BylinePage   *byline_window_get_current_page (BylineWindow      *self);
BylinePage   *byline_window_add_page         (BylineWindow      *self);
AdwTabView   *byline_window_get_tab_view     (BylineWindow      *self);
BylinePage   *byline_window_find_page        (BylineWindow      *self,
                                              GFile             *file);
void          byline_window_open             (BylineWindow      *self,
                                              GFile             *file);
void          byline_window_show_error       (BylineWindow      *self,
                                              const char        *message);
BylineSite   *byline_window_get_site         (BylineWindow      *self);
void          byline_window_set_site         (BylineWindow      *self,
                                              BylineSite        *site);
void          byline_window_open_site        (BylineWindow      *self,
                                              GFile             *folder);

G_END_DECLS
