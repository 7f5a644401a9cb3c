/* meta-tools.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "meta-tools.h"

/* The tests' folders (G_TEST_SRCDIR, G_TEST_BUILDDIR) are the tests/
 * folders of the source tree and of the build. */
static char *
build_path_va (GTestFileType  type,
               const char    *first_element,
               va_list        args)
{
  g_autofree char *top = g_test_build_filename (type, "..", NULL);
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();

  g_ptr_array_add (elements, top);
  for (const char *element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (elements, (gpointer) element);
  g_ptr_array_add (elements, NULL);

  return g_build_filenamev ((char **) elements->pdata);
}

/**
 * meta_source_path:
 *
 * Returns: (transfer full): the path of a file of the source tree, given
 *   from its top
 */
char *
meta_source_path (const char *first_element,
                  ...)
{
  va_list args;
  char *path;

  va_start (args, first_element);
  path = build_path_va (G_TEST_DIST, first_element, args);
  va_end (args);

  return path;
}

/**
 * meta_build_path:
 *
 * Returns: (transfer full): the path of a file of the build folder, given
 *   from its top
 */
char *
meta_build_path (const char *first_element,
                 ...)
{
  va_list args;
  char *path;

  va_start (args, first_element);
  path = build_path_va (G_TEST_BUILT, first_element, args);
  va_end (args);

  return path;
}

char *
meta_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/**
 * meta_read_json:
 *
 * Reads @path with the core's own JSON parser, the one that reads the
 * front matter of Hexo and Hugo posts.
 *
 * Returns: (transfer full): the file's value
 */
BylineNode *
meta_read_json (const char *path)
{
  g_autofree char *text = meta_read_file (path);
  g_autoptr(GError) error = NULL;
  BylineNode *root = byline_node_parse_json (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (root);

  return root;
}

/**
 * meta_run:
 * @directory: (nullable): where to run @argv
 *
 * Runs @argv to its end, keeping what it printed.
 *
 * Returns: %FALSE if the program is not installed
 */
gboolean
meta_run (const char * const *argv,
          const char         *directory,
          MetaRun            *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, directory);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (g_error_matches (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT))
    return FALSE;
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);

  return TRUE;
}

void
meta_run_clear (MetaRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}
