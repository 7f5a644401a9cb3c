/* byline-field-raw.h: a row for any value, written in the front matter's
 * own language and checked as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"
#include "byline-front-matter.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_RAW (byline_field_raw_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldRaw, byline_field_raw, BYLINE, FIELD_RAW, AdwEntryRow)

GtkWidget *byline_field_raw_new (const char   *path,
                                 const char   *key,
                                 const char   *label,
                                 BylineFormat  format);

G_END_DECLS
