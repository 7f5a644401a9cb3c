/* byline-field-hints.h: what a post's site says about its fields: the
 * kinds its posts give each key, the categories and tags in use, the keys
 * of its scaffold and the fields its content manager declares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field-check.h"
#include "byline-post-index.h"
#include "byline-schema.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_HINTS (byline_field_hints_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldHints, byline_field_hints, BYLINE, FIELD_HINTS, GObject)

BylineFieldHints *byline_field_hints_new              (BylineSite          *site,
                                                      BylinePostIndex     *index,
                                                      BylineSchema        *schema,
                                                      const char * const  *scaffold_keys);
void              byline_field_hints_load_async       (GFile               *post_file,
                                                      const char          *content_type,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
BylineFieldHints *byline_field_hints_load_finish      (GAsyncResult        *result,
                                                      GError             **error);
BylineSite       *byline_field_hints_get_site         (BylineFieldHints    *self);
BylineSchema     *byline_field_hints_get_schema       (BylineFieldHints    *self);
const GError     *byline_field_hints_get_schema_error (BylineFieldHints    *self);
BylineFieldKind   byline_field_hints_get_kind         (BylineFieldHints    *self,
                                                      const char          *path,
                                                      const BylineNode    *value);
char            **byline_field_hints_complete         (BylineFieldHints    *self,
                                                      const char          *path,
                                                      const char          *typed,
                                                      const char * const  *exclude,
                                                      guint                max);
char            **byline_field_hints_suggest_keys     (BylineFieldHints    *self,
                                                      const BylineNode    *root,
                                                      const char          *typed);
BylineNode       *byline_field_hints_new_value        (BylineFieldHints    *self,
                                                      const char          *key,
                                                      BylineFormat         format,
                                                      GDateTime           *now);
GFile            *byline_field_hints_locate_image     (BylineFieldHints    *self,
                                                      const char          *reference,
                                                      GFile               *post_file);
GPtrArray        *byline_field_hints_check            (BylineFieldHints    *self,
                                                      BylineFrontMatter   *front_matter);

G_END_DECLS
