/* byline-cli-export.c: `byline-cli export`, a post put into a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"
#include "byline-cli-site.h"
#include "byline-export.h"

/* Asks on the terminal whether to write; never when no one is there to
 * answer. */
static gboolean
confirm (void)
{
  char answer[16] = "";

  if (!isatty (STDIN_FILENO))
    {
      g_printerr (_("%s: Nothing was written: run with --yes to export, or --dry-run to see the plan only\n"),
                  g_get_prgname ());
      return FALSE;
    }

  g_printerr ("%s ", _("Export the post? [y/N]"));
  if (fgets (answer, sizeof answer, stdin) == NULL || g_ascii_tolower (answer[0]) != 'y')
    {
      g_printerr (_("%s: Nothing was written\n"), g_get_prgname ());
      return FALSE;
    }

  return TRUE;
}

int
byline_cli_export (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylinePost) post = NULL;
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(BylineExport) export = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *site_dir = NULL;
  g_autofree char *plan = NULL;
  BylineCliExit status = BYLINE_CLI_EXIT_OK;
  gboolean is_draft = FALSE;
  gboolean dry_run = FALSE;
  gboolean yes = FALSE;
  gboolean no_images = FALSE;
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_FILENAME, &site_dir, N_("The site’s folder"), N_("DIR") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &is_draft, N_("Export among the site’s drafts"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Print the plan and write nothing"), NULL },
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Write without asking, with the default choices"), NULL },
    { "no-images", 0, 0, G_OPTION_ARG_NONE, &no_images, N_("Leave the post’s local images where they are"), NULL },
    { NULL }
  };

  context = byline_cli_option_context_new (_("FILE"),
                                           _("Exports a post into a site’s content folder, named and shaped as its\n"
                                             "generator reads it, with its local images. Prints the plan first; with\n"
                                             "--yes, the written file’s path is the last line. The default choices\n"
                                             "keep every post intact: another post in the way is kept."),
                                           entries);
  if (!byline_cli_parse_options (context, &argc, &argv, 1, 1))
    return BYLINE_CLI_EXIT_FAILURE;

  if (!(post = byline_cli_load_post (argv[1], &status)))
    return status;
  if (byline_cli_report_parse_error (post, argv[1]))
    return BYLINE_CLI_EXIT_PROBLEMS;
  if (!(site = byline_cli_load_site (site_dir)))
    return BYLINE_CLI_EXIT_FAILURE;

  export = byline_export_new (site, post, is_draft ? BYLINE_EXPORT_FLAGS_DRAFT : BYLINE_EXPORT_FLAGS_NONE);
  byline_export_set_copy_images (export, !no_images);
  if (!byline_export_plan (export, NULL, NULL, &error))
    {
      byline_cli_print_error (argv[1], error);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  plan = byline_export_describe (export);
  if (!byline_cli_write (plan, strlen (plan)))
    return BYLINE_CLI_EXIT_FAILURE;

  if (dry_run)
    return BYLINE_CLI_EXIT_OK;
  if (!yes && !confirm ())
    return BYLINE_CLI_EXIT_PROBLEMS;

  if (!(written = byline_export_execute (export, NULL, &error)))
    {
      byline_cli_print_error (argv[1], error);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  return byline_cli_write_line (g_file_peek_path (written)) ? BYLINE_CLI_EXIT_OK : BYLINE_CLI_EXIT_FAILURE;
}
