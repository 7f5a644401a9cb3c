/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "byline-application.h"
#include "byline-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BylineApplication) app = NULL;

  setlocale (LC_ALL, "");
  byline_i18n_bind_text_domain ();
  textdomain (GETTEXT_PACKAGE);

  app = byline_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
