/* byline-field-check.h: what is wrong with a post's fields, field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"
#include "byline-schema.h"
#include "byline-site.h"

G_BEGIN_DECLS

/* A problem with the field at @path. @line and @column (1-based, in the
 * front matter) say where, or are 0 for a field that is missing. */
typedef struct {
  char  *path;
  char  *message;
  guint  line;
  guint  column;
} BylineFieldProblem;

GPtrArray          *byline_field_check        (BylineFrontMatter *front_matter,
                                               BylineSchema      *schema,
                                               BylineSite        *site);
BylineFieldProblem *byline_field_problem_new  (const char        *path,
                                               const char        *message,
                                               guint              line,
                                               guint              column);
void                byline_field_problem_free (gpointer           problem);

G_END_DECLS
