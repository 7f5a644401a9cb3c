/* test-slug.c: file names from titles, as Hexo and Jekyll make them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-slug.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/slug/hexo/slugize", test_hexo_slugize);
  g_test_add_func ("/slug/hexo/controls", test_hexo_slugize_drops_controls);
  g_test_add_func ("/slug/hexo/diacritics", test_escape_diacritics);
  g_test_add_func ("/slug/jekyll/slugify", test_jekyll_slugify);

  return g_test_run ();
}
