/* byline-json-private.h: a JSON front matter with the layout its edits need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-flow.h"
#include "byline-node-private.h"

G_BEGIN_DECLS

typedef struct {
  BylineNode *root;
  GHashTable *flows;  /* BylineNode * → BylineFlow *, every object and array */
} BylineJsonDocument;

BylineJsonDocument *byline_json_document_parse (const char          *text,
                                                GError             **error);
void                byline_json_document_free  (BylineJsonDocument  *self);
void                byline_json_append_string  (GString             *out,
                                                const char          *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineJsonDocument, byline_json_document_free)

G_END_DECLS
