/* byline-draft-store.h: unsaved work kept in the user's state folder, so
 * that a crash or a kill loses none of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-draft.h"
#include "byline-post.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_DRAFT_STORE (byline_draft_store_get_type ())

G_DECLARE_FINAL_TYPE (BylineDraftStore, byline_draft_store, BYLINE, DRAFT_STORE, GObject)

BylineDraftStore *byline_draft_store_new              (GFile                *folder);
BylineDraftStore *byline_draft_store_new_for_user     (void);
GFile            *byline_draft_store_get_folder       (BylineDraftStore     *self);
gboolean          byline_draft_id_is_valid            (const char           *id);

gboolean          byline_draft_store_write            (BylineDraftStore     *self,
                                                       const char           *id,
                                                       BylinePost           *post,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
GPtrArray        *byline_draft_store_list             (BylineDraftStore     *self,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
BylinePost       *byline_draft_store_read             (BylineDraftStore     *self,
                                                       BylineDraft          *draft,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
gboolean          byline_draft_store_delete           (BylineDraftStore     *self,
                                                       const char           *id,
                                                       GCancellable         *cancellable,
                                                       GError              **error);

void              byline_draft_store_write_async      (BylineDraftStore     *self,
                                                       const char           *id,
                                                       BylinePost           *post,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean          byline_draft_store_write_finish     (BylineDraftStore     *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void              byline_draft_store_list_async       (BylineDraftStore     *self,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray        *byline_draft_store_list_finish      (BylineDraftStore     *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void              byline_draft_store_read_async       (BylineDraftStore     *self,
                                                       BylineDraft          *draft,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
BylinePost       *byline_draft_store_read_finish      (BylineDraftStore     *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void              byline_draft_store_delete_async     (BylineDraftStore     *self,
                                                       const char           *id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean          byline_draft_store_delete_finish    (BylineDraftStore     *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

G_END_DECLS
