/* byline-front-matter.h: a post's front matter, read as values and edited in
 * place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "byline-node.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_FORMAT_YAML,
  BYLINE_FORMAT_TOML,
  BYLINE_FORMAT_JSON,
} BylineFormat;

#define BYLINE_TYPE_FRONT_MATTER (byline_front_matter_get_type ())

G_DECLARE_FINAL_TYPE (BylineFrontMatter, byline_front_matter, BYLINE, FRONT_MATTER, GObject)

BylineFrontMatter *byline_front_matter_new        (BylineFormat        format,
                                                   const char         *text);
BylineFormat       byline_front_matter_get_format (BylineFrontMatter  *self);
const char        *byline_front_matter_get_text   (BylineFrontMatter  *self);
void               byline_front_matter_set_text   (BylineFrontMatter  *self,
                                                   const char         *text);
const GError      *byline_front_matter_get_error  (BylineFrontMatter  *self);
BylineNode        *byline_front_matter_get_root   (BylineFrontMatter  *self);
BylineNode        *byline_front_matter_lookup     (BylineFrontMatter  *self,
                                                   const char         *path);
const char        *byline_front_matter_get_string (BylineFrontMatter  *self,
                                                   const char         *path);
gboolean           byline_front_matter_set        (BylineFrontMatter  *self,
                                                   const char         *path,
                                                   BylineNode         *value,
                                                   GError            **error);
gboolean           byline_front_matter_set_string (BylineFrontMatter  *self,
                                                   const char         *path,
                                                   const char         *value,
                                                   GError            **error);
gboolean           byline_front_matter_remove     (BylineFrontMatter  *self,
                                                   const char         *path,
                                                   GError            **error);
gboolean           byline_front_matter_rename     (BylineFrontMatter  *self,
                                                   const char         *path,
                                                   const char         *new_key,
                                                   GError            **error);

char             **byline_path_split              (const char         *path,
                                                   GError            **error);

G_END_DECLS
