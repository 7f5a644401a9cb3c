/* byline-field-text.h: a row for a line of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"
#include "byline-field-hints.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_TEXT (byline_field_text_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldText, byline_field_text, BYLINE, FIELD_TEXT, AdwEntryRow)

GtkWidget *byline_field_text_new (const char       *path,
                                  const char       *key,
                                  const char       *label,
                                  BylineFieldHints *hints);

G_END_DECLS
