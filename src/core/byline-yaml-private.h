/* byline-yaml-private.h: what the YAML parser, scalar rules and editor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node-private.h"

G_BEGIN_DECLS

/* Deeper nesting and larger alias expansions than these are refused: no
 * post needs them, and a hostile file must not freeze the editor. */
#define BYLINE_YAML_MAX_DEPTH          512
#define BYLINE_YAML_MAX_ALIAS_EXPANSION 100000

BylineNode *byline_yaml_parse               (const char        *text,
                                             GError           **error);

gsize       byline_yaml_line_start          (const char        *text,
                                             gsize              pos);
gsize       byline_yaml_line_end            (const char        *text,
                                             gsize              length,
                                             gsize              pos);
gsize       byline_yaml_next_line           (const char        *text,
                                             gsize              length,
                                             gsize              pos);
gsize       byline_yaml_skip_blanks         (const char        *text,
                                             gsize              length,
                                             gsize              pos);
gsize       byline_yaml_skip_gap            (const char        *text,
                                             gsize              length,
                                             gsize              pos);
gsize       byline_yaml_skip_properties     (const char        *text,
                                             gsize              length,
                                             gsize              pos);
gsize       byline_yaml_find_indicator      (const char        *text,
                                             gsize              length,
                                             gsize              pos,
                                             char               indicator);
gboolean    byline_yaml_is_blank_range      (const char        *text,
                                             gsize              start,
                                             gsize              end);

BylineNode *byline_yaml_scalar_new          (const char        *value,
                                             gsize              length,
                                             gboolean           is_plain,
                                             const char        *tag,
                                             GError           **error);
gboolean    byline_yaml_is_merge_key        (const BylineNode  *key);
BylineNodeKind byline_yaml_resolve_plain    (const char        *text);

G_END_DECLS
