/* byline-cli-fm.c: `byline-cli fm`, a post's front matter as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"

static char *
front_matter_to_json (BylineFrontMatter *front_matter)
{
  BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;
  g_autofree char *json = NULL;

  /* An empty front matter reads as YAML's null; as JSON it is no keys. */
  if (root == NULL || byline_node_get_kind (root) == BYLINE_NODE_NULL)
    return g_strdup ("{}\n");

  json = byline_node_to_json (root, TRUE);
  return g_strconcat (json, "\n", NULL);
}

int
byline_cli_fm (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylinePost) post = NULL;
  g_autofree char *json = NULL;
  BylineFrontMatter *front_matter;
  BylineCliExit status = BYLINE_CLI_EXIT_OK;
  gboolean has_error;
  gboolean raw = FALSE;
  const GOptionEntry entries[] = {
    { "raw", 0, 0, G_OPTION_ARG_NONE, &raw, N_("Print the front matter’s text as it is written"), NULL },
    { NULL }
  };

  context = byline_cli_option_context_new (_("FILE"),
                                           _("Prints the front matter of a post as one JSON object, keys in the order\n"
                                             "of the file and dates as ISO 8601. A post without front matter prints {}."),
                                           entries);
  if (!byline_cli_parse_options (context, &argc, &argv, 1, 1))
    return BYLINE_CLI_EXIT_FAILURE;

  if (!(post = byline_cli_load_post (argv[1], &status)))
    return status;

  front_matter = byline_post_get_front_matter (post);
  has_error = byline_cli_report_parse_error (post, argv[1]);

  /* The text of a front matter that does not parse is still worth seeing:
   * it is where the error is. */
  if (raw)
    {
      const char *text = front_matter != NULL ? byline_front_matter_get_text (front_matter) : "";

      if (!byline_cli_write (text, strlen (text)))
        return BYLINE_CLI_EXIT_FAILURE;
    }
  else if (!has_error)
    {
      json = front_matter_to_json (front_matter);
      if (!byline_cli_write (json, strlen (json)))
        return BYLINE_CLI_EXIT_FAILURE;
    }

  return has_error ? BYLINE_CLI_EXIT_PROBLEMS : BYLINE_CLI_EXIT_OK;
}
