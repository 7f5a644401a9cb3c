/* byline-field-adder.h: the popover that adds a field, with the keys the
 * site suggests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-field-hints.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_ADDER (byline_field_adder_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldAdder, byline_field_adder, BYLINE, FIELD_ADDER, GtkPopover)

GtkWidget *byline_field_adder_new        (void);
void       byline_field_adder_set_hints  (BylineFieldAdder  *self,
                                          BylineFieldHints  *hints,
                                          BylineFrontMatter *front_matter);
void       byline_field_adder_show_error (BylineFieldAdder  *self,
                                          const char        *message);

G_END_DECLS
