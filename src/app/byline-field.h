/* byline-field.h: what every row of the front matter form shares: the key
 * path it edits, showing a value, reporting an edit and a problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-node.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD (byline_field_get_type ())

G_DECLARE_INTERFACE (BylineField, byline_field, BYLINE, FIELD, AdwPreferencesRow)

struct _BylineFieldInterface
{
  GTypeInterface parent_iface;

  /* Shows @value as the front matter now holds it. A field that already
   * shows that value leaves itself alone, so that typing is never
   * disturbed by the echo of its own edit. */
  void (*show_value) (BylineField *self,
                      BylineNode  *value);
};

void        byline_field_show_value        (BylineField *self,
                                            BylineNode  *value);
void        byline_field_setup             (BylineField *self,
                                            const char  *path,
                                            const char  *key,
                                            const char  *label);
const char *byline_field_get_path          (BylineField *self);
void        byline_field_set_problem       (BylineField *self,
                                            const char  *message);
const char *byline_field_get_problem       (BylineField *self);
void        byline_field_emit_edited       (BylineField *self,
                                            BylineNode  *value,
                                            gboolean     is_typing);
void        byline_field_emit_text         (BylineField *self,
                                            const char  *text);
const char *byline_field_value_text        (BylineNode  *value);
void        byline_field_show_text         (GtkEditable *editable,
                                            BylineNode  *value);
GtkWidget  *byline_field_new_remove_button (BylineField *self);
GtkWidget  *byline_field_set_column        (BylineField *self,
                                            const char  *label,
                                            GtkWidget   *first_content,
                                            ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
