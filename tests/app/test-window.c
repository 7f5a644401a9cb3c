/* test-window.c: the main window on the sample post, as a writer sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-test-app.h"

#define SAMPLE_TITLE "共享服务贸易发展机遇 共促世界经济复苏和增长"
#define SAMPLE_FIRST_SENTENCE "金秋是收获的时节。"

static void
test_window_shows_sample (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  g_autofree char *contents = byline_test_read_file (file);
  g_autofree char *body = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GtkWidget *title_row;

  BylinePage *page = byline_window_get_current_page (window);

  title_row = byline_form_get_row (byline_page_get_form (page), "title");
  g_assert_nonnull (title_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, SAMPLE_TITLE);

  /* The body is everything after the closing `---` line. */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_page_get_source_view (page)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_true (g_str_has_suffix (contents, body));
  g_assert_true (g_str_has_prefix (body, "\n<div>"));

  byline_test_wait_for_script (window, "document.body.textContent.includes('" SAMPLE_FIRST_SENTENCE "')");

  byline_test_close_window (window);
}

static void
test_save_unedited_keeps_bytes (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autoptr(GFile) sample = byline_test_sample ();
  g_autofree char *original = byline_test_read_file (sample);
  g_autofree char *saved = NULL;
  BylineWindow *window = byline_test_open_window (file);

  byline_test_save (window);

  saved = byline_test_read_file (file);
  g_assert_cmpstr (saved, ==, original);

  byline_test_close_window (window);
}

static void
test_title_edit_reaches_file (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  g_autofree char *original = byline_test_read_file (file);
  g_autofree char *saved = NULL;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  GtkWidget *title_row;

  title_row = byline_form_get_row (byline_page_get_form (byline_window_get_current_page (window)), "title");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "服务贸易的新机遇");
  g_assert_true (byline_document_get_modified (byline_test_document (window)));

  byline_test_save (window);
  g_assert_false (byline_document_get_modified (byline_test_document (window)));

  saved = byline_test_read_file (file);
  before = g_strsplit (original, "\n", -1);
  after = g_strsplit (saved, "\n", -1);
  g_assert_cmpuint (g_strv_length (before), ==, g_strv_length (after));
  for (guint i = 0; before[i] != NULL; i++)
    {
      if (g_str_has_prefix (before[i], "title:"))
        g_assert_cmpstr (after[i], ==, "title: '服务贸易的新机遇'");
      else
        g_assert_cmpstr (after[i], ==, before[i]);
    }

  byline_test_close_window (window);
}

/* An edit made to the front matter outside the form, as raw mode and
 * reloads make, shows in the form's row. */
static void
test_front_matter_edit_reaches_form (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineDocument *document = byline_test_document (window);
  BylinePage *page = byline_window_get_current_page (window);
  g_autoptr(GError) error = NULL;
  GtkWidget *title_row;

  byline_front_matter_set_string (byline_document_get_front_matter (document), "title",
                                  "服务贸易的新机遇", &error);
  g_assert_no_error (error);
  byline_test_run_for (100);

  title_row = byline_form_get_row (byline_page_get_form (page), "title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "服务贸易的新机遇");

  byline_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/window/shows-sample", test_window_shows_sample);
  g_test_add_func ("/window/save-unedited-keeps-bytes", test_save_unedited_keeps_bytes);
  g_test_add_func ("/window/title-edit-reaches-file", test_title_edit_reaches_file);
  g_test_add_func ("/window/front-matter-edit-reaches-form", test_front_matter_edit_reaches_form);

  return g_test_run ();
}
