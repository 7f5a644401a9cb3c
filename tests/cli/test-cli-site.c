/* test-cli-site.c: byline-cli new, export, list and publish, as a script
 * runs them on a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-node.h"
#include "cli-run.h"
#include "fixtures.h"

/* A new folder in the test's own isolated data folder. */
static char *
make_folder (const char *prefix)
{
  g_autofree char *template = g_strdup_printf ("%s/%s-XXXXXX", g_get_user_data_dir (), prefix);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0755), ==, 0);
  return g_mkdtemp (g_steal_pointer (&template));
}

static char *
make_site (const char *config_name,
           const char *config)
{
  char *root = make_folder ("site");
  g_autofree char *config_path = g_build_filename (root, config_name, NULL);
  g_autofree char *source = g_build_filename (root, "source", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (config_path, config, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (source, 0755), ==, 0);
  return root;
}

static const char *
last_line (const char *text)
{
  const char *end = text + strlen (text);
  const char *p;

  g_assert_true (end > text && end[-1] == '\n');
  for (p = end - 1; p > text && p[-1] != '\n'; p--)
    ;
  return p;
}

static void
test_new (void)
{
  g_autofree char *root = make_site ("_config.yml", "timezone: Asia/Shanghai\n");
  g_autofree char *expected = g_build_filename (root, "source", "_posts", "Hello-World-你好！.md\n", NULL);
  g_autofree char *draft = g_build_filename (root, "source", "_drafts", "Idea.md\n", NULL);
  g_auto(CliRun) post = { 0 };
  g_auto(CliRun) second = { 0 };

  RUN (&post, "new", "--site", root, "--title", "Hello, World: 你好！");
  g_assert_cmpint (post.status, ==, 0);
  g_assert_cmpstr (post.out, ==, expected);
  g_assert_true (g_file_test (g_strchomp (post.out), G_FILE_TEST_IS_REGULAR));

  RUN (&second, "new", "--site", root, "--title", "Idea", "--draft");
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.out, ==, draft);
}

static void
test_usage_errors (void)
{
  g_autofree char *nowhere = make_folder ("nowhere");
  g_autofree char *hostile = make_site ("_config.yml", "source_dir: ../..\n");
  g_auto(CliRun) no_title = { 0 };
  g_auto(CliRun) no_site = { 0 };
  g_auto(CliRun) not_a_site = { 0 };
  g_auto(CliRun) outside = { 0 };

  RUN (&no_title, "new", "--site", nowhere);
  g_assert_cmpint (no_title.status, ==, 2);
  g_assert_nonnull (strstr (no_title.err, "--title"));

  RUN (&no_site, "list");
  g_assert_cmpint (no_site.status, ==, 2);
  g_assert_nonnull (strstr (no_site.err, "--site"));

  RUN (&not_a_site, "list", "--site", nowhere);
  g_assert_cmpint (not_a_site.status, ==, 2);
  g_assert_nonnull (strstr (not_a_site.err, "is not in a Hexo, Jekyll or Hugo site"));

  RUN (&outside, "new", "--site", hostile, "--title", "Escape");
  g_assert_cmpint (outside.status, ==, 2);
  g_assert_nonnull (strstr (outside.err, "source_dir"));
}

static void
test_export (void)
{
  g_autofree char *root = make_site ("_config.yml", "timezone: Asia/Shanghai\n");
  g_autofree char *sample = fixture_path ("000_5003afbe905b0950.md");
  g_autofree char *target = g_build_filename (root, "source", "_posts",
                                              "共享服务贸易发展机遇-共促世界经济复苏和增长.md", NULL);
  g_autofree char *written = g_strconcat (target, "\n", NULL);
  g_auto(CliRun) dry_run = { 0 };
  g_auto(CliRun) unconfirmed = { 0 };
  g_auto(CliRun) confirmed = { 0 };
  g_auto(CliRun) again = { 0 };

  RUN (&dry_run, "export", sample, "--site", root, "--dry-run");
  g_assert_cmpint (dry_run.status, ==, 0);
  g_assert_nonnull (strstr (dry_run.out, "Export to source/_posts/共享服务贸易发展机遇-共促世界经济复苏和增长.md in the Hexo site"));
  g_assert_nonnull (strstr (dry_run.out, "“2021-09-03 00:11:00”"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  /* Nobody at the terminal to say yes: nothing is written. */
  cli_run (&unconfirmed, "", (const char *[]) { "export", sample, "--site", root, NULL });
  g_assert_cmpint (unconfirmed.status, ==, 1);
  g_assert_nonnull (strstr (unconfirmed.err, "--yes"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  RUN (&confirmed, "export", sample, "--site", root, "--yes");
  g_assert_cmpint (confirmed.status, ==, 0);
  g_assert_cmpstr (last_line (confirmed.out), ==, written);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));

  /* The same post again is the same file, updated. */
  RUN (&again, "export", sample, "--site", root, "--yes");
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "will be updated"));
  g_assert_cmpstr (last_line (again.out), ==, written);
}

static void
test_export_broken (void)
{
  g_autofree char *root = make_site ("_config.yml", "title: News\n");
  g_autofree char *folder = make_folder ("posts");
  g_autofree char *broken = g_build_filename (folder, "broken.md", NULL);
  g_auto(CliRun) result = { 0 };

  g_assert_true (g_file_set_contents (broken, "---\ntitle: [unclosed\n---\n", -1, NULL));
  RUN (&result, "export", broken, "--site", root, "--yes");
  g_assert_cmpint (result.status, ==, 1);
  g_assert_true (g_str_has_prefix (result.err, broken));
  g_assert_cmpstr (result.out, ==, "");
}

static void
write_post (const char *root,
            const char *relative,
            const char *text)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_list (void)
{
  g_autofree char *root = make_site ("_config.yml", "timezone: UTC\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) list = NULL;
  g_auto(CliRun) text = { 0 };
  g_auto(CliRun) json = { 0 };
  g_auto(CliRun) with_drafts = { 0 };

  write_post (root, "source/_posts/old.md", "---\ntitle: Old\ndate: 2020-01-01 10:00:00\ncategories: [News]\ntags: [a, b]\n---\n");
  write_post (root, "source/_posts/new.md", "---\ntitle: New\ndate: 2021-06-01 10:00:00\n---\n");
  write_post (root, "source/_drafts/wip.md", "---\ntitle: WIP\ndate: 2022-01-01 10:00:00\n---\n");

  RUN (&text, "list", "--site", root);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpstr (text.out, ==,
                   "2021-06-01 10:00\tNew\t\t\tsource/_posts/new.md\n"
                   "2020-01-01 10:00\tOld\tNews\ta, b\tsource/_posts/old.md\n");

  RUN (&json, "list", "--site", root, "--json");
  g_assert_cmpint (json.status, ==, 0);
  list = byline_node_parse_json (json.out, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_node_get_n_children (list), ==, 2);
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (byline_node_get_child (list, 1), "date")),
                   ==, "2020-01-01T10:00:00Z");

  RUN (&with_drafts, "list", "--site", root, "--drafts");
  g_assert_true (g_str_has_prefix (with_drafts.out, "2022-01-01 10:00\tWIP\t\t\tsource/_drafts/wip.md\tdraft\n"));
}

static void
test_publish (void)
{
  g_autofree char *root = make_site ("_config.yml", "new_post_name: :year-:title.md\n");
  g_autofree char *draft = g_build_filename (root, "source", "_drafts", "idea.md", NULL);
  g_auto(CliRun) result = { 0 };
  g_auto(CliRun) again = { 0 };
  g_autofree char *year = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = NULL;

  write_post (root, "source/_drafts/idea.md", "---\nlayout: draft\ntitle: Idea\n---\nText\n");
  RUN (&result, "publish", draft, "--site", root);
  g_assert_cmpint (result.status, ==, 0);
  year = g_date_time_format (now, "%Y");
  expected = g_strdup_printf ("%s/source/_posts/%s-idea.md\n", root, year);
  g_assert_cmpstr (result.out, ==, expected);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  RUN (&again, "publish", draft, "--site", root);
  g_assert_cmpint (again.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init (&argc, &argv);

  g_test_add_func ("/cli-site/new", test_new);
  g_test_add_func ("/cli-site/usage-errors", test_usage_errors);
  g_test_add_func ("/cli-site/export", test_export);
  g_test_add_func ("/cli-site/export-broken", test_export_broken);
  g_test_add_func ("/cli-site/list", test_list);
  g_test_add_func ("/cli-site/publish", test_publish);

  return g_test_run ();
}
