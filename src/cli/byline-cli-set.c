/* byline-cli-set.c: `byline-cli set`, one lossless edit of a front matter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"

/* Reads @text as YAML reads a value written plainly: 12, true, null and
 * 2021-09-02 become typed. Anything that is not one whole scalar on one
 * line (a comment, `a: b`, surrounding spaces, several lines, which YAML
 * would fold into one) stays the text as it was given. */
static BylineNode *
node_from_scalar_text (const char *text)
{
  g_autoptr(BylineFrontMatter) document = NULL;
  BylineNode *root;

  if (strpbrk (text, "\r\n") != NULL)
    return byline_node_new_string (text);

  document = byline_front_matter_new (BYLINE_FORMAT_YAML, text);
  root = byline_front_matter_get_root (document);
  if (root != NULL && byline_node_is_scalar (root) && byline_node_has_span (root) &&
      byline_node_get_start (root) == 0 && byline_node_get_end (root) == strlen (text))
    return byline_node_copy (root);

  return byline_node_new_string (text);
}

/* Reads all of standard input, less one final newline, which the shell's
 * `echo` and here-documents add but nobody means as part of a value. */
static char *
read_standard_input (GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];
  gsize length;

  while ((length = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_string_append_len (text, buffer, length);

  if (ferror (stdin))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not read the standard input"));
      return NULL;
    }

  if (g_str_has_suffix (text->str, "\n"))
    g_string_truncate (text, text->len - (g_str_has_suffix (text->str, "\r\n") ? 2 : 1));

  if (!g_utf8_validate_len (text->str, text->len, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The standard input is not UTF-8 text"));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static BylineNode *
read_value (const char  *argument,
            gboolean     is_json,
            GError     **error)
{
  g_autofree char *from_input = NULL;
  const char *text = argument;

  if (strcmp (argument, "-") == 0)
    {
      if (!(from_input = read_standard_input (error)))
        return NULL;
      text = from_input;
    }

  if (is_json)
    return byline_node_parse_json (text, error);

  return node_from_scalar_text (text);
}

int
byline_cli_set (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylinePost) post = NULL;
  g_autoptr(BylineNode) value = NULL;
  g_autoptr(GError) error = NULL;
  BylineFrontMatter *front_matter;
  BylineCliExit status = BYLINE_CLI_EXIT_OK;
  gboolean is_json = FALSE;
  gboolean in_place = FALSE;
  const char *file_name;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &is_json, N_("Read VALUE as JSON: a string, number, list or object"), NULL },
    { "in-place", 'i', 0, G_OPTION_ARG_NONE, &in_place, N_("Save the post instead of printing it"), NULL },
    { NULL }
  };

  context = byline_cli_option_context_new (_("FILE KEY VALUE"),
                                           _("Sets KEY of the post’s front matter to VALUE and prints the post; only the\n"
                                             "bytes of that value change. A post without front matter gets one.\n"
                                             "\n"
                                             "KEY is a path of keys joined by dots, as author.name or tags.0.\n"
                                             "VALUE is read as YAML reads a plain value: true, 12 and 2021-09-02 are\n"
                                             "typed, the rest is text. “-” reads it from the standard input."),
                                           entries);
  if (!byline_cli_parse_options (context, &argc, &argv, 3, 3))
    return BYLINE_CLI_EXIT_FAILURE;

  file_name = argv[1];

  /* The post is read before the value, so that a bad file fails before a
   * value on the standard input is waited for. */
  if (!(post = byline_cli_load_post (file_name, &status)))
    return status;

  if (byline_cli_report_parse_error (post, file_name))
    return BYLINE_CLI_EXIT_PROBLEMS;

  if (!(value = read_value (argv[3], is_json, &error)))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  front_matter = byline_post_ensure_front_matter (post, BYLINE_FORMAT_YAML);
  if (!byline_front_matter_set (front_matter, argv[2], value, &error) ||
      (in_place && !byline_post_save (post, NULL, BYLINE_SAVE_FLAGS_NONE, NULL, &error)))
    {
      byline_cli_print_error (file_name, error);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  if (!in_place && !byline_cli_write_post (post))
    return BYLINE_CLI_EXIT_FAILURE;

  return BYLINE_CLI_EXIT_OK;
}
