/* byline-display-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-display-path.h"

/* The rest of @path after @folder and a separator, or NULL. */
static const char *
skip_folder (const char *path,
             const char *folder)
{
  gsize length = strlen (folder);

  if (strncmp (path, folder, length) != 0 || path[length] != G_DIR_SEPARATOR)
    return NULL;

  return path + length + 1;
}

/**
 * byline_display_path:
 * @path: an absolute path, in the file system's encoding
 *
 * Writes @path as a writer knows it: below their home from `~`, and a
 * file or folder the document portal brings into the Flatpak sandbox
 * (`/run/user/1000/doc/1a2b3c4d/my-site`) by the name they chose
 * (`my-site`), as the portal hides where it is.
 *
 * Returns: (transfer full): the path for display, as UTF-8
 */
char *
byline_display_path (const char *path)
{
  g_autofree char *portal = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
  const char *home = g_get_home_dir ();
  const char *rest;

  g_return_val_if_fail (path != NULL, NULL);

  /* The portal's folders are named after an id it makes up. */
  if ((rest = skip_folder (path, portal)) != NULL && (rest = strchr (rest, G_DIR_SEPARATOR)) != NULL &&
      rest[1] != '\0')
    return g_filename_display_name (rest + 1);

  if (g_strcmp0 (path, home) == 0)
    return g_strdup ("~");

  if ((rest = skip_folder (path, home)) != NULL)
    {
      g_autofree char *display = g_filename_display_name (rest);

      return g_strconcat ("~" G_DIR_SEPARATOR_S, display, NULL);
    }

  return g_filename_display_name (path);
}
