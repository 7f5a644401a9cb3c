/* byline-form.h: the post's front matter as a form, a row per key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-document.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FORM (byline_form_get_type ())

G_DECLARE_FINAL_TYPE (BylineForm, byline_form, BYLINE, FORM, AdwBin)

void       byline_form_set_document (BylineForm     *self,
                                     BylineDocument *document);
GtkWidget *byline_form_get_row      (BylineForm     *self,
                                     const char     *key);

G_END_DECLS
