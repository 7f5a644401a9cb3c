/* test-library.c: the library of a site's posts beside the open posts:
 * listing, finding, sorting, opening, and following the files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-library-row.h"
#include "byline-test-site.h"

static char *
make_site (void)
{
  return site_fixture_new ("_config.yml", "title: Town News\ntimezone: UTC\n",
                           "source/_posts/old.md",
                           "---\ntitle: Old Times\ndate: 2019-05-01 09:00:00\ncategories: [History]\ntags: [archive]\n---\n",
                           "source/_posts/mid.md",
                           "---\ntitle: Sports Day\ndate: 2020-06-01 09:00:00\ncategories: [Sport, Local]\ntags: [football]\n---\n",
                           "source/_posts/new.md",
                           "---\ntitle: Market News\ndate: 2021-07-01 09:00:00\ncategories: [Business]\ntags: [prices]\n---\n",
                           "source/_drafts/plan.md",
                           "---\ntitle: Plan\ndate: 2018-01-01 09:00:00\n---\n",
                           NULL);
}

static BylinePostEntry *
row_entry (BylineWindow *window,
           guint         position)
{
  GListModel *model = byline_library_get_model (byline_test_library (window));
  g_autoptr(BylinePostEntry) entry = g_list_model_get_item (model, position);

  g_assert_nonnull (entry);
  return entry;
}

static char *
dup_titles (BylineWindow *window)
{
  GListModel *model = byline_library_get_model (byline_test_library (window));
  GString *shown = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (shown, "%s%s", i > 0 ? "|" : "", byline_post_entry_get_title (row_entry (window, i)));

  return g_string_free (shown, FALSE);
}

static void
assert_titles (BylineWindow *window,
               const char   *titles)
{
  g_autofree char *shown = dup_titles (window);

  g_assert_cmpstr (shown, ==, titles);
}

/* What a test waits for the library to show: rows of these titles, a
 * row of this title, or this title first. */
typedef struct {
  BylineWindow *window;
  const char   *text;
} Expected;

static gboolean
shows_titles (gpointer user_data)
{
  Expected *expected = user_data;
  g_autofree char *shown = dup_titles (expected->window);

  return g_strcmp0 (shown, expected->text) == 0;
}

/* Sorting a large list goes by steps; this one is done at once, or soon. */
static void
wait_titles (BylineWindow *window,
             const char   *titles)
{
  Expected expected = { window, titles };

  byline_test_wait_until (shows_titles, &expected, titles);
}

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  title)
{
  BylinePostEntry *entry;

  return BYLINE_IS_LIBRARY_ROW (widget) && gtk_widget_get_mapped (widget) &&
         (entry = byline_library_row_get_entry (BYLINE_LIBRARY_ROW (widget))) != NULL &&
         g_strcmp0 (byline_post_entry_get_title (entry), title) == 0;
}

static gboolean
row_shown (gpointer user_data)
{
  Expected *expected = user_data;

  return byline_test_find (GTK_WIDGET (byline_test_library (expected->window)), is_row_of, expected->text) != NULL;
}

static GtkWidget *
wait_row (BylineWindow *window,
          const char   *title)
{
  Expected expected = { window, title };

  byline_test_wait_until (row_shown, &expected, title);
  return byline_test_find (GTK_WIDGET (byline_test_library (window)), is_row_of, title);
}

static void
test_lists_newest_first (void)
{
  g_autofree char *root = make_site ();
  BylineWindow *window = byline_test_open_site (root);
  GtkWidget *row;

  byline_test_wait_library (window, 4);
  assert_titles (window, "Market News|Sports Day|Old Times|Plan");
  g_assert_true (byline_post_entry_is_draft (row_entry (window, 3)));

  /* A row shows the title, the date in the writer's language, the first
   * category and, for a draft, a badge. */
  row = wait_row (window, "Sports Day");
  g_assert_nonnull (byline_test_find_label (row, "Jun 1, 2020"));
  g_assert_nonnull (byline_test_find_label (row, "Sport"));
  g_assert_null (byline_test_find_label (row, "Draft"));
  row = wait_row (window, "Plan");
  g_assert_nonnull (byline_test_find_label (row, "Draft"));

  byline_test_close_window (window);
}

static void
search (BylineWindow *window,
        const char   *text,
        guint         n_found)
{
  gtk_editable_set_text (byline_library_get_search_entry (byline_test_library (window)), text);
  byline_test_wait_library (window, n_found);
}

static void
test_search (void)
{
  g_autofree char *root = make_site ();
  BylineWindow *window = byline_test_open_site (root);

  byline_test_wait_library (window, 4);

  /* By category, by tag, by words of the title, ignoring case. */
  search (window, "business", 1);
  assert_titles (window, "Market News");
  search (window, "football", 1);
  assert_titles (window, "Sports Day");
  search (window, "local sports", 1);
  search (window, "s", 3);
  assert_titles (window, "Market News|Sports Day|Old Times");
  search (window, "nothing like this", 0);
  search (window, "", 4);

  byline_test_close_window (window);
}

static void
test_sort (void)
{
  g_autofree char *root = make_site ();
  BylineWindow *window = byline_test_open_site (root);
  BylineLibrary *library = NULL;

  byline_test_wait_library (window, 4);
  library = byline_test_library (window);

  gtk_widget_activate_action (GTK_WIDGET (library), "library.sort", "s", "oldest-first");
  wait_titles (window, "Plan|Old Times|Sports Day|Market News");

  gtk_widget_activate_action (GTK_WIDGET (library), "library.sort", "s", "newest-first");
  wait_titles (window, "Market News|Sports Day|Old Times|Plan");

  byline_test_close_window (window);
}

static void
test_activate_opens_post (void)
{
  g_autofree char *root = make_site ();
  g_autofree char *path = g_build_filename (root, "source/_posts/mid.md", NULL);
  BylineWindow *window = byline_test_open_site (root);

  byline_test_wait_library (window, 4);
  wait_row (window, "Sports Day");

  /* A click or Enter on a row. */
  g_signal_emit_by_name (byline_library_get_list_view (byline_test_library (window)), "activate", 1u);
  byline_test_wait_current (window, path);
  g_assert_cmpstr (byline_front_matter_get_string (byline_document_get_front_matter (byline_test_document (window)),
                                                   "title"), ==, "Sports Day");

  /* Enter in the search opens the first post found. */
  search (window, "market", 1);
  g_signal_emit_by_name (byline_library_get_search_entry (byline_test_library (window)), "activate");
  g_clear_pointer (&path, g_free);
  path = g_build_filename (root, "source/_posts/new.md", NULL);
  byline_test_wait_current (window, path);

  byline_test_close_window (window);
}

static gboolean
is_first (gpointer user_data)
{
  Expected *expected = user_data;
  GListModel *model = byline_library_get_model (byline_test_library (expected->window));
  g_autoptr(BylinePostEntry) entry = g_list_model_get_item (model, 0);

  return entry != NULL && g_strcmp0 (byline_post_entry_get_title (entry), expected->text) == 0;
}

static void
test_follows_files (void)
{
  g_autofree char *root = make_site ();
  g_autofree char *old = g_build_filename (root, "source/_posts/old.md", NULL);
  BylineWindow *window = byline_test_open_site (root);
  Expected fresh = { window, "Fresh Off the Press" };

  byline_test_wait_library (window, 4);

  /* A post written by another program while the library is open. */
  site_fixture_write (root, "source/_posts/fresh.md",
                      "---\ntitle: Fresh Off the Press\ndate: 2022-02-02 09:00:00\ncategories: [Business]\n---\n");
  byline_test_wait_until (is_first, &fresh, "the new post in the library");
  wait_row (window, "Fresh Off the Press");
  byline_test_wait_library (window, 5);

  /* A removed one goes. */
  g_assert_cmpint (g_unlink (old), ==, 0);
  byline_test_wait_library (window, 4);
  assert_titles (window, "Fresh Off the Press|Market News|Sports Day|Plan");

  byline_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/library/lists-newest-first", test_lists_newest_first);
  g_test_add_func ("/library/search", test_search);
  g_test_add_func ("/library/sort", test_sort);
  g_test_add_func ("/library/activate-opens-post", test_activate_opens_post);
  g_test_add_func ("/library/follows-files", test_follows_files);

  return g_test_run ();
}
