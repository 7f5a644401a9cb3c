/* byline-cli-common.h: what the subcommands of byline-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-post.h"

G_BEGIN_DECLS

/* The exit statuses every subcommand uses. */
typedef enum {
  BYLINE_CLI_EXIT_OK = 0,
  BYLINE_CLI_EXIT_PROBLEMS = 1,
  BYLINE_CLI_EXIT_FAILURE = 2,
} BylineCliExit;

GOptionContext *byline_cli_option_context_new (const char          *parameters,
                                               const char          *summary,
                                               const GOptionEntry  *entries);
gboolean        byline_cli_parse_options      (GOptionContext      *context,
                                               int                 *argc,
                                               char              ***argv,
                                               int                  min_args,
                                               int                  max_args);
void            byline_cli_print_error        (const char          *file_name,
                                               const GError        *error);
BylinePost     *byline_cli_load_post          (const char          *file_name,
                                               BylineCliExit       *status);
gboolean        byline_cli_report_parse_error (BylinePost          *post,
                                               const char          *file_name);
gboolean        byline_cli_write              (const char          *data,
                                               gsize                length);
gboolean        byline_cli_write_post         (BylinePost          *post);

G_END_DECLS
