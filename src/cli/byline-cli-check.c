/* byline-cli-check.c: `byline-cli check`, the lint of posts and folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"
#include "byline-lint.h"

typedef struct {
  gboolean has_problems;
  gboolean has_failures;
} Check;

static void
check_file (Check      *check,
            GFile      *file,
            const char *file_name)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (!(problems = byline_lint_file (file, NULL, &error)))
    {
      byline_cli_print_error (file_name, error);
      check->has_failures = TRUE;
      return;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = byline_problem_format_for_file (g_ptr_array_index (problems, i), file_name);

      g_print ("%s\n", line);
      check->has_problems = TRUE;
    }
}

static gboolean
is_post_file_name (const char *name)
{
  return g_str_has_suffix (name, ".md") ||
         g_str_has_suffix (name, ".markdown") ||
         g_str_has_suffix (name, ".html");
}

static int
compare_file_infos (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (g_file_info_get_name (*(GFileInfo **) a), g_file_info_get_name (*(GFileInfo **) b));
}

static void check_path (Check      *check,
                        GFile      *file,
                        const char *file_name);

/* Checks the posts of a folder and its subfolders in name order, so that
 * the output is the same on every run. Hidden folders (.git, .deploy_git)
 * and node_modules hold no posts of the site. */
static void
check_folder (Check      *check,
              GFile      *folder,
              const char *folder_name)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  while (enumerator != NULL &&
         (info = g_file_enumerator_next_file (enumerator, NULL, &error)) != NULL)
    g_ptr_array_add (infos, info);

  if (error != NULL)
    {
      byline_cli_print_error (folder_name, error);
      check->has_failures = TRUE;
      return;
    }

  g_ptr_array_sort (infos, compare_file_infos);

  for (guint i = 0; i < infos->len; i++)
    {
      GFileInfo *child_info = g_ptr_array_index (infos, i);
      const char *name = g_file_info_get_name (child_info);
      g_autoptr(GFile) child = NULL;
      g_autofree char *child_name = NULL;

      if (name[0] == '.' || strcmp (name, "node_modules") == 0)
        continue;

      if (g_file_info_get_file_type (child_info) == G_FILE_TYPE_DIRECTORY)
        {
          /* A linked folder could lead back up the tree. */
          if (g_file_info_get_is_symlink (child_info))
            continue;
        }
      else if (!is_post_file_name (name))
        continue;

      child = g_file_get_child (folder, name);
      child_name = g_build_filename (folder_name, name, NULL);
      check_path (check, child, child_name);
    }
}

static void
check_path (Check      *check,
            GFile      *file,
            const char *file_name)
{
  g_autoptr(GError) error = NULL;
  GFileType type;

  type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL);

  if (type == G_FILE_TYPE_DIRECTORY)
    check_folder (check, file, file_name);
  else if (type == G_FILE_TYPE_UNKNOWN)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No such file or folder"));
      byline_cli_print_error (file_name, error);
      check->has_failures = TRUE;
    }
  else
    check_file (check, file, file_name);
}

int
byline_cli_check (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  Check check = { FALSE, FALSE };

  context = byline_cli_option_context_new (_("PATH…"),
                                           _("Checks posts, and the .md, .markdown and .html files in folders, for what\n"
                                             "Hexo, Jekyll or Hugo would trip on: front matter that does not parse or\n"
                                             "is never closed, no title, no date or one that does not read, blank lines\n"
                                             "before the opening “---”, duplicate keys and tabs in indentation.\n"
                                             "\n"
                                             "Prints one problem a line, as FILE:LINE:COLUMN: error|warning: MESSAGE,\n"
                                             "and exits with 1 when there is any."),
                                           NULL);
  if (!byline_cli_parse_options (context, &argc, &argv, 1, -1))
    return BYLINE_CLI_EXIT_FAILURE;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);

      check_path (&check, file, argv[i]);
    }

  if (check.has_failures)
    return BYLINE_CLI_EXIT_FAILURE;
  return check.has_problems ? BYLINE_CLI_EXIT_PROBLEMS : BYLINE_CLI_EXIT_OK;
}
