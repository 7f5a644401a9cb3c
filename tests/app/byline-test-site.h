/* byline-test-site.h: helpers for tests of the app with a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-library.h"
#include "byline-test-app.h"
#include "site-fixture.h"

G_BEGIN_DECLS

BylineWindow  *byline_test_open_site       (const char            *root);
void           byline_test_wait_site       (BylineWindow          *window);
BylineLibrary *byline_test_library         (BylineWindow          *window);
void           byline_test_wait_library    (BylineWindow          *window,
                                            guint                  n_posts);
GtkWidget     *byline_test_find_label      (GtkWidget             *root,
                                            const char            *text);
GtkWindow     *byline_test_wait_toplevel   (GType                  type);
gboolean       byline_test_is_current_file (BylineWindow          *window,
                                            const char            *path);
void           byline_test_wait_current    (BylineWindow          *window,
                                            const char            *path);

G_END_DECLS
