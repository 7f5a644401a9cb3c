/* byline-schema.h: the fields a site's content manager declares for its
 * posts (Decap CMS or Front Matter CMS), as Byline's field kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-field-kind.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_SCHEMA_DECAP,             /* admin/config.yml of Decap (Netlify) CMS */
  BYLINE_SCHEMA_FRONT_MATTER_CMS,  /* frontmatter.json of Front Matter CMS */
} BylineSchemaSource;

/* One declared field. @options lists the values a choice offers; @fields
 * holds the fields of an object (BylineSchemaField). */
typedef struct {
  char             *name;
  char             *label;
  char             *hint;
  char             *widget;
  BylineFieldKind   kind;
  gboolean          is_required;
  BylineNode       *default_value;
  char            **options;
  GPtrArray        *fields;
} BylineSchemaField;

#define BYLINE_TYPE_SCHEMA (byline_schema_get_type ())

G_DECLARE_FINAL_TYPE (BylineSchema, byline_schema, BYLINE, SCHEMA, GObject)

BylineSchema            *byline_schema_new_from_decap            (const char    *config,
                                                                  const char    *post_path,
                                                                  GError       **error);
BylineSchema            *byline_schema_new_from_front_matter_cms (const char    *config,
                                                                  const char    *post_path,
                                                                  const char    *content_type,
                                                                  GError       **error);
BylineSchema            *byline_schema_load                      (GFile         *site_root,
                                                                  GFile         *post_file,
                                                                  const char    *content_type,
                                                                  GCancellable  *cancellable,
                                                                  GError       **error);
BylineSchemaSource       byline_schema_get_source                (BylineSchema  *self);
const char              *byline_schema_get_name                  (BylineSchema  *self);
const char              *byline_schema_get_config_path           (BylineSchema  *self);
GPtrArray               *byline_schema_get_fields                (BylineSchema  *self);
const BylineSchemaField *byline_schema_lookup                    (BylineSchema  *self,
                                                                  const char    *path);

G_END_DECLS
