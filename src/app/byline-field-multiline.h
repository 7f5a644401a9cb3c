/* byline-field-multiline.h: a row for a paragraph of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_MULTILINE (byline_field_multiline_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldMultiline, byline_field_multiline, BYLINE, FIELD_MULTILINE, AdwPreferencesRow)

GtkWidget *byline_field_multiline_new (const char *path,
                                       const char *key,
                                       const char *label);

G_END_DECLS
