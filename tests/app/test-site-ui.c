/* test-site-ui.c: opening a site, and making, publishing and exporting
 * posts in it, as a writer does in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-export-dialog.h"
#include "byline-test-site.h"

#define HEXO_CONFIG   "title: 新闻站\ntimezone: UTC\n"
#define HEXO_SCAFFOLD "---\ntitle: {{ title }}\ndate: {{ date }}\ncategories:\n---\n"

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static AdwActionRow *
find_row (GtkWidget  *root,
          const char *title)
{
  return (AdwActionRow *) byline_test_find (root, is_row_titled, title);
}

static void
test_open_site_shows_name (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", HEXO_CONFIG, "source/_posts", NULL, NULL);
  g_autofree char *not_a_site = site_fixture_new ("notes/readme.md", "Just notes\n", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (not_a_site, "notes", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  BylineWindow *window = byline_test_open_site (root);

  /* The header bar names the site and its generator. */
  g_assert_nonnull (byline_test_find_label (GTK_WIDGET (window), "新闻站"));
  g_assert_nonnull (byline_test_find_label (GTK_WIDGET (window), "Hexo"));
  g_assert_cmpstr (g_file_peek_path (byline_site_get_root (byline_window_get_site (window))), ==, root);

  /* It is the most recent site. */
  recent = g_settings_get_strv (settings, "recent-sites");
  g_assert_cmpstr (recent[0], ==, root);

  /* A folder in no site says so, and the window keeps its site. */
  byline_window_open_site (window, folder);
  adw_message_dialog_response (byline_test_wait_dialog ("No Site Found"), "close");
  g_assert_cmpstr (g_file_peek_path (byline_site_get_root (byline_window_get_site (window))), ==, root);

  byline_test_close_window (window);
}

static gboolean
action_enabled (gpointer user_data)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (user_data), "publish");
}

static void
test_publish_hexo_draft (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", HEXO_CONFIG,
                                            "source/_drafts/idea.md", "---\ntitle: Idea\nlayout: draft\n---\nA thought.\n",
                                            "source/_posts", NULL,
                                            NULL);
  g_autoptr(GFile) draft = g_file_new_build_filename (root, "source/_drafts/idea.md", NULL);
  g_autofree char *published = g_build_filename (root, "source/_posts/idea.md", NULL);
  g_autofree char *contents = NULL;
  BylineWindow *window = byline_test_open_window (draft);

  /* A post opened from a site brings the window its site. */
  byline_test_wait_site (window);
  g_assert_nonnull (byline_test_find_label (GTK_WIDGET (window), "新闻站"));
  byline_test_wait_until (action_enabled, window, "Publish to be possible");

  g_action_group_activate_action (G_ACTION_GROUP (window), "publish", NULL);
  adw_message_dialog_response (byline_test_wait_dialog ("Publish the Draft?"), "publish");
  byline_test_wait_current (window, published);

  g_assert_false (g_file_query_exists (draft, NULL));
  contents = site_fixture_read (root, "source/_posts/idea.md");
  g_assert_true (g_str_has_prefix (contents, "---\ntitle: Idea\n"));
  g_assert_nonnull (strstr (contents, "\ndate: "));
  g_assert_null (strstr (contents, "layout: draft"));
  g_assert_false (byline_document_get_modified (byline_test_document (window)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "publish"));

  byline_test_close_window (window);
}

static void
test_new_post_in_hexo (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", HEXO_CONFIG,
                                            "scaffolds/post.md", HEXO_SCAFFOLD,
                                            "source/_posts", NULL,
                                            NULL);
  g_autofree char *path = g_build_filename (root, "source/_posts/Hello-World.md", NULL);
  g_autofree char *contents = NULL;
  BylineWindow *window = byline_test_open_site (root);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-post", NULL);
  dialog = byline_test_wait_dialog ("New Post");

  /* A post needs a title. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  entry = byline_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Hello World");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  adw_message_dialog_response (dialog, "create");

  byline_test_wait_current (window, path);
  contents = site_fixture_read (root, "source/_posts/Hello-World.md");
  g_assert_true (g_str_has_prefix (contents, "---\ntitle: Hello World\ndate: 20"));
  g_assert_true (g_str_has_suffix (contents, "\ncategories:\n---\n"));

  byline_test_close_window (window);
}

static void
test_new_post_without_site (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  AdwTabView *tabs = byline_window_get_tab_view (window);

  g_assert_null (byline_window_get_site (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-post", NULL);

  /* An untitled post of its own, at once. */
  g_assert_cmpint (adw_tab_view_get_n_pages (tabs), ==, 2);
  g_assert_null (byline_document_get_file (byline_test_document (window)));

  byline_test_close_window (window);
}

static gboolean
is_planned (gpointer user_data)
{
  return byline_export_dialog_get_export (user_data) != NULL;
}

/* Asks to export the current post and waits for its plan. */
static BylineExportDialog *
start_export (BylineWindow *window)
{
  BylineExportDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  dialog = BYLINE_EXPORT_DIALOG (byline_test_wait_toplevel (BYLINE_TYPE_EXPORT_DIALOG));
  byline_test_wait_until (is_planned, dialog, "the export's plan");

  return dialog;
}

static gboolean
is_gone (gpointer user_data)
{
  return *(gpointer *) user_data == NULL;
}

static void
confirm_export (BylineExportDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  byline_test_click (GTK_WIDGET (dialog), "_Export");
  byline_test_wait_until (is_gone, &weak, "the export to be written");
}

static char *
site_relative (const char *root,
               GFile      *file)
{
  g_autoptr(GFile) site = g_file_new_for_path (root);

  return g_file_get_relative_path (site, file);
}

static guint
count_files (const char *root,
             const char *folder)
{
  g_autofree char *path = g_build_filename (root, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_export_into_jekyll (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Notes\ntimezone: UTC\n", "_posts", NULL, NULL);
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  g_autoptr(GFile) site_folder = g_file_new_for_path (root);
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *original = byline_test_read_file (sample);
  g_autofree char *after = NULL;
  BylineWindow *window = byline_test_open_window (sample);
  BylineExportDialog *dialog;
  BylineExport *export;
  AdwActionRow *target_row;
  guint drop = G_MAXUINT;

  /* The sample is in no site: it goes into the window's. */
  byline_window_open_site (window, site_folder);
  byline_test_wait_site (window);
  dialog = start_export (window);
  export = byline_export_dialog_get_export (dialog);

  /* The plan: where the post goes, and the blank line Jekyll needs gone. */
  target = site_relative (root, byline_export_get_target (export));
  g_assert_true (g_str_has_prefix (target, "_posts/2021-09-02-"));
  g_assert_true (g_str_has_suffix (target, ".md"));
  target_row = find_row (GTK_WIDGET (dialog), "File");
  g_assert_cmpstr (adw_action_row_get_subtitle (target_row), ==, target);
  for (guint i = 0; i < byline_export_get_n_changes (export); i++)
    if (byline_export_get_change_kind (export, i) == BYLINE_EXPORT_CHANGE_DROP_LEADING_BLANK_LINES)
      drop = i;
  g_assert_cmpuint (drop, !=, G_MAXUINT);
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), byline_export_get_change_description (export, drop)));

  /* Nothing is written before the writer confirms. */
  byline_test_run_for (200);
  g_assert_cmpuint (count_files (root, "_posts"), ==, 0);

  confirm_export (dialog);
  contents = site_fixture_read (root, target);
  g_assert_true (g_str_has_prefix (contents, "---\ntitle: '共享服务贸易发展机遇 共促世界经济复苏和增长'\n"));
  g_assert_cmpuint (count_files (root, "_posts"), ==, 1);

  /* The writer's own file stays as it was. */
  after = byline_test_read_file (sample);
  g_assert_cmpstr (after, ==, original);

  byline_test_close_window (window);
}

static void
test_export_collision_keeps_both (void)
{
  static const char other[] = "---\ntitle: Another story\n---\nTheir words.\n";
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n", "_posts", NULL, NULL);
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  g_autoptr(GFile) site_folder = g_file_new_for_path (root);
  g_autofree char *wanted = NULL;
  g_autofree char *written = NULL;
  g_autofree char *kept = NULL;
  BylineWindow *window = byline_test_open_window (sample);
  BylineExportDialog *dialog;
  BylineExport *export;
  AdwActionRow *keep_both;

  byline_window_open_site (window, site_folder);
  byline_test_wait_site (window);

  /* A first plan, cancelled: nothing written. */
  dialog = start_export (window);
  wanted = site_relative (root, byline_export_get_target (byline_export_dialog_get_export (dialog)));
  gtk_window_close (GTK_WINDOW (dialog));
  byline_test_run_for (200);
  g_assert_cmpuint (count_files (root, "_posts"), ==, 0);

  /* Another post takes the name. */
  site_fixture_write (root, wanted, other);
  dialog = start_export (window);
  export = byline_export_dialog_get_export (dialog);
  g_assert_cmpint (byline_export_get_collision (export), ==, BYLINE_EXPORT_COLLISION_OTHER_POST);

  /* The choice is offered; keeping both is chosen already. */
  keep_both = find_row (GTK_WIDGET (dialog), "_Keep Both");
  g_assert_nonnull (keep_both);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (keep_both)));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (keep_both))));
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), "_Replace the Other Post"));
  g_assert_cmpint (byline_export_get_resolution (export), ==, BYLINE_EXPORT_RESOLUTION_KEEP_BOTH);
  written = site_relative (root, byline_export_get_target (export));
  g_assert_cmpstr (written, !=, wanted);
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row (GTK_WIDGET (dialog), "File")), ==, written);

  confirm_export (dialog);
  kept = site_fixture_read (root, wanted);
  g_assert_cmpstr (kept, ==, other);
  g_assert_true (site_fixture_exists (root, written));
  g_assert_cmpuint (count_files (root, "_posts"), ==, 2);

  byline_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/site-ui/open-site-shows-name", test_open_site_shows_name);
  g_test_add_func ("/site-ui/publish-hexo-draft", test_publish_hexo_draft);
  g_test_add_func ("/site-ui/new-post-in-hexo", test_new_post_in_hexo);
  g_test_add_func ("/site-ui/new-post-without-site", test_new_post_without_site);
  g_test_add_func ("/site-ui/export-into-jekyll", test_export_into_jekyll);
  g_test_add_func ("/site-ui/export-collision-keeps-both", test_export_collision_keeps_both);

  return g_test_run ();
}
