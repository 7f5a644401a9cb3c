/* byline-node-private.h: what the front matter parsers fill in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node.h"

G_BEGIN_DECLS

struct _BylineNode {
  gatomicrefcount  ref_count;
  BylineNodeKind   kind;
  BylineNodeStyle  style;

  /* Scalars: the decoded value as text (a string's characters, a number or
   * a date as written). */
  char            *text;
  union {
    gboolean       boolean;
    gint64         integer;
    double         number;
  } v;
  BylineDate      *date;

  /* Sequences: items in @values. Mappings: key nodes in @keys, values at the
   * same index in @values, in file order. */
  GPtrArray       *keys;
  GPtrArray       *values;

  /* Where the node is written in the front matter text, as byte offsets
   * [start, end) and the 1-based line and column of start. Detached nodes
   * have has_span FALSE. An alias (`*name`) has its own span and shares the
   * anchored node's value through @target. */
  gsize            start;
  gsize            end;
  guint            line;
  guint            column;
  guint            has_span : 1;
  /* A YAML mapping with a `<<` merge key, which readers expand. */
  guint            has_merge : 1;
  BylineNode      *target;
  char            *anchor;
  char            *tag;
};

BylineNode *byline_node_new         (BylineNodeKind kind);
BylineNode *byline_node_resolve     (const BylineNode *self);
void        byline_node_set_span    (BylineNode     *self,
                                     gsize           start,
                                     gsize           end,
                                     guint           line,
                                     guint           column);

G_END_DECLS
