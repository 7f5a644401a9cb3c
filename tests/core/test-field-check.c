/* test-field-check.c: the problems the form shows on its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-check.h"

static GPtrArray *
check (const char   *yaml,
       BylineSchema *schema)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, yaml);

  return byline_field_check (front_matter, schema, NULL);
}

static const BylineFieldProblem *
problem (GPtrArray *problems,
         guint      index)
{
  g_assert_cmpuint (index, <, problems->len);
  return g_ptr_array_index (problems, index);
}

static void
test_sample_is_fine (void)
{
  g_autoptr(GPtrArray) problems =
    check ("title: '共享服务贸易发展机遇 共促世界经济复苏和增长'\n"
           "categories: \n - 新媒体\n"
           "date: Thu, 02 Sep 2021 16:11:00 GMT\n", NULL);

  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_no_title (void)
{
  g_autoptr(GPtrArray) missing = check ("author: x\n", NULL);
  g_autoptr(GPtrArray) empty = check ("title: ''\n", NULL);

  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (problem (missing, 0)->path, ==, "title");
  g_assert_cmpuint (problem (missing, 0)->line, ==, 0);
  g_assert_cmpuint (empty->len, ==, 1);
  g_assert_cmpuint (problem (empty, 0)->line, ==, 1);
}

static void
test_bad_dates (void)
{
  g_autoptr(GPtrArray) problems =
    check ("title: t\ndate: next Thursday\nupdated: [a]\nlastmod: 2021-09-02\n", NULL);

  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (problem (problems, 0)->path, ==, "date");
  g_assert_cmpuint (problem (problems, 0)->line, ==, 2);
  g_assert_cmpuint (problem (problems, 0)->column, ==, 7);
  g_assert_nonnull (strstr (problem (problems, 0)->message, "next Thursday"));
  g_assert_cmpstr (problem (problems, 1)->path, ==, "updated");
}

static void
test_duplicate_keys (void)
{
  g_autoptr(GPtrArray) problems =
    check ("title: a\nauthor:\n  name: x\n  name: y\ntitle: b\n", NULL);

  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (problem (problems, 0)->path, ==, "author.name");
  g_assert_cmpuint (problem (problems, 0)->line, ==, 4);
  g_assert_cmpstr (problem (problems, 1)->path, ==, "title");
  g_assert_cmpuint (problem (problems, 1)->line, ==, 5);
}

static void
test_required_fields (void)
{
  g_autofree char *config = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) schema = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "schemas", "decap-config.yml", NULL),
                       &config, NULL, &error);
  g_assert_no_error (error);
  schema = byline_schema_new_from_decap (config, "source/_posts/a.md", &error);
  g_assert_no_error (error);

  /* Decap requires what does not say `required: false`: here the date,
   * the categories, the author and the source. The switch and the hidden
   * layout always have a value. */
  problems = check ("title: t\ndate: 2021-09-02\ncategories: []\nauthor: ''\n", schema);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (problem (problems, 0)->path, ==, "categories");
  g_assert_cmpstr (problem (problems, 1)->path, ==, "author");
  g_assert_cmpstr (problem (problems, 2)->path, ==, "source_url");
  g_assert_nonnull (strstr (problem (problems, 2)->message, "Source"));
}

static void
test_broken_text_has_no_field_problems (void)
{
  g_autoptr(GPtrArray) problems = check ("title: [a\n", NULL);

  g_assert_cmpuint (problems->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/field-check/sample", test_sample_is_fine);
  g_test_add_func ("/field-check/no-title", test_no_title);
  g_test_add_func ("/field-check/bad-dates", test_bad_dates);
  g_test_add_func ("/field-check/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/field-check/required", test_required_fields);
  g_test_add_func ("/field-check/broken-text", test_broken_text_has_no_field_problems);

  return g_test_run ();
}
