/* byline-session-restore.c: at start, the posts that were open come back,
 * and each draft a crash left is offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-session-private.h"

typedef struct {
  gboolean            reopen_posts;
  BylineSessionState *state;
  /* The drafts, oldest first, and by id until each is offered. */
  GPtrArray          *draft_list;
  GHashTable         *drafts;
  /* Ids of the drafts whose own file is gone. */
  GHashTable         *lost_files;
  /* URIs of the listed posts whose file is gone: a window of such posts
   * alone would close as it opens. */
  GHashTable         *lost_posts;
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_pointer (&restore->state, byline_session_state_unref);
  g_clear_pointer (&restore->drafts, g_hash_table_unref);
  g_clear_pointer (&restore->draft_list, g_ptr_array_unref);
  g_clear_pointer (&restore->lost_files, g_hash_table_unref);
  g_clear_pointer (&restore->lost_posts, g_hash_table_unref);
  g_free (restore);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BylineSession *self = source_object;
  Restore *restore = task_data;
  g_autoptr(GError) error = NULL;

  /* A state or a draft that cannot be read must not stop the start. */
  if (restore->reopen_posts &&
      !(restore->state = byline_session_state_load (self->state_file, cancellable, &error)))
    {
      g_debug ("Not reopening the last posts: %s", error->message);
      g_clear_error (&error);
    }

  for (guint i = 0; restore->state != NULL && i < byline_session_state_get_n_windows (restore->state); i++)
    for (guint j = 0; j < byline_session_state_get_n_posts (restore->state, i); j++)
      {
        g_autoptr(GFile) file = byline_session_state_get_file (restore->state, i, j);

        if (file != NULL && !g_file_query_exists (file, cancellable))
          g_hash_table_add (restore->lost_posts, g_file_get_uri (file));
      }

  if (!(restore->draft_list = byline_draft_store_list (self->store, cancellable, &error)))
    {
      g_debug ("Not offering drafts: %s", error->message);
      restore->draft_list = g_ptr_array_new ();
    }

  for (guint i = 0; i < restore->draft_list->len; i++)
    {
      BylineDraft *draft = g_ptr_array_index (restore->draft_list, i);
      GFile *file = byline_draft_get_file (draft);

      g_hash_table_insert (restore->drafts, (gpointer) byline_draft_get_id (draft), draft);
      if (file != NULL && !g_file_query_exists (file, cancellable))
        g_hash_table_add (restore->lost_files, (gpointer) byline_draft_get_id (draft));
    }

  g_task_return_boolean (task, TRUE);
}

typedef struct {
  BylineSession *session;
  BylinePage    *page;
  BylineDraft   *draft;
} RestoreRequest;

static void
restore_request_free (RestoreRequest *request)
{
  g_clear_object (&request->page);
  g_clear_pointer (&request->draft, byline_draft_unref);
  byline_session_release (request->session);
  g_free (request);
}

static void
read_draft_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  RestoreRequest *request = user_data;
  BylineDocument *document = byline_page_get_document (request->page);
  g_autoptr(BylinePost) post = NULL;
  g_autoptr(GError) error = NULL;

  post = byline_draft_store_read_finish (BYLINE_DRAFT_STORE (object), result, &error);
  if (post != NULL)
    {
      byline_document_restore (document, post);
      byline_session_adopt_draft (request->session, document, byline_draft_get_id (request->draft));
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("The unsaved changes could not be restored: %s"),
                                                  error->message);

      byline_session_show_error (request->session, document, message);
    }

  restore_request_free (request);
}

static void
restore_cb (BylineRecoveryBar *bar,
            BylineDraft       *draft,
            BylineSession     *self)
{
  RestoreRequest *request = g_new0 (RestoreRequest, 1);

  byline_session_hold (self);
  request->session = self;
  request->page = BYLINE_PAGE (g_object_ref (gtk_widget_get_ancestor (GTK_WIDGET (bar), BYLINE_TYPE_PAGE)));
  request->draft = byline_draft_ref (draft);

  byline_draft_store_read_async (self->store, draft, NULL, read_draft_cb, request);
}

static void
delete_draft_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BylineSession *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_draft_store_delete_finish (BYLINE_DRAFT_STORE (object), result, &error))
    g_debug ("Could not delete a draft: %s", error->message);

  byline_session_release (self);
}

static void
discard_cb (BylineRecoveryBar *bar,
            BylineDraft       *draft,
            BylineSession     *self)
{
  BylinePage *page = BYLINE_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (bar), BYLINE_TYPE_PAGE));
  BylineWindow *window = BYLINE_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (page), BYLINE_TYPE_WINDOW));
  AdwTabView *tab_view = byline_window_get_tab_view (window);

  byline_session_hold (self);
  byline_draft_store_delete_async (self->store, byline_draft_get_id (draft), NULL,
                                   delete_draft_cb, self);

  /* A page opened only to offer a new post goes, unless it is the last. */
  if (byline_page_is_empty (page) && adw_tab_view_get_n_pages (tab_view) > 1)
    adw_tab_view_close_page (tab_view, adw_tab_view_get_page (tab_view, GTK_WIDGET (page)));
}

static BylinePage *
find_page (BylineSession *self,
           GFile         *file)
{
  g_autoptr(GPtrArray) windows = byline_session_list_windows (self);
  BylinePage *page = NULL;

  for (guint i = 0; i < windows->len && page == NULL; i++)
    page = byline_window_find_page (g_ptr_array_index (windows, i), file);

  return page;
}

static BylinePage *
take_empty_page (BylineWindow *window)
{
  BylinePage *page = byline_window_get_current_page (window);

  if (page != NULL && byline_page_is_empty (page))
    return page;

  return byline_window_add_page (window);
}

/* Shows the post @draft belongs to, as it is on disk, and asks there
 * whether to restore the draft over it. */
static void
offer_draft (BylineSession *self,
             Restore       *restore,
             BylineWindow  *window,
             BylineDraft   *draft)
{
  GFile *file = byline_draft_get_file (draft);
  BylineRecoveryBar *bar;
  BylinePage *page;

  if (file == NULL || g_hash_table_contains (restore->lost_files, byline_draft_get_id (draft)))
    page = take_empty_page (window);
  else if (!(page = find_page (self, file)))
    {
      byline_window_open (window, file);
      page = byline_window_get_current_page (window);
    }

  bar = byline_page_get_recovery_bar (page);
  g_signal_handlers_disconnect_by_data (bar, self);
  g_signal_connect_object (bar, "restore", G_CALLBACK (restore_cb), self, 0);
  g_signal_connect_object (bar, "discard", G_CALLBACK (discard_cb), self, 0);
  byline_recovery_bar_offer (bar, draft);

  g_hash_table_remove (restore->drafts, byline_draft_get_id (draft));
}

static BylineWindow *
new_window (BylineSession *self)
{
  BylineWindow *window = byline_window_new (BYLINE_APPLICATION (self->application));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Returns the draft that brings back a listed post, if any. */
static BylineDraft *
get_post_draft (Restore *restore,
                guint    window,
                guint    post)
{
  const char *draft_id = byline_session_state_get_draft_id (restore->state, window, post);

  return draft_id != NULL ? g_hash_table_lookup (restore->drafts, draft_id) : NULL;
}

/* Returns the file that brings back a listed post, if it is still there. */
static GFile *
get_post_file (Restore *restore,
               guint    window,
               guint    post)
{
  g_autoptr(GFile) file = byline_session_state_get_file (restore->state, window, post);
  g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

  if (uri == NULL || g_hash_table_contains (restore->lost_posts, uri))
    return NULL;

  return g_steal_pointer (&file);
}

/* Returns whether the window had a post to show again. */
static gboolean
reopen_window (BylineSession *self,
               Restore       *restore,
               guint          index)
{
  guint n_posts = byline_session_state_get_n_posts (restore->state, index);
  guint selected = byline_session_state_get_selected (restore->state, index);
  BylineWindow *window = NULL;
  AdwTabView *tab_view;
  int n_reopened = 0;
  int selected_page = 0;

  for (guint i = 0; i < n_posts; i++)
    {
      BylineDraft *draft = get_post_draft (restore, index, i);
      g_autoptr(GFile) file = get_post_file (restore, index, i);

      if (draft == NULL && file == NULL)
        continue;

      if (window == NULL)
        window = new_window (self);
      if (i == selected)
        selected_page = n_reopened;
      n_reopened++;

      if (draft != NULL)
        offer_draft (self, restore, window, draft);
      else
        byline_window_open (window, file);
    }

  if (window == NULL)
    return FALSE;

  tab_view = byline_window_get_tab_view (window);
  if (selected_page < adw_tab_view_get_n_pages (tab_view))
    adw_tab_view_set_selected_page (tab_view, adw_tab_view_get_nth_page (tab_view, selected_page));

  return TRUE;
}

/* Returns whether a window was opened. */
static gboolean
apply_restore (BylineSession *self,
               Restore       *restore)
{
  GtkWindow *active;
  BylineWindow *window = NULL;
  gboolean opened = FALSE;

  for (guint i = 0; restore->state != NULL && i < byline_session_state_get_n_windows (restore->state); i++)
    opened |= reopen_window (self, restore, i);

  /* Drafts of posts the list did not name (the crash came before it was
   * written, or files were opened instead) are offered all the same. */
  active = gtk_application_get_active_window (self->application);
  if (BYLINE_IS_WINDOW (active))
    window = BYLINE_WINDOW (active);

  for (guint i = 0; i < restore->draft_list->len; i++)
    {
      BylineDraft *draft = g_ptr_array_index (restore->draft_list, i);

      if (!g_hash_table_contains (restore->drafts, byline_draft_get_id (draft)))
        continue;

      if (window == NULL)
        {
          window = new_window (self);
          opened = TRUE;
        }
      offer_draft (self, restore, window, draft);
    }

  return opened;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineSession *self = BYLINE_SESSION (object);
  Restore *restore = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, apply_restore (self, restore));
}

/**
 * byline_session_restore_async:
 * @reopen_posts: whether to open again the posts open when Byline last
 *   stopped, as when it starts without files to open
 *
 * Opens the posts of the last session, and offers in each post's page to
 * restore the changes that a crash or a kill left unsaved.
 */
void
byline_session_restore_async (BylineSession       *self,
                              gboolean             reopen_posts,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) read_task = NULL;
  Restore *restore;

  g_return_if_fail (BYLINE_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_session_restore_async);

  restore = g_new0 (Restore, 1);
  restore->reopen_posts = reopen_posts;
  restore->drafts = g_hash_table_new (g_str_hash, g_str_equal);
  restore->lost_files = g_hash_table_new (g_str_hash, g_str_equal);
  restore->lost_posts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  read_task = g_task_new (self, cancellable, read_cb, g_steal_pointer (&task));
  g_task_set_source_tag (read_task, read_thread);
  g_task_set_task_data (read_task, restore, (GDestroyNotify) restore_free);
  g_task_run_in_thread (read_task, read_thread);
}

/**
 * byline_session_restore_finish:
 *
 * Returns: whether a window was opened
 */
gboolean
byline_session_restore_finish (BylineSession  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (BYLINE_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
