/* site-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "site-fixture.h"

/**
 * site_fixture_write:
 * @contents: (nullable): the file's text, or %NULL for a folder
 *
 * Writes a file (or makes a folder) below @root, with its parents.
 */
void
site_fixture_write (const char *root,
                    const char *relative,
                    const char *contents)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (contents != NULL ? parent : path, 0755), ==, 0);
  if (contents != NULL)
    {
      g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_NONE, 0644, &error);
      g_assert_no_error (error);
    }
}

/**
 * site_fixture_new:
 * @first_path: the first file of the site, relative to its root
 * @...: the first file's contents (%NULL for a folder), then more pairs of
 *   path and contents, ended by %NULL
 *
 * Makes a site in a new folder of the test's own (isolated) data folder.
 *
 * Returns: the site's root
 */
char *
site_fixture_new (const char *first_path,
                  ...)
{
  g_autofree char *template = g_build_filename (g_get_user_data_dir (), "site-XXXXXX", NULL);
  char *root;
  va_list args;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0755), ==, 0);
  root = g_mkdtemp (g_steal_pointer (&template));
  g_assert_nonnull (root);

  va_start (args, first_path);
  for (const char *path = first_path; path != NULL; path = va_arg (args, const char *))
    site_fixture_write (root, path, va_arg (args, const char *));
  va_end (args);

  return root;
}

char *
site_fixture_read (const char *root,
                   const char *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

gboolean
site_fixture_exists (const char *root,
                     const char *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);
}

GDateTime *
site_fixture_date (const char *iso8601)
{
  GDateTime *date = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (date);
  return date;
}

/* Loads the site at @root (or around it), asserting it loads. */
BylineSite *
site_fixture_load (const char *root)
{
  g_autoptr(GFile) file = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;
  BylineSite *site = byline_site_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (site);
  return site;
}
