/* byline-document.h: an open post: its core model, the buffer its body is
 * edited in, and whether it has unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "byline-file-monitor.h"
#include "byline-post.h"
#include "byline-site.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_DOCUMENT (byline_document_get_type ())

G_DECLARE_FINAL_TYPE (BylineDocument, byline_document, BYLINE, DOCUMENT, GObject)

BylineDocument    *byline_document_new              (void);
BylinePost        *byline_document_get_post         (BylineDocument       *self);
GtkSourceBuffer   *byline_document_get_buffer       (BylineDocument       *self);
BylineFileMonitor *byline_document_get_file_monitor (BylineDocument       *self);
BylineSite        *byline_document_get_site         (BylineDocument       *self);
void               byline_document_restore          (BylineDocument       *self,
                                                     BylinePost           *post);
BylineFrontMatter *byline_document_get_front_matter (BylineDocument       *self);
BylineFrontMatter *byline_document_ensure_front_matter (BylineDocument    *self,
                                                        BylineFormat       format);
GFile             *byline_document_get_file         (BylineDocument       *self);
char              *byline_document_dup_title        (BylineDocument       *self);
gboolean           byline_document_get_modified     (BylineDocument       *self);
gboolean           byline_document_get_read_only    (BylineDocument       *self);
gboolean           byline_document_get_busy         (BylineDocument       *self);
void               byline_document_sync_body        (BylineDocument       *self);
void               byline_document_load_async       (BylineDocument       *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean           byline_document_load_finish      (BylineDocument       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void               byline_document_save_async       (BylineDocument       *self,
                                                     GFile                *file,
                                                     BylineSaveFlags       flags,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean           byline_document_save_finish      (BylineDocument       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
