/* bench-post-index.c: how long listing a large site takes
 *
 * Run: bench-post-index [N] [FOLDER]. Makes a Hexo site of N posts (10,000
 * by default) in FOLDER (a new temporary folder by default; an existing
 * site there is reused), then lists it as `byline-cli list` does, cold
 * and warm, and prints the times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "byline-post-index.h"

static const char sample_body[] =
  "<div><p>金秋是收获的时节。9 月 2 日，2021 年中国国际服务贸易交易会全球服务贸易峰会如约而至。</p>"
  "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p></div>\n";

static void
make_site (const char *root,
           guint       n_posts)
{
  g_autofree char *config = g_build_filename (root, "_config.yml", NULL);
  g_autofree char *posts = g_build_filename (root, "source", "_posts", NULL);
  g_autoptr(GString) body = g_string_new (NULL);

  if (g_file_test (config, G_FILE_TEST_EXISTS))
    return;

  /* A post of some 6 KB, the size of a scraped news post. */
  while (body->len < 6000)
    g_string_append (body, sample_body);

  g_mkdir_with_parents (posts, 0755);
  for (guint i = 0; i < n_posts; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/post-%06u.md", posts, i);
      g_autofree char *text = g_strdup_printf ("---\n"
                                               "title: '共享服务贸易发展机遇 %u'\n"
                                               "categories:\n - 新媒体\n - ZAKER\n - source%u\n"
                                               "tags: [news, t%u]\n"
                                               "author: ZAKER\n"
                                               "comments: false\n"
                                               "date: Thu, %02u Sep 2021 16:%02u:00 GMT\n"
                                               "---\n%s",
                                               i, i % 50, i % 7, 1 + i % 28, i % 60, body->str);

      g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL);
    }
  g_file_set_contents (config, "title: Bench\ntimezone: Asia/Shanghai\n", -1, NULL);
}

static double
list_site (const char *root,
           guint      *n_listed)
{
  g_autoptr(GFile) file = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSite) site = byline_site_load (file, NULL, &error);
  g_autoptr(BylinePostIndex) index = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  g_assert_no_error (error);
  index = byline_post_index_new (site);
  byline_post_index_load (index, BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS, NULL, &error);
  g_assert_no_error (error);

  *n_listed = g_list_model_get_n_items (G_LIST_MODEL (index));
  return g_timer_elapsed (timer, NULL);
}

/* Reading the first 4 KB of every post, the floor the index aims at. */
static double
read_heads (const char *root)
{
  g_autofree char *posts = g_build_filename (root, "source", "_posts", NULL);
  g_autoptr(GDir) dir = g_dir_open (posts, 0, NULL);
  g_autoptr(GTimer) timer = g_timer_new ();
  const char *name;
  char buffer[4096];

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (posts, name, NULL);
      int fd = g_open (path, O_RDONLY, 0);

      if (fd >= 0)
        {
          if (read (fd, buffer, sizeof buffer) < 0)
            g_printerr ("%s: %s\n", path, g_strerror (errno));
          g_close (fd, NULL);
        }
    }

  return g_timer_elapsed (timer, NULL);
}

int
main (int   argc,
      char *argv[])
{
  guint n_posts = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autofree char *root = argc > 2 ? g_strdup (argv[2]) : g_dir_make_tmp ("byline-bench-XXXXXX", NULL);
  g_autoptr(GTimer) timer = g_timer_new ();
  double heads, first, second;
  guint n_listed;

  make_site (root, n_posts);
  g_print ("site: %s (%u posts, made in %.2f s)\n", root, n_posts, g_timer_elapsed (timer, NULL));

  heads = read_heads (root);
  first = list_site (root, &n_listed);
  second = list_site (root, &n_listed);

  g_print ("read the first 4 KB of each post: %.3f s\n", heads);
  g_print ("list %u posts: %.3f s, then %.3f s (%.1f µs a post)\n",
           n_listed, first, second, second * 1e6 / MAX (n_listed, 1));
  return 0;
}
