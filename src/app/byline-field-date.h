/* byline-field-date.h: a row for a date, picked from a calendar and a
 * clock and written back in the post's own form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_DATE (byline_field_date_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldDate, byline_field_date, BYLINE, FIELD_DATE, AdwActionRow)

GtkWidget     *byline_field_date_new          (const char      *path,
                                               const char      *key,
                                               const char      *label);
GtkMenuButton *byline_field_date_get_button   (BylineFieldDate *self);
GtkCalendar   *byline_field_date_get_calendar (BylineFieldDate *self);
GtkSpinButton *byline_field_date_get_hour     (BylineFieldDate *self);

G_END_DECLS
