/* byline-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-i18n.h"

/**
 * byline_i18n_bind_text_domain:
 *
 * Makes gettext read Byline's catalogues as UTF-8, from the installed
 * locale folder, or from BYLINE_LOCALEDIR when it is set: the build's own
 * catalogues, for the app run uninstalled (meson devenv) and the tests.
 */
void
byline_i18n_bind_text_domain (void)
{
  const char *localedir = g_getenv ("BYLINE_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}
