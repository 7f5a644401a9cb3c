/* test-cli-set.c: `byline-cli set`, one lossless edit from a script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli-run.h"
#include "fixtures.h"

/* Copies a fixture into the test's own temporary folder. */
static char *
copy_fixture (const char *name,
              int         mode)
{
  g_autofree char *source = fixture_path (name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  gsize length;

  contents = cli_read_file (source, &length);
  g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, mode, &error);
  g_assert_no_error (error);
  return path;
}

/* Asserts that @after has the lines of @before but the one at @index (from
 * 0), and returns that line as it is now, its line ending included. */
static char *
assert_only_line_changed (const char *before,
                          const char *after,
                          guint       index)
{
  g_auto(GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto(GStrv) new_lines = g_strsplit (after, "\n", -1);

  g_assert_cmpuint (g_strv_length (new_lines), ==, g_strv_length (old_lines));
  for (guint i = 0; old_lines[i] != NULL; i++)
    if (i == index)
      g_assert_cmpstr (new_lines[i], !=, old_lines[i]);
    else
      g_assert_cmpstr (new_lines[i], ==, old_lines[i]);

  return g_strdup (new_lines[index]);
}

static void
set_modified_time (const char *path,
                   guint64     seconds)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, seconds,
                               G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
}

/* Edits that change one line of a fixture, and that line afterwards. */
static const struct {
  const char *name;
  const char *key;
  const char *value;
  guint       index;
  const char *line;
} one_line_edits[] = {
  /* The sample starts with a blank line; its title is the third line, and
   * stays single-quoted. */
  { "000_5003afbe905b0950.md", "title", "服贸会开幕", 2, "title: '服贸会开幕'" },
  { "yaml-crlf.md", "title", "Still Windows", 1, "title: Still Windows\r" },
  { "yaml-nested-maps.md", "author.contact.social.weibo", "韩梅梅", 7, "      weibo: 韩梅梅" },
  { "yaml-block-list.md", "tags.1", "sets", 4, "  - sets" },
  { "toml-basic.md", "title", "新标题", 1, "title = \"新标题\"" },
  { "toml-tables.md", "params.toc", "false", 5, "toc = false" },
  /* JSON shows how a value was typed. */
  { "json-hugo.md", "title", "New", 1, "  \"title\": \"New\"," },
  { "json-hugo.md", "draft", "true", 3, "  \"draft\": true," },
  { "json-hugo.md", "draft", "yes", 3, "  \"draft\": \"yes\"," },
  { "json-hugo.md", "draft", "12", 3, "  \"draft\": 12," },
};

static void
test_set_one_line (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (one_line_edits); i++)
    {
      g_autofree char *path = fixture_path (one_line_edits[i].name);
      g_autofree char *contents = cli_read_file (path, NULL);
      g_autofree char *line = NULL;
      g_auto(CliRun) run = { 0 };

      g_test_message ("%s: %s = %s", one_line_edits[i].name, one_line_edits[i].key, one_line_edits[i].value);
      RUN (&run, "set", path, one_line_edits[i].key, one_line_edits[i].value);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);

      line = assert_only_line_changed (contents, run.out, one_line_edits[i].index);
      g_assert_cmpstr (line, ==, one_line_edits[i].line);
    }
}

static void
test_set_typed (void)
{
  g_autofree char *path = copy_fixture ("yaml-plain-scalars.md", 0644);
  g_auto(CliRun) set_words = { 0 };
  g_auto(CliRun) set_date = { 0 };
  g_auto(CliRun) set_text = { 0 };
  g_auto(CliRun) fm = { 0 };

  RUN (&set_words, "set", "--in-place", path, "words", "1500");
  RUN (&set_date, "set", "--in-place", path, "date", "2021-09-03");
  RUN (&set_text, "set", "--in-place", path, "author", "Ada: Countess of Lovelace");
  g_assert_cmpint (set_words.status, ==, 0);
  g_assert_cmpint (set_date.status, ==, 0);
  g_assert_cmpint (set_text.status, ==, 0);

  RUN (&fm, "fm", path);
  g_assert_cmpint (fm.status, ==, 0);
  g_assert_nonnull (strstr (fm.out, "\"words\": 1500,"));
  g_assert_nonnull (strstr (fm.out, "\"author\": \"Ada: Countess of Lovelace\","));
  /* A new key goes at the end, a date typed as a date. */
  g_assert_true (g_str_has_suffix (fm.out, "\"date\": \"2021-09-03\"\n}\n"));
}

static void
test_set_json_value (void)
{
  g_autofree char *path = fixture_path ("yaml-flow-list.md");
  g_autofree char *contents = cli_read_file (path, NULL);
  g_autofree char *line = NULL;
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) bad = { 0 };

  RUN (&run, "set", "--json", path, "tags", "[\"a\", \"b c\"]");
  g_assert_cmpint (run.status, ==, 0);
  line = assert_only_line_changed (contents, run.out, 2);
  g_assert_cmpstr (line, ==, "tags: [a, \"b c\"]");

  RUN (&bad, "set", "--json", path, "tags", "[\"a\",");
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.out, ==, "");
}

static void
test_set_from_standard_input (void)
{
  g_autofree char *path = fixture_path ("yaml-literal-clip.md");
  g_autofree char *contents = cli_read_file (path, NULL);
  g_auto(CliRun) run = { 0 };

  cli_run (&run, "One line.\nAnother line.\n", (const char *[]) { "set", path, "description", "-", NULL });
  g_assert_cmpint (run.status, ==, 0);
  /* The value stays a literal block; the final newline of the input is
   * not part of it. */
  g_assert_true (g_str_has_prefix (run.out, "---\ntitle: Literal block, clipped\ndescription: |-\n"));
  g_assert_nonnull (strstr (run.out, "\n  One line.\n  Another line.\ntags:"));
  g_assert_true (g_str_has_suffix (run.out, strstr (contents, "tags:")));
}

static void
test_set_without_front_matter (void)
{
  g_autofree char *path = fixture_path ("no-front-matter.md");
  g_autofree char *contents = cli_read_file (path, NULL);
  g_autofree char *expected = g_strconcat ("---\ntitle: Just Markdown\n---\n", contents, NULL);
  g_auto(CliRun) run = { 0 };

  RUN (&run, "set", path, "title", "Just Markdown");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

static void
test_set_refused (void)
{
  g_autofree char *path = fixture_path ("yaml-block-list.md");
  g_autofree char *unterminated = fixture_path ("broken/unterminated.md");
  g_auto(CliRun) through_scalar = { 0 };
  g_auto(CliRun) bad_path = { 0 };
  g_auto(CliRun) on_broken = { 0 };

  /* There is nothing under a string to hold a key. */
  RUN (&through_scalar, "set", path, "title.sub", "x");
  g_assert_cmpint (through_scalar.status, ==, 2);
  g_assert_cmpstr (through_scalar.out, ==, "");
  g_assert_true (g_str_has_prefix (through_scalar.err, path));

  RUN (&bad_path, "set", path, "tags..x", "x");
  g_assert_cmpint (bad_path.status, ==, 2);

  /* A front matter that does not parse is not edited blindly. */
  RUN (&on_broken, "set", unterminated, "title", "x");
  g_assert_cmpint (on_broken.status, ==, 1);
  g_assert_cmpstr (on_broken.out, ==, "");
  g_assert_true (g_str_has_prefix (on_broken.err, unterminated));
}

static void
test_set_in_place_keeps_permissions (void)
{
  g_autofree char *path = copy_fixture ("000_5003afbe905b0950.md", 0640);
  g_autofree char *before = cli_read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autofree char *line = NULL;
  g_auto(CliRun) run = { 0 };
  struct stat info;

  g_assert_cmpint (chmod (path, 0640), ==, 0);
  RUN (&run, "set", "--in-place", path, "author", "新华社");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");

  after = cli_read_file (path, NULL);
  line = assert_only_line_changed (before, after, 8);
  g_assert_cmpstr (line, ==, "author: 新华社");

  g_assert_cmpint (stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);
}

static void
test_set_in_place_refuses_changed_file (void)
{
  g_autofree char *path = copy_fixture ("yaml-hexo-post.md", 0644);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_auto(CliRun) run = { 0 };
  const char *changed = "---\ntitle: Changed by someone else\n---\n";
  struct inotify_event event;
  guint64 now = g_get_real_time () / G_USEC_PER_SEC;
  int watch;

  set_modified_time (path, now - 100);

  /* The value comes on the standard input, which byline-cli reads only
   * after it has read the post: the file changes in between, once it has
   * closed the file. */
  watch = inotify_init1 (IN_CLOEXEC);
  g_assert_cmpint (watch, >=, 0);
  g_assert_cmpint (inotify_add_watch (watch, path, IN_CLOSE_NOWRITE), >=, 0);

  process = cli_spawn ((const char *[]) { "set", "--in-place", path, "title", "-", NULL },
                       G_SUBPROCESS_FLAGS_STDIN_PIPE);
  g_assert_cmpint (read (watch, &event, sizeof event), >=, (gssize) sizeof event);
  close (watch);

  g_file_set_contents (path, changed, -1, &error);
  g_assert_no_error (error);
  set_modified_time (path, now);

  cli_finish (process, "Mine\n", &run);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, path));

  after = cli_read_file (path, NULL);
  g_assert_cmpstr (after, ==, changed);
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init (&argc, &argv);

  g_test_add_func ("/cli/set/one-line", test_set_one_line);
  g_test_add_func ("/cli/set/typed", test_set_typed);
  g_test_add_func ("/cli/set/json-value", test_set_json_value);
  g_test_add_func ("/cli/set/standard-input", test_set_from_standard_input);
  g_test_add_func ("/cli/set/without-front-matter", test_set_without_front_matter);
  g_test_add_func ("/cli/set/refused", test_set_refused);
  g_test_add_func ("/cli/set/in-place/permissions", test_set_in_place_keeps_permissions);
  g_test_add_func ("/cli/set/in-place/changed-on-disk", test_set_in_place_refuses_changed_file);

  return g_test_run ();
}
