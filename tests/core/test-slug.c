/* test-slug.c: file names from titles, as Hexo and Jekyll make them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-naming.h"
#include "byline-slug.h"
#include "site-fixture.h"

/* Each row was produced by hexo-util 4 (the slugize Hexo 8.1.2 uses) with
 * filename_case 0, 1 and 2. */
static const struct {
  const char *title;
  const char *keep;
  const char *lower;
  const char *upper;
} hexo_cases[] = {
  { "Hello, World: 你好！ Ça va?", "Hello-World-你好！-Ca-va", "hello-world-你好！-ca-va", "HELLO-WORLD-你好！-CA-VA" },
  { "共享服务贸易发展机遇 共促世界经济复苏和增长", "共享服务贸易发展机遇-共促世界经济复苏和增长",
    "共享服务贸易发展机遇-共促世界经济复苏和增长", "共享服务贸易发展机遇-共促世界经济复苏和增长" },
  { "Crème Brûlée", "Creme-Brulee", "creme-brulee", "CREME-BRULEE" },
  { "Ærøskøbing", "AEroskobing", "aeroskobing", "AEROSKOBING" },
  { "Łódź Straße", "Lodz-Strase", "lodz-strase", "LODZ-STRASE" },
  { "ＨＥＬＬＯ ｗｏｒｌｄ", "HELLO-world", "hello-world", "HELLO-WORLD" },
  { "ⓐⓑⓒ", "abc", "abc", "ABC" },
  { "Война и мир", "Война-и-мир", "война-и-мир", "ВОЙНА-И-МИР" },
  { "ﬁne", "ﬁne", "ﬁne", "FINE" },
  { "  --a__b..c--  ", "a-b-c", "a-b-c", "A-B-C" },
  { "a\u3000b", "a-b", "a-b", "A-B" },
  { "tab\tnew\nline", "tabnewline", "tabnewline", "TABNEWLINE" },
  { "../../etc/passwd", "etc-passwd", "etc-passwd", "ETC-PASSWD" },
  { "/abs/path", "abs-path", "abs-path", "ABS-PATH" },
  { "DŽungla ǅ", "DZungla-Dz", "dzungla-dz", "DZUNGLA-DZ" },
  { "日本語のタイトル「テスト」", "日本語のタイトル「テスト」", "日本語のタイトル「テスト」", "日本語のタイトル「テスト」" },
  { "100% C++ & C#", "100-C-C", "100-c-c", "100-C-C" },
  { "🎉 Party 🎉", "🎉-Party-🎉", "🎉-party-🎉", "🎉-PARTY-🎉" },
  { "naïve café", "naive-cafe", "naive-cafe", "NAIVE-CAFE" },
  { "Ǣ ǽ Ǿ ſ ẞ", "AE-ae-O-l-S", "ae-ae-o-l-s", "AE-AE-O-L-S" },
  /* Hexo folds the small hwair but not the capital, and lowers the case
   * after it folds: a slug is not always its own slug (found by
   * fuzz-naming, checked against Hexo 8.1.2). */
  { "!Ƕ", "Ƕ", "ƕ", "Ƕ" },
  { "ƕ", "hv", "hv", "HV" },
};

static void
test_hexo_slugize (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hexo_cases); i++)
    {
      g_autofree char *keep = byline_slugize_hexo (hexo_cases[i].title, BYLINE_FILENAME_CASE_KEEP);
      g_autofree char *lower = byline_slugize_hexo (hexo_cases[i].title, BYLINE_FILENAME_CASE_LOWER);
      g_autofree char *upper = byline_slugize_hexo (hexo_cases[i].title, BYLINE_FILENAME_CASE_UPPER);

      g_assert_cmpstr (keep, ==, hexo_cases[i].keep);
      g_assert_cmpstr (lower, ==, hexo_cases[i].lower);
      g_assert_cmpstr (upper, ==, hexo_cases[i].upper);
    }
}

static void
test_hexo_slugize_drops_controls (void)
{
  /* Hexo keeps DEL and the C1 controls; a file name should not. */
  g_autofree char *slug = byline_slugize_hexo ("a\x7f" "b\xc2\x85" "c", BYLINE_FILENAME_CASE_KEEP);

  g_assert_cmpstr (slug, ==, "abc");
}

static void
test_escape_diacritics (void)
{
  g_autofree char *escaped = byline_escape_diacritics ("Ça, Ørsted, Đà Nẵng, ǅ, 你好, й");

  /* Cyrillic й has a breve too, but Hexo only escapes Latin letters. */
  g_assert_cmpstr (escaped, ==, "Ca, Orsted, Da Nang, Dz, 你好, й");
}

static void
test_jekyll_slugify (void)
{
  static const struct {
    const char *title;
    const char *slug;
  } cases[] = {
    { "Hello, World: 你好！ Ça va?", "hello-world-你好-ça-va" },
    { "共享服务贸易发展机遇 共促世界经济复苏和增长", "共享服务贸易发展机遇-共促世界经济复苏和增长" },
    { "Release 2.0_final", "release-2-0-final" },
    { "../../etc/passwd", "etc-passwd" },
    { "«Ünïcödé» – ÉTÉ", "ünïcödé-été" },
    { "!!!", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = byline_slugize (cases[i].title);

      g_assert_cmpstr (slug, ==, cases[i].slug);
    }
}

static char *
post_path (BylineSite *site,
           const char *title,
           gboolean    is_draft)
{
  g_autoptr(GDateTime) date = site_fixture_date ("2021-09-02T23:30:00Z");
  g_autofree char *slug = byline_naming_slug (site, title);

  return byline_naming_post_path (site, slug, date, "新媒体", is_draft, ".md");
}

static void
test_hexo_post_path (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml",
                                            "timezone: Asia/Shanghai\n"
                                            "new_post_name: :year/:month/:day/:i_month-:i_day-:title-:hash.md\n",
                                            "source", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *post = post_path (site, "Hello World", FALSE);
  g_autofree char *draft = post_path (site, "Hello World", TRUE);

  /* 23:30 UTC is the next morning in China; the hash is what Hexo 8.1.2
   * computes for this slug and date. */
  g_assert_cmpstr (post, ==, "2021/09/03/9-3-Hello-World-18f68476d006.md");
  g_assert_cmpstr (draft, ==, "Hello-World.md");
}

static void
test_hexo_post_path_placeholders (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml",
                                            "timezone: UTC\n"
                                            "filename_case: 2\n"
                                            "new_post_name: :category/:hour:minute:second_:title_:unknown\n",
                                            "source", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *post = post_path (site, "Ça va", FALSE);

  /* No extension in the pattern: Hexo adds `.md`. A placeholder never ends
   * in `_`, and one Hexo does not know is left empty. */
  g_assert_cmpstr (post, ==, "新媒体/233000_CA-VA_.md");
}

static void
test_hexo_category_without_letters (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml",
                                            "timezone: UTC\n"
                                            "default_category: 新闻\n"
                                            "new_post_name: :category/:title.md\n",
                                            "source", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GDateTime) date = site_fixture_date ("2021-09-02T23:30:00Z");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = byline_naming_post_path (site, "Hello", date, "!!!", FALSE, ".md");

  /* A category of punctuation alone names no folder: the default
   * category does, as for a post without one. Found by fuzz-naming. */
  g_assert_cmpstr (path, ==, "新闻/Hello.md");
  file = byline_naming_confine (site, BYLINE_SITE_FOLDER_POSTS, path, &error);
  g_assert_no_error (error);
}

static void
test_jekyll_post_path (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\n",
                                            "_posts", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *post = post_path (site, "共享服务 Trade: 2021", FALSE);
  g_autofree char *draft = post_path (site, "共享服务 Trade: 2021", TRUE);

  /* The day of the site's time zone, not UTC's. */
  g_assert_cmpstr (post, ==, "2021-09-03-共享服务-trade-2021.md");
  g_assert_cmpstr (draft, ==, "共享服务-trade-2021.md");
}

static void
test_hugo_post_path (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "title: Notes\n", NULL);
  g_autofree char *bundles_root = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                                    "content/posts/one/index.md", "---\n---\n",
                                                    NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylineSite) bundles_site = site_fixture_load (bundles_root);
  g_autofree char *post = post_path (site, "Hello, World", FALSE);
  g_autofree char *bundle = post_path (bundles_site, "Hello, World", FALSE);

  g_assert_cmpstr (post, ==, "hello-world.md");
  g_assert_cmpstr (bundle, ==, "hello-world/index.md");
}

static void
test_slug_limits (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n", "source", NULL, NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree char *empty = byline_naming_slug (site, "!!! ???");
  g_autofree char *slug = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append (long_title, i % 7 == 0 ? "长 " : "长");
  slug = byline_naming_slug (site, long_title->str);

  g_assert_cmpstr (empty, ==, "untitled");
  g_assert_cmpuint (strlen (slug), <=, 200);
  g_assert_true (g_utf8_validate (slug, -1, NULL));
  g_assert_false (g_str_has_suffix (slug, "-"));
}

static void
assert_refused (BylineSite *site,
                const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = byline_naming_confine (site, BYLINE_SITE_FOLDER_POSTS, relative, &error);

  g_test_message ("%s", relative);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE);
  g_assert_null (file);
}

static void
test_confine_names (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n", "source/_posts", NULL, NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GFile) nested = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_build_filename (root, "source/_posts/2021/09/a.md", NULL);
  g_autofree char *path = NULL;

  g_string_append_printf (long_name, "%0300d.md", 1);
  assert_refused (site, "../../../etc/passwd");
  assert_refused (site, "/etc/passwd");
  assert_refused (site, "2021/../../x.md");
  assert_refused (site, "./x.md");
  assert_refused (site, "a//b.md");
  assert_refused (site, "");
  assert_refused (site, long_name->str);

  nested = byline_naming_confine (site, BYLINE_SITE_FOLDER_POSTS, "2021/09/a.md", &error);
  g_assert_no_error (error);
  path = g_file_get_path (nested);
  g_assert_cmpstr (path, ==, expected);
}

static void
test_confine_symlinks (void)
{
  g_autofree char *outside = site_fixture_new ("secret.md", "keep out\n", "dir", NULL, NULL);
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n",
                                            "source/_posts/real/inside.md", "---\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GFile) inside = NULL;
  g_autoptr(GError) error = NULL;
  struct {
    const char *link;
    const char *target;
  } links[] = {
    { "source/_posts/escape", "dir" },
    { "source/_posts/secret.md", "secret.md" },
    { "source/_posts/dangling.md", "nowhere.md" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *link = g_build_filename (root, links[i].link, NULL);
      g_autofree char *target = g_build_filename (outside, links[i].target, NULL);

      g_assert_cmpint (symlink (target, link), ==, 0);
    }

  {
    g_autofree char *link = g_build_filename (root, "source/_posts/alias", NULL);

    g_assert_cmpint (symlink ("real", link), ==, 0);
  }

  assert_refused (site, "escape/new.md");
  assert_refused (site, "secret.md");
  assert_refused (site, "dangling.md");

  /* A link that stays inside the posts folder is fine. */
  inside = byline_naming_confine (site, BYLINE_SITE_FOLDER_POSTS, "alias/new.md", &error);
  g_assert_no_error (error);
  g_assert_nonnull (inside);
}

static void
assert_next_free (BylineSite *site,
                  const char *root,
                  const char *wanted_name,
                  const char *free_name)
{
  g_autofree char *wanted_path = g_build_filename (root, wanted_name, NULL);
  g_autofree char *expected = g_build_filename (root, free_name, NULL);
  g_autoptr(GFile) wanted = g_file_new_for_path (wanted_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) free_file = byline_naming_next_free (site, wanted, &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_file_get_path (free_file);
  g_assert_cmpstr (path, ==, expected);
}

static void
test_next_free (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n",
                                            "source/_posts/Hello.md", "1",
                                            "source/_posts/Hello-1.md", "2",
                                            "source/_posts/Fresh.md", NULL,
                                            "source/_posts/index.md", "3",
                                            NULL);
  g_autofree char *bundles_root = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                                    "content/posts/hello/index.md", "4",
                                                    NULL);
  g_autofree char *dangling = g_build_filename (root, "source/_posts/Link.md", NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylineSite) bundles_site = site_fixture_load (bundles_root);

  g_assert_cmpint (symlink ("/nonexistent/file", dangling), ==, 0);

  assert_next_free (site, root, "source/_posts/Hello.md", "source/_posts/Hello-2.md");
  assert_next_free (site, root, "source/_posts/New.md", "source/_posts/New.md");
  assert_next_free (site, root, "source/_posts/Link.md", "source/_posts/Link-1.md");
  assert_next_free (site, root, "source/_posts/Fresh.md", "source/_posts/Fresh-1.md");
  assert_next_free (bundles_site, bundles_root, "content/posts/hello/index.md", "content/posts/hello-1/index.md");

  /* Outside page bundles, a post named index is a file like any other: its
   * alternative stays in the posts folder. Found by fuzz-naming. */
  assert_next_free (site, root, "source/_posts/index.md", "source/_posts/index-1.md");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/slug/hexo/slugize", test_hexo_slugize);
  g_test_add_func ("/slug/hexo/controls", test_hexo_slugize_drops_controls);
  g_test_add_func ("/slug/hexo/diacritics", test_escape_diacritics);
  g_test_add_func ("/slug/jekyll/slugify", test_jekyll_slugify);
  g_test_add_func ("/naming/hexo/post-path", test_hexo_post_path);
  g_test_add_func ("/naming/hexo/placeholders", test_hexo_post_path_placeholders);
  g_test_add_func ("/naming/hexo/category-without-letters", test_hexo_category_without_letters);
  g_test_add_func ("/naming/jekyll/post-path", test_jekyll_post_path);
  g_test_add_func ("/naming/hugo/post-path", test_hugo_post_path);
  g_test_add_func ("/naming/slug-limits", test_slug_limits);
  g_test_add_func ("/naming/confine/names", test_confine_names);
  g_test_add_func ("/naming/confine/symlinks", test_confine_symlinks);
  g_test_add_func ("/naming/next-free", test_next_free);

  return g_test_run ();
}
