/* byline-field-image.h: a row for an image's address, with a thumbnail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field.h"
#include "byline-field-hints.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FIELD_IMAGE (byline_field_image_get_type ())

G_DECLARE_FINAL_TYPE (BylineFieldImage, byline_field_image, BYLINE, FIELD_IMAGE, AdwEntryRow)

GtkWidget  *byline_field_image_new         (const char       *path,
                                            const char       *key,
                                            const char       *label,
                                            BylineFieldHints *hints,
                                            GFile            *post_file);
GtkPicture *byline_field_image_get_picture (BylineFieldImage *self);
gboolean    byline_field_image_is_loading  (BylineFieldImage *self);

G_END_DECLS
