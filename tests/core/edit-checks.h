/* edit-checks.h: checks every edit of a front matter against the promises
 * of lossless editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"

G_BEGIN_DECLS

BylineFrontMatter *edit_checks_parse (BylineFormat  format,
                                      const char   *text);
void               edit_checks_run   (BylineFormat  format,
                                      const char   *text);
void               edit_checks_replay_folder (BylineFormat  format,
                                              const char   *folder);

G_END_DECLS
