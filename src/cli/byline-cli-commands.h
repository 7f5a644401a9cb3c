/* byline-cli-commands.h: the subcommands of byline-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each takes the command line from the subcommand's name on and returns
 * the exit status (BylineCliExit). */
int byline_cli_fm        (int    argc,
                          char **argv);
int byline_cli_roundtrip (int    argc,
                          char **argv);
int byline_cli_set       (int    argc,
                          char **argv);
int byline_cli_check     (int    argc,
                          char **argv);
int byline_cli_new       (int    argc,
                          char **argv);
int byline_cli_export    (int    argc,
                          char **argv);
int byline_cli_list      (int    argc,
                          char **argv);
int byline_cli_publish   (int    argc,
                          char **argv);

G_END_DECLS
