/* byline-field-switch.h: a row for true or false
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_SWITCH (byline_field_switch_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldSwitch, byline_field_switch, BYLINE, FIELD_SWITCH, AdwActionRow)

GtkWidget *byline_field_switch_new        (const char        *path,
                                           const char        *key,
                                           const char        *label);
GtkSwitch *byline_field_switch_get_switch (BylineFieldSwitch *self);

G_END_DECLS
