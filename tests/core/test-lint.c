/* test-lint.c: what `byline-cli check` reports about a post
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-lint.h"

/* Lints @text and returns its problems, each formatted as the CLI prints
 * it, for a file called "post.md". */
static GStrv
lint_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_new_from_data (text, strlen (text), &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_no_error (error);
  problems = byline_lint_post (post);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = byline_problem_format_for_file (g_ptr_array_index (problems, i), "post.md");

      g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}

static void
assert_problems (const char         *text,
                 const char * const *expected)
{
  g_auto(GStrv) problems = lint_text (text);

  for (guint i = 0; problems[i] != NULL || expected[i] != NULL; i++)
    g_assert_cmpstr (problems[i], ==, expected[i]);
}

static void
assert_problem_at (const char *text,
                   const char *severity,
                   guint       line,
                   guint       column)
{
  g_auto(GStrv) problems = lint_text (text);
  g_autofree char *prefix = g_strdup_printf ("post.md:%u:%u: %s: ", line, column, severity);

  g_assert_cmpuint (g_strv_length (problems), ==, 1);
  g_assert_true (g_str_has_prefix (problems[0], prefix));
}

static void
test_clean_post (void)
{
  const char *none[] = { NULL };

  assert_problems ("---\ntitle: Fine\ndate: 2021-09-02 16:11:00\n---\nBody\n", none);
  assert_problems ("---\r\ntitle: Fine\r\ndate: 2021-09-02\r\n---\r\nBody\r\n", none);
  assert_problems ("+++\ntitle = \"Fine\"\ndate = 2021-09-02T16:11:00Z\n+++\nBody\n", none);
  assert_problems ("{\n  \"title\": \"Fine\",\n  \"date\": \"2021-09-02T16:11:00Z\"\n}\nBody\n", none);
  /* Strings that generators read as dates are dates. */
  assert_problems ("---\ntitle: Fine\ndate: Thu, 02 Sep 2021 16:11:00 GMT\n---\n", none);
  assert_problems ("---\ntitle: Fine\ndate: 2013/7/13 20:46:25\n---\n", none);
}

static void
test_no_title (void)
{
  assert_problem_at ("---\ndate: 2021-09-02\n---\nBody\n", "warning", 1, 1);
  /* An empty title is reported where it is written. */
  assert_problem_at ("---\ndate: 2021-09-02\ntitle: ''\n---\nBody\n", "warning", 3, 8);
  assert_problem_at ("---\ndate: 2021-09-02\ntitle: [a, b]\n---\nBody\n", "error", 3, 8);
}

static void
test_no_date (void)
{
  g_auto(GStrv) after_blank_line = lint_text ("\n---\ntitle: Fine\n---\n");

  assert_problem_at ("---\ntitle: Fine\n---\nBody\n", "warning", 1, 1);
  assert_problem_at ("---\ntitle: Fine\ndate:\n---\nBody\n", "warning", 3, 6);

  /* A missing key is reported at the opening marker. */
  g_assert_cmpuint (g_strv_length (after_blank_line), ==, 2);
  g_assert_true (g_str_has_prefix (after_blank_line[1], "post.md:2:1: warning: The post has no date"));
}

static void
test_bad_date (void)
{
  const char *expected[] = {
    "post.md:3:7: error: “next Tuesday” is not a date that Hexo, Jekyll and Hugo all read",
    NULL
  };

  assert_problems ("---\ntitle: Fine\ndate: next Tuesday\n---\nBody\n", expected);
  assert_problem_at ("---\ntitle: Fine\ndate: 12\n---\nBody\n", "error", 3, 7);
  assert_problem_at ("+++\ntitle = \"Fine\"\ndate = \"soon\"\n+++\nBody\n", "error", 3, 8);
}

static void
test_blank_lines_before_marker (void)
{
  const char *expected[] = {
    "post.md:1:1: warning: A blank line comes before the opening “---”; Jekyll will not see the front matter",
    NULL
  };
  const char *two_lines[] = {
    "post.md:1:1: warning: Blank lines come before the opening “---”; neither Jekyll nor Hexo will see the front matter",
    NULL
  };

  assert_problems ("\n---\ntitle: Fine\ndate: 2021-09-02\n---\nBody\n", expected);
  assert_problems ("\n\n---\ntitle: Fine\ndate: 2021-09-02\n---\nBody\n", two_lines);
  /* Jekyll reads no TOML anyway; Hugo takes the blank lines. */
  assert_problems ("\n+++\ntitle = \"Fine\"\ndate = 2021-09-02\n+++\nBody\n", (const char *[]) { NULL });
}

static void
test_duplicate_keys (void)
{
  const char *expected[] = {
    "post.md:4:1: error: The key “title” is already used above; Hexo refuses the post and other readers keep only one of the values",
    "post.md:7:5: error: The key “name” is already used above; Hexo refuses the post and other readers keep only one of the values",
    NULL
  };

  assert_problems ("---\ntitle: One\ndate: 2021-09-02\ntitle: Two\nauthor:\n    name: A\n    name: B\n---\n",
                   expected);
}

static void
test_aliases_and_merges_are_not_duplicates (void)
{
  /* The anchored mapping is linted once, not again through its alias, and
   * two merges are not two keys. */
  const char *expected[] = {
    "post.md:6:3: error: The key “a” is already used above; Hexo refuses the post and other readers keep only one of the values",
    NULL
  };

  assert_problems ("---\ntitle: Fine\ndate: 2021-09-02\nbase: &base\n  a: 1\n  a: 2\n"
                   "copy: *base\nmerged:\n  <<: *base\n  <<: {b: 3}\n---\n",
                   expected);
}

static void
test_tab_indentation (void)
{
  g_auto(GStrv) problems = lint_text ("---\ntitle: Tabs\ndate: 2021-09-02\ntags:\n\t- one\n---\n");

  /* YAML itself refuses the file, and the lint says why in plain words. */
  g_assert_cmpuint (g_strv_length (problems), >=, 1);
  g_assert_cmpstr (problems[0], ==, "post.md:5:1: error: This line is indented with a tab; YAML allows only spaces");
}

static void
test_tabs_inside_values (void)
{
  const char *none[] = { NULL };

  /* A tab after the indentation of a block scalar is part of the text, as
   * is one that starts a line of quoted text, and a tab after a colon
   * separates. */
  assert_problems ("---\ntitle: Fine\ndate: 2021-09-02\ncode: |\n  plain\n  \tindented with a tab\n"
                   "quote: \"one\n\ttwo\"\nauthor:\tA\n---\n", none);
  /* TOML and JSON allow tabs. */
  assert_problems ("+++\n\ttitle = \"Fine\"\n\tdate = 2021-09-02\n+++\n", none);
}

static void
test_parse_error_is_located_in_the_file (void)
{
  const char *expected[] = {
    "post.md:1:1: warning: A blank line comes before the opening “---”; Jekyll will not see the front matter",
    "post.md:6:5: error: The list in brackets is not closed with “]”",
    NULL
  };

  /* The front matter starts on line 3 of the file; the parser counts from
   * there. */
  assert_problems ("\n---\ntitle: Fine\ndate: 2021-09-02\ntags: [a, b\nnext: 1\n---\nBody\n", expected);
}

static void
test_never_closed (void)
{
  assert_problem_at ("\n---\ntitle: Open\n\nBody\n", "error", 2, 1);
  assert_problem_at ("+++\ntitle = \"Open\"\n", "error", 1, 1);
}

static void
test_no_front_matter (void)
{
  const char *expected[] = {
    "post.md:1:1: warning: The post has no front matter, so it has no title and no date",
    NULL
  };

  assert_problems ("# Just Markdown\n", expected);
}

static void
test_empty_front_matter (void)
{
  assert_problem_at ("---\n---\nBody\n", "warning", 1, 1);
  assert_problem_at ("---\n# only a comment\n---\nBody\n", "warning", 1, 1);
}

static void
test_not_a_mapping (void)
{
  assert_problem_at ("---\n- a\n- b\n---\nBody\n", "error", 2, 1);
}

static void
test_lint_file (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const char latin1[] = "---\ntitle: caf\xe9\n---\n";
  BylineProblem *problem;

  file = g_file_new_tmp ("byline-lint-XXXXXX.md", &stream, &error);
  g_assert_no_error (error);
  g_file_replace_contents (file, latin1, strlen (latin1), NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);

  /* A file that is not text is a problem of the post, at its place. */
  problems = byline_lint_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->severity, ==, BYLINE_SEVERITY_ERROR);
  g_assert_cmpuint (problem->line, ==, 2);
  g_assert_cmpuint (problem->column, ==, 11);

  g_file_delete (file, NULL, NULL);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A file that is not there is a failure to report apart. */
  problems = byline_lint_file (file, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (problems);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lint/clean", test_clean_post);
  g_test_add_func ("/lint/no-title", test_no_title);
  g_test_add_func ("/lint/no-date", test_no_date);
  g_test_add_func ("/lint/bad-date", test_bad_date);
  g_test_add_func ("/lint/blank-lines-before-marker", test_blank_lines_before_marker);
  g_test_add_func ("/lint/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/lint/duplicate-keys/aliases-and-merges", test_aliases_and_merges_are_not_duplicates);
  g_test_add_func ("/lint/tabs/indentation", test_tab_indentation);
  g_test_add_func ("/lint/tabs/inside-values", test_tabs_inside_values);
  g_test_add_func ("/lint/parse-error", test_parse_error_is_located_in_the_file);
  g_test_add_func ("/lint/never-closed", test_never_closed);
  g_test_add_func ("/lint/no-front-matter", test_no_front_matter);
  g_test_add_func ("/lint/empty-front-matter", test_empty_front_matter);
  g_test_add_func ("/lint/not-a-mapping", test_not_a_mapping);
  g_test_add_func ("/lint/file", test_lint_file);

  return g_test_run ();
}
