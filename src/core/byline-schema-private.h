/* byline-schema-private.h: what the readers of each content manager's
 * configuration share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"
#include "byline-schema.h"

G_BEGIN_DECLS

BylineSchema      *byline_schema_new            (BylineSchemaSource  source,
                                                 const char         *name,
                                                 GPtrArray          *fields);
typedef BylineSchemaField *(*BylineSchemaFieldReader) (BylineNode *declaration);

BylineSchemaField *byline_schema_field_new      (const char         *name);
void               byline_schema_field_free     (gpointer            field);
BylineNode        *byline_schema_parse_config   (BylineFormat        format,
                                                 const char         *config,
                                                 GError            **error);
BylineNode        *byline_schema_read           (BylineNode         *mapping,
                                                 const char         *key);
guint              byline_schema_count_items    (BylineNode         *sequence);
const char        *byline_schema_read_string    (BylineNode         *mapping,
                                                 const char         *key);
gboolean           byline_schema_read_boolean   (BylineNode         *mapping,
                                                 const char         *key,
                                                 gboolean            otherwise);
char             **byline_schema_read_options   (BylineNode         *mapping,
                                                 const char         *key,
                                                 const char         *value_key);
GPtrArray         *byline_schema_read_fields    (BylineNode              *fields,
                                                 BylineSchemaFieldReader  read_field);
gboolean           byline_schema_path_is_under  (const char         *post_path,
                                                 const char         *folder);

G_END_DECLS
