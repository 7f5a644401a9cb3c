/* byline-session-posts.c: the list of open posts, written to the state
 * folder as tabs open, close, move or get a draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-session-private.h"

/* Tabs opened, closed or moved in a row make one write of the list. */
#define STATE_DELAY_MS 500

static BylineSessionState *
snapshot_state (BylineSession *self)
{
  g_autoptr(GPtrArray) windows = byline_session_list_windows (self);
  BylineSessionState *state;

  /* The last window going takes nothing with it: its posts are what the
   * next start shows. */
  if (windows->len == 0)
    return NULL;

  state = byline_session_state_new ();
  for (guint i = 0; i < windows->len; i++)
    {
      AdwTabView *tab_view = byline_window_get_tab_view (g_ptr_array_index (windows, i));
      AdwTabPage *selected = adw_tab_view_get_selected_page (tab_view);
      guint window = byline_session_state_add_window (state);

      for (int j = 0; j < adw_tab_view_get_n_pages (tab_view); j++)
        {
          BylineDocument *document = byline_page_get_document (byline_session_get_nth_page (tab_view, j));

          byline_session_state_add_post (state, window,
                                         byline_document_get_file (document),
                                         byline_session_get_draft_id (self, document),
                                         adw_tab_view_get_nth_page (tab_view, j) == selected);
        }
    }

  return state;
}

static void write_state (BylineSession      *self,
                         BylineSessionState *state);

static void
state_written_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BylineSession *self = BYLINE_SESSION (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_debug ("Could not keep the list of open posts: %s", error->message);

  self->is_writing_state = FALSE;
  if (self->queued_state != NULL)
    {
      g_autoptr(BylineSessionState) state = g_steal_pointer (&self->queued_state);

      write_state (self, state);
    }

  byline_session_release (self);
}

static void
write_state_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  BylineSession *self = source_object;
  GError *error = NULL;

  if (byline_session_state_save (task_data, self->state_file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* One write at a time, so that an older list never lands last. */
static void
write_state (BylineSession      *self,
             BylineSessionState *state)
{
  g_autoptr(GTask) task = NULL;

  if (self->is_writing_state)
    {
      g_clear_pointer (&self->queued_state, byline_session_state_unref);
      self->queued_state = byline_session_state_ref (state);
      return;
    }

  self->is_writing_state = TRUE;
  byline_session_hold (self);
  task = g_task_new (self, NULL, state_written_cb, NULL);
  g_task_set_source_tag (task, write_state);
  g_task_set_task_data (task, byline_session_state_ref (state),
                        (GDestroyNotify) byline_session_state_unref);
  g_task_run_in_thread (task, write_state_thread);
}

/**
 * byline_session_flush_state:
 *
 * Writes the open posts noted last at once, without waiting.
 */
void
byline_session_flush_state (BylineSession *self)
{
  g_autoptr(BylineSessionState) state = g_steal_pointer (&self->next_state);

  if (self->state_source != 0)
    {
      g_clear_handle_id (&self->state_source, g_source_remove);
      byline_session_release (self);
    }

  if (state != NULL)
    write_state (self, state);
}

static gboolean
state_timeout_cb (gpointer user_data)
{
  BylineSession *self = user_data;

  self->state_source = 0;
  byline_session_flush_state (self);
  byline_session_release (self);

  return G_SOURCE_REMOVE;
}

/**
 * byline_session_save_state:
 *
 * Notes the open posts as they are now, to be written in a moment.
 */
void
byline_session_save_state (BylineSession *self)
{
  BylineSessionState *state = snapshot_state (self);

  if (state == NULL)
    return;

  g_clear_pointer (&self->next_state, byline_session_state_unref);
  self->next_state = state;

  if (self->state_source == 0)
    {
      byline_session_hold (self);
      self->state_source = g_timeout_add (STATE_DELAY_MS, state_timeout_cb, self);
    }
}
