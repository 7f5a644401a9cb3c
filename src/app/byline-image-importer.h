/* byline-image-importer.h: images dropped or pasted into the body, copied
 * into the post's site and linked where they fell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-document.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_IMAGE_IMPORTER (byline_image_importer_get_type ())

G_DECLARE_FINAL_TYPE (BylineImageImporter, byline_image_importer, BYLINE, IMAGE_IMPORTER, GObject)

BylineImageImporter *byline_image_importer_new           (GtkTextView         *view);
void                 byline_image_importer_set_document  (BylineImageImporter *self,
                                                          BylineDocument      *document);
void                 byline_image_importer_set_body_kind (BylineImageImporter *self,
                                                          BylineBodyKind       kind);
gboolean             byline_image_importer_add_files     (BylineImageImporter *self,
                                                          GSList              *files,
                                                          const GtkTextIter   *where);
void                 byline_image_importer_add_bytes     (BylineImageImporter *self,
                                                          GBytes              *contents,
                                                          const char          *name,
                                                          const GtkTextIter   *where);

G_END_DECLS
