/* test-body-editor.c: the body editor as a writer uses it: highlighting,
 * light and dark, search and replace, counts, spelling, formatting and
 * images, with real widgets and real files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "byline-preferences-window.h"
#include "byline-test-app.h"

/* A 1×1 PNG. */
static const char png[] =
  "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
  "\0\0\0\nIDATx\x9c" "c\0\x01\0\0\x05\0\x01\r\n-\xb4\0\0\0\0IEND\xae" "B`\x82";

static char *
new_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("byline-body-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static GFile *
write_file (const char *dir,
            const char *relative,
            const char *contents,
            gssize      length)
{
  g_autoptr(GFile) file = g_file_new_build_filename (dir, relative, NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (parent, NULL, NULL);
  g_file_replace_contents (file, contents, length < 0 ? strlen (contents) : (gsize) length,
                           NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&file);
}

/* A window on a new Markdown post with @body. */
static BylineWindow *
open_markdown (const char *body)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *contents = g_strconcat ("---\ntitle: Notes\n---\n", body, NULL);
  g_autoptr(GFile) file = write_file (dir, "notes.md", contents, -1);

  return byline_test_open_window (file);
}

static BylineBodyEditor *
body_editor (BylineWindow *window)
{
  return byline_page_get_body_editor (byline_window_get_current_page (window));
}

static GtkTextBuffer *
body_buffer (BylineWindow *window)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_body_editor_get_source_view (body_editor (window))));
}

static char *
body_text (BylineWindow *window)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (body_buffer (window), &start, &end);
  return gtk_text_iter_get_slice (&start, &end);
}

/* Selects the first @text of the body, or puts the cursor before it when
 * @select is FALSE. */
static void
select_text (BylineWindow *window,
             const char   *text,
             gboolean      select)
{
  GtkTextBuffer *buffer = body_buffer (window);
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, text, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, select ? &match_end : &match_start);
}

/* Closes @window, its edits thrown away as the test is done with them. */
static void
close_discarding (BylineWindow *window)
{
  gtk_text_buffer_set_modified (body_buffer (window), FALSE);
  byline_test_close_window (window);
}

static void
activate (BylineWindow *window,
          const char   *action,
          GVariant     *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (body_editor (window)), action, parameter));
}

/* Something of the window a test reads, as text. */
typedef char *(*ReadFunc) (BylineWindow *window);

typedef struct {
  BylineWindow *window;
  ReadFunc      read;
  const char   *expected;
  gboolean      is_part;
} Expectation;

static gboolean
expectation_met (gpointer user_data)
{
  Expectation *expectation = user_data;
  g_autofree char *text = expectation->read (expectation->window);

  return expectation->is_part ? strstr (text, expectation->expected) != NULL
                              : g_strcmp0 (text, expectation->expected) == 0;
}

/* Waits until what @read reads is @expected, or holds it when @is_part. */
static void
wait_for (BylineWindow *window,
          ReadFunc      read,
          const char   *expected,
          gboolean      is_part)
{
  Expectation expectation = { window, read, expected, is_part };

  byline_test_wait_until (expectation_met, &expectation, expected);
}

static char *
read_status (BylineWindow *window)
{
  return g_strdup (byline_body_editor_get_status (body_editor (window)));
}

static char *
read_search_status (BylineWindow *window)
{
  return g_strdup (byline_search_bar_get_status (byline_body_editor_get_search_bar (body_editor (window))));
}

static void
assert_status (BylineWindow *window,
               const char   *expected)
{
  wait_for (window, read_status, expected, FALSE);
}

static void
assert_search_status (BylineWindow *window,
                      const char   *expected)
{
  wait_for (window, read_search_status, expected, FALSE);
}

static const char *
language_id (BylineWindow *window)
{
  GtkSourceLanguage *language = gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (body_buffer (window)));

  return language != NULL ? gtk_source_language_get_id (language) : NULL;
}

static void
test_highlighting_follows_body (void)
{
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (sample);

  /* The sample's body is scraped HTML. */
  g_assert_cmpstr (language_id (window), ==, "html");
  g_assert_cmpint (byline_body_editor_get_body_kind (body_editor (window)), ==, BYLINE_BODY_HTML);
  byline_test_close_window (window);

  window = open_markdown ("# Title\n\nSome *Markdown* text.\n");
  g_assert_cmpstr (language_id (window), ==, "markdown");
  g_assert_cmpint (byline_body_editor_get_body_kind (body_editor (window)), ==, BYLINE_BODY_MARKDOWN);
  byline_test_close_window (window);
}

static gboolean
scheme_is (gpointer user_data)
{
  BylineWindow *window = ((gpointer *) user_data)[0];
  const char *expected = ((gpointer *) user_data)[1];
  GtkSourceStyleScheme *scheme = gtk_source_buffer_get_style_scheme (GTK_SOURCE_BUFFER (body_buffer (window)));

  return scheme != NULL && g_strcmp0 (gtk_source_style_scheme_get_id (scheme), expected) == 0;
}

static void
test_scheme_follows_dark_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  BylineWindow *window = open_markdown ("Text\n");
  gpointer dark[] = { window, (gpointer) "Adwaita-dark" };
  gpointer light[] = { window, (gpointer) "Adwaita" };

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  byline_test_wait_until (scheme_is, dark, "the dark scheme");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  byline_test_wait_until (scheme_is, light, "the light scheme");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  byline_test_close_window (window);
}

static gboolean
focus_is_in (BylineWindow *window,
             GtkWidget    *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
assert_focus_in (BylineWindow *window,
                 GtkWidget    *widget)
{
  g_assert_true (focus_is_in (window, widget));
}

static gboolean
entry_is_selected (gpointer user_data)
{
  GtkEditable *entry = user_data;
  int start, end;

  return gtk_editable_get_selection_bounds (entry, &start, &end) &&
         start == 0 && end == g_utf8_strlen (gtk_editable_get_text (entry), -1);
}

/* Waits a few frames, for the revealer to show the entry, and checks that
 * its text is selected. */
static void
wait_for_entry_selected (GtkEditable *entry)
{
  byline_test_run_for (500);
  g_assert_true (entry_is_selected (entry));
}

static gboolean
search_shown (gpointer user_data)
{
  BylineWindow *window = user_data;
  BylineSearchBar *bar = byline_body_editor_get_search_bar (body_editor (window));

  return gtk_widget_get_mapped (GTK_WIDGET (bar)) &&
         focus_is_in (window, GTK_WIDGET (byline_search_bar_get_search_entry (bar)));
}

static gboolean
replace_shown (gpointer user_data)
{
  BylineWindow *window = user_data;
  GtkWidget *entry = GTK_WIDGET (byline_search_bar_get_replace_entry (byline_body_editor_get_search_bar (body_editor (window))));

  return gtk_widget_get_mapped (entry) && focus_is_in (window, entry);
}

static gboolean
search_hidden (gpointer user_data)
{
  BylineWindow *window = user_data;
  GtkWidget *bar = GTK_WIDGET (byline_body_editor_get_search_bar (body_editor (window)));

  return !gtk_widget_get_mapped (bar);
}

static void
test_search_finds_and_counts (void)
{
  g_autoptr(GString) body = g_string_new ("A basket of fruit.\n");
  BylineWindow *window;
  BylineSearchBar *bar;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;

  for (guint i = 1; i <= 12; i++)
    g_string_append_printf (body, "Apple number %u, an apple a day.\n", i);
  window = open_markdown (body->str);
  bar = byline_body_editor_get_search_bar (body_editor (window));

  /* Ctrl+F opens the bar with the focus in its entry, which holds the
   * selected text, selected so that typing replaces it. */
  select_text (window, "basket", TRUE);
  activate (window, "editor.find", NULL);
  assert_focus_in (window, GTK_WIDGET (byline_search_bar_get_search_entry (bar)));
  g_assert_cmpstr (gtk_editable_get_text (byline_search_bar_get_search_entry (bar)), ==, "basket");
  wait_for_entry_selected (byline_search_bar_get_search_entry (bar));
  assert_search_status (window, "1 match");

  /* Case does not matter until asked: 24 matches, then 12. */
  gtk_editable_set_text (byline_search_bar_get_search_entry (bar), "apple");
  assert_search_status (window, "1 of 24");
  gtk_source_search_settings_set_case_sensitive (gtk_source_search_context_get_settings (byline_search_bar_get_context (bar)), TRUE);
  assert_search_status (window, "1 of 12");

  /* Ctrl+G twice: the third. */
  activate (window, "editor.find-next", NULL);
  assert_search_status (window, "2 of 12");
  activate (window, "editor.find-next", NULL);
  assert_search_status (window, "3 of 12");
  gtk_text_buffer_get_selection_bounds (body_buffer (window), &start, &end);
  selected = gtk_text_iter_get_slice (&start, &end);
  g_assert_cmpstr (selected, ==, "apple");
  g_assert_cmpint (gtk_text_iter_get_line (&start), ==, 3);

  /* Shift+Ctrl+G goes back. */
  activate (window, "editor.find-previous", NULL);
  assert_search_status (window, "2 of 12");

  gtk_editable_set_text (byline_search_bar_get_search_entry (bar), "pear");
  assert_search_status (window, "No matches");

  /* Escape closes it and gives the text the focus back. */
  activate (window, "editor.hide-search", NULL);
  byline_test_wait_until (search_hidden, window, "the search bar to close");
  assert_focus_in (window, GTK_WIDGET (byline_body_editor_get_source_view (body_editor (window))));

  byline_test_close_window (window);
}

static void
test_replace_all_with_regex (void)
{
  BylineWindow *window = open_markdown ("3 apples, 12 apples and 7 pears.\n");
  BylineSearchBar *bar = byline_body_editor_get_search_bar (body_editor (window));
  GtkSourceSearchSettings *settings = gtk_source_search_context_get_settings (byline_search_bar_get_context (bar));
  g_autofree char *replaced = NULL;
  g_autofree char *undone = NULL;

  activate (window, "editor.replace", NULL);
  gtk_source_search_settings_set_regex_enabled (settings, TRUE);
  gtk_editable_set_text (byline_search_bar_get_search_entry (bar), "(\\d+) apples");
  gtk_editable_set_text (byline_search_bar_get_replace_entry (bar), "\\1 oranges");
  assert_search_status (window, "1 of 2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "search.replace-all", NULL));
  replaced = body_text (window);
  g_assert_cmpstr (replaced, ==, "3 oranges, 12 oranges and 7 pears.\n");
  assert_search_status (window, "No matches");

  /* Replacing all is one step to undo. */
  g_assert_true (gtk_text_buffer_get_can_undo (body_buffer (window)));
  gtk_text_buffer_undo (body_buffer (window));
  undone = body_text (window);
  g_assert_cmpstr (undone, ==, "3 apples, 12 apples and 7 pears.\n");

  /* A broken expression says so. */
  gtk_editable_set_text (byline_search_bar_get_search_entry (bar), "(apples");
  assert_search_status (window, "Invalid regular expression");

  close_discarding (window);
}

static void
set_body (BylineWindow *window,
          const char   *text)
{
  gtk_text_buffer_set_text (body_buffer (window), text, -1);
}

static void
test_counts_words (void)
{
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (sample);

  /* The sample's HTML counts its text only: 879 Han characters and three
   * numbers. */
  assert_status (window, "882 words · 997 characters · 3 minutes to read");
  byline_test_close_window (window);

  window = open_markdown ("");
  assert_status (window, "0 words · 0 characters");

  set_body (window, "金秋是收获的时节。");
  assert_status (window, "8 words · 9 characters · 1 minute to read");

  set_body (window, "The **quick** brown fox doesn't jump.");
  assert_status (window, "6 words · 28 characters · 1 minute to read");

  set_body (window, "我用GTK 4写了一个[editor](https://gnome.org)。");
  assert_status (window, "9 words · 17 characters · 1 minute to read");

  close_discarding (window);
}

/* The text the spelling tag covers, each run apart. */
static char *
misspelled (BylineWindow *window)
{
  GtkTextTag *tag = byline_spell_adapter_get_tag (byline_body_editor_get_spell_adapter (body_editor (window)));
  g_autoptr(GString) found = g_string_new (NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (body_buffer (window), &iter);
  do
    {
      GtkTextIter start = iter;
      g_autofree char *word = NULL;

      if (!gtk_text_iter_starts_tag (&iter, tag))
        continue;

      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      word = gtk_text_iter_get_slice (&start, &iter);
      if (found->len > 0)
        g_string_append_c (found, ' ');
      g_string_append (found, word);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag));

  return g_string_free (g_steal_pointer (&found), FALSE);
}

static void
assert_misspelled (BylineWindow *window,
                   const char   *expected)
{
  wait_for (window, misspelled, expected, FALSE);
}

static void
test_spell_check (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BylineWindow *window;
  BylineSpellAdapter *adapter;
  GMenuModel *menu;
  GtkTextIter iter;
  g_autofree char *corrected = NULL;

  g_settings_set_string (settings, "spell-check-language", "en_US");
  g_settings_set_boolean (settings, "spell-check", TRUE);

  window = open_markdown ("中文内容写得很好，没有拼写问题。\n\n"
                          "This sentance has a tpyo, and `codde` or https://exampel.com are fine.\n");
  adapter = byline_body_editor_get_spell_adapter (body_editor (window));

  /* The English typos are marked; the Chinese text, the code and the
   * address are not. */
  assert_misspelled (window, "sentance tpyo");

  /* The context menu offers the right word, which replaces the typo. */
  select_text (window, "tpyo", FALSE);
  gtk_text_buffer_get_iter_at_mark (body_buffer (window), &iter, gtk_text_buffer_get_insert (body_buffer (window)));
  byline_spell_adapter_update_menu (adapter, &iter);
  menu = byline_spell_adapter_get_menu_model (adapter);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (byline_body_editor_get_source_view (body_editor (window))),
                                             "spelling.correct", "s", "typo"));
  corrected = body_text (window);
  g_assert_nonnull (strstr (corrected, "has a typo,"));
  assert_misspelled (window, "sentance");

  /* Added to the dictionary, a word is no longer marked. */
  select_text (window, "sentance", FALSE);
  gtk_text_buffer_get_iter_at_mark (body_buffer (window), &iter, gtk_text_buffer_get_insert (body_buffer (window)));
  byline_spell_adapter_update_menu (adapter, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (byline_body_editor_get_source_view (body_editor (window))),
                                             "spelling.add", NULL));
  assert_misspelled (window, "");

  /* Switched off, nothing is marked. */
  set_body (window, "Another mistaek here.\n");
  assert_misspelled (window, "mistaek");
  g_settings_set_boolean (settings, "spell-check", FALSE);
  assert_misspelled (window, "");

  g_settings_reset (settings, "spell-check");
  g_settings_reset (settings, "spell-check-language");
  close_discarding (window);
}

static void
test_spelling_language_in_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BylinePreferencesWindow *preferences = byline_preferences_window_new (settings);
  AdwComboRow *row = ADW_COMBO_ROW (byline_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  GListModel *languages = adw_combo_row_get_model (row);
  g_autofree char *chosen = NULL;
  guint en_us = GTK_INVALID_LIST_POSITION;

  /* "Automatic" first, then the dictionaries enchant has. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (languages), 0), ==, "Automatic");
  for (guint i = 1; i < g_list_model_get_n_items (languages); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (languages), i), "en_US") == 0)
      en_us = i;
  g_assert_cmpuint (en_us, !=, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (row, en_us);
  chosen = g_settings_get_string (settings, "spell-check-language");
  g_assert_cmpstr (chosen, ==, "en_US");

  adw_combo_row_set_selected (row, 0);
  g_free (chosen);
  chosen = g_settings_get_string (settings, "spell-check-language");
  g_assert_cmpstr (chosen, ==, "");

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
assert_formatted (BylineWindow *window,
                  const char   *expected)
{
  g_autofree char *text = body_text (window);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_formatting_markdown (void)
{
  BylineWindow *window = open_markdown ("A bold word.\nA title\n");

  /* Ctrl+B wraps the selection, as one step to undo. */
  select_text (window, "bold", TRUE);
  activate (window, "editor.bold", NULL);
  assert_formatted (window, "A **bold** word.\nA title\n");
  gtk_text_buffer_undo (body_buffer (window));
  assert_formatted (window, "A bold word.\nA title\n");

  select_text (window, "word", TRUE);
  activate (window, "editor.italic", NULL);
  assert_formatted (window, "A bold *word*.\nA title\n");

  select_text (window, "bold", TRUE);
  activate (window, "editor.link", NULL);
  assert_formatted (window, "A [bold]() *word*.\nA title\n");

  select_text (window, "title", FALSE);
  activate (window, "editor.heading", g_variant_new_uint32 (2));
  assert_formatted (window, "A [bold]() *word*.\n## A title\n");

  close_discarding (window);
}

static void
test_formatting_html (void)
{
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (sample);
  g_autofree char *text = NULL;

  select_text (window, "金秋是收获的时节", TRUE);
  activate (window, "editor.bold", NULL);
  text = body_text (window);
  g_assert_nonnull (strstr (text, "<strong>金秋是收获的时节</strong>。9 月"));

  gtk_text_buffer_undo (body_buffer (window));
  g_free (text);
  text = body_text (window);
  g_assert_null (strstr (text, "<strong>"));

  close_discarding (window);
}

/* The shortcuts, pressed on a keyboard: no binding of GtkSourceView or
 * GtkTextView takes them first. */
static void
test_shortcuts_from_keyboard (void)
{
  BylineWindow *window = open_markdown ("A bold word.\nHeading\n");
  GtkWidget *view = GTK_WIDGET (byline_body_editor_get_source_view (body_editor (window)));
  BylineSearchBar *bar = byline_body_editor_get_search_bar (body_editor (window));

  gtk_widget_grab_focus (view);

  select_text (window, "bold", TRUE);
  byline_test_press_keys (window, "ctrl+b");
  wait_for (window, body_text, "A **bold** word.\nHeading\n", FALSE);
  byline_test_press_keys (window, "ctrl+z");
  wait_for (window, body_text, "A bold word.\nHeading\n", FALSE);

  select_text (window, "word", TRUE);
  byline_test_press_keys (window, "ctrl+i");
  wait_for (window, body_text, "A bold *word*.\nHeading\n", FALSE);

  select_text (window, "bold", TRUE);
  byline_test_press_keys (window, "ctrl+k");
  wait_for (window, body_text, "A [bold]() *word*.\nHeading\n", FALSE);

  select_text (window, "Heading", FALSE);
  byline_test_press_keys (window, "ctrl+3");
  wait_for (window, body_text, "A [bold]() *word*.\n### Heading\n", FALSE);

  /* Ctrl+F, typing, Ctrl+G, Escape. */
  byline_test_press_keys (window, "ctrl+f");
  byline_test_wait_until (search_shown, window, "the search bar to open");
  byline_test_press_keys (window, "w o r d");
  assert_search_status (window, "1 of 1");
  g_assert_cmpstr (gtk_editable_get_text (byline_search_bar_get_search_entry (bar)), ==, "word");
  byline_test_press_keys (window, "ctrl+g");
  assert_search_status (window, "1 of 1");
  byline_test_press_keys (window, "Escape");
  byline_test_wait_until (search_hidden, window, "the search bar to close");

  /* Ctrl+H opens it again with the replace entry, which has the focus
   * since the text to find is there. */
  byline_test_press_keys (window, "ctrl+h");
  byline_test_wait_until (replace_shown, window, "the replace entry to open");

  close_discarding (window);
}

static GtkDropTarget *
find_file_drop_target (GtkWidget *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller) &&
          gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (GTK_DROP_TARGET (controller)),
                                             GDK_TYPE_FILE_LIST))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static gboolean
first_line_laid_out (gpointer user_data)
{
  GtkTextView *view = user_data;
  GtkTextIter start;
  int y, height;

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  gtk_text_view_get_line_yrange (view, &start, &y, &height);
  return gtk_widget_get_mapped (GTK_WIDGET (view)) && height > 0;
}

static void
test_drop_image_into_hexo_post (void)
{
  g_autofree char *site = new_folder ();
  g_autofree char *pictures = new_folder ();
  g_autoptr(GFile) post = NULL;
  g_autoptr(GFile) image = write_file (pictures, "name.png", png, sizeof png - 1);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) copied = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GSList) files = NULL;
  BylineWindow *window;
  GtkTextView *view;
  GtkDropTarget *target;
  gboolean handled = FALSE;
  int x, y;

  g_object_unref (write_file (site, "_config.yml", "title: News\npost_asset_folder: true\n", -1));
  post = write_file (site, "source/_posts/hello.md", "---\ntitle: Hello\n---\nFirst line.\n", -1);
  window = byline_test_open_window (post);
  view = GTK_TEXT_VIEW (byline_body_editor_get_source_view (body_editor (window)));

  /* Dropped on the first character, once the lines are laid out. */
  byline_test_wait_until (first_line_laid_out, view, "the body to be laid out");
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 1, 1, &x, &y);

  target = find_file_drop_target (GTK_WIDGET (view));
  g_assert_nonnull (target);
  files = g_slist_append (NULL, image);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, (double) x, (double) y, &handled);
  g_assert_true (handled);

  wait_for (window, body_text, "![](name.png)First line.", TRUE);

  copy = g_file_new_build_filename (site, "source", "_posts", "hello", "name.png", NULL);
  original = g_file_load_bytes (image, NULL, NULL, NULL);
  copied = g_file_load_bytes (copy, NULL, NULL, NULL);
  g_assert_nonnull (copied);
  g_assert_true (g_bytes_equal (original, copied));

  close_discarding (window);
}

static void
test_paste_image (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (png, sizeof png - 1);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  BylineWindow *window = open_markdown ("Pasted: \n");
  GtkWidget *view = GTK_WIDGET (byline_body_editor_get_source_view (body_editor (window)));
  GFile *post = byline_document_get_file (byline_test_document (window));
  g_autoptr(GFile) folder = g_file_get_parent (post);
  g_autoptr(GFile) copy = g_file_get_child (folder, "pasted-image.png");

  texture = gdk_texture_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (view), texture);

  select_text (window, "\n", FALSE);
  g_signal_emit_by_name (view, "paste-clipboard");
  wait_for (window, body_text, "Pasted: ![](pasted-image.png)", TRUE);
  g_assert_true (g_file_query_exists (copy, NULL));

  close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/body-editor/highlighting", test_highlighting_follows_body);
  g_test_add_func ("/body-editor/scheme-follows-dark-style", test_scheme_follows_dark_style);
  g_test_add_func ("/body-editor/search", test_search_finds_and_counts);
  g_test_add_func ("/body-editor/replace-all-regex", test_replace_all_with_regex);
  g_test_add_func ("/body-editor/counts", test_counts_words);
  g_test_add_func ("/body-editor/spell-check", test_spell_check);
  g_test_add_func ("/body-editor/spelling-language-in-preferences", test_spelling_language_in_preferences);
  g_test_add_func ("/body-editor/formatting-markdown", test_formatting_markdown);
  g_test_add_func ("/body-editor/formatting-html", test_formatting_html);
  g_test_add_func ("/body-editor/shortcuts-from-keyboard", test_shortcuts_from_keyboard);
  g_test_add_func ("/body-editor/drop-image", test_drop_image_into_hexo_post);
  g_test_add_func ("/body-editor/paste-image", test_paste_image);

  return g_test_run ();
}
