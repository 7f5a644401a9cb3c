/* byline-cli-new.c: `byline-cli new`, a new post where the site keeps them
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
byline_cli_new (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *site_dir = NULL;
  g_autofree char *title = NULL;
  gboolean is_draft = FALSE;
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_FILENAME, &site_dir, N_("The site’s folder"), N_("DIR") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The new post’s title"), N_("TITLE") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &is_draft, N_("Start the post as a draft"), NULL },
    { NULL }
  };

  context = byline_cli_option_context_new (NULL,
                                           _("Writes a new post from the site’s scaffold or archetype, named and\n"
                                             "placed as its generator would, and prints its path."),
                                           entries);
  if (!byline_cli_parse_options (context, &argc, &argv, 0, 0))
    return BYLINE_CLI_EXIT_FAILURE;

  if (title == NULL)
    {
      g_printerr (_("%s: The title is missing: give it with --title\n"), g_get_prgname ());
      return BYLINE_CLI_EXIT_FAILURE;
    }

  if (!(site = byline_cli_load_site (site_dir)))
    return BYLINE_CLI_EXIT_FAILURE;

  if (!(file = byline_site_create_post (site, title, is_draft, NULL, NULL, &error)))
    {
      byline_cli_print_error (site_dir, error);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  return byline_cli_write_line (g_file_peek_path (file)) ? BYLINE_CLI_EXIT_OK : BYLINE_CLI_EXIT_FAILURE;
}
