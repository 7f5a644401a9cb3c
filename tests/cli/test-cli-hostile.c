/* test-cli-hostile.c: byline-cli on files that would crash an editor or
 * cost a writer data: a clear error at its place, the right exit status,
 * and the file left as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cli-run.h"
#include "hostile.h"

/* Runs `check` and `set --in-place` on a file made of @contents: each must
 * fail with @status and an error that names the file, at @place when
 * given, and says @words; the file must stay as it was. `check` reports
 * the problems of posts on its output, like a compiler. */
static void
assert_refused (const char *contents,
                gssize      length,
                int         status,
                const char *place,
                const char *words)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write (folder, "post.md", contents, length);
  g_autoptr(HostileSnapshot) before = hostile_snapshot_new (path);
  g_autofree char *prefix = g_strconcat (path, place != NULL ? ":" : "", place, ": ", NULL);
  g_auto(CliRun) check = { 0 };
  g_auto(CliRun) set = { 0 };

  RUN (&check, "check", path);
  RUN (&set, "set", "--in-place", path, "title", "New");

  g_assert_cmpint (check.status, ==, status);
  g_assert_cmpint (set.status, ==, status);
  g_assert_true (g_str_has_prefix (check.out, prefix));
  g_assert_true (g_str_has_prefix (set.err, prefix));
  g_assert_nonnull (strstr (check.out, words));
  g_assert_nonnull (strstr (set.err, words));
  if (place != NULL)
    cli_assert_located_error (set.err);
  hostile_assert_untouched (before);
  hostile_assert_folder_holds (folder, "post.md");
}

static void
test_invalid_utf8 (void)
{
  assert_refused (HOSTILE_INVALID_UTF8, -1, 1, "2:13", "not valid UTF-8");
}

static void
test_nul_byte (void)
{
  assert_refused (HOSTILE_NUL_BYTE, HOSTILE_NUL_BYTE_LENGTH, 1, "4:13", "NUL byte");
}

static void
test_binary_file (void)
{
  assert_refused (HOSTILE_BINARY, HOSTILE_BINARY_LENGTH, 1, "1:1", "not valid UTF-8");
}

static void
test_deep_nesting (void)
{
  static const struct {
    char        format;
    const char *place;
  } cases[] = {
    { 'y', "3:515" },
    { 't', "3:517" },
    { 'j', "3:517" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *contents = hostile_deep_nesting (cases[i].format, 10000);

      assert_refused (contents, -1, 1, cases[i].place, "512 levels deep");
    }
}

static void
test_alias_bomb (void)
{
  assert_refused (HOSTILE_ALIAS_BOMB, -1, 1, "7:8", "more than 100000 values");
}

static void
test_unterminated (void)
{
  assert_refused (HOSTILE_UNTERMINATED, -1, 1, "1:1", "no closing “---” line");
}

static void
test_huge_post (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write_huge (folder, "huge.md", 100 * 1024 * 1024);
  g_autoptr(HostileSnapshot) before = hostile_snapshot_new (path);
  g_autofree char *expected = g_strdup_printf ("%s: The file is too large to edit as a post "
                                               "(100.0\u00a0MiB; the limit is 64.0\u00a0MiB)\n", path);
  g_auto(CliRun) check = { 0 };
  g_auto(CliRun) set = { 0 };

  RUN (&check, "check", path);
  RUN (&set, "set", "--in-place", path, "title", "New");

  g_assert_cmpint (check.status, ==, 2);
  g_assert_cmpint (set.status, ==, 2);
  g_assert_cmpstr (check.err, ==, expected);
  g_assert_cmpstr (set.err, ==, expected);
  hostile_assert_untouched (before);
}

static void
test_folder (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = g_build_filename (folder, "post.md", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: This is a folder, not a post\n", path);
  g_autoptr(HostileSnapshot) before = NULL;
  g_auto(CliRun) set = { 0 };
  g_auto(CliRun) roundtrip = { 0 };

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  before = hostile_snapshot_new (path);

  RUN (&set, "set", "--in-place", path, "title", "New");
  RUN (&roundtrip, "roundtrip", path);

  g_assert_cmpint (set.status, ==, 2);
  g_assert_cmpstr (set.err, ==, expected);
  g_assert_cmpint (roundtrip.status, ==, 2);
  g_assert_cmpstr (roundtrip.err, ==, expected);
  hostile_assert_untouched (before);
}

/* Root may write any file: byline-cli runs as the user nobody then. */
static void
test_read_only (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write (folder, "post.md", HOSTILE_POST, -1);
  g_autoptr(HostileSnapshot) before = NULL;
  g_auto(CliRun) set = { 0 };

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = hostile_snapshot_new (path);

  cli_run_with_setup (&set, hostile_drop_privileges,
                      (const char *[]) { "set", "--in-place", path, "title", "New", NULL });

  g_assert_cmpint (set.status, ==, 2);
  g_assert_true (g_str_has_prefix (set.err, path));
  g_assert_true (g_str_has_suffix (set.err, ": Permission denied\n"));
  hostile_assert_untouched (before);
  hostile_assert_folder_holds (folder, "post.md");
}

static void
test_full_disk (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *contents = hostile_long_post (4 * HOSTILE_FILE_SIZE_LIMIT);
  g_autofree char *path = hostile_write (folder, "post.md", contents, -1);
  g_autoptr(HostileSnapshot) before = hostile_snapshot_new (path);
  g_autofree char *expected = g_strdup_printf ("%s: Could not write the file: Error writing to file: "
                                               "File too large. The file on disk was left as it was.\n",
                                               path);
  g_auto(CliRun) set = { 0 };

  cli_run_with_setup (&set, hostile_limit_file_size,
                      (const char *[]) { "set", "--in-place", path, "title", "New", NULL });

  g_assert_cmpint (set.status, ==, 2);
  g_assert_cmpstr (set.err, ==, expected);
  hostile_assert_untouched (before);
  hostile_assert_folder_holds (folder, "post.md");
}

/* A site holding every hostile file lists its posts all the same: the
 * text ones by their front matter (or file name), not the binary ones. */
static void
test_list_site (void)
{
  g_autofree char *root = hostile_folder_new ();
  g_autofree char *posts = g_build_filename (root, "source", "_posts", NULL);
  g_autofree char *deep = hostile_deep_nesting ('y', 10000);
  g_autofree char *folder_post = g_build_filename (posts, "folder.md", NULL);
  const struct {
    const char *name;
    const char *contents;
    gssize      length;
  } files[] = {
    { "kept.md", HOSTILE_POST, -1 },
    { "invalid-utf8.md", HOSTILE_INVALID_UTF8, -1 },
    { "nul-byte.md", HOSTILE_NUL_BYTE, HOSTILE_NUL_BYTE_LENGTH },
    { "binary.md", HOSTILE_BINARY, HOSTILE_BINARY_LENGTH },
    { "deep.md", deep, -1 },
    { "alias-bomb.md", HOSTILE_ALIAS_BOMB, -1 },
    { "unterminated.md", HOSTILE_UNTERMINATED, -1 },
  };
  g_autofree char *config = NULL;
  g_autofree char *huge = NULL;
  g_auto(CliRun) list = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (folder_post, 0755), ==, 0);
  config = hostile_write (root, "_config.yml", "title: Hostile\ntimezone: UTC\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_free (hostile_write (posts, files[i].name, files[i].contents, files[i].length));
  huge = hostile_write_huge (posts, "huge.md", 100 * 1024 * 1024);

  RUN (&list, "list", "--site", root);

  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.err, ==, "");
  g_assert_nonnull (strstr (list.out, "\tKept\t\t\tsource/_posts/kept.md\n"));
  g_assert_nonnull (strstr (list.out, "\tKept\t\t\tsource/_posts/huge.md\n"));
  g_assert_nonnull (strstr (list.out, "\tdeep\t\t\tsource/_posts/deep.md\n"));
  g_assert_nonnull (strstr (list.out, "\talias-bomb\t\t\tsource/_posts/alias-bomb.md\n"));
  g_assert_nonnull (strstr (list.out, "\tunterminated\t\t\tsource/_posts/unterminated.md\n"));
  g_assert_null (strstr (list.out, "binary.md"));
  g_assert_null (strstr (list.out, "invalid-utf8.md"));
  g_assert_null (strstr (list.out, "nul-byte.md"));
  g_assert_null (strstr (list.out, "folder.md"));
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init (&argc, &argv);

  g_test_add_func ("/cli-hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/cli-hostile/nul-byte", test_nul_byte);
  g_test_add_func ("/cli-hostile/binary-file", test_binary_file);
  g_test_add_func ("/cli-hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/cli-hostile/alias-bomb", test_alias_bomb);
  g_test_add_func ("/cli-hostile/unterminated", test_unterminated);
  g_test_add_func ("/cli-hostile/huge-post", test_huge_post);
  g_test_add_func ("/cli-hostile/folder", test_folder);
  g_test_add_func ("/cli-hostile/read-only", test_read_only);
  g_test_add_func ("/cli-hostile/full-disk", test_full_disk);
  g_test_add_func ("/cli-hostile/list-site", test_list_site);

  return g_test_run ();
}
