/* byline-session-state.h: which posts were open, in which windows, so that
 * the next start shows them again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SESSION_STATE (byline_session_state_get_type ())

typedef struct _BylineSessionState BylineSessionState;

GType               byline_session_state_get_type       (void) G_GNUC_CONST;
BylineSessionState *byline_session_state_new            (void);
BylineSessionState *byline_session_state_new_from_bytes (GBytes              *bytes,
                                                         GError             **error);
GFile              *byline_session_state_get_user_file  (void);
BylineSessionState *byline_session_state_load           (GFile               *file,
                                                         GCancellable        *cancellable,
                                                         GError             **error);
gboolean            byline_session_state_save           (BylineSessionState  *self,
                                                         GFile               *file,
                                                         GCancellable        *cancellable,
                                                         GError             **error);
BylineSessionState *byline_session_state_ref            (BylineSessionState  *self);
void                byline_session_state_unref          (BylineSessionState  *self);
GBytes             *byline_session_state_to_bytes       (BylineSessionState  *self);
guint               byline_session_state_add_window     (BylineSessionState  *self);
void                byline_session_state_add_post       (BylineSessionState  *self,
                                                         guint                window,
                                                         GFile               *file,
                                                         const char          *draft_id,
                                                         gboolean             selected);
guint               byline_session_state_get_n_windows  (BylineSessionState  *self);
guint               byline_session_state_get_n_posts    (BylineSessionState  *self,
                                                         guint                window);
GFile              *byline_session_state_get_file       (BylineSessionState  *self,
                                                         guint                window,
                                                         guint                post);
const char         *byline_session_state_get_draft_id   (BylineSessionState  *self,
                                                         guint                window,
                                                         guint                post);
guint               byline_session_state_get_selected   (BylineSessionState  *self,
                                                         guint                window);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineSessionState, byline_session_state_unref)

G_END_DECLS
