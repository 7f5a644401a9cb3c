/* byline-lint.h: the problems a post has that Hexo, Jekyll or Hugo would
 * trip on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-post.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_SEVERITY_WARNING,
  BYLINE_SEVERITY_ERROR,
} BylineSeverity;

#define BYLINE_TYPE_PROBLEM (byline_problem_get_type ())

/* A problem at a 1-based line and column of the post's file. */
typedef struct {
  BylineSeverity  severity;
  guint           line;
  guint           column;
  char           *message;
} BylineProblem;

GType          byline_problem_get_type        (void) G_GNUC_CONST;
BylineProblem *byline_problem_new             (BylineSeverity       severity,
                                               guint                line,
                                               guint                column,
                                               const char          *message);
BylineProblem *byline_problem_copy            (const BylineProblem *self);
void           byline_problem_free            (BylineProblem       *self);
char          *byline_problem_format_for_file (const BylineProblem *self,
                                               const char          *file_name);

GError        *byline_lint_parse_error        (BylinePost          *post);
GPtrArray     *byline_lint_post               (BylinePost          *post);
GPtrArray     *byline_lint_file               (GFile               *file,
                                               GCancellable        *cancellable,
                                               GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineProblem, byline_problem_free)

G_END_DECLS
