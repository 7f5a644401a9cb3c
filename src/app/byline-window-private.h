/* byline-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-library.h"
#include "byline-window.h"

G_BEGIN_DECLS

struct _BylineWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GCancellable         *cancellable;

  /* The current page's document, whose title the window shows. */
  BylineDocument       *document;
  GSignalGroup         *document_signals;

  /* The site the window belongs to: opened, or that of its first post
   * from a site. */
  BylineSite           *site;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwTabBar            *tab_bar;
  AdwTabView           *tab_view;
  GtkPaned             *library_paned;
  BylineLibrary        *library;
  GtkMenuButton        *site_button;
  GtkLabel             *site_name_label;
  GtkLabel             *site_kind_label;
  GMenu                *recent_sites_section;
};

/* Called once a save asked for by the window ends: @saved is FALSE when it
 * failed or the user cancelled it. */
typedef void (*BylineSaveDone) (BylinePage *page,
                                gboolean    saved,
                                gpointer    user_data);

/* Called once a site the writer chose is the window's. */
typedef void (*BylineSiteOpened) (BylineWindow *self,
                                  BylineSite   *site);

void byline_window_actions_init  (BylineWindow     *self);
void byline_window_site_init     (BylineWindow     *self);
void byline_window_posts_init    (BylineWindow     *self);
void byline_window_choose_site   (BylineWindow     *self,
                                  const char       *title,
                                  BylineSiteOpened  opened);
void byline_window_start_chooser (BylineWindow     *self,
                                  GtkFileChooser   *chooser,
                                  gboolean          for_site);
void byline_window_save_page     (BylineWindow     *self,
                                  BylinePage       *page,
                                  BylineSaveDone    done,
                                  gpointer          user_data);
void byline_window_save_page_as  (BylineWindow     *self,
                                  BylinePage       *page,
                                  BylineSaveDone    done,
                                  gpointer          user_data);

G_END_DECLS
