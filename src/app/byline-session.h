/* byline-session.h: keeps unsaved work and the open posts across crashes
 * and restarts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-draft-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_SESSION (byline_session_get_type ())

G_DECLARE_FINAL_TYPE (BylineSession, byline_session, BYLINE, SESSION, GObject)

BylineSession    *byline_session_new             (GtkApplication       *application,
                                                  BylineDraftStore     *store,
                                                  GFile                *state_file);
BylineDraftStore *byline_session_get_draft_store (BylineSession        *self);
void              byline_session_restore_async   (BylineSession        *self,
                                                  gboolean              reopen_posts,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean          byline_session_restore_finish  (BylineSession        *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
