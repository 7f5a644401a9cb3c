/* byline-syntax.h: what each front matter language (YAML, TOML, JSON)
 * provides to BylineFrontMatter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node-private.h"

G_BEGIN_DECLS

/* An edit names its target by @path, the keys (and, in sequences, decimal
 * indices) from the root. Edits return the whole new text and must touch
 * only the bytes of the edited node (or, for remove, its lines); the caller
 * re-parses the result and refuses it unless it holds exactly the intended
 * change. @newline is the text's line ending ("\n" or "\r\n"). */
typedef struct {
  BylineNode *(*parse)  (const char         *text,
                         GError            **error);
  char       *(*set)    (const char         *text,
                         BylineNode         *root,
                         const char * const *path,
                         BylineNode         *value,
                         const char         *newline,
                         GError            **error);
  char       *(*remove) (const char         *text,
                         BylineNode         *root,
                         const char * const *path,
                         const char         *newline,
                         GError            **error);
  char       *(*rename) (const char         *text,
                         BylineNode         *root,
                         const char * const *path,
                         const char         *new_key,
                         const char         *newline,
                         GError            **error);
  /* TOML's tables have no order: a key added at the end of a table's
   * lines comes before the sub-tables that follow them, so the edited tree
   * is checked member by member rather than in order. */
  gboolean       has_unordered_tables;
} BylineSyntax;

extern const BylineSyntax byline_yaml_syntax;
extern const BylineSyntax byline_toml_syntax;
extern const BylineSyntax byline_json_syntax;

G_END_DECLS
