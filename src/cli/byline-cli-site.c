/* byline-cli-site.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli-common.h"
#include "byline-cli-site.h"

/**
 * byline_cli_load_site:
 * @site_dir: (nullable): the `--site` option's folder
 *
 * Returns: (transfer full) (nullable): the site, or %NULL after printing
 *   why there is none
 */
BylineSite *
byline_cli_load_site (const char *site_dir)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  BylineSite *site;

  if (site_dir == NULL)
    {
      g_printerr (_("%s: The site is missing: name its folder with --site\n"), g_get_prgname ());
      return NULL;
    }

  file = g_file_new_for_commandline_arg (site_dir);
  if (!(site = byline_site_load (file, NULL, &error)))
    byline_cli_print_error (site_dir, error);

  return site;
}

/**
 * byline_cli_write_line:
 *
 * Writes @text and a newline to standard output, as UTF-8.
 */
gboolean
byline_cli_write_line (const char *text)
{
  g_autofree char *line = g_strconcat (text, "\n", NULL);

  return byline_cli_write (line, strlen (line));
}
