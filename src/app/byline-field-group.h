/* byline-field-group.h: a row that holds the fields of a nested mapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_GROUP (byline_field_group_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldGroup, byline_field_group, BYLINE, FIELD_GROUP, AdwExpanderRow)

GtkWidget *byline_field_group_new (const char       *path,
                                   const char       *key,
                                   const char       *label);
void       byline_field_group_add (BylineFieldGroup *self,
                                   GtkWidget        *field);

G_END_DECLS
