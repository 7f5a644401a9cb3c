/* byline-path.h: keeping the files Byline writes inside a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean   byline_path_is_inside        (const char    *folder,
                                         const char    *path);
char      *byline_path_resolve          (const char    *path);
gboolean   byline_path_resolves_inside  (const char    *folder,
                                         const char    *path);
gboolean   byline_path_is_safe_relative (const char    *relative);
gboolean   byline_path_write_new        (GFile         *file,
                                         GBytes        *bytes,
                                         GError       **error);
gboolean   byline_path_replace          (GFile         *file,
                                         GBytes        *bytes,
                                         const char    *etag,
                                         char         **new_etag,
                                         GCancellable  *cancellable,
                                         GError       **error);
gboolean   byline_path_make_parent      (GFile         *file,
                                         GCancellable  *cancellable,
                                         GError       **error);
GPtrArray *byline_path_set_steal_all    (GHashTable    *paths);

G_END_DECLS
