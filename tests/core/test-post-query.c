/* test-post-query.c: finding posts by the words a writer types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-query.h"

static BylinePostEntry *
make_entry (const char         *title,
            const char * const *categories,
            const char * const *tags)
{
  g_autoptr(GRefString) root = g_ref_string_new_intern ("/site");

  return byline_post_entry_new (root, "source/_posts/post.md", title, NULL, NULL,
                                categories, tags, FALSE);
}

static gboolean
finds (const char      *text,
       BylinePostEntry *entry)
{
  g_autoptr(BylinePostQuery) query = byline_post_query_new (text);

  return byline_post_query_matches (query, entry);
}

static void
test_words_anywhere (void)
{
  static const char * const categories[] = { "新媒体", "ZAKER", NULL };
  static const char * const tags[] = { "Trade Fair", "economy", NULL };
  g_autoptr(BylinePostEntry) entry = make_entry ("共享服务贸易发展机遇 共促世界经济复苏和增长",
                                                 categories, tags);

  g_assert_true (finds ("服务贸易", entry));
  g_assert_true (finds ("zaker", entry));
  g_assert_true (finds ("trade fair", entry));
  /* One word in the title, one in a category, one in a tag, any order. */
  g_assert_true (finds ("economy 新媒体 机遇", entry));
  /* Every word must be somewhere. */
  g_assert_false (finds ("机遇 sports", entry));
  g_assert_false (finds ("体育", entry));
  /* A word does not run from one field into the next. */
  g_assert_false (finds ("体zak", entry));
}

static void
test_folding (void)
{
  static const char * const tags[] = { "ＧＮＯＭＥ", NULL };
  g_autoptr(BylinePostEntry) entry = make_entry ("Straße Notes", NULL, tags);

  /* Case, full-width letters and the ideographic space fold away. */
  g_assert_true (finds ("STRASSE", entry));
  g_assert_true (finds ("gnome", entry));
  g_assert_true (finds ("Ｎｏｔｅｓ　straße", entry));
}

static void
test_empty (void)
{
  g_autoptr(BylinePostEntry) entry = make_entry ("Anything", NULL, NULL);
  g_autoptr(BylinePostQuery) blank = byline_post_query_new (" \t　");

  g_assert_true (byline_post_query_is_empty (blank));
  g_assert_true (byline_post_query_matches (blank, entry));
  g_assert_true (finds ("", entry));
}

static void
test_implies (void)
{
  g_autoptr(BylinePostQuery) wide = byline_post_query_new ("tra");
  g_autoptr(BylinePostQuery) narrow = byline_post_query_new ("trade fa");
  g_autoptr(BylinePostQuery) other = byline_post_query_new ("news");
  g_autoptr(BylinePostQuery) empty = byline_post_query_new ("");

  /* Typing more narrows what was found. */
  g_assert_true (byline_post_query_implies (narrow, wide));
  g_assert_false (byline_post_query_implies (wide, narrow));
  g_assert_false (byline_post_query_implies (other, wide));
  g_assert_true (byline_post_query_implies (wide, empty));
  g_assert_false (byline_post_query_implies (empty, wide));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/post-query/words-anywhere", test_words_anywhere);
  g_test_add_func ("/post-query/folding", test_folding);
  g_test_add_func ("/post-query/empty", test_empty);
  g_test_add_func ("/post-query/implies", test_implies);

  return g_test_run ();
}
