/* test-disk.c: a post whose file another program changes or deletes while
 * it is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-disk-bar.h"
#include "byline-test-app.h"

#define SAMPLE_FIRST_SENTENCE "金秋是收获的时节。"
#define THEIR_SENTENCE        "编辑在另一个程序里改了这一句。"
#define MY_WORDS              "My own words. "
/* Longer than the file monitor takes to settle and look. */
#define QUIET_MS              600

typedef struct {
  GFile        *file;
  BylineWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->file = byline_test_copy_sample ();
  fixture->window = byline_test_open_window (fixture->file);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  byline_test_close_window (fixture->window);
  g_clear_object (&fixture->file);
}

static GtkTextBuffer *
get_buffer (Fixture *fixture)
{
  return GTK_TEXT_BUFFER (byline_document_get_buffer (byline_test_document (fixture->window)));
}

static GtkWidget *
get_disk_bar (Fixture *fixture)
{
  return byline_test_find_widget (GTK_WIDGET (byline_window_get_current_page (fixture->window)),
                                  BYLINE_TYPE_DISK_BAR);
}

static char *
get_body (Fixture *fixture)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (get_buffer (fixture), &start, &end);
  return gtk_text_buffer_get_text (get_buffer (fixture), &start, &end, TRUE);
}

/* Another program replaces the sample's first sentence. */
static void
change_behind_back (Fixture *fixture)
{
  g_autofree char *text = byline_test_read_file (fixture->file);
  g_autoptr(GString) theirs = g_string_new (text);

  g_string_replace (theirs, SAMPLE_FIRST_SENTENCE, THEIR_SENTENCE, 1);
  byline_test_replace_file (fixture->file, theirs->str);
}

static void
type_at_start (Fixture *fixture)
{
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (get_buffer (fixture), &start);
  gtk_text_buffer_insert (get_buffer (fixture), &start, MY_WORDS, -1);
}

static gboolean
body_is_theirs (gpointer user_data)
{
  g_autofree char *body = get_body (user_data);

  return strstr (body, THEIR_SENTENCE) != NULL &&
         !byline_document_get_busy (byline_test_document (((Fixture *) user_data)->window));
}

static gboolean
bar_shown (gpointer user_data)
{
  return gtk_widget_get_visible (get_disk_bar (user_data));
}

static gboolean
document_idle (gpointer user_data)
{
  return !byline_document_get_busy (byline_test_document (((Fixture *) user_data)->window));
}

static int
get_cursor_line (Fixture *fixture)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (get_buffer (fixture), &iter,
                                    gtk_text_buffer_get_insert (get_buffer (fixture)));
  return gtk_text_iter_get_line (&iter);
}

static void
test_change_without_edits_reloads (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkTextIter line;

  gtk_text_buffer_get_iter_at_line (get_buffer (fixture), &line, 3);
  gtk_text_buffer_place_cursor (get_buffer (fixture), &line);

  change_behind_back (fixture);
  byline_test_wait_until (body_is_theirs, fixture, "the post to reload");

  g_assert_false (byline_document_get_modified (byline_test_document (fixture->window)));
  g_assert_false (gtk_widget_get_visible (get_disk_bar (fixture)));
  g_assert_cmpint (get_cursor_line (fixture), ==, 3);
}

static void
test_change_with_edits_keep_mine (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *body = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *saved = NULL;
  AdwMessageDialog *dialog;

  type_at_start (fixture);
  change_behind_back (fixture);
  byline_test_wait_until (bar_shown, fixture, "the changed-on-disk bar");

  /* Nothing of the writer's is touched while they decide. */
  body = get_body (fixture);
  g_assert_true (g_str_has_prefix (body, MY_WORDS));
  g_assert_null (strstr (body, THEIR_SENTENCE));

  byline_test_click (get_disk_bar (fixture), "_Keep Mine");
  g_assert_false (gtk_widget_get_visible (get_disk_bar (fixture)));

  /* Saving asks before it replaces the other program's text. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "save", NULL);
  dialog = byline_test_wait_dialog ("File Changed on Disk");
  on_disk = byline_test_read_file (fixture->file);
  g_assert_nonnull (strstr (on_disk, THEIR_SENTENCE));

  adw_message_dialog_response (dialog, "overwrite");
  byline_test_wait_until (document_idle, fixture, "the post to be saved");
  saved = byline_test_read_file (fixture->file);
  g_assert_nonnull (strstr (saved, MY_WORDS));
  g_assert_nonnull (strstr (saved, SAMPLE_FIRST_SENTENCE));
  g_assert_null (strstr (saved, THEIR_SENTENCE));

  /* Its own save is no change by another program. */
  byline_test_run_for (QUIET_MS);
  g_assert_false (gtk_widget_get_visible (get_disk_bar (fixture)));
  g_assert_false (byline_document_get_modified (byline_test_document (fixture->window)));
}

static void
test_change_with_edits_reload (Fixture       *fixture,
                               gconstpointer  data)
{
  type_at_start (fixture);
  change_behind_back (fixture);
  byline_test_wait_until (bar_shown, fixture, "the changed-on-disk bar");

  byline_test_click (get_disk_bar (fixture), "Re_load");
  byline_test_wait_until (body_is_theirs, fixture, "the post to reload");
  g_assert_false (byline_document_get_modified (byline_test_document (fixture->window)));
  g_assert_false (gtk_widget_get_visible (get_disk_bar (fixture)));
}

static void
test_deleted_file_written_again (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *original = byline_test_read_file (fixture->file);
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *label;

  g_file_delete (fixture->file, NULL, &error);
  g_assert_no_error (error);
  byline_test_wait_until (bar_shown, fixture, "the deleted-file bar");

  label = byline_test_find_widget (get_disk_bar (fixture), GTK_TYPE_LABEL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "deleted"));
  /* The text lives only in the window now: closing would ask. */
  g_assert_true (byline_document_get_modified (byline_test_document (fixture->window)));

  byline_test_save (fixture->window);
  saved = byline_test_read_file (fixture->file);
  g_assert_cmpstr (saved, ==, original);

  byline_test_run_for (QUIET_MS);
  g_assert_false (gtk_widget_get_visible (get_disk_bar (fixture)));
}

static void
test_own_save_shows_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  for (guint i = 0; i < 3; i++)
    {
      type_at_start (fixture);
      byline_test_save (fixture->window);
    }

  byline_test_run_for (QUIET_MS);
  g_assert_false (gtk_widget_get_visible (get_disk_bar (fixture)));
  g_assert_false (byline_document_get_modified (byline_test_document (fixture->window)));
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add ("/disk/change-without-edits-reloads", Fixture, NULL,
              fixture_set_up, test_change_without_edits_reloads, fixture_tear_down);
  g_test_add ("/disk/change-with-edits-keep-mine", Fixture, NULL,
              fixture_set_up, test_change_with_edits_keep_mine, fixture_tear_down);
  g_test_add ("/disk/change-with-edits-reload", Fixture, NULL,
              fixture_set_up, test_change_with_edits_reload, fixture_tear_down);
  g_test_add ("/disk/deleted-file-written-again", Fixture, NULL,
              fixture_set_up, test_deleted_file_written_again, fixture_tear_down);
  g_test_add ("/disk/own-save-shows-nothing", Fixture, NULL,
              fixture_set_up, test_own_save_shows_nothing, fixture_tear_down);

  return g_test_run ();
}
