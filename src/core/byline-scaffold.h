/* byline-scaffold.h: filling Hexo scaffolds and Hugo archetypes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stands for the title while a template is filled: a word that is valid
 * wherever a template puts it, replaced afterwards by the title written
 * in the front matter's own quoting. */
#define BYLINE_SCAFFOLD_TITLE_TOKEN "BylineTitle7f3a9c"

/* What a template can ask for. */
typedef struct {
  const char *slug;
  const char *date;
  const char *layout;
  const char *section;
  const char *site_title;
  gboolean    is_draft;
} BylineScaffoldValues;

char *byline_scaffold_fill_hexo (const char                  *scaffold,
                                 const BylineScaffoldValues  *values);
char *byline_scaffold_fill_hugo (const char                  *archetype,
                                 const BylineScaffoldValues  *values,
                                 GError                     **error);

G_END_DECLS
