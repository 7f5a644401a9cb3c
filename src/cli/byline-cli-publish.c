/* byline-cli-publish.c: `byline-cli publish`, a draft made a post
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"
#include "byline-cli-site.h"
#include "byline-site-posts.h"

int
byline_cli_publish (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) published = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *site_dir = NULL;
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_FILENAME, &site_dir, N_("The site’s folder"), N_("DIR") },
    { NULL }
  };

  context = byline_cli_option_context_new (_("FILE"),
                                           _("Publishes a draft of the site as “hexo publish” does: moved among the\n"
                                             "posts (Hugo: “draft: false” in place), dated now, and its path printed."),
                                           entries);
  if (!byline_cli_parse_options (context, &argc, &argv, 1, 1))
    return BYLINE_CLI_EXIT_FAILURE;

  if (!(site = byline_cli_load_site (site_dir)))
    return BYLINE_CLI_EXIT_FAILURE;

  draft = g_file_new_for_commandline_arg (argv[1]);
  if (!(published = byline_site_publish_draft (site, draft, NULL, NULL, &error)))
    {
      byline_cli_print_error (argv[1], error);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  return byline_cli_write_line (g_file_peek_path (published)) ? BYLINE_CLI_EXIT_OK : BYLINE_CLI_EXIT_FAILURE;
}
