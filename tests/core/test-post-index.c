/* test-post-index.c: listing a site's posts from their front matter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-post-index.h"
#include "site-fixture.h"

static BylinePostIndex *
load_index (const char           *root,
            BylinePostIndexFlags  flags)
{
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  BylinePostIndex *index = byline_post_index_new (site);

  byline_post_index_load (index, flags, NULL, &error);
  g_assert_no_error (error);
  return index;
}

static BylinePostEntry *
entry_at (BylinePostIndex *index,
          guint            position)
{
  g_autoptr(BylinePostEntry) entry = g_list_model_get_item (G_LIST_MODEL (index), position);

  g_assert_nonnull (entry);
  /* The index holds its own reference. */
  return entry;
}

static char *
joined (const char * const *strv)
{
  return g_strjoinv ("|", (char **) strv);
}

static void
assert_entry (BylinePostIndex *index,
              guint            position,
              const char      *path,
              const char      *title,
              const char      *date,
              const char      *categories,
              const char      *tags,
              gboolean         is_draft)
{
  BylinePostEntry *entry = entry_at (index, position);
  g_autofree char *entry_categories = joined (byline_post_entry_get_categories (entry));
  g_autofree char *entry_tags = joined (byline_post_entry_get_tags (entry));

  g_assert_cmpstr (byline_post_entry_get_path (entry), ==, path);
  g_assert_cmpstr (byline_post_entry_get_title (entry), ==, title);
  if (date != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (byline_post_entry_get_date (entry));

      g_assert_cmpstr (iso, ==, date);
    }
  g_assert_cmpstr (entry_categories, ==, categories);
  g_assert_cmpstr (entry_tags, ==, tags);
  g_assert_cmpint (byline_post_entry_is_draft (entry), ==, is_draft);
}

static char *
make_hexo_site (void)
{
  g_autofree char *sample = NULL;
  g_autofree char *sample_path = g_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                                   "000_5003afbe905b0950.txt", NULL);
  g_autoptr(GError) error = NULL;
  char *root;

  g_file_get_contents (sample_path, &sample, NULL, &error);
  g_assert_no_error (error);

  root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\n",
                           "source/_posts/news.md", sample,
                           "source/_posts/2020/older.md",
                           "---\ntitle: Older\ndate: 2020-01-01 08:00:00\ncategories: [Notes]\ntags: solo\n---\nBody\n",
                           "source/_posts/2020/older/photo.png", "not a post",
                           "source/_posts/newer.markdown",
                           "title: No opening marker\ndate: 2022-05-01 10:00:00\ntags:\n  - a\n  - b\n  - a\n---\nBody\n",
                           "source/_posts/binary.md", "---\ntitle: \xff\xfe\n---\n",
                           "source/_posts/.hidden.md", "---\ntitle: Hidden\n---\n",
                           "source/_drafts/idea.md", "---\ntitle: Idea\ndate: 2023-01-01 00:00:00\n---\n",
                           NULL);
  return root;
}

static void
test_hexo_list (void)
{
  g_autofree char *root = make_hexo_site ();
  g_autoptr(BylinePostIndex) index = load_index (root, BYLINE_POST_INDEX_FLAGS_NONE);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 3);
  assert_entry (index, 0, "source/_posts/newer.markdown", "No opening marker",
                "2022-05-01T10:00:00+08", "", "a|b|a", FALSE);
  assert_entry (index, 1, "source/_posts/news.md", "共享服务贸易发展机遇 共促世界经济复苏和增长",
                "2021-09-02T16:11:00Z", "新媒体|ZAKER|source", "", FALSE);
  assert_entry (index, 2, "source/_posts/2020/older.md", "Older",
                "2020-01-01T08:00:00+08", "Notes", "solo", FALSE);
}

static void
test_hexo_list_drafts (void)
{
  g_autofree char *root = make_hexo_site ();
  g_autoptr(BylinePostIndex) index = load_index (root, BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 4);
  assert_entry (index, 0, "source/_drafts/idea.md", "Idea", NULL, "", "", TRUE);
}

static void
test_taxonomy (void)
{
  g_autofree char *root = make_hexo_site ();
  g_autoptr(BylinePostIndex) index = load_index (root, BYLINE_POST_INDEX_FLAGS_COUNT_TERMS);
  g_autoptr(GArray) categories = byline_post_index_get_categories (index);
  g_autoptr(GArray) tags = byline_post_index_get_tags (index);
  g_autoptr(GArray) keys = byline_post_index_get_keys (index);
  const BylineKeyUse *first_key = &g_array_index (keys, BylineKeyUse, 0);
  gboolean found_comments = FALSE;

  g_assert_cmpuint (categories->len, ==, 4);
  g_assert_cmpuint (tags->len, ==, 3);
  /* A post that lists a tag twice counts once. */
  for (guint i = 0; i < tags->len; i++)
    g_assert_cmpuint (g_array_index (tags, BylineTerm, i).count, ==, 1);

  /* Every post has a title and a date. */
  g_assert_cmpuint (first_key->count, ==, 3);
  for (guint i = 0; i < keys->len; i++)
    {
      const BylineKeyUse *use = &g_array_index (keys, BylineKeyUse, i);

      if (strcmp (use->key, "comments") == 0)
        {
          found_comments = TRUE;
          g_assert_cmpuint (use->count, ==, 1);
          g_assert_cmpuint (use->kinds, ==, 1u << BYLINE_NODE_BOOLEAN);
        }
      if (strcmp (use->key, "tags") == 0)
        g_assert_cmpuint (use->kinds, ==, (1u << BYLINE_NODE_STRING) | (1u << BYLINE_NODE_SEQUENCE));
    }
  g_assert_true (found_comments);
}

static void
test_jekyll_list (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n",
                                            "_posts/2021-03-04-named.md", "---\ntitle: Named\ncategories: news tech\ncategory: extra\n---\n",
                                            "_posts/2021-05-06-dated.md", "---\ntitle: Dated\ndate: 2020-01-01 10:00:00 +0000\ntags: [x]\n---\n",
                                            NULL);
  g_autoptr(BylinePostIndex) index = load_index (root, BYLINE_POST_INDEX_FLAGS_NONE);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 2);
  /* Without `date`, Jekyll dates a post by its file name. */
  assert_entry (index, 0, "_posts/2021-03-04-named.md", "Named", "2021-03-04T00:00:00Z",
                "news|tech|extra", "", FALSE);
  assert_entry (index, 1, "_posts/2021-05-06-dated.md", "Dated", "2020-01-01T10:00:00Z", "", "x", FALSE);
}

static void
test_hugo_list (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                            "content/posts/_index.md", "---\ntitle: Section\n---\n",
                                            "content/posts/bundle/index.md", "---\ntitle: Bundle\ndate: 2021-01-01\n---\n",
                                            "content/posts/wip.md", "---\ntitle: WIP\ndate: 2022-01-01\ndraft: true\n---\n",
                                            "content/posts/page.html", "{\n  \"title\": \"JSON\",\n  \"date\": \"2020-01-01\"\n}\n<p>Hi</p>\n",
                                            NULL);
  g_autoptr(BylinePostIndex) index = load_index (root, BYLINE_POST_INDEX_FLAGS_NONE);
  g_autoptr(BylinePostIndex) with_drafts = load_index (root, BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 2);
  assert_entry (index, 0, "content/posts/bundle/index.md", "Bundle", "2021-01-01T00:00:00Z", "", "", FALSE);
  assert_entry (index, 1, "content/posts/page.html", "JSON", "2020-01-01T00:00:00Z", "", "", FALSE);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (with_drafts)), ==, 3);
  assert_entry (with_drafts, 0, "content/posts/wip.md", "WIP", NULL, "", "", TRUE);
}

static void
test_long_front_matter (void)
{
  g_autoptr(GString) text = g_string_new ("---\n");
  g_autofree char *root = NULL;
  g_autoptr(BylinePostIndex) index = NULL;

  /* The title comes after 20 KB of front matter, and a character straddles
   * the first 4 KB. */
  g_string_append (text, "summary: \"");
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "长");
  g_string_append (text, "\"\ntitle: Late title\n---\nBody\n");
  root = site_fixture_new ("_config.yml", "title: Blog\n",
                           "source/_posts/long.md", text->str,
                           NULL);
  index = load_index (root, BYLINE_POST_INDEX_FLAGS_NONE);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 1);
  g_assert_cmpstr (byline_post_entry_get_title (entry_at (index, 0)), ==, "Late title");
}

static void
test_links_not_followed (void)
{
  g_autofree char *outside = site_fixture_new ("secret/post.md", "---\ntitle: Secret\n---\n", NULL);
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n", "source/_posts", NULL, NULL);
  g_autofree char *target = g_build_filename (outside, "secret", NULL);
  g_autofree char *link = g_build_filename (root, "source/_posts/elsewhere", NULL);
  g_autoptr(BylinePostIndex) index = NULL;

  g_assert_cmpint (symlink (target, link), ==, 0);
  index = load_index (root, BYLINE_POST_INDEX_FLAGS_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 0);
}

static void
test_entry_to_node (void)
{
  g_autofree char *root = make_hexo_site ();
  g_autoptr(BylinePostIndex) index = load_index (root, BYLINE_POST_INDEX_FLAGS_NONE);
  g_autoptr(BylineNode) node = byline_post_entry_to_node (entry_at (index, 2));
  g_autofree char *json = byline_node_to_json (node, FALSE);

  g_assert_nonnull (strstr (json, "\"title\":\"Older\""));
  g_assert_nonnull (strstr (json, "\"categories\":[\"Notes\"]"));
  g_assert_nonnull (strstr (json, "\"path\":\"source/_posts/2020/older.md\""));
  g_assert_nonnull (strstr (json, "\"date\":\"2020-01-01T08:00:00+08:00\""));
  g_assert_nonnull (strstr (json, "\"draft\":false"));
}

typedef struct {
  guint     n_changes;
  guint     first_batch;
  gboolean  done;
} Streaming;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Streaming  *streaming)
{
  guint n = g_list_model_get_n_items (model);

  if (streaming->n_changes++ == 0)
    streaming->first_batch = n;

  /* The list is newest first after every batch. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(BylinePostEntry) a = g_list_model_get_item (model, i - 1);
      g_autoptr(BylinePostEntry) b = g_list_model_get_item (model, i);

      g_assert_cmpint (byline_post_entry_compare (a, b), <, 0);
    }
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Streaming *streaming = user_data;
  g_autoptr(GError) error = NULL;

  byline_post_index_load_finish (BYLINE_POST_INDEX (source), result, &error);
  g_assert_no_error (error);
  streaming->done = TRUE;
}

static void
test_load_async (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n", "source/_posts", NULL, NULL);
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(BylinePostIndex) index = NULL;
  g_autoptr(GArray) tags = NULL;
  Streaming streaming = { 0 };

  /* Posts in an order unlike their dates. */
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("source/_posts/post-%03u.md", i);
      g_autofree char *text = g_strdup_printf ("---\ntitle: Post %u\ndate: 2021-01-01 00:%02u:%02u\ntags: [t%u]\n---\n",
                                               i, (i * 7) % 60, (i * 13) % 60, i % 3);

      site_fixture_write (root, name, text);
    }

  site = site_fixture_load (root);
  index = byline_post_index_new (site);
  g_signal_connect (index, "items-changed", G_CALLBACK (items_changed_cb), &streaming);
  byline_post_index_load_async (index, BYLINE_POST_INDEX_FLAGS_COUNT_TERMS, NULL, loaded_cb, &streaming);
  g_assert_true (byline_post_index_is_loading (index));

  while (!streaming.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (byline_post_index_is_loading (index));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 300);
  /* The first rows came before the rest. */
  g_assert_cmpuint (streaming.first_batch, <, 300);
  tags = byline_post_index_get_tags (index);
  g_assert_cmpuint (tags->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/post-index/hexo", test_hexo_list);
  g_test_add_func ("/post-index/hexo-drafts", test_hexo_list_drafts);
  g_test_add_func ("/post-index/taxonomy", test_taxonomy);
  g_test_add_func ("/post-index/jekyll", test_jekyll_list);
  g_test_add_func ("/post-index/hugo", test_hugo_list);
  g_test_add_func ("/post-index/long-front-matter", test_long_front_matter);
  g_test_add_func ("/post-index/links-not-followed", test_links_not_followed);
  g_test_add_func ("/post-index/to-node", test_entry_to_node);
  g_test_add_func ("/post-index/load-async", test_load_async);

  return g_test_run ();
}
