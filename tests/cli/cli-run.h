/* cli-run.h: running byline-cli from the tests, as a script would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a run of byline-cli gave back. */
typedef struct {
  int    status;
  char  *out;
  gsize  out_length;
  char  *err;
} CliRun;

void         cli_test_init            (int                   *argc,
                                       char                ***argv);
void         cli_run_clear            (CliRun                *run);
GSubprocess *cli_spawn                (const char * const    *args,
                                       GSubprocessFlags       flags);
void         cli_finish               (GSubprocess           *process,
                                       const char            *input,
                                       CliRun                *run);
void         cli_run                  (CliRun                *run,
                                       const char            *input,
                                       const char * const    *args);
void         cli_run_with_setup       (CliRun                *run,
                                       GSpawnChildSetupFunc   child_setup,
                                       const char * const    *args);
char        *cli_read_file            (const char            *path,
                                       gsize                 *length);
void         cli_assert_located_error (const char            *err);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

/* Runs byline-cli with the arguments given, and nothing on its input. */
#define RUN(run, ...) cli_run (run, NULL, (const char *[]) { __VA_ARGS__, NULL })

G_END_DECLS
