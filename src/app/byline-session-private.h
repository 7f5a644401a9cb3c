/* byline-session-private.h: what the session's restore file shares with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-session.h"
#include "byline-session-state.h"
#include "byline-window.h"

G_BEGIN_DECLS

struct _BylineSession
{
  GObject             parent_instance;

  /* Not owned: the application owns the session. */
  GtkApplication     *application;
  BylineDraftStore   *store;
  GFile              *state_file;

  /* BylineDocument → Autosave, for every post open in a window. */
  GHashTable         *autosaves;
  guint               orphan_source;

  /* The open posts wait here a moment before they are written, and
   * behind a write still running. */
  BylineSessionState *next_state;
  BylineSessionState *queued_state;
  guint               state_source;
  gboolean            is_writing_state;
};

void        byline_session_hold         (BylineSession  *self);
void        byline_session_release      (BylineSession  *self);
GPtrArray  *byline_session_list_windows (BylineSession  *self);
BylinePage *byline_session_get_nth_page (AdwTabView     *tab_view,
                                         int             n);
const char *byline_session_get_draft_id (BylineSession  *self,
                                         BylineDocument *document);
void        byline_session_adopt_draft  (BylineSession  *self,
                                         BylineDocument *document,
                                         const char     *draft_id);
void        byline_session_save_state   (BylineSession  *self);
void        byline_session_flush_state  (BylineSession  *self);
void        byline_session_show_error   (BylineSession  *self,
                                         BylineDocument *document,
                                         const char     *message);

G_END_DECLS
