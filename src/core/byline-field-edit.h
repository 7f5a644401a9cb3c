/* byline-field-edit.h: the values a form's controls write, shaped like the
 * values they replace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node.h"

G_BEGIN_DECLS

char       *byline_path_join        (const char         *parent,
                                     const char         *key);
BylineNode *byline_field_date_value (const BylineNode   *old_value,
                                     GDateTime          *date_time);
BylineNode *byline_field_list_value (const BylineNode   *old_value,
                                     const char * const *items);
char      **byline_field_list_items (const BylineNode   *value);
gboolean    byline_field_is_empty   (const BylineNode   *value);

G_END_DECLS
