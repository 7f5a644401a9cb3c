/* meta-tools.h: the project's files and the tools that check them, for the
 * tests of the data suite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-node.h"

G_BEGIN_DECLS

/* What a run of a tool gave back. */
typedef struct {
  int   status;
  char *out;
  char *err;
} MetaRun;

char       *meta_source_path (const char         *first_element,
                              ...) G_GNUC_NULL_TERMINATED;
char       *meta_build_path  (const char         *first_element,
                              ...) G_GNUC_NULL_TERMINATED;
char       *meta_read_file   (const char         *path);
BylineNode *meta_read_json   (const char         *path);
gboolean    meta_run         (const char * const *argv,
                              const char         *directory,
                              MetaRun            *run);
void        meta_run_clear   (MetaRun            *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MetaRun, meta_run_clear)

G_END_DECLS
