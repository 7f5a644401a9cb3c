/* test-post-index-changes.c: the list of a site's posts follows what
 * other programs do to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-post-index.h"
#include "site-fixture.h"

#define WAIT_SECONDS 20

typedef gboolean (*Condition) (BylinePostIndex *index,
                               gconstpointer    data);

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for (BylinePostIndex *index,
          Condition        condition,
          gconstpointer    data,
          const char      *what)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!condition (index, data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);
  g_source_remove (source);
}

static gboolean
has_n_posts (BylinePostIndex *index,
             gconstpointer    data)
{
  return !byline_post_index_is_loading (index) &&
         g_list_model_get_n_items (G_LIST_MODEL (index)) == GPOINTER_TO_UINT (data);
}

static BylinePostEntry *
entry_at (BylinePostIndex *index,
          guint            position)
{
  g_autoptr(BylinePostEntry) entry = g_list_model_get_item (G_LIST_MODEL (index), position);

  g_assert_nonnull (entry);
  return entry;
}

static gboolean
is_first (BylinePostIndex *index,
          gconstpointer    data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (index)) > 0 &&
         g_strcmp0 (byline_post_entry_get_path (entry_at (index, 0)), data) == 0;
}

/* Each post once, newest first. */
static void
assert_in_order (BylinePostIndex *index)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (index));

  for (guint i = 0; i < n; i++)
    {
      BylinePostEntry *entry = entry_at (index, i);

      g_assert_true (g_hash_table_add (seen, (gpointer) byline_post_entry_get_path (entry)));
      if (i > 0)
        g_assert_cmpint (byline_post_entry_compare (entry_at (index, i - 1), entry), <, 0);
    }
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  byline_post_index_load_finish (BYLINE_POST_INDEX (source), result, &error);
  g_assert_no_error (error);
}

static BylinePostIndex *
follow_site (const char           *root,
             BylinePostIndexFlags  flags,
             guint                 n_posts)
{
  g_autoptr(BylineSite) site = site_fixture_load (root);
  BylinePostIndex *index = byline_post_index_new (site);

  byline_post_index_follow_changes (index);
  byline_post_index_load_async (index, flags, NULL, loaded_cb, NULL);
  wait_for (index, has_n_posts, GUINT_TO_POINTER (n_posts), "the site to load");

  return index;
}

static guint
count_of (GArray     *terms,
          const char *name)
{
  for (guint i = 0; i < terms->len; i++)
    if (strcmp (g_array_index (terms, BylineTerm, i).name, name) == 0)
      return g_array_index (terms, BylineTerm, i).count;
  return 0;
}

static void
test_posts_follow_files (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n",
                                            "source/_posts/a.md", "---\ntitle: A\ndate: 2021-01-01 00:00:00\ncategories: [News]\n---\n",
                                            "source/_posts/b.md", "---\ntitle: B\ndate: 2021-06-01 00:00:00\ncategories: [News]\n---\n",
                                            "source/_drafts/idea.md", "---\ntitle: Idea\ndate: 2020-01-01 00:00:00\n---\n",
                                            NULL);
  g_autoptr(BylinePostIndex) index = follow_site (root,
                                                  BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS |
                                                  BYLINE_POST_INDEX_FLAGS_COUNT_TERMS, 3);
  g_autoptr(GArray) categories = NULL;
  g_autofree char *b = g_build_filename (root, "source/_posts/b.md", NULL);
  g_autofree char *idea = g_build_filename (root, "source/_drafts/idea.md", NULL);
  g_autofree char *moved = g_build_filename (root, "source/_posts/idea.md", NULL);

  /* A new post takes its place by date. */
  site_fixture_write (root, "source/_posts/c.md", "---\ntitle: C\ndate: 2022-01-01 00:00:00\n---\n");
  wait_for (index, is_first, "source/_posts/c.md", "a new post");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 4);

  /* A post given a new date moves, and its new category counts. */
  site_fixture_write (root, "source/_posts/a.md", "---\ntitle: A again\ndate: 2023-01-01 00:00:00\ncategories: [Sport]\n---\n");
  wait_for (index, is_first, "source/_posts/a.md", "a changed post to move");
  g_assert_cmpstr (byline_post_entry_get_title (entry_at (index, 0)), ==, "A again");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 4);
  categories = byline_post_index_get_categories (index);
  g_assert_cmpuint (count_of (categories, "News"), ==, 1);
  g_assert_cmpuint (count_of (categories, "Sport"), ==, 1);

  /* A removed post goes. */
  g_assert_cmpint (g_unlink (b), ==, 0);
  wait_for (index, has_n_posts, GUINT_TO_POINTER (3), "a removed post to go");

  /* A draft moved among the posts is a draft no more. */
  g_assert_cmpint (g_rename (idea, moved), ==, 0);
  site_fixture_write (root, "source/_posts/idea.md", "---\ntitle: Idea\ndate: 2024-01-01 00:00:00\n---\n");
  wait_for (index, is_first, "source/_posts/idea.md", "a published draft");
  g_assert_false (byline_post_entry_is_draft (entry_at (index, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 3);

  assert_in_order (index);
}

static void
test_new_folders_followed (void)
{
  g_autofree char *root = site_fixture_new ("hugo.toml", "timeZone = 'UTC'\n",
                                            "content/posts/first.md", "---\ntitle: First\ndate: 2021-01-01\n---\n",
                                            NULL);
  g_autoptr(BylinePostIndex) index = follow_site (root, BYLINE_POST_INDEX_FLAGS_NONE, 1);
  g_autofree char *bundle = g_build_filename (root, "content/posts/bundle", NULL);
  g_autofree char *bundle_index = g_build_filename (bundle, "index.md", NULL);
  g_autofree char *more = g_build_filename (bundle, "more.md", NULL);

  /* A page bundle made at once, folder and post. */
  site_fixture_write (root, "content/posts/bundle/index.md", "---\ntitle: Bundle\ndate: 2022-01-01\n---\n");
  wait_for (index, is_first, "content/posts/bundle/index.md", "a new page bundle");

  /* The new folder is watched from then on. */
  site_fixture_write (root, "content/posts/bundle/more.md", "---\ntitle: More\ndate: 2023-01-01\n---\n");
  wait_for (index, is_first, "content/posts/bundle/more.md", "a post in the new folder");

  /* A Hugo post turned into a draft leaves a list without drafts. */
  site_fixture_write (root, "content/posts/bundle/more.md", "---\ntitle: More\ndate: 2023-01-01\ndraft: true\n---\n");
  wait_for (index, is_first, "content/posts/bundle/index.md", "a new draft to go");

  /* A folder removed takes its posts along. */
  g_assert_cmpint (g_unlink (more), ==, 0);
  g_assert_cmpint (g_unlink (bundle_index), ==, 0);
  g_assert_cmpint (g_rmdir (bundle), ==, 0);
  wait_for (index, has_n_posts, GUINT_TO_POINTER (1), "a removed folder's posts to go");
  g_assert_cmpstr (byline_post_entry_get_path (entry_at (index, 0)), ==, "content/posts/first.md");
}

static void
test_refresh_file (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n",
                                            "source/_posts/a.md", "---\ntitle: A\ndate: 2021-01-01 00:00:00\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylinePostIndex) index = byline_post_index_new (site);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) outside = NULL;

  byline_post_index_load (index, BYLINE_POST_INDEX_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);

  /* Unwatched, the index learns of a file when told. */
  site_fixture_write (root, "source/_posts/b.md", "---\ntitle: B\ndate: 2022-01-01 00:00:00\n---\n");
  file = g_file_new_build_filename (root, "source/_posts/b.md", NULL);
  byline_post_index_refresh_file (index, file);
  wait_for (index, is_first, "source/_posts/b.md", "a refreshed post");

  /* Files outside the posts folders are no posts. */
  site_fixture_write (root, "source/about.md", "---\ntitle: About\n---\n");
  outside = g_file_new_build_filename (root, "source/about.md", NULL);
  byline_post_index_refresh_file (index, outside);
  g_assert_cmpint (g_unlink (g_file_peek_path (file)), ==, 0);
  byline_post_index_refresh_file (index, file);
  wait_for (index, has_n_posts, GUINT_TO_POINTER (1), "a refreshed removal");
  g_assert_cmpstr (byline_post_entry_get_path (entry_at (index, 0)), ==, "source/_posts/a.md");
}

static void
test_changes_during_load (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n", "source/_posts", NULL, NULL);
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(BylinePostIndex) index = NULL;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("source/_posts/post-%03u.md", i);
      g_autofree char *text = g_strdup_printf ("---\ntitle: Post %u\ndate: 2021-01-01 00:%02u:%02u\n---\n",
                                               i, i / 60, i % 60);

      site_fixture_write (root, name, text);
    }

  site = site_fixture_load (root);
  index = byline_post_index_new (site);
  byline_post_index_follow_changes (index);
  byline_post_index_load_async (index, BYLINE_POST_INDEX_FLAGS_NONE, NULL, loaded_cb, NULL);

  /* Written while the load runs: listed once, by the load or after it. */
  site_fixture_write (root, "source/_posts/post-000.md", "---\ntitle: Post 0\ndate: 2022-01-01 00:00:00\n---\n");
  site_fixture_write (root, "source/_posts/new.md", "---\ntitle: New\ndate: 2023-01-01 00:00:00\n---\n");

  wait_for (index, is_first, "source/_posts/new.md", "a post written during the load");
  wait_for (index, has_n_posts, GUINT_TO_POINTER (501), "every post");
  /* Late events may still come; they change nothing. */
  g_usleep (400 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 501);
  g_assert_cmpstr (byline_post_entry_get_path (entry_at (index, 1)), ==, "source/_posts/post-000.md");
  assert_in_order (index);
}

/* Follows the list as a list view does: every change told must be one the
 * list already shows, whatever it is asked in between. */
static void
mirror_changes_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   GPtrArray  *mirror)
{
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (model, position + i));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, mirror->len);
  for (guint i = 0; i < mirror->len; i += 97)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == g_ptr_array_index (mirror, i));
    }
}

static void
test_changes_told_consistently (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n", "source/_posts", NULL, NULL);
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(BylinePostIndex) index = NULL;

  /* Dates unlike the order of the files, so that each batch lands in many
   * runs among the rows already there. */
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *name = g_strdup_printf ("source/_posts/post-%04u.md", i);
      g_autofree char *text = g_strdup_printf ("---\ntitle: Post %u\ndate: %04u-01-01 00:00:00\n---\n",
                                               i, 1000 + (i * 7919) % 3000);

      site_fixture_write (root, name, text);
    }

  site = site_fixture_load (root);
  index = byline_post_index_new (site);
  g_signal_connect (index, "items-changed", G_CALLBACK (mirror_changes_cb), mirror);
  byline_post_index_load_async (index, BYLINE_POST_INDEX_FLAGS_NONE, NULL, loaded_cb, NULL);
  wait_for (index, has_n_posts, GUINT_TO_POINTER (3000), "the site to load");

  g_assert_cmpuint (mirror->len, ==, 3000);
  for (guint i = 0; i < mirror->len; i++)
    g_assert_true (g_ptr_array_index (mirror, i) == entry_at (index, i));
  assert_in_order (index);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/post-index-changes/posts-follow-files", test_posts_follow_files);
  g_test_add_func ("/post-index-changes/new-folders-followed", test_new_folders_followed);
  g_test_add_func ("/post-index-changes/refresh-file", test_refresh_file);
  g_test_add_func ("/post-index-changes/changes-during-load", test_changes_during_load);
  g_test_add_func ("/post-index-changes/changes-consistent", test_changes_told_consistently);

  return g_test_run ();
}
