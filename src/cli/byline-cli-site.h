/* byline-cli-site.h: what the site subcommands of byline-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-site.h"

G_BEGIN_DECLS

BylineSite *byline_cli_load_site  (const char *site_dir);
gboolean    byline_cli_write_line (const char *text);

G_END_DECLS
