/* byline-flow.h: the inline collections of TOML and JSON ([a, b], {a = 1},
 * {"a": 1}) as the text lays them out, and edits of their items in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize  start;  /* the item's first byte: a member's key, an array's value */
  gsize  end;    /* the byte after its value */
  gssize comma;  /* the comma that follows it, or -1 */
} BylineFlowItem;

typedef struct {
  gssize  open;  /* the opening bracket, or -1 when the text is the inside
                  * of an object (Hexo's JSON front matter) */
  gsize   close; /* the closing bracket, or the end of the text */
  GArray *items; /* BylineFlowItem */
} BylineFlow;

/* How new items are written: @separator goes after a comma when the items
 * share a line and the text shows no spacing of its own; @empty_before and
 * @empty_after surround the first item of an empty collection. */
typedef struct {
  const char *separator;
  const char *empty_before;
  const char *empty_after;
  const char *newline;
} BylineFlowStyle;

BylineFlow *byline_flow_new          (gssize                 open);
void        byline_flow_free         (BylineFlow            *self);
void        byline_flow_add_item     (BylineFlow            *self,
                                      gsize                  start,
                                      gsize                  end);
void        byline_flow_set_comma    (BylineFlow            *self,
                                      gsize                  comma);
gboolean    byline_flow_is_multiline (const BylineFlow      *self,
                                      const char            *text);
char       *byline_flow_remove       (const BylineFlow      *self,
                                      const char            *text,
                                      guint                  index);
char       *byline_flow_insert       (const BylineFlow      *self,
                                      const char            *text,
                                      guint                  index,
                                      const char            *item,
                                      const BylineFlowStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineFlow, byline_flow_free)

G_END_DECLS
