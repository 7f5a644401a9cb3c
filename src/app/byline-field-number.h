/* byline-field-number.h: a row for an integer or a decimal number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_NUMBER (byline_field_number_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldNumber, byline_field_number, BYLINE, FIELD_NUMBER, AdwActionRow)

GtkWidget     *byline_field_number_new      (const char        *path,
                                             const char        *key,
                                             const char        *label);
GtkSpinButton *byline_field_number_get_spin (BylineFieldNumber *self);

G_END_DECLS
