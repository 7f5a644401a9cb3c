/* test-cli.c: byline-cli as a script runs it: fm, roundtrip, check and the
 * command line itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cli-run.h"
#include "fixtures.h"

static void
test_fm_sample (void)
{
  g_autofree char *path = fixture_path ("000_5003afbe905b0950.md");
  g_auto(CliRun) run = { 0 };

  RUN (&run, "fm", path);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "{\n"
                   "  \"title\": \"共享服务贸易发展机遇 共促世界经济复苏和增长\",\n"
                   "  \"categories\": [\n"
                   "    \"新媒体\",\n"
                   "    \"ZAKER\",\n"
                   "    \"source\"\n"
                   "  ],\n"
                   "  \"headimg\": \"https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/6131681c8e9f09557e317974_1024.jpg\",\n"
                   "  \"author\": \"ZAKER\",\n"
                   "  \"comments\": false,\n"
                   "  \"date\": \"Thu, 02 Sep 2021 16:11:00 GMT\",\n"
                   "  \"thumbnail\": \"https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/6131681c8e9f09557e317974_1024.jpg\"\n"
                   "}\n");
}

static void
test_fm_timestamps (void)
{
  g_autofree char *path = fixture_path ("yaml-dates-iso.md");
  g_auto(CliRun) run = { 0 };

  RUN (&run, "fm", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"updated\": \"2021-09-02T16:11:00Z\""));
  g_assert_nonnull (strstr (run.out, "\"published\": \"2021-09-02T16:11:00+08:00\""));
}

static void
test_fm_raw (void)
{
  g_autofree char *path = fixture_path ("yaml-comments.md");
  g_autofree char *contents = cli_read_file (path, NULL);
  g_auto(CliRun) run = { 0 };

  RUN (&run, "fm", "--raw", path);
  g_assert_cmpint (run.status, ==, 0);
  /* The text between the markers, comments and all. */
  g_assert_true (g_str_has_prefix (contents, "---\n"));
  g_assert_true (g_str_has_prefix (contents + 4, run.out));
  g_assert_true (g_str_has_suffix (run.out, "# just before the closing marker\n"));
}

static void
test_fm_without_front_matter (void)
{
  g_autofree char *path = fixture_path ("no-front-matter.md");
  g_autofree char *empty = fixture_path ("yaml-empty-front-matter.md");
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) empty_run = { 0 };

  RUN (&run, "fm", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "{}\n");

  RUN (&empty_run, "fm", empty);
  g_assert_cmpint (empty_run.status, ==, 0);
  g_assert_cmpstr (empty_run.out, ==, "{}\n");
}

static void
test_fm_broken (void)
{
  g_autofree char *path = fixture_path ("broken/unclosed-flow-list.md");
  g_autofree char *prefix = g_strconcat (path, ":", NULL);
  g_auto(CliRun) run = { 0 };

  RUN (&run, "fm", path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, prefix));
  cli_assert_located_error (run.err);
}

static void
assert_round_trip (const char *path,
                   gboolean    is_broken)
{
  g_auto(CliRun) run = { 0 };
  g_autofree char *contents = NULL;
  gsize length;

  g_test_message ("%s", path);
  RUN (&run, "roundtrip", path);
  contents = cli_read_file (path, &length);

  if (run.out_length == 0 && length > 0)
    {
      /* Only bytes that are not text are refused, with their place. */
      g_assert_true (is_broken);
      g_assert_cmpint (run.status, ==, 1);
      cli_assert_located_error (run.err);
      return;
    }

  g_assert_cmpmem (run.out, run.out_length, contents, length);

  /* Duplicate keys are valid YAML syntax; only check reports them. */
  if (is_broken && !g_str_has_suffix (path, "/duplicate-keys.md"))
    {
      g_assert_cmpint (run.status, ==, 1);
      cli_assert_located_error (run.err);
    }
  else
    {
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
    }
}

static void
test_roundtrip (void)
{
  g_auto(GStrv) good = fixture_list (NULL);
  g_auto(GStrv) broken = fixture_list ("broken");

  for (guint i = 0; good[i] != NULL; i++)
    assert_round_trip (good[i], FALSE);
  for (guint i = 0; broken[i] != NULL; i++)
    assert_round_trip (broken[i], TRUE);
}

static void
test_check_good (void)
{
  g_autofree char *hexo = fixture_path ("yaml-hexo-post.md");
  g_autofree char *toml = fixture_path ("toml-basic.md");
  g_autofree char *crlf = fixture_path ("yaml-crlf.md");
  g_auto(CliRun) run = { 0 };

  RUN (&run, "check", hexo, toml, crlf);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_check_sample (void)
{
  g_autofree char *path = fixture_path ("000_5003afbe905b0950.md");
  g_autofree char *expected = g_strconcat (path, ":1:1: warning: A blank line comes before the opening “---”; Jekyll will not see the front matter\n", NULL);
  g_auto(CliRun) run = { 0 };

  RUN (&run, "check", path);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_check_lint_fixtures (void)
{
  g_autofree char *no_title = fixture_path ("lint-no-title.md");
  g_autofree char *no_date = fixture_path ("lint-no-date.md");
  g_autofree char *bad_date = fixture_path ("lint-bad-date.md");
  g_autofree char *expected = NULL;
  g_auto(CliRun) run = { 0 };

  expected = g_strconcat (no_title, ":1:1: warning: The post has no title; sites will show its file name instead\n",
                          no_date, ":1:1: warning: The post has no date; Hexo uses the file’s time and Jekyll the date in its name\n",
                          bad_date, ":3:7: error: “next Tuesday” is not a date that Hexo, Jekyll and Hugo all read\n",
                          NULL);

  RUN (&run, "check", no_title, no_date, bad_date);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_check_broken_folder (void)
{
  g_autofree char *folder = fixture_path ("broken");
  g_auto(GStrv) posts = fixture_list ("broken");
  g_auto(GStrv) lines = NULL;
  g_auto(CliRun) run = { 0 };

  RUN (&run, "check", folder);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 1);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");
  for (guint i = 0; lines[i + 1] != NULL; i++)
    g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: (error|warning): .+$", lines[i], 0, 0));

  /* Every broken post has an error. */
  for (guint i = 0; posts[i] != NULL; i++)
    {
      g_autofree char *pattern = g_strdup_printf ("^%s:[0-9]+:[0-9]+: error: ", posts[i]);

      g_test_message ("%s", posts[i]);
      g_assert_true (g_regex_match_simple (pattern, run.out, G_REGEX_MULTILINE, 0));
    }
}

static void
write_file (const char *folder,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_check_folder (void)
{
  g_autofree char *site = g_build_filename (g_get_tmp_dir (), "site", NULL);
  g_autofree char *expected = NULL;
  g_auto(CliRun) run = { 0 };
  const char *untitled = "---\ndate: 2021-09-02\n---\n";

  /* Posts in subfolders are checked in name order; other files, hidden
   * folders and node_modules are not posts. */
  write_file (site, "source/_posts/b.md", untitled);
  write_file (site, "source/_posts/a.markdown", untitled);
  write_file (site, "source/about/index.html", untitled);
  write_file (site, "source/_posts/notes.txt", untitled);
  write_file (site, ".deploy_git/old.md", untitled);
  write_file (site, "node_modules/hexo/README.md", untitled);

  expected = g_strdup_printf ("%1$s/source/_posts/a.markdown:1:1: warning: The post has no title; sites will show its file name instead\n"
                              "%1$s/source/_posts/b.md:1:1: warning: The post has no title; sites will show its file name instead\n"
                              "%1$s/source/about/index.html:1:1: warning: The post has no title; sites will show its file name instead\n",
                              site);

  RUN (&run, "check", site);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_check_missing_path (void)
{
  g_autofree char *good = fixture_path ("yaml-hexo-post.md");
  g_autofree char *missing = fixture_path ("no-such-post.md");
  g_auto(CliRun) run = { 0 };

  /* An unreadable path wins over the posts that are fine. */
  RUN (&run, "check", good, missing);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, missing));
}

static void
assert_usage_error (const char * const *args)
{
  g_auto(CliRun) run = { 0 };

  cli_run (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, !=, "");
}

static void
test_usage_errors (void)
{
  g_autofree char *path = fixture_path ("yaml-hexo-post.md");
  g_autofree char *missing = fixture_path ("no-such-post.md");

  assert_usage_error ((const char *[]) { NULL });
  assert_usage_error ((const char *[]) { "frobnicate", NULL });
  assert_usage_error ((const char *[]) { "--frobnicate", NULL });
  assert_usage_error ((const char *[]) { "fm", NULL });
  assert_usage_error ((const char *[]) { "fm", path, path, NULL });
  assert_usage_error ((const char *[]) { "fm", "--frobnicate", path, NULL });
  assert_usage_error ((const char *[]) { "fm", missing, NULL });
  assert_usage_error ((const char *[]) { "roundtrip", NULL });
  assert_usage_error ((const char *[]) { "roundtrip", missing, NULL });
  assert_usage_error ((const char *[]) { "set", path, "title", NULL });
  assert_usage_error ((const char *[]) { "set", missing, "title", "x", NULL });
  assert_usage_error ((const char *[]) { "check", NULL });
}

static void
test_help (void)
{
  const char *commands[] = { "fm", "roundtrip", "set", "check" };
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) version = { 0 };

  RUN (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  byline-cli [OPTION…] COMMAND [ARGUMENT…]\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %-12s", commands[i]);
      g_autofree char *usage = g_strdup_printf ("Usage:\n  byline-cli %s [OPTION…] ", commands[i]);
      g_auto(CliRun) help = { 0 };

      g_assert_nonnull (strstr (run.out, listed));

      RUN (&help, commands[i], "--help");
      g_assert_cmpint (help.status, ==, 0);
      g_assert_true (g_str_has_prefix (help.out, usage));
    }

  RUN (&version, "--version");
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init (&argc, &argv);

  g_test_add_func ("/cli/fm/sample", test_fm_sample);
  g_test_add_func ("/cli/fm/timestamps", test_fm_timestamps);
  g_test_add_func ("/cli/fm/raw", test_fm_raw);
  g_test_add_func ("/cli/fm/without-front-matter", test_fm_without_front_matter);
  g_test_add_func ("/cli/fm/broken", test_fm_broken);
  g_test_add_func ("/cli/roundtrip", test_roundtrip);
  g_test_add_func ("/cli/check/good", test_check_good);
  g_test_add_func ("/cli/check/sample", test_check_sample);
  g_test_add_func ("/cli/check/lint", test_check_lint_fixtures);
  g_test_add_func ("/cli/check/broken-folder", test_check_broken_folder);
  g_test_add_func ("/cli/check/folder", test_check_folder);
  g_test_add_func ("/cli/check/missing-path", test_check_missing_path);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/help", test_help);

  return g_test_run ();
}
