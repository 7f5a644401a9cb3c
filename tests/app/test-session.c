/* test-session.c: autosave of unsaved work, the offer to restore it, and
 * the open posts coming back at the next start
 *
 * The tests run the real application object in this process, with the
 * user's state folder a temporary one: the drafts and the list of open
 * posts are real files there, read back with the core's own API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-session-state.h"
#include "byline-test-app.h"

#define MY_WORDS "Typed and never saved. "
/* Longer than the state waits before it is written. */
#define SETTLE_MS 1000

static BylineApplication *
start_application (void)
{
  static guint n_started;
  BylineApplication *application = byline_application_new ();
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, ++n_started);
  g_autoptr(GError) error = NULL;

  /* Its own instance, on a name of its own: one test starts the program
   * twice, as a crash and a restart would. */
  g_application_set_application_id (G_APPLICATION (application), id);
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  return application;
}

static BylineDraftStore *
get_store (BylineApplication *application)
{
  return byline_session_get_draft_store (byline_application_get_session (application));
}

static GPtrArray *
list_drafts (BylineApplication *application)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts = byline_draft_store_list (get_store (application), NULL, &error);

  g_assert_no_error (error);
  return drafts;
}

static gboolean
has_drafts (gpointer user_data)
{
  g_autoptr(GPtrArray) drafts = list_drafts (user_data);

  return drafts->len > 0;
}

static gboolean
has_no_drafts (gpointer user_data)
{
  return !has_drafts (user_data);
}

static void
type_at_start (BylineDocument *document,
               const char     *text)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_document_get_buffer (document));
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_insert (buffer, &start, text, -1);
}

static char *
read_draft (BylineApplication *application,
            BylineDraft       *draft)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_draft_store_read (get_store (application), draft, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (byline_post_get_body (post));
}

/* Forgets what an earlier test left, as a first start would find it. */
static void
clear_state_folder (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(GPtrArray) drafts = byline_draft_store_list (store, NULL, NULL);
  g_autoptr(GFile) state_file = byline_session_state_get_user_file ();

  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    byline_draft_store_delete (store, byline_draft_get_id (g_ptr_array_index (drafts, i)), NULL, NULL);
  g_file_delete (state_file, NULL, NULL);
}

static void
test_autosave_until_saved (void)
{
  g_autoptr(BylineApplication) application = start_application ();
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autofree char *original = byline_test_read_file (file);
  g_autofree char *on_disk = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GTimer) timer = NULL;
  BylineWindow *window;

  clear_state_folder ();
  window = byline_test_open_window_in (application, file);
  type_at_start (byline_test_document (window), MY_WORDS);
  timer = g_timer_new ();

  byline_test_wait_until (has_drafts, application, "a draft of the edit");
  /* Written once the writer paused, not at every key. */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), >=, 2.5);

  drafts = list_drafts (application);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_true (g_file_equal (byline_draft_get_file (g_ptr_array_index (drafts, 0)), file));
  kept = read_draft (application, g_ptr_array_index (drafts, 0));
  g_assert_true (g_str_has_prefix (kept, MY_WORDS));

  /* Never over the writer's own file. */
  on_disk = byline_test_read_file (file);
  g_assert_cmpstr (on_disk, ==, original);

  byline_test_save (window);
  byline_test_wait_until (has_no_drafts, application, "the draft to go after saving");

  byline_test_close_window (window);
  byline_test_run_for (SETTLE_MS);
}

static gboolean
window_inactive (gpointer user_data)
{
  return !gtk_window_is_active (user_data);
}

static gboolean
window_active (gpointer user_data)
{
  return gtk_window_is_active (user_data);
}

static void
test_autosave_when_leaving_window (void)
{
  g_autoptr(BylineApplication) application = start_application ();
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autoptr(GFile) other_file = byline_test_copy_sample ();
  g_autoptr(GTimer) timer = NULL;
  AdwTabView *tab_view;
  BylineWindow *window;
  BylineWindow *other;

  clear_state_folder ();
  other = byline_test_open_window_in (application, other_file);
  window = byline_test_open_window_in (application, file);
  byline_test_wait_until (window_active, window, "the window to have the focus");

  type_at_start (byline_test_document (window), MY_WORDS);
  timer = g_timer_new ();
  gtk_window_present (GTK_WINDOW (other));
  byline_test_wait_until (window_inactive, window, "the window to lose the focus");

  byline_test_wait_until (has_drafts, application, "a draft of the edit");
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 2.5);

  /* Closing and discarding the changes takes the draft away. Another tab
   * keeps the window open. */
  tab_view = byline_window_get_tab_view (window);
  byline_window_add_page (window);
  adw_tab_view_set_selected_page (tab_view, adw_tab_view_get_nth_page (tab_view, 0));
  g_action_group_activate_action (G_ACTION_GROUP (window), "close-page", NULL);
  adw_message_dialog_response (byline_test_wait_dialog ("Save Changes?"), "discard");
  byline_test_wait_until (has_no_drafts, application, "the draft to go with the discarded changes");

  byline_test_close_window (window);
  byline_test_close_window (other);
  byline_test_run_for (SETTLE_MS);
}

typedef struct {
  BylineSession *session;
  gboolean       done;
  gboolean       opened;
} Restoring;

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Restoring *restoring = user_data;
  g_autoptr(GError) error = NULL;

  restoring->opened = byline_session_restore_finish (BYLINE_SESSION (object), result, &error);
  g_assert_no_error (error);
  restoring->done = TRUE;
}

static gboolean
restore_done (gpointer user_data)
{
  return ((Restoring *) user_data)->done;
}

/* Starts as the program does without files: the last posts come back. */
static BylineWindow *
restore (BylineApplication *application,
         gboolean           reopen_posts)
{
  Restoring restoring = { byline_application_get_session (application), FALSE, FALSE };
  GtkWindow *window;

  byline_session_restore_async (restoring.session, reopen_posts, NULL, restored_cb, &restoring);
  byline_test_wait_until (restore_done, &restoring, "the session to be restored");
  g_assert_true (restoring.opened);

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_assert_true (BYLINE_IS_WINDOW (window));
  return BYLINE_WINDOW (window);
}

static BylinePage *
get_page (BylineWindow *window,
          int           n)
{
  AdwTabView *tab_view = byline_window_get_tab_view (window);

  return BYLINE_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (tab_view, n)));
}

static gboolean
pages_idle (gpointer user_data)
{
  AdwTabView *tab_view = byline_window_get_tab_view (user_data);

  for (int i = 0; i < adw_tab_view_get_n_pages (tab_view); i++)
    if (byline_document_get_busy (byline_page_get_document (get_page (user_data, i))))
      return FALSE;

  return TRUE;
}

static gboolean
document_modified (gpointer user_data)
{
  return byline_document_get_modified (user_data);
}

/* Leaves drafts as a crash would: written by a session that never ended. */
static void
write_crash_drafts (BylineApplication *application,
                    GFile             *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  g_autoptr(BylinePost) new_post = byline_post_new ();
  g_autofree char *body = NULL;

  g_assert_no_error (error);
  body = g_strconcat (MY_WORDS, byline_post_get_body (post), NULL);
  byline_post_set_body (post, body);
  byline_draft_store_write (get_store (application), "crashed-edit", post, NULL, &error);
  g_assert_no_error (error);

  byline_post_set_body (new_post, "A new post, never saved.\n");
  byline_draft_store_write (get_store (application), "crashed-new-post", new_post, NULL, &error);
  g_assert_no_error (error);
}

static void
test_restore_offer (void)
{
  g_autoptr(BylineApplication) application = start_application ();
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autofree char *saved = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  BylineRecoveryBar *file_bar;
  BylineRecoveryBar *new_post_bar;
  BylineDocument *document;
  BylineWindow *window;

  clear_state_folder ();
  write_crash_drafts (application, file);

  window = restore (application, FALSE);
  byline_test_wait_until (pages_idle, window, "the posts to load");
  g_assert_cmpint (adw_tab_view_get_n_pages (byline_window_get_tab_view (window)), ==, 2);

  /* The post shows as it is on disk until the writer answers. */
  document = byline_page_get_document (get_page (window, 0));
  g_assert_true (g_file_equal (byline_document_get_file (document), file));
  g_assert_false (byline_document_get_modified (document));
  file_bar = byline_page_get_recovery_bar (get_page (window, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (file_bar)));
  new_post_bar = byline_page_get_recovery_bar (get_page (window, 1));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (new_post_bar)));

  byline_test_click (GTK_WIDGET (file_bar), "_Restore");
  byline_test_wait_until (document_modified, document, "the draft to be restored");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (file_bar)));
  g_assert_true (g_file_equal (byline_document_get_file (document), file));

  byline_test_click (GTK_WIDGET (new_post_bar), "_Discard");
  g_assert_cmpint (adw_tab_view_get_n_pages (byline_window_get_tab_view (window)), ==, 1);

  /* Saving writes the restored text to the post's own file, and the
   * draft, adopted by the page, goes. */
  adw_tab_view_set_selected_page (byline_window_get_tab_view (window),
                                  adw_tab_view_get_nth_page (byline_window_get_tab_view (window), 0));
  byline_test_save (window);
  saved = byline_test_read_file (file);
  g_assert_nonnull (strstr (saved, MY_WORDS));
  byline_test_wait_until (has_no_drafts, application, "both drafts to go");

  byline_test_close_window (window);
  byline_test_run_for (SETTLE_MS);
}

static gboolean
state_has_draft (gpointer user_data)
{
  g_autoptr(GFile) state_file = byline_session_state_get_user_file ();
  g_autoptr(BylineSessionState) state = byline_session_state_load (state_file, NULL, NULL);

  return state != NULL &&
         byline_session_state_get_n_windows (state) == 1 &&
         byline_session_state_get_n_posts (state, 0) == 4 &&
         byline_session_state_get_draft_id (state, 0, 3) != NULL &&
         has_drafts (user_data);
}

static void
test_open_posts_come_back (void)
{
  g_autoptr(BylineApplication) application = start_application ();
  g_autoptr(BylineApplication) next_start = NULL;
  g_autoptr(GFile) first = byline_test_copy_sample ();
  g_autoptr(GFile) second = byline_test_copy_sample ();
  g_autoptr(GFile) gone = byline_test_copy_sample ();
  g_autoptr(GError) error = NULL;
  AdwTabView *tab_view;
  BylineWindow *window;
  BylineWindow *restored;
  BylinePage *new_page;

  clear_state_folder ();
  window = byline_test_open_window_in (application, first);
  byline_window_open (window, second);
  byline_window_open (window, gone);
  new_page = byline_window_add_page (window);
  type_at_start (byline_page_get_document (new_page), MY_WORDS);
  tab_view = byline_window_get_tab_view (window);
  adw_tab_view_set_selected_page (tab_view, adw_tab_view_get_nth_page (tab_view, 1));
  byline_test_wait_until (state_has_draft, application, "the open posts and the new post's draft to be kept");

  /* The next start reads what this one left, as after a crash; a post
   * whose file went in between is left out. */
  g_file_delete (gone, NULL, &error);
  g_assert_no_error (error);
  next_start = start_application ();
  restored = restore (next_start, TRUE);
  byline_test_wait_until (pages_idle, restored, "the posts to load");

  tab_view = byline_window_get_tab_view (restored);
  g_assert_cmpint (adw_tab_view_get_n_pages (tab_view), ==, 3);
  g_assert_true (g_file_equal (byline_document_get_file (byline_page_get_document (get_page (restored, 0))), first));
  g_assert_true (g_file_equal (byline_document_get_file (byline_page_get_document (get_page (restored, 1))), second));
  g_assert_null (byline_document_get_file (byline_page_get_document (get_page (restored, 2))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (byline_page_get_recovery_bar (get_page (restored, 2)))));
  g_assert_true (adw_tab_view_get_selected_page (tab_view) == adw_tab_view_get_nth_page (tab_view, 1));

  byline_test_close_window (restored);
  byline_test_close_window (window);
  byline_test_run_for (SETTLE_MS);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/session/autosave-until-saved", test_autosave_until_saved);
  g_test_add_func ("/session/autosave-when-leaving-window", test_autosave_when_leaving_window);
  g_test_add_func ("/session/restore-offer", test_restore_offer);
  g_test_add_func ("/session/open-posts-come-back", test_open_posts_come_back);

  return g_test_run ();
}
