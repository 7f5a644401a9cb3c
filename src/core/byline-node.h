/* byline-node.h: a value of a post's front matter, with its place in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "byline-date.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_NODE_NULL,
  BYLINE_NODE_BOOLEAN,
  BYLINE_NODE_INTEGER,
  BYLINE_NODE_FLOAT,
  BYLINE_NODE_STRING,
  BYLINE_NODE_TIMESTAMP,
  BYLINE_NODE_SEQUENCE,
  BYLINE_NODE_MAPPING,
} BylineNodeKind;

/* How a value is written. A node built in code has no style yet (ANY) and
 * the writer picks the safest one. */
typedef enum {
  BYLINE_NODE_STYLE_ANY,
  BYLINE_NODE_STYLE_PLAIN,
  BYLINE_NODE_STYLE_SINGLE_QUOTED,  /* YAML 'x', TOML literal 'x' */
  BYLINE_NODE_STYLE_DOUBLE_QUOTED,  /* YAML "x", TOML basic "x", JSON */
  BYLINE_NODE_STYLE_LITERAL,        /* YAML |, TOML ''' */
  BYLINE_NODE_STYLE_FOLDED,         /* YAML >, TOML """ */
  BYLINE_NODE_STYLE_FLOW,           /* [a, b], {a: b}, TOML inline arrays and tables */
  BYLINE_NODE_STYLE_BLOCK,          /* YAML `- a` and `key: value` blocks, TOML [table] */
} BylineNodeStyle;

#define BYLINE_TYPE_NODE (byline_node_get_type ())

typedef struct _BylineNode BylineNode;

GType            byline_node_get_type        (void) G_GNUC_CONST;
BylineNode      *byline_node_new_null        (void);
BylineNode      *byline_node_new_boolean     (gboolean          value);
BylineNode      *byline_node_new_integer     (gint64            value);
BylineNode      *byline_node_new_float       (double            value);
BylineNode      *byline_node_new_string      (const char       *value);
BylineNode      *byline_node_new_date        (BylineDate       *value);
BylineNode      *byline_node_new_sequence    (void);
BylineNode      *byline_node_new_mapping     (void);
BylineNode      *byline_node_ref             (BylineNode       *self);
void             byline_node_unref           (BylineNode       *self);
BylineNode      *byline_node_copy            (const BylineNode *self);
BylineNodeKind   byline_node_get_kind        (const BylineNode *self);
BylineNodeStyle  byline_node_get_style       (const BylineNode *self);
gboolean         byline_node_is_scalar       (const BylineNode *self);
const char      *byline_node_get_string      (const BylineNode *self);
gboolean         byline_node_get_boolean     (const BylineNode *self);
gint64           byline_node_get_integer     (const BylineNode *self);
double           byline_node_get_float       (const BylineNode *self);
BylineDate      *byline_node_get_date        (const BylineNode *self);
guint            byline_node_get_n_children  (const BylineNode *self);
BylineNode      *byline_node_get_child       (const BylineNode *self,
                                              guint             index);
BylineNode      *byline_node_get_key         (const BylineNode *self,
                                              guint             index);
const char      *byline_node_get_key_string  (const BylineNode *self,
                                              guint             index);
BylineNode      *byline_node_lookup          (const BylineNode *self,
                                              const char       *key);
int              byline_node_find_key        (const BylineNode *self,
                                              const char       *key);
void             byline_node_append          (BylineNode       *self,
                                              BylineNode       *item);
void             byline_node_insert          (BylineNode       *self,
                                              const char       *key,
                                              BylineNode       *value);
void             byline_node_remove_child    (BylineNode       *self,
                                              guint             index);
void             byline_node_replace_child   (BylineNode       *self,
                                              guint             index,
                                              BylineNode       *value);
void             byline_node_rename_key      (BylineNode       *self,
                                              guint             index,
                                              const char       *key);
gboolean         byline_node_has_span        (const BylineNode *self);
gsize            byline_node_get_start       (const BylineNode *self);
gsize            byline_node_get_end         (const BylineNode *self);
guint            byline_node_get_line        (const BylineNode *self);
guint            byline_node_get_column      (const BylineNode *self);
gboolean         byline_node_equal           (const BylineNode *a,
                                              const BylineNode *b);
gboolean         byline_node_equal_unordered (const BylineNode *a,
                                              const BylineNode *b);
char            *byline_node_to_json         (const BylineNode *self,
                                              gboolean          pretty);
BylineNode      *byline_node_parse_json      (const char       *json,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineNode, byline_node_unref)

G_END_DECLS
