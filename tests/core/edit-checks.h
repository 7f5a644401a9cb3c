/* edit-checks.h: checks every edit of a front matter against the promises
 * of lossless editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"

G_BEGIN_DECLS

BylineFrontMatter *edit_checks_parse        (BylineFormat  format,
                                             const char   *text);
void               edit_checks_run          (BylineFormat  format,
                                             const char   *text);
char              *edit_checks_apply        (BylineFormat  format,
                                             const char   *text,
                                             const char   *path,
                                             BylineNode   *value,
                                             const char   *new_key);
char              *edit_checks_set_string   (BylineFormat  format,
                                             const char   *text,
                                             const char   *path,
                                             const char   *value);
BylineNode        *edit_checks_json         (const char   *json);
void               edit_checks_assert_error (BylineFormat  format,
                                             const char   *text,
                                             int           code,
                                             guint         line,
                                             guint         column,
                                             const char   *words);

G_END_DECLS
