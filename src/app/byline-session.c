/* byline-session.c: autosave of every open post, and the list of open
 * posts, kept in the user's state folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-session-private.h"

/* A draft is written once the writer pauses for AUTOSAVE_QUIET_SECONDS, and
 * at least every AUTOSAVE_MAX_SECONDS while they keep typing: a crash loses
 * at most the last AUTOSAVE_MAX_SECONDS of typing. Leaving the window
 * writes at once. */
#define AUTOSAVE_QUIET_SECONDS 3
#define AUTOSAVE_MAX_SECONDS   10

typedef struct {
  BylineSession  *session;
  BylineDocument *document;
  char           *draft_id;
  guint           quiet_source;
  guint           max_source;
  /* A draft was asked to be written, and not deleted since. */
  gboolean        has_draft;
} Autosave;

G_DEFINE_FINAL_TYPE (BylineSession, byline_session, G_TYPE_OBJECT)

void
byline_session_hold (BylineSession *self)
{
  g_object_ref (self);
  if (self->application != NULL)
    g_application_hold (G_APPLICATION (self->application));
}

void
byline_session_release (BylineSession *self)
{
  if (self->application != NULL)
    g_application_release (G_APPLICATION (self->application));
  g_object_unref (self);
}

/**
 * byline_session_list_windows:
 *
 * Returns: (transfer container) (element-type BylineWindow): the
 *   application's post windows
 */
GPtrArray *
byline_session_list_windows (BylineSession *self)
{
  GPtrArray *windows = g_ptr_array_new ();

  if (self->application == NULL)
    return windows;

  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    if (BYLINE_IS_WINDOW (l->data))
      g_ptr_array_add (windows, l->data);

  return windows;
}

BylinePage *
byline_session_get_nth_page (AdwTabView *tab_view,
                             int         n)
{
  return BYLINE_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (tab_view, n)));
}

static BylineWindow *
find_window (BylineSession  *self,
             BylineDocument *document)
{
  g_autoptr(GPtrArray) windows = byline_session_list_windows (self);

  for (guint i = 0; i < windows->len; i++)
    {
      AdwTabView *tab_view = byline_window_get_tab_view (g_ptr_array_index (windows, i));

      for (int j = 0; j < adw_tab_view_get_n_pages (tab_view); j++)
        if (byline_page_get_document (byline_session_get_nth_page (tab_view, j)) == document)
          return g_ptr_array_index (windows, i);
    }

  return NULL;
}

/**
 * byline_session_show_error:
 *
 * Tells the writer, in @document's window, that keeping their work failed.
 */
void
byline_session_show_error (BylineSession  *self,
                           BylineDocument *document,
                           const char     *message)
{
  BylineWindow *window = find_window (self, document);

  if (window != NULL)
    byline_window_show_error (window, message);
}

static void
stop_timers (Autosave *autosave)
{
  g_clear_handle_id (&autosave->quiet_source, g_source_remove);
  g_clear_handle_id (&autosave->max_source, g_source_remove);
}

typedef struct {
  BylineSession  *session;
  BylineDocument *document;
} DraftRequest;

static DraftRequest *
draft_request_new (Autosave *autosave)
{
  DraftRequest *request = g_new0 (DraftRequest, 1);

  byline_session_hold (autosave->session);
  request->session = autosave->session;
  request->document = g_object_ref (autosave->document);

  return request;
}

static void
draft_request_free (DraftRequest *request)
{
  g_clear_object (&request->document);
  byline_session_release (request->session);
  g_free (request);
}

static void
write_draft_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DraftRequest *request = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_draft_store_write_finish (BYLINE_DRAFT_STORE (object), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Unsaved changes could not be kept in case of a crash: %s"),
                                                  error->message);

      byline_session_show_error (request->session, request->document, message);
    }

  draft_request_free (request);
}

static void
write_draft (Autosave *autosave)
{
  stop_timers (autosave);

  if (!byline_document_get_modified (autosave->document))
    return;

  byline_document_sync_body (autosave->document);
  autosave->has_draft = TRUE;
  byline_draft_store_write_async (autosave->session->store, autosave->draft_id,
                                  byline_document_get_post (autosave->document),
                                  NULL, write_draft_cb, draft_request_new (autosave));
}

static void
delete_draft_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A draft left behind is offered again at the next start: no loss. */
  if (!byline_draft_store_delete_finish (BYLINE_DRAFT_STORE (object), result, &error))
    g_debug ("Could not delete a draft: %s", error->message);

  draft_request_free (user_data);
}

static void
delete_draft (Autosave *autosave)
{
  stop_timers (autosave);

  if (!autosave->has_draft)
    return;

  autosave->has_draft = FALSE;
  byline_draft_store_delete_async (autosave->session->store, autosave->draft_id,
                                   NULL, delete_draft_cb, draft_request_new (autosave));
}

static gboolean
autosave_timeout_cb (gpointer user_data)
{
  Autosave *autosave = user_data;

  write_draft (autosave);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (Autosave *autosave)
{
  g_clear_handle_id (&autosave->quiet_source, g_source_remove);
  autosave->quiet_source = g_timeout_add_seconds (AUTOSAVE_QUIET_SECONDS, autosave_timeout_cb, autosave);

  if (autosave->max_source == 0)
    autosave->max_source = g_timeout_add_seconds (AUTOSAVE_MAX_SECONDS, autosave_timeout_cb, autosave);
}

static void
document_changed_cb (BylineDocument *document,
                     BylineSession  *self)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, document);

  if (autosave != NULL && byline_document_get_modified (document))
    schedule_draft (autosave);
}

static void
document_state_cb (BylineDocument *document,
                   GParamSpec     *pspec,
                   BylineSession  *self)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, document);

  if (autosave == NULL)
    return;

  /* A document counts as saved as soon as its save starts; its draft
   * stays until the file is written, or reloaded. */
  if (byline_document_get_modified (document))
    schedule_draft (autosave);
  else if (byline_document_get_busy (document))
    stop_timers (autosave);
  else
    delete_draft (autosave);

  byline_session_save_state (self);
}

static void
autosave_free (Autosave *autosave)
{
  stop_timers (autosave);
  g_signal_handlers_disconnect_by_data (autosave->document, autosave->session);
  g_clear_object (&autosave->document);
  g_free (autosave->draft_id);
  g_free (autosave);
}

static Autosave *
track_document (BylineSession  *self,
                BylineDocument *document)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, document);

  if (autosave != NULL)
    return autosave;

  autosave = g_new0 (Autosave, 1);
  autosave->session = self;
  autosave->document = g_object_ref (document);
  autosave->draft_id = g_uuid_string_random ();
  g_hash_table_insert (self->autosaves, document, autosave);

  g_signal_connect (document, "changed", G_CALLBACK (document_changed_cb), self);
  g_signal_connect (document, "notify::modified", G_CALLBACK (document_state_cb), self);
  g_signal_connect (document, "notify::busy", G_CALLBACK (document_state_cb), self);
  g_signal_connect_swapped (document, "notify::file", G_CALLBACK (byline_session_save_state), self);

  return autosave;
}

/**
 * byline_session_get_draft_id:
 *
 * Returns: (nullable): the draft that keeps @document's unsaved changes,
 *   written or about to be
 */
const char *
byline_session_get_draft_id (BylineSession  *self,
                             BylineDocument *document)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, document);

  if (autosave == NULL || !(autosave->has_draft || byline_document_get_modified (document)))
    return NULL;

  return autosave->draft_id;
}

/**
 * byline_session_adopt_draft:
 *
 * Makes @draft_id, restored into @document, the draft its autosave
 * replaces from now on, so that the restored text has one draft only.
 */
void
byline_session_adopt_draft (BylineSession  *self,
                            BylineDocument *document,
                            const char     *draft_id)
{
  Autosave *autosave = track_document (self, document);

  if (g_strcmp0 (autosave->draft_id, draft_id) != 0)
    {
      delete_draft (autosave);
      g_free (autosave->draft_id);
      autosave->draft_id = g_strdup (draft_id);
    }

  autosave->has_draft = TRUE;
  if (byline_document_get_modified (document))
    schedule_draft (autosave);
  byline_session_save_state (self);
}

/* Posts that are in no window any more were closed, each after the writer
 * saved it, discarded its changes or had none: their drafts go. */
static gboolean
forget_closed_posts_cb (gpointer user_data)
{
  BylineSession *self = user_data;
  g_autoptr(GHashTable) open = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) windows = byline_session_list_windows (self);
  GHashTableIter iter;
  Autosave *autosave;

  self->orphan_source = 0;

  for (guint i = 0; i < windows->len; i++)
    {
      AdwTabView *tab_view = byline_window_get_tab_view (g_ptr_array_index (windows, i));

      for (int j = 0; j < adw_tab_view_get_n_pages (tab_view); j++)
        g_hash_table_add (open, byline_page_get_document (byline_session_get_nth_page (tab_view, j)));
    }

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &autosave))
    if (!g_hash_table_contains (open, autosave->document))
      {
        delete_draft (autosave);
        g_hash_table_iter_remove (&iter);
      }

  byline_session_release (self);
  return G_SOURCE_REMOVE;
}

/* Waits for the main loop to go round: a tab dragged to another window is
 * detached before it is attached there. */
static void
schedule_forget_closed_posts (BylineSession *self)
{
  if (self->orphan_source != 0)
    return;

  byline_session_hold (self);
  self->orphan_source = g_idle_add (forget_closed_posts_cb, self);
}

static void
page_attached_cb (AdwTabView    *tab_view,
                  AdwTabPage    *tab,
                  int            position,
                  BylineSession *self)
{
  track_document (self, byline_page_get_document (BYLINE_PAGE (adw_tab_page_get_child (tab))));
  byline_session_save_state (self);
}

static void
page_detached_cb (AdwTabView    *tab_view,
                  AdwTabPage    *tab,
                  int            position,
                  BylineSession *self)
{
  schedule_forget_closed_posts (self);
  byline_session_save_state (self);
}

static void
window_active_cb (GtkWindow     *window,
                  GParamSpec    *pspec,
                  BylineSession *self)
{
  GHashTableIter iter;
  Autosave *autosave;

  if (gtk_window_is_active (window))
    return;

  /* The writer went elsewhere, maybe for good: keep their work now. */
  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &autosave))
    if (autosave->quiet_source != 0)
      write_draft (autosave);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 BylineSession  *self)
{
  AdwTabView *tab_view;

  if (!BYLINE_IS_WINDOW (window))
    return;

  tab_view = byline_window_get_tab_view (BYLINE_WINDOW (window));
  for (int i = 0; i < adw_tab_view_get_n_pages (tab_view); i++)
    track_document (self, byline_page_get_document (byline_session_get_nth_page (tab_view, i)));

  g_signal_connect_object (tab_view, "page-attached", G_CALLBACK (page_attached_cb), self, 0);
  g_signal_connect_object (tab_view, "page-detached", G_CALLBACK (page_detached_cb), self, 0);
  g_signal_connect_object (tab_view, "page-reordered", G_CALLBACK (byline_session_save_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tab_view, "notify::selected-page", G_CALLBACK (byline_session_save_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "notify::is-active", G_CALLBACK (window_active_cb), self, 0);

  byline_session_save_state (self);
}

static void
window_removed_cb (GtkApplication *application,
                   GtkWindow      *window,
                   BylineSession  *self)
{
  if (!BYLINE_IS_WINDOW (window))
    return;

  g_signal_handlers_disconnect_by_data (window, self);
  schedule_forget_closed_posts (self);

  /* With other windows left, this one is closed for good; the last one
   * leaves the list as it was when the writer quit. */
  byline_session_save_state (self);
  byline_session_flush_state (self);
}

static void
byline_session_dispose (GObject *object)
{
  BylineSession *self = (BylineSession *)object;

  if (self->application != NULL)
    g_signal_handlers_disconnect_by_data (self->application, self);
  g_clear_weak_pointer (&self->application);
  g_hash_table_remove_all (self->autosaves);

  G_OBJECT_CLASS (byline_session_parent_class)->dispose (object);
}

static void
byline_session_finalize (GObject *object)
{
  BylineSession *self = (BylineSession *)object;

  g_clear_pointer (&self->autosaves, g_hash_table_unref);
  g_clear_pointer (&self->next_state, byline_session_state_unref);
  g_clear_pointer (&self->queued_state, byline_session_state_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->state_file);

  G_OBJECT_CLASS (byline_session_parent_class)->finalize (object);
}

static void
byline_session_class_init (BylineSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_session_dispose;
  object_class->finalize = byline_session_finalize;
}

static void
byline_session_init (BylineSession *self)
{
  self->autosaves = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) autosave_free);
}

/**
 * byline_session_new:
 * @application: the application whose windows' posts the session keeps
 * @store: where drafts of unsaved changes go
 * @state_file: where the list of open posts goes
 */
BylineSession *
byline_session_new (GtkApplication   *application,
                    BylineDraftStore *store,
                    GFile            *state_file)
{
  BylineSession *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (state_file), NULL);

  self = g_object_new (BYLINE_TYPE_SESSION, NULL);
  g_set_weak_pointer (&self->application, application);
  self->store = g_object_ref (store);
  self->state_file = g_object_ref (state_file);

  g_signal_connect_object (application, "window-added", G_CALLBACK (window_added_cb), self, 0);
  g_signal_connect_object (application, "window-removed", G_CALLBACK (window_removed_cb), self, 0);

  return self;
}

/**
 * byline_session_get_draft_store:
 *
 * Returns: (transfer none): where the drafts are kept
 */
BylineDraftStore *
byline_session_get_draft_store (BylineSession *self)
{
  g_return_val_if_fail (BYLINE_IS_SESSION (self), NULL);

  return self->store;
}
