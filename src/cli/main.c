/* main.c: byline-cli, Byline's core on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "byline-cli.h"
#include "byline-i18n.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  byline_i18n_bind_text_domain ();

  return byline_cli_run (argc, argv);
}
