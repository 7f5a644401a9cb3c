/* test-corpus.c: every post of tests/data/posts read and written back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-lint.h"
#include "fixtures.h"

/* Where each broken post's first error is, in the file. */
static const struct {
  const char *name;
  guint       line;
  guint       column;
} broken_posts[] = {
  { "bad-indentation.md", 5, 2 },
  { "bad-json-hexo.md", 3, 1 },
  { "bad-json.md", 4, 1 },
  { "bad-toml-string.md", 2, 9 },
  { "bad-toml.md", 3, 8 },
  { "billion-laughs.md", 7, 8 },
  { "deep-nesting.md", 3, 515 },
  { "duplicate-keys.md", 4, 1 },
  { "invalid-utf8.md", 2, 19 },
  { "mapping-in-plain-scalar.md", 2, 15 },
  { "nul-byte.md", 2, 13 },
  { "tab-indentation-nested.md", 5, 1 },
  { "tab-indentation.md", 4, 1 },
  { "unclosed-flow-list.md", 4, 5 },
  { "unclosed-quote.md", 4, 1 },
  { "unclosed-single-quote.md", 4, 1 },
  { "undefined-alias.md", 3, 9 },
  { "unterminated-json-object.md", 1, 1 },
  { "unterminated-toml.md", 1, 1 },
  { "unterminated.md", 1, 1 },
};

static BylinePost *
load_post (const char  *path,
           GBytes     **contents)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  *contents = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);

  return byline_post_load (file, NULL, NULL);
}

static void
assert_round_trip (BylinePost *post,
                   GBytes     *contents)
{
  g_autoptr(GBytes) written = byline_post_serialize (post);

  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (contents, NULL), g_bytes_get_size (contents));
}

static void
test_good_post (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(BylinePost) post = load_post (path, &contents);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (post);
  error = byline_lint_parse_error (post);
  g_assert_no_error (error);
  assert_round_trip (post, contents);
}

/* The first error a user sees: the file is not text, the front matter
 * does not parse, or else the first error of the lint (duplicate keys are
 * valid YAML syntax). */
static BylineProblem *
first_error (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = byline_lint_file (file, NULL, NULL);

  g_assert_nonnull (problems);
  for (guint i = 0; i < problems->len; i++)
    {
      BylineProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == BYLINE_SEVERITY_ERROR)
        return byline_problem_copy (problem);
    }

  return NULL;
}

static void
test_broken_post (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(BylinePost) post = load_post (path, &contents);
  g_autoptr(BylineProblem) problem = first_error (path);
  gboolean found = FALSE;

  g_assert_nonnull (problem);
  g_test_message ("%s:%u:%u: %s", name, problem->line, problem->column, problem->message);

  for (guint i = 0; i < G_N_ELEMENTS (broken_posts); i++)
    if (strcmp (broken_posts[i].name, name) == 0)
      {
        g_assert_cmpuint (problem->line, ==, broken_posts[i].line);
        g_assert_cmpuint (problem->column, ==, broken_posts[i].column);
        found = TRUE;
      }
  g_assert_true (found);

  /* A post that loads keeps all its text, to be fixed by hand; only bytes
   * that are not text are refused at the door. */
  if (post != NULL)
    assert_round_trip (post, contents);
  else
    g_assert_true (g_str_has_prefix (name, "invalid-utf8") || g_str_has_prefix (name, "nul-byte"));
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) posts = NULL;
  g_auto(GStrv) broken = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  posts = fixture_list (NULL);
  broken = fixture_list ("broken");

  g_assert_cmpuint (g_strv_length (posts), >=, 60);
  g_assert_cmpuint (g_strv_length (broken), ==, G_N_ELEMENTS (broken_posts));

  for (guint i = 0; posts[i] != NULL; i++)
    {
      g_autofree char *name = g_path_get_basename (posts[i]);
      g_autofree char *test_path = g_strconcat ("/corpus/good/", name, NULL);

      g_test_add_data_func (test_path, posts[i], test_good_post);
    }

  for (guint i = 0; broken[i] != NULL; i++)
    {
      g_autofree char *name = g_path_get_basename (broken[i]);
      g_autofree char *test_path = g_strconcat ("/corpus/broken/", name, NULL);

      g_test_add_data_func (test_path, broken[i], test_broken_post);
    }

  return g_test_run ();
}
