/* byline-field-list.h: a row for a list of words (categories, tags) as
 * chips, with the words the site already uses at hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-completion.h"
#include "byline-field.h"
#include "byline-field-hints.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_LIST (byline_field_list_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldList, byline_field_list, BYLINE, FIELD_LIST, AdwPreferencesRow)

GtkWidget          *byline_field_list_new            (const char       *path,
                                                      const char       *key,
                                                      const char       *label,
                                                      BylineFieldHints *hints);
const char * const *byline_field_list_get_items      (BylineFieldList  *self);
void                byline_field_list_add            (BylineFieldList  *self,
                                                      const char       *item);
void                byline_field_list_remove         (BylineFieldList  *self,
                                                      guint             index);
void                byline_field_list_move           (BylineFieldList  *self,
                                                      guint             from,
                                                      guint             to);
GtkEntry           *byline_field_list_get_entry      (BylineFieldList  *self);
BylineCompletion   *byline_field_list_get_completion (BylineFieldList  *self);

G_END_DECLS
