/* byline-post-images.h: where the images a writer adds to a post go, how
 * the post links them, and copying them there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-site.h"

G_BEGIN_DECLS

gboolean  byline_post_images_is_image_name (const char           *name);
GFile    *byline_post_images_folder        (BylineSite           *site,
                                            GFile                *post_file);
char     *byline_post_images_link          (BylineSite           *site,
                                            GFile                *post_file,
                                            const char           *name);
char     *byline_post_images_add           (GFile                *post_file,
                                            GFile                *source,
                                            GBytes               *contents,
                                            const char           *name,
                                            GFile               **target,
                                            GCancellable         *cancellable,
                                            GError              **error);
void      byline_post_images_add_async     (GFile                *post_file,
                                            GFile                *source,
                                            GBytes               *contents,
                                            const char           *name,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
char     *byline_post_images_add_finish    (GAsyncResult         *result,
                                            GFile               **target,
                                            GError              **error);

G_END_DECLS
