/* byline-cli-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "byline-cli-common.h"
#include "byline-error.h"
#include "byline-lint.h"

/**
 * byline_cli_option_context_new:
 * @parameters: the arguments after the options, as `FILE KEY VALUE`
 * @entries: (nullable): the subcommand's options
 *
 * Returns: (transfer full): a context whose `--help` shows @summary
 */
GOptionContext *
byline_cli_option_context_new (const char         *parameters,
                               const char         *summary,
                               const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

static void
print_usage_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  g_printerr (_("Run “%s --help” to see how to use it.\n"), g_get_prgname ());
}

/**
 * byline_cli_parse_options:
 * @min_args: how many arguments must follow the options
 * @max_args: how many may, or -1 for any number
 *
 * Parses the options out of @argv, leaving the arguments. Prints what is
 * wrong when the command line does not fit.
 *
 * Returns: %TRUE when the command line fits
 */
gboolean
byline_cli_parse_options (GOptionContext   *context,
                          int              *argc,
                          char           ***argv,
                          int               min_args,
                          int               max_args)
{
  g_autoptr(GError) error = NULL;
  int n_args;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_usage_error (error->message);
      return FALSE;
    }

  n_args = *argc - 1;
  if (n_args < min_args || (max_args >= 0 && n_args > max_args))
    {
      print_usage_error (n_args < min_args ? _("Some arguments are missing")
                                           : _("There are too many arguments"));
      return FALSE;
    }

  return TRUE;
}

/**
 * byline_cli_print_error:
 *
 * Prints @error on standard error as `file:line:col: message`, the form
 * editors and compilers use, or `file: message` when it has no place.
 */
void
byline_cli_print_error (const char   *file_name,
                        const GError *error)
{
  g_autofree char *text = byline_error_format_for_file (error, file_name);

  g_printerr ("%s\n", text);
}

/**
 * byline_cli_load_post:
 * @status: (out): on failure, %BYLINE_CLI_EXIT_PROBLEMS when the file is
 *   not text (a problem of the post) or %BYLINE_CLI_EXIT_FAILURE when it
 *   cannot be read
 *
 * Returns: (transfer full) (nullable): the post, or %NULL after printing
 *   why it could not be loaded
 */
BylinePost *
byline_cli_load_post (const char    *file_name,
                      BylineCliExit *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (file_name);
  g_autoptr(GError) error = NULL;
  BylinePost *post;

  if ((post = byline_post_load (file, NULL, &error)) != NULL)
    return post;

  byline_cli_print_error (file_name, error);
  *status = g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_ENCODING)
            ? BYLINE_CLI_EXIT_PROBLEMS
            : BYLINE_CLI_EXIT_FAILURE;
  return NULL;
}

/**
 * byline_cli_report_parse_error:
 *
 * Prints why the post's front matter cannot be read, if it cannot, at its
 * line and column in the file.
 *
 * Returns: %TRUE when there was an error to print
 */
gboolean
byline_cli_report_parse_error (BylinePost *post,
                               const char *file_name)
{
  g_autoptr(GError) error = byline_lint_parse_error (post);

  if (error == NULL)
    return FALSE;

  byline_cli_print_error (file_name, error);
  return TRUE;
}

/**
 * byline_cli_write:
 *
 * Writes bytes to standard output as they are: a post's text must not go
 * through g_print(), which converts it to the locale's character set.
 *
 * Returns: %TRUE when all was written
 */
gboolean
byline_cli_write (const char *data,
                  gsize       length)
{
  if (fwrite (data, 1, length, stdout) == length && fflush (stdout) == 0)
    return TRUE;

  g_printerr (_("%s: Could not write to the standard output: %s\n"),
              g_get_prgname (), g_strerror (errno));
  return FALSE;
}

/**
 * byline_cli_write_post:
 *
 * Writes the post's bytes, as a save would, to standard output.
 *
 * Returns: %TRUE when all was written
 */
gboolean
byline_cli_write_post (BylinePost *post)
{
  g_autoptr(GBytes) bytes = byline_post_serialize (post);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return byline_cli_write (data, length);
}
