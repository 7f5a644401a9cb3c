/* bench-yaml.c: how long reading front matter takes, and how much memory
 *
 * Each measure runs in a child process of its own, so that its peak
 * resident size is its own. Run with `meson test -C build --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "byline-front-matter.h"
#include "byline-post.h"
#include "byline-syntax.h"

#define N_KEYS 10000
#define POST_SIZE (10 * 1024 * 1024)
#define ROUNDS 20
#define SPLIT_ROUNDS 3

static char *
make_front_matter (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < N_KEYS; i++)
    switch (i % 4)
      {
      case 0:
        g_string_append_printf (text, "key%u: 'quoted value %u'\n", i, i);
        break;
      case 1:
        g_string_append_printf (text, "key%u: %u\n", i, i);
        break;
      case 2:
        g_string_append_printf (text, "key%u:\n  - 新媒体\n  - item %u\n", i, i);
        break;
      default:
        g_string_append_printf (text, "key%u: 2021-09-02 16:11:00 +08:00 # when\n", i);
        break;
      }

  return g_string_free (text, FALSE);
}

static char *
make_post (void)
{
  GString *post = g_string_new ("---\ntitle: '共享服务贸易发展机遇'\ncategories:\n - 新媒体\n - ZAKER\n"
                                "date: Thu, 02 Sep 2021 16:11:00 GMT\n---\n");

  while (post->len < POST_SIZE)
    g_string_append (post, "<p>金秋是收获的时节。9 月 2 日，2021 年中国国际服务贸易交易会全球服务贸易峰会如约而至。"
                           "<img src=\"https://example.com/a.jpg\"></p>\n");

  return g_string_free (post, FALSE);
}

static long
peak_kilobytes (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
measure_parse (void)
{
  g_autofree char *text = make_front_matter ();
  long before = peak_kilobytes ();
  g_autoptr(GTimer) timer = g_timer_new ();

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(BylineNode) root = byline_yaml_syntax.parse (text, NULL);

      g_assert_cmpuint (byline_node_get_n_children (root), ==, N_KEYS);
    }

  g_print ("parse %u-key front matter (%.0f KB): %.2f ms, peak %+ld KB resident\n",
           N_KEYS, strlen (text) / 1024.0, 1000 * g_timer_elapsed (timer, NULL) / ROUNDS,
           peak_kilobytes () - before);
}

static void
measure_edit (void)
{
  g_autofree char *text = make_front_matter ();
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, text);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autofree char *value = g_strdup_printf ("edited %u", i);

      byline_front_matter_set_string (front_matter, "key5000", value, &error);
      g_assert_no_error (error);
    }

  g_print ("set a value in the %u-key front matter (parse and check included): %.2f ms\n",
           N_KEYS, 1000 * g_timer_elapsed (timer, NULL) / ROUNDS);
}

static void
measure_split (void)
{
  g_autofree char *data = make_post ();
  gsize length = strlen (data);
  long before = peak_kilobytes ();
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < SPLIT_ROUNDS; i++)
    {
      g_autoptr(BylinePost) post = byline_post_new_from_data (data, length, &error);

      g_assert_no_error (error);
      g_assert_nonnull (byline_front_matter_get_root (byline_post_get_front_matter (post)));
    }

  g_print ("split a %.0f MB post: %.2f ms, peak %+ld KB resident (the post is %zu KB)\n",
           length / (1024.0 * 1024.0), 1000 * g_timer_elapsed (timer, NULL) / SPLIT_ROUNDS,
           peak_kilobytes () - before, length / 1024);
}

static void
run_apart (void (*measure) (void))
{
  pid_t child = fork ();
  int status = 0;

  if (child == 0)
    {
      measure ();
      fflush (stdout);
      _exit (0);
    }

  g_assert_cmpint (child, >, 0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

int
main (int   argc,
      char *argv[])
{
  run_apart (measure_parse);
  run_apart (measure_edit);
  run_apart (measure_split);

  return 0;
}
