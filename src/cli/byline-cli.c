/* byline-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli.h"
#include "byline-cli-commands.h"
#include "byline-cli-common.h"

typedef struct {
  const char *name;
  const char *summary;
  int       (*run) (int    argc,
                    char **argv);
} Command;

static const Command commands[] = {
  { "fm", N_("Print a post’s front matter as JSON"), byline_cli_fm },
  { "roundtrip", N_("Read a post and write it back to the standard output"), byline_cli_roundtrip },
  { "set", N_("Change one value of a post’s front matter"), byline_cli_set },
  { "check", N_("Report what Hexo, Jekyll or Hugo would trip on in posts"), byline_cli_check },
  { "list", N_("List a site’s posts, newest first"), byline_cli_list },
  { "new", N_("Write a new post where the site keeps them"), byline_cli_new },
  { "export", N_("Put a post into a site, shaped as its generator reads it"), byline_cli_export },
  { "publish", N_("Make a draft of a site a post"), byline_cli_publish },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-12s%s", commands[i].name, _(commands[i].summary));

  g_string_append (text, "\n\n");
  g_string_append (text, _("Run “byline-cli COMMAND --help” to see a command’s options."));
  return g_string_free (text, FALSE);
}

/* Handles a command line without a command: `--help`, `--version`, or a
 * mistake. */
static int
run_without_command (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *description = describe_commands ();
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and quit"), NULL },
    { NULL }
  };

  context = byline_cli_option_context_new (_("COMMAND [ARGUMENT…]"),
                                           _("Read, check and edit the front matter of Hexo, Jekyll and Hugo posts without losing a byte."),
                                           entries);
  g_option_context_set_description (context, description);

  if (!byline_cli_parse_options (context, &argc, &argv, 0, -1))
    return BYLINE_CLI_EXIT_FAILURE;

  if (version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return BYLINE_CLI_EXIT_OK;
    }

  if (argc > 1)
    g_printerr (_("%s: “%s” is not a command\n"), g_get_prgname (), argv[1]);
  else
    g_printerr (_("%s: A command is missing\n"), g_get_prgname ());
  g_printerr ("%s\n", description);
  return BYLINE_CLI_EXIT_FAILURE;
}

/**
 * byline_cli_run:
 *
 * Runs the command that @argv names, as `byline-cli set FILE KEY VALUE`.
 *
 * Returns: the exit status, a #BylineCliExit
 */
int
byline_cli_run (int    argc,
                char **argv)
{
  if (argc > 1)
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      if (strcmp (argv[1], commands[i].name) == 0)
        {
          g_autofree char *prgname = g_strdup_printf ("byline-cli %s", commands[i].name);

          /* Usage lines and messages then name the subcommand. */
          g_set_prgname (prgname);
          return commands[i].run (argc - 1, argv + 1);
        }

  g_set_prgname ("byline-cli");
  return run_without_command (argc, argv);
}
