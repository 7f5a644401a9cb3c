/* test-cli.c: byline-cli as a script runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>

#include "fixtures.h"

typedef struct {
  int    status;
  char  *out;
  gsize  out_length;
  char  *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static GSubprocess *
spawn_cli (const char * const *args,
           GSubprocessFlags    flags)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BYLINE_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               flags | G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  return process;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return length > 0 ? g_strndup (data, length) : g_strdup ("");
}

static void
finish_cli (GSubprocess *process,
            const char  *input,
            Run         *run)
{
  g_autoptr(GBytes) stdin_bytes = input != NULL ? g_bytes_new (input, strlen (input)) : NULL;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate (process, stdin_bytes, NULL, &stdout_bytes, &stderr_bytes, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (stdout_bytes);
  run->out_length = g_bytes_get_size (stdout_bytes);
  run->err = bytes_to_string (stderr_bytes);
}

/* Runs byline-cli with @args (a NULL-terminated list) and @input on its
 * standard input, if any. */
static void
run_cli (Run                *run,
         const char         *input,
         const char * const *args)
{
  g_autoptr(GSubprocess) process =
    spawn_cli (args, input != NULL ? G_SUBPROCESS_FLAGS_STDIN_PIPE : G_SUBPROCESS_FLAGS_NONE);

  finish_cli (process, input, run);
}

#define RUN(run, ...) run_cli (run, NULL, (const char *[]) { __VA_ARGS__, NULL })

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

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

  contents = read_file (source, &length);
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

/* Asserts that @err is one error in the form `file:line:col: message`. */
static void
assert_located_error (const char *err)
{
  g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: .+\n$", err, 0, 0));
}

static void
test_fm_sample (void)
{
  g_autofree char *path = fixture_path ("000_5003afbe905b0950.md");
  g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };

  RUN (&run, "fm", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"updated\": \"2021-09-02T16:11:00Z\""));
  g_assert_nonnull (strstr (run.out, "\"published\": \"2021-09-02T16:11:00+08:00\""));
}

static void
test_fm_raw (void)
{
  g_autofree char *path = fixture_path ("yaml-comments.md");
  g_autofree char *contents = read_file (path, NULL);
  g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };
  g_auto(Run) empty_run = { 0 };

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
  g_auto(Run) run = { 0 };

  RUN (&run, "fm", path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, prefix));
  assert_located_error (run.err);
}

static void
assert_round_trip (const char *path,
                   gboolean    is_broken)
{
  g_auto(Run) run = { 0 };
  g_autofree char *contents = NULL;
  gsize length;

  g_test_message ("%s", path);
  RUN (&run, "roundtrip", path);
  contents = read_file (path, &length);

  if (run.out_length == 0 && length > 0)
    {
      /* Only bytes that are not text are refused, with their place. */
      g_assert_true (is_broken);
      g_assert_cmpint (run.status, ==, 1);
      assert_located_error (run.err);
      return;
    }

  g_assert_cmpmem (run.out, run.out_length, contents, length);

  /* Duplicate keys are valid YAML syntax; only check reports them. */
  if (is_broken && !g_str_has_suffix (path, "/duplicate-keys.md"))
    {
      g_assert_cmpint (run.status, ==, 1);
      assert_located_error (run.err);
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
      g_autofree char *contents = read_file (path, NULL);
      g_autofree char *line = NULL;
      g_auto(Run) run = { 0 };

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
  g_auto(Run) set_words = { 0 };
  g_auto(Run) set_date = { 0 };
  g_auto(Run) set_text = { 0 };
  g_auto(Run) fm = { 0 };

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
  g_autofree char *contents = read_file (path, NULL);
  g_autofree char *line = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };

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
  g_autofree char *contents = read_file (path, NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "One line.\nAnother line.\n", (const char *[]) { "set", path, "description", "-", NULL });
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
  g_autofree char *contents = read_file (path, NULL);
  g_autofree char *expected = g_strconcat ("---\ntitle: Just Markdown\n---\n", contents, NULL);
  g_auto(Run) run = { 0 };

  RUN (&run, "set", path, "title", "Just Markdown");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

static void
test_set_refused (void)
{
  g_autofree char *path = fixture_path ("yaml-block-list.md");
  g_autofree char *unterminated = fixture_path ("broken/unterminated.md");
  g_auto(Run) through_scalar = { 0 };
  g_auto(Run) bad_path = { 0 };
  g_auto(Run) on_broken = { 0 };

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
  g_autofree char *before = read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autofree char *line = NULL;
  g_auto(Run) run = { 0 };
  struct stat info;

  g_assert_cmpint (chmod (path, 0640), ==, 0);
  RUN (&run, "set", "--in-place", path, "author", "新华社");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");

  after = read_file (path, NULL);
  line = assert_only_line_changed (before, after, 8);
  g_assert_cmpstr (line, ==, "author: 新华社");

  g_assert_cmpint (stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);
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

static void
test_set_in_place_refuses_changed_file (void)
{
  g_autofree char *path = copy_fixture ("yaml-hexo-post.md", 0644);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
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

  process = spawn_cli ((const char *[]) { "set", "--in-place", path, "title", "-", NULL },
                       G_SUBPROCESS_FLAGS_STDIN_PIPE);
  g_assert_cmpint (read (watch, &event, sizeof event), >=, (gssize) sizeof event);
  close (watch);

  g_file_set_contents (path, changed, -1, &error);
  g_assert_no_error (error);
  set_modified_time (path, now);

  finish_cli (process, "Mine\n", &run);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, path));

  after = read_file (path, NULL);
  g_assert_cmpstr (after, ==, changed);
}

static void
test_check_good (void)
{
  g_autofree char *hexo = fixture_path ("yaml-hexo-post.md");
  g_autofree char *toml = fixture_path ("toml-basic.md");
  g_autofree char *crlf = fixture_path ("yaml-crlf.md");
  g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };
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
  g_auto(Run) run = { 0 };

  /* An unreadable path wins over the posts that are fine. */
  RUN (&run, "check", good, missing);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, missing));
}

static void
assert_usage_error (const char * const *args)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, NULL, args);
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
  g_auto(Run) run = { 0 };
  g_auto(Run) version = { 0 };

  RUN (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  byline-cli [OPTION…] COMMAND [ARGUMENT…]\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %-12s", commands[i]);
      g_autofree char *usage = g_strdup_printf ("Usage:\n  byline-cli %s [OPTION…] ", commands[i]);
      g_auto(Run) help = { 0 };

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
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_CLI") == NULL)
    g_error ("Set BYLINE_CLI to the byline-cli to test; meson test does");

  g_test_add_func ("/cli/fm/sample", test_fm_sample);
  g_test_add_func ("/cli/fm/timestamps", test_fm_timestamps);
  g_test_add_func ("/cli/fm/raw", test_fm_raw);
  g_test_add_func ("/cli/fm/without-front-matter", test_fm_without_front_matter);
  g_test_add_func ("/cli/fm/broken", test_fm_broken);
  g_test_add_func ("/cli/roundtrip", test_roundtrip);
  g_test_add_func ("/cli/set/one-line", test_set_one_line);
  g_test_add_func ("/cli/set/typed", test_set_typed);
  g_test_add_func ("/cli/set/json-value", test_set_json_value);
  g_test_add_func ("/cli/set/standard-input", test_set_from_standard_input);
  g_test_add_func ("/cli/set/without-front-matter", test_set_without_front_matter);
  g_test_add_func ("/cli/set/refused", test_set_refused);
  g_test_add_func ("/cli/set/in-place/permissions", test_set_in_place_keeps_permissions);
  g_test_add_func ("/cli/set/in-place/changed-on-disk", test_set_in_place_refuses_changed_file);
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
