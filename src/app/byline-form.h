/* byline-form.h: the post's front matter as a form: a row per key, typed
 * by its value and by what the site says, and the same front matter as
 * text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-document.h"
#include "byline-field-hints.h"
#include "byline-raw-editor.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FORM (byline_form_get_type ())

G_DECLARE_FINAL_TYPE (BylineForm, byline_form, BYLINE, FORM, AdwBin)

void              byline_form_set_document    (BylineForm     *self,
                                               BylineDocument *document);
GtkWidget        *byline_form_get_row         (BylineForm     *self,
                                               const char     *path);
gboolean          byline_form_add_field       (BylineForm     *self,
                                               const char     *key,
                                               GError        **error);
BylineFieldHints *byline_form_get_hints       (BylineForm     *self);
BylineRawEditor  *byline_form_get_raw_editor  (BylineForm     *self);
GtkWidget        *byline_form_get_missing_row (BylineForm     *self,
                                               const char     *key);
char            **byline_form_get_problems    (BylineForm     *self);
gboolean          byline_form_is_raw          (BylineForm     *self);
void              byline_form_set_raw         (BylineForm     *self,
                                               gboolean        is_raw);

G_END_DECLS
