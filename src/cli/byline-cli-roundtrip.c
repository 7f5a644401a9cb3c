/* byline-cli-roundtrip.c: `byline-cli roundtrip`, a post read and written
 * back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"

int
byline_cli_roundtrip (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylinePost) post = NULL;
  BylineCliExit status = BYLINE_CLI_EXIT_OK;
  gboolean has_error;

  context = byline_cli_option_context_new (_("FILE"),
                                           _("Reads a post and writes it back to the standard output through the code\n"
                                             "that saves it: the same bytes. A front matter that does not parse is\n"
                                             "written back as it is, and reported."),
                                           NULL);
  if (!byline_cli_parse_options (context, &argc, &argv, 1, 1))
    return BYLINE_CLI_EXIT_FAILURE;

  if (!(post = byline_cli_load_post (argv[1], &status)))
    return status;

  has_error = byline_cli_report_parse_error (post, argv[1]);

  if (!byline_cli_write_post (post))
    return BYLINE_CLI_EXIT_FAILURE;

  return has_error ? BYLINE_CLI_EXIT_PROBLEMS : BYLINE_CLI_EXIT_OK;
}
