/* fixtures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fixtures.h"

/**
 * fixture_path:
 * @name: (nullable): a post or folder under tests/data/posts, or %NULL for
 *   that folder itself
 */
char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "posts", name, NULL);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/**
 * fixture_list:
 * @folder: (nullable): a folder under tests/data/posts, or %NULL for the
 *   posts that are not broken
 *
 * Returns: (transfer full): the paths of the posts in @folder, in name
 *   order, so that tests run in the same order everywhere
 */
GStrv
fixture_list (const char *folder)
{
  g_autofree char *path = fixture_path (folder);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *post = g_build_filename (path, name, NULL);

      if (g_file_test (post, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&post));
    }

  g_ptr_array_sort (paths, compare_paths);
  g_ptr_array_add (paths, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
}
