/* test-form.c: the front matter form on real widgets, as a writer uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-date.h"
#include "byline-field-group.h"
#include "byline-field-image.h"
#include "byline-field-list.h"
#include "byline-field-multiline.h"
#include "byline-field-number.h"
#include "byline-field-raw.h"
#include "byline-field-switch.h"
#include "byline-field-text.h"
#include "byline-test-app.h"

#define SAMPLE_TITLE "共享服务贸易发展机遇 共促世界经济复苏和增长"
#define NEW_TITLE "服务贸易的新机遇"

static char *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
write_file (GFile      *root,
            const char *relative,
            const char *contents)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (root, relative);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (parent, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&error);
  g_assert_no_error (error);
  g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Puts a copy of the sample at @post_path in a new folder, with the other
 * files of a site given as pairs of path and contents. */
static GFile *
make_site (const char *post_path,
           const char *first_path,
           ...)
{
  g_autoptr(GFile) sample = byline_test_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-site-XXXXXX", &error);
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autofree char *contents = read_file (sample);
  va_list args;

  g_assert_no_error (error);
  write_file (root, post_path, contents);

  va_start (args, first_path);
  for (const char *path = first_path; path != NULL; path = va_arg (args, const char *))
    write_file (root, path, va_arg (args, const char *));
  va_end (args);

  return g_file_resolve_relative_path (root, post_path);
}

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "schemas", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static BylineForm *
form_of (BylineWindow *window)
{
  return byline_page_get_form (byline_window_get_current_page (window));
}

static GtkWidget *
row (BylineWindow *window,
     const char   *path)
{
  GtkWidget *found = byline_form_get_row (form_of (window), path);

  g_assert_nonnull (found);
  return found;
}

static const char *
front_matter_text (BylineWindow *window)
{
  return byline_front_matter_get_text (byline_document_get_front_matter (byline_test_document (window)));
}

static gboolean
site_known (gpointer user_data)
{
  return byline_field_hints_get_site (byline_form_get_hints (form_of (user_data))) != NULL;
}

static gboolean
schema_known (gpointer user_data)
{
  return byline_field_hints_get_schema (byline_form_get_hints (form_of (user_data))) != NULL;
}

static BylineWindow *
open_in_site (GFile              *file,
              BylineTestCondition known)
{
  BylineWindow *window = byline_test_open_window (file);

  byline_test_wait_until (known, window, "the post's site to be read");
  return window;
}

static gboolean
has_row (gpointer user_data)
{
  BylineWindow *window = g_object_get_data (user_data, "byline-window");

  return byline_form_get_row (form_of (window), g_object_get_data (user_data, "byline-key")) != NULL;
}

/* Waits for the row of @key: a button a row activates clicks a moment
 * later, as it shows itself pressed. */
static void
wait_for_field (BylineWindow *window,
                const char   *key)
{
  g_autoptr(GObject) wanted = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (wanted, "byline-window", window);
  g_object_set_data (wanted, "byline-key", (gpointer) key);
  byline_test_wait_until (has_row, wanted, key);
}

static void
test_sample_rows (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  static const char * const keys[] = {
    "title", "categories", "headimg", "author", "comments", "date", "thumbnail",
  };

  g_assert_true (BYLINE_IS_FIELD_TEXT (row (window, "title")));
  g_assert_true (BYLINE_IS_FIELD_LIST (row (window, "categories")));
  g_assert_true (BYLINE_IS_FIELD_IMAGE (row (window, "headimg")));
  g_assert_true (BYLINE_IS_FIELD_TEXT (row (window, "author")));
  g_assert_true (BYLINE_IS_FIELD_SWITCH (row (window, "comments")));
  g_assert_true (BYLINE_IS_FIELD_DATE (row (window, "date")));
  g_assert_true (BYLINE_IS_FIELD_IMAGE (row (window, "thumbnail")));

  /* Every row is named, and the chips show the list. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row (window, keys[i])));

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
    }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row (window, "headimg"))), ==, "Header Image");
  g_assert_cmpstrv (byline_field_list_get_items (BYLINE_FIELD_LIST (row (window, "categories"))),
                    ((const char * const[]) { "新媒体", "ZAKER", "source", NULL }));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (window, "title"))), ==, SAMPLE_TITLE);
  g_assert_false (byline_form_is_raw (form_of (window)));
  g_assert_false (byline_document_get_modified (byline_test_document (window)));

  byline_test_close_window (window);
}

/* Picks @day of September 2021 and @hour in the date's popover, as the
 * writer does with the calendar and the hour's spin button. */
static void
pick_date (BylineFieldDate *field,
           int              day,
           int              hour)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) picked = g_date_time_new (utc, 2021, 9, day, 0, 0, 0);

  gtk_menu_button_popup (byline_field_date_get_button (field));
  gtk_calendar_select_day (byline_field_date_get_calendar (field), picked);
  gtk_spin_button_set_value (byline_field_date_get_hour (field), hour);
  gtk_menu_button_popdown (byline_field_date_get_button (field));
}

static gboolean
preview_shows_title (gpointer user_data)
{
  g_autofree char *header = NULL;

  byline_test_wait_preview (user_data);
  header = byline_test_run_javascript (user_data,
                                       "(document.getElementById ('byline-header') || document.body).textContent");
  return strstr (header, NEW_TITLE) != NULL;
}

static void
test_edits_change_only_their_lines (void)
{
  g_autoptr(GFile) file = make_site ("source/_posts/post.md",
                                     "_config.yml", "title: News\n",
                                     "source/_posts/a.md", "---\ntitle: A\ncategories: [新媒体, 新闻]\n---\nA\n",
                                     "source/_posts/b.md", "---\ntitle: B\ncategories: [新闻, 国际]\n---\nB\n",
                                     NULL);
  g_autofree char *original = read_file (file);
  g_autofree char *expected = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GString) wanted = g_string_new (original);
  BylineWindow *window = open_in_site (file, site_known);
  BylineFieldList *categories;
  BylineCompletion *completion;
  guint index;

  /* The title, typed. */
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "服务贸易");
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), NEW_TITLE);

  /* Comments, switched on. */
  gtk_switch_set_active (byline_field_switch_get_switch (BYLINE_FIELD_SWITCH (row (window, "comments"))), TRUE);

  /* A category the site's other posts use, picked from the suggestions
   * for what is typed; those the post has are not offered. */
  categories = BYLINE_FIELD_LIST (row (window, "categories"));
  completion = byline_field_list_get_completion (categories);
  gtk_editable_set_text (GTK_EDITABLE (byline_field_list_get_entry (categories)), "新");
  byline_completion_update (completion);
  g_assert_cmpuint (byline_completion_get_n_suggestions (completion), ==, 1);
  g_assert_cmpstr (byline_completion_get_suggestion (completion, 0), ==, "新闻");
  byline_completion_choose (completion, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (byline_field_list_get_entry (categories))), ==, "");

  /* The date, from the picker: the 3rd at 10 o'clock, in the date's GMT. */
  pick_date (BYLINE_FIELD_DATE (row (window, "date")), 3, 10);

  /* The preview's header follows the form. */
  byline_test_wait_until (preview_shows_title, window, "the preview to show the new title");

  byline_test_save (window);
  saved = read_file (file);

  g_string_replace (wanted, "title: '" SAMPLE_TITLE "'", "title: '" NEW_TITLE "'", 1);
  g_string_replace (wanted, " - source\n", " - source\n - 新闻\n", 1);
  g_string_replace (wanted, "comments: false", "comments: true", 1);
  index = g_string_replace (wanted, "date: Thu, 02 Sep 2021 16:11:00 GMT", "date: Fri, 03 Sep 2021 10:11:00 GMT", 1);
  g_assert_cmpuint (index, ==, 1);
  expected = g_string_free (g_steal_pointer (&wanted), FALSE);

  /* Line by line, so that a failure names the line. */
  {
    g_auto(GStrv) want = g_strsplit (expected, "\n", -1);
    g_auto(GStrv) got = g_strsplit (saved, "\n", -1);

    g_assert_cmpuint (g_strv_length (got), ==, g_strv_length (want));
    for (guint i = 0; want[i] != NULL; i++)
      g_assert_cmpstr (got[i], ==, want[i]);
  }
  g_assert_true (g_regex_match_simple ("^date: [A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$",
                                       strstr (saved, "\ndate: ") + 1, G_REGEX_MULTILINE, 0));

  byline_test_close_window (window);
}

static void
test_undo_redo (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineForm *form = form_of (window);
  g_autofree char *original = g_strdup (front_matter_text (window));
  GtkSwitch *comments = byline_field_switch_get_switch (BYLINE_FIELD_SWITCH (row (window, "comments")));

  /* Keystrokes in one row make one step. */
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "A");
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "AB");
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "ABC");
  gtk_switch_set_active (comments, TRUE);

  gtk_widget_activate_action (GTK_WIDGET (form), "form.undo", NULL);
  g_assert_false (gtk_switch_get_active (comments));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (window, "title"))), ==, "ABC");

  gtk_widget_activate_action (GTK_WIDGET (form), "form.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (window, "title"))), ==, SAMPLE_TITLE);
  g_assert_cmpstr (front_matter_text (window), ==, original);

  gtk_widget_activate_action (GTK_WIDGET (form), "form.redo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.redo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (window, "title"))), ==, "ABC");
  g_assert_true (gtk_switch_get_active (comments));
  g_assert_nonnull (strstr (front_matter_text (window), "title: 'ABC'\n"));
  g_assert_nonnull (strstr (front_matter_text (window), "comments: true\n"));

  byline_test_close_window (window);
}

static void
test_broken_front_matter_opens_raw (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autofree char *original = read_file (file);
  g_autoptr(GString) broken = g_string_new (original);
  g_autofree char *broken_text = NULL;
  g_autofree char *saved = NULL;
  BylineWindow *window;
  BylineForm *form;
  BylineRawEditor *raw;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;
  guint line, column;

  g_string_replace (broken, "categories: \n - 新媒体\n - ZAKER\n - source\n", "categories: [新媒体, ZAKER\n", 1);
  broken_text = g_string_free (g_steal_pointer (&broken), FALSE);
  g_file_replace_contents (file, broken_text, strlen (broken_text), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, NULL);

  window = byline_test_open_window (file);
  form = form_of (window);
  raw = byline_form_get_raw_editor (form);

  /* The text shows as it is, with the error at its place. */
  g_assert_true (byline_form_is_raw (form));
  g_assert_true (byline_raw_editor_get_error_location (raw, &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 8);
  g_assert_true (g_str_has_prefix (byline_raw_editor_get_message (raw), "Line 3, column 8: "));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_raw_editor_get_view (raw)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_nonnull (strstr (broken_text, shown));
  g_assert_true (g_str_has_prefix (shown, "title: '" SAMPLE_TITLE "'\ncategories: [新媒体, ZAKER\n"));

  /* Fixed in the text, the form reads it again. */
  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 1, 0);
  gtk_text_iter_forward_to_line_end (&start);
  gtk_text_buffer_insert (buffer, &start, "]", -1);
  g_assert_false (byline_raw_editor_get_error_location (raw, &line, &column));
  byline_form_set_raw (form, FALSE);
  g_assert_cmpstrv (byline_field_list_get_items (BYLINE_FIELD_LIST (row (window, "categories"))),
                    ((const char * const[]) { "新媒体", "ZAKER", NULL }));

  byline_test_save (window);
  saved = read_file (file);
  g_assert_nonnull (strstr (saved, "\ncategories: [新媒体, ZAKER]\nheadimg: "));

  byline_test_close_window (window);
}

static void
test_raw_and_form_agree (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineForm *form = form_of (window);
  BylineRawEditor *raw = byline_form_get_raw_editor (form);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_raw_editor_get_view (raw)));
  GtkTextIter start, end;
  g_autofree char *shown = NULL;
  int position;

  byline_form_set_raw (form, TRUE);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_assert_true (gtk_text_iter_forward_search (&start, "author: ZAKER", 0, &start, &end, NULL));
  gtk_text_iter_forward_chars (&start, strlen ("author: "));
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, "新华社", -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (window, "author"))), ==, "新华社");

  /* A form edit shows in the text. */
  byline_form_set_raw (form, FALSE);
  position = -1;
  gtk_editable_insert_text (GTK_EDITABLE (row (window, "author")), "北京", -1, &position);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_nonnull (strstr (shown, "\nauthor: 新华社北京\n"));

  byline_test_close_window (window);
}

static void
test_add_and_remove_fields (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineForm *form = form_of (window);
  g_autofree char *original = g_strdup (front_matter_text (window));
  g_autofree char *expected = NULL;
  GtkWidget *author;

  /* A new field goes at the end, as the control its name calls for. */
  g_assert_true (byline_form_add_field (form, "tags", NULL));
  g_assert_true (BYLINE_IS_FIELD_LIST (row (window, "tags")));
  byline_field_list_add (BYLINE_FIELD_LIST (row (window, "tags")), "服贸会");
  g_assert_true (byline_form_add_field (form, "description", NULL));
  g_assert_true (BYLINE_IS_FIELD_MULTILINE (row (window, "description")));

  /* Removing takes the key's line only. */
  author = row (window, "author");
  g_signal_emit_by_name (author, "remove");
  g_assert_null (byline_form_get_row (form, "author"));

  expected = g_strconcat (original, "tags:\n - 服贸会\ndescription: \"\"\n", NULL);
  {
    g_autoptr(GString) without = g_string_new (expected);

    g_string_replace (without, "author: ZAKER\n", "", 1);
    g_assert_cmpstr (front_matter_text (window), ==, without->str);
  }

  byline_test_close_window (window);
}

static void
test_decap_schema (void)
{
  g_autofree char *config = read_fixture ("decap-config.yml");
  g_autoptr(GFile) file = make_site ("source/_posts/post.md",
                                     "_config.yml", "title: News\n",
                                     "source/admin/config.yml", config,
                                     NULL);
  BylineWindow *window = open_in_site (file, schema_known);
  BylineForm *form = form_of (window);
  g_auto(GStrv) problems = byline_form_get_problems (form);
  GtkWidget *source;
  GtkWidget *layout;

  /* The schema's labels name the rows. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row (window, "date"))), ==, "Publish Date");

  /* The required source is missing: listed, and offered. */
  g_assert_cmpuint (g_strv_length (problems), ==, 1);
  g_assert_nonnull (strstr (problems[0], "“Source” is required"));
  source = byline_form_get_missing_row (form, "source_url");
  g_assert_nonnull (source);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (source)), ==, "Required");

  /* The hidden layout is offered with its default, which Add writes. */
  layout = byline_form_get_missing_row (form, "layout");
  g_assert_nonnull (layout);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (layout)), ==, "Default: post");
  adw_action_row_activate (ADW_ACTION_ROW (layout));
  wait_for_field (window, "layout");
  g_assert_true (g_str_has_suffix (front_matter_text (window), "\nlayout: post\n"));
  g_assert_null (byline_form_get_missing_row (form, "layout"));

  /* Filling the required field clears the problem. */
  g_assert_true (byline_form_add_field (form, "source_url", NULL));
  gtk_editable_set_text (GTK_EDITABLE (row (window, "source_url")), "https://www.zaker.cn/");
  g_strfreev (problems);
  problems = byline_form_get_problems (form);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);

  /* A declared widget makes the row: the summary is a paragraph. */
  g_assert_true (byline_form_add_field (form, "excerpt", NULL));
  g_assert_true (BYLINE_IS_FIELD_MULTILINE (row (window, "excerpt")));

  byline_test_close_window (window);
}

static void
test_front_matter_cms_schema (void)
{
  g_autofree char *config = read_fixture ("frontmatter.json");
  g_autoptr(GFile) file = make_site ("content/posts/post.md",
                                     "hugo.toml", "title = 'News'\n",
                                     "frontmatter.json", config,
                                     NULL);
  BylineWindow *window = open_in_site (file, schema_known);
  BylineForm *form = form_of (window);
  g_auto(GStrv) problems = byline_form_get_problems (form);
  GtkWidget *reading;
  GtkWidget *series;

  g_assert_cmpuint (g_strv_length (problems), ==, 1);
  g_assert_nonnull (strstr (problems[0], "“Description” is required"));
  g_assert_nonnull (byline_form_get_missing_row (form, "description"));

  reading = byline_form_get_missing_row (form, "readingTime");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (reading)), ==, "Default: 5");
  adw_action_row_activate (ADW_ACTION_ROW (reading));
  wait_for_field (window, "readingTime");
  g_assert_true (g_str_has_suffix (front_matter_text (window), "\nreadingTime: 5\n"));

  /* A choice offers its values as the writer types. */
  g_assert_true (byline_form_add_field (form, "series", NULL));
  series = row (window, "series");
  g_assert_true (BYLINE_IS_FIELD_TEXT (series));

  byline_test_close_window (window);
}

static void
test_list_reorder (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineFieldList *categories = BYLINE_FIELD_LIST (row (window, "categories"));

  /* As Alt+Right does on the first chip, twice, then Delete on the last. */
  byline_field_list_move (categories, 0, 1);
  byline_field_list_move (categories, 1, 2);
  g_assert_nonnull (strstr (front_matter_text (window), "categories: \n - ZAKER\n - source\n - 新媒体\nheadimg"));
  byline_field_list_remove (categories, 2);
  g_assert_nonnull (strstr (front_matter_text (window), "categories: \n - ZAKER\n - source\nheadimg"));

  byline_test_close_window (window);
}

static gboolean
thumbnail_done (gpointer user_data)
{
  return !byline_field_image_is_loading (user_data);
}

static void
test_image_thumbnail (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFile) image = g_file_get_child (folder, "cover.png");
  g_autofree char *image_path = g_file_get_path (image);
  static const guchar pixels[] = { 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 9, 9, 9, 255 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (pixels, sizeof pixels);
  g_autoptr(GdkTexture) texture = gdk_memory_texture_new (3, 2, GDK_MEMORY_R8G8B8A8, bytes, 12);
  BylineWindow *window;
  BylineFieldImage *headimg;
  BylineFieldImage *thumbnail;
  GdkPaintable *shown;

  g_assert_true (gdk_texture_save_to_png (texture, image_path));
  window = byline_test_open_window (file);
  headimg = BYLINE_FIELD_IMAGE (row (window, "headimg"));
  thumbnail = BYLINE_FIELD_IMAGE (row (window, "thumbnail"));

  /* A remote image is not fetched while the preferences forbid it. */
  byline_test_wait_until (thumbnail_done, thumbnail, "the remote thumbnail to be refused");
  g_assert_false (GDK_IS_TEXTURE (gtk_picture_get_paintable (byline_field_image_get_picture (thumbnail))));

  /* An image beside the post shows, read and decoded in the background. */
  gtk_editable_set_text (GTK_EDITABLE (headimg), "cover.png");
  g_assert_true (byline_field_image_is_loading (headimg));
  byline_test_wait_until (thumbnail_done, headimg, "the thumbnail to load");
  shown = gtk_picture_get_paintable (byline_field_image_get_picture (headimg));
  g_assert_true (GDK_IS_TEXTURE (shown));
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (shown)), ==, 3);
  g_assert_nonnull (strstr (front_matter_text (window), "\nheadimg: 'cover.png'\n"));

  byline_test_close_window (window);
}

static void
test_more_kinds (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autofree char *original = read_file (file);
  g_autoptr(GString) text = g_string_new (original);
  BylineWindow *window;
  GtkWidget *links;
  GtkSpinButton *weight;
  int length, position;

  g_string_replace (text, "author: ZAKER\n",
                    "author:\n  name: ZAKER\n  url: https://www.myzaker.com\n"
                    "weight: 3\n"
                    "links: [{name: a, url: b}]\n"
                    "title: again\n", 1);
  g_file_replace_contents (file, text->str, text->len, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, NULL);
  window = byline_test_open_window (file);

  /* A nested mapping is a group of rows. */
  g_assert_true (BYLINE_IS_FIELD_GROUP (row (window, "author")));
  g_assert_true (BYLINE_IS_FIELD_TEXT (row (window, "author.name")));
  gtk_editable_set_text (GTK_EDITABLE (row (window, "author.url")), "https://app.myzaker.com");
  g_assert_nonnull (strstr (front_matter_text (window), "\n  url: https://app.myzaker.com\nweight"));

  weight = byline_field_number_get_spin (BYLINE_FIELD_NUMBER (row (window, "weight")));
  gtk_spin_button_set_value (weight, 5);
  g_assert_nonnull (strstr (front_matter_text (window), "\nweight: 5\n"));

  /* The raw editor writes only what reads, and says why not. */
  links = row (window, "links");
  g_assert_true (BYLINE_IS_FIELD_RAW (links));
  length = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (links)), -1);
  gtk_editable_delete_text (GTK_EDITABLE (links), length - 1, length);
  position = length - 1;
  gtk_editable_insert_text (GTK_EDITABLE (links), ", {name: c", -1, &position);
  g_assert_nonnull (byline_field_get_problem (BYLINE_FIELD (links)));
  g_assert_nonnull (strstr (front_matter_text (window), "\nlinks: [{name: a, url: b}]\n"));
  gtk_editable_insert_text (GTK_EDITABLE (links), ", url: d}]", -1, &position);
  g_assert_null (byline_field_get_problem (BYLINE_FIELD (links)));
  g_assert_nonnull (strstr (front_matter_text (window), "\nlinks: [{name: a, url: b}, {name: c, url: d}]\n"));

  /* The title written twice: flagged, and only the first is editable. */
  g_assert_nonnull (byline_field_get_problem (BYLINE_FIELD (row (window, "title"))));
  g_assert_nonnull (strstr (byline_field_get_problem (BYLINE_FIELD (row (window, "title"))), "more than once"));

  byline_test_close_window (window);
}

static void
test_problems_on_rows (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineForm *form = form_of (window);
  g_auto(GStrv) problems = NULL;

  g_assert_null (byline_field_get_problem (BYLINE_FIELD (row (window, "title"))));
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "");
  g_assert_cmpstr (byline_field_get_problem (BYLINE_FIELD (row (window, "title"))), ==, "The post has no title");

  /* A value that needs quotes gets them: the file never breaks. */
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "Trade: a #1 [draft]");
  g_assert_true (g_str_has_prefix (front_matter_text (window), "title: 'Trade: a #1 [draft]'\n"));
  problems = byline_form_get_problems (form);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);

  byline_test_close_window (window);
}

static BylineWindow *
open_text (const char *name,
           const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-post-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) file = g_file_get_child (folder, name);

  g_assert_no_error (error);
  write_file (folder, name, contents);
  return byline_test_open_window (file);
}

static void
test_toml_and_json (void)
{
  BylineWindow *window = open_text ("toml.md",
                                    "+++\ntitle = \"Notes\"\ndate = 2021-09-02T16:11:00+08:00\n"
                                    "tags = [\"go\"]\ndraft = false\n+++\nBody\n");
  BylineForm *form = form_of (window);
  GtkSourceBuffer *buffer;
  GtkSourceLanguage *language;

  g_assert_true (BYLINE_IS_FIELD_DATE (row (window, "date")));
  g_assert_true (BYLINE_IS_FIELD_SWITCH (row (window, "draft")));
  byline_field_list_add (BYLINE_FIELD_LIST (row (window, "tags")), "rust");
  pick_date (BYLINE_FIELD_DATE (row (window, "date")), 5, 9);
  g_assert_cmpstr (front_matter_text (window), ==,
                   "title = \"Notes\"\ndate = 2021-09-05T09:11:00+08:00\ntags = [\"go\", \"rust\"]\ndraft = false\n");

  /* The text is highlighted as TOML. */
  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_raw_editor_get_view (byline_form_get_raw_editor (form)))));
  language = gtk_source_buffer_get_language (buffer);
  g_assert_nonnull (language);
  g_assert_cmpstr (gtk_source_language_get_id (language), ==, "toml");
  byline_test_close_window (window);

  window = open_text ("json.md", "{\n  \"title\": \"Notes\",\n  \"tags\": [\"go\"]\n}\nBody\n");
  gtk_editable_set_text (GTK_EDITABLE (row (window, "title")), "Notes \"quoted\"");
  byline_field_list_add (BYLINE_FIELD_LIST (row (window, "tags")), "c");
  g_assert_nonnull (strstr (front_matter_text (window), "\"title\": \"Notes \\\"quoted\\\"\""));
  g_assert_nonnull (strstr (front_matter_text (window), "\"tags\": [\"go\", \"c\"]"));
  byline_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) settings = NULL;

  byline_test_app_init (&argc, &argv);

  /* The sample's images are remote: the tests stay off the network. */
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "load-remote-content", FALSE);

  g_test_add_func ("/form/sample-rows", test_sample_rows);
  g_test_add_func ("/form/edits-change-only-their-lines", test_edits_change_only_their_lines);
  g_test_add_func ("/form/undo-redo", test_undo_redo);
  g_test_add_func ("/form/broken-front-matter-opens-raw", test_broken_front_matter_opens_raw);
  g_test_add_func ("/form/raw-and-form-agree", test_raw_and_form_agree);
  g_test_add_func ("/form/add-and-remove-fields", test_add_and_remove_fields);
  g_test_add_func ("/form/list-reorder", test_list_reorder);
  g_test_add_func ("/form/image-thumbnail", test_image_thumbnail);
  g_test_add_func ("/form/more-kinds", test_more_kinds);
  g_test_add_func ("/form/problems-on-rows", test_problems_on_rows);
  g_test_add_func ("/form/toml-and-json", test_toml_and_json);
  g_test_add_func ("/form/decap-schema", test_decap_schema);
  g_test_add_func ("/form/front-matter-cms-schema", test_front_matter_cms_schema);

  return g_test_run ();
}
