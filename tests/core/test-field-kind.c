/* test-field-kind.c: which control edits which value, and the values the
 * controls write back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-field-edit.h"
#include "byline-field-kind.h"
#include "byline-front-matter.h"
#include "byline-post.h"
#include "byline-value-text.h"
#include "fixtures.h"

static BylineFieldKind
kind_in (BylineFrontMatter *front_matter,
         const char        *key)
{
  return byline_field_kind_for_value (key, byline_front_matter_lookup (front_matter, key));
}

static void
test_sample_kinds (void)
{
  g_autoptr(GFile) file = g_file_new_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                                     "000_5003afbe905b0950.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  BylineFrontMatter *front_matter;

  g_assert_no_error (error);
  front_matter = byline_post_get_front_matter (post);

  g_assert_cmpint (kind_in (front_matter, "title"), ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_cmpint (kind_in (front_matter, "categories"), ==, BYLINE_FIELD_KIND_LIST);
  g_assert_cmpint (kind_in (front_matter, "headimg"), ==, BYLINE_FIELD_KIND_IMAGE);
  g_assert_cmpint (kind_in (front_matter, "author"), ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_cmpint (kind_in (front_matter, "comments"), ==, BYLINE_FIELD_KIND_SWITCH);
  g_assert_cmpint (kind_in (front_matter, "date"), ==, BYLINE_FIELD_KIND_DATE);
  g_assert_cmpint (kind_in (front_matter, "thumbnail"), ==, BYLINE_FIELD_KIND_IMAGE);
}

static void
test_value_kinds (void)
{
  static const struct {
    const char      *yaml;
    BylineFieldKind  kind;
  } cases[] = {
    { "slug: hello", BYLINE_FIELD_KIND_TEXT },
    { "description: One line", BYLINE_FIELD_KIND_MULTILINE },
    { "excerpt: |\n  Two\n  lines\n", BYLINE_FIELD_KIND_MULTILINE },
    { "note: |\n  Two\n  lines\n", BYLINE_FIELD_KIND_MULTILINE },
    { "draft: true", BYLINE_FIELD_KIND_SWITCH },
    { "custom_flag: false", BYLINE_FIELD_KIND_SWITCH },
    { "sticky: 100", BYLINE_FIELD_KIND_NUMBER },
    { "weight: 1.5", BYLINE_FIELD_KIND_NUMBER },
    { "lastmod: 2021-09-02T16:11:00+08:00", BYLINE_FIELD_KIND_DATE },
    { "updated: '2013/7/13 20:46:25'", BYLINE_FIELD_KIND_DATE },
    { "date: next week", BYLINE_FIELD_KIND_TEXT },
    { "tags: [a, 2021]", BYLINE_FIELD_KIND_LIST },
    { "tags: single", BYLINE_FIELD_KIND_LIST },
    { "categories: [[parent, child], other]", BYLINE_FIELD_KIND_RAW },
    { "links: [{name: a, url: b}]", BYLINE_FIELD_KIND_RAW },
    { "author: {name: Wang, url: x}", BYLINE_FIELD_KIND_GROUP },
    { "cover: /images/a.png", BYLINE_FIELD_KIND_IMAGE },
    { "cover: 42", BYLINE_FIELD_KIND_NUMBER },
    { "tags:", BYLINE_FIELD_KIND_LIST },
    { "comments:", BYLINE_FIELD_KIND_SWITCH },
    { "date:", BYLINE_FIELD_KIND_DATE },
    { "subtitle:", BYLINE_FIELD_KIND_TEXT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, cases[i].yaml);
      BylineNode *root = byline_front_matter_get_root (front_matter);
      const char *key = byline_node_get_key_string (root, 0);

      g_test_message ("%s", cases[i].yaml);
      g_assert_cmpint (byline_field_kind_for_value (key, byline_node_get_child (root, 0)), ==, cases[i].kind);
    }
}

static void
test_key_names (void)
{
  g_assert_cmpint (byline_field_kind_for_key ("categories"), ==, BYLINE_FIELD_KIND_LIST);
  g_assert_cmpint (byline_field_kind_for_key ("keywords"), ==, BYLINE_FIELD_KIND_LIST);
  g_assert_cmpint (byline_field_kind_for_key ("featured_image"), ==, BYLINE_FIELD_KIND_IMAGE);
  g_assert_cmpint (byline_field_kind_for_key ("publishdate"), ==, BYLINE_FIELD_KIND_DATE);
  g_assert_cmpint (byline_field_kind_for_key ("summary"), ==, BYLINE_FIELD_KIND_MULTILINE);
  g_assert_cmpint (byline_field_kind_for_key ("toc"), ==, BYLINE_FIELD_KIND_SWITCH);
  g_assert_cmpint (byline_field_kind_for_key ("layout"), ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_true (byline_field_key_is_title ("Title"));
  g_assert_true (byline_field_key_is_date ("expiryDate"));
}

static void
test_accepts (void)
{
  g_autoptr(BylineFrontMatter) front_matter =
    byline_front_matter_new (BYLINE_FORMAT_YAML, "a: yes\nb: true\nc: 2021-09-02\nd: [x, y]\ne: {x: 1}\nf: 3\ng:\n");
  BylineNode *string = byline_front_matter_lookup (front_matter, "a");
  BylineNode *boolean = byline_front_matter_lookup (front_matter, "b");
  BylineNode *timestamp = byline_front_matter_lookup (front_matter, "c");
  BylineNode *list = byline_front_matter_lookup (front_matter, "d");
  BylineNode *mapping = byline_front_matter_lookup (front_matter, "e");
  BylineNode *number = byline_front_matter_lookup (front_matter, "f");
  BylineNode *empty = byline_front_matter_lookup (front_matter, "g");

  /* js-yaml reads `yes` as a string: a switch cannot show it. */
  g_assert_false (byline_field_kind_accepts (BYLINE_FIELD_KIND_SWITCH, "a", string));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_SWITCH, "b", boolean));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_DATE, "c", timestamp));
  g_assert_false (byline_field_kind_accepts (BYLINE_FIELD_KIND_DATE, "a", string));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_LIST, "d", list));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_LIST, "a", string));
  g_assert_false (byline_field_kind_accepts (BYLINE_FIELD_KIND_TEXT, "d", list));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_GROUP, "e", mapping));
  g_assert_false (byline_field_kind_accepts (BYLINE_FIELD_KIND_NUMBER, "a", string));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_NUMBER, "f", number));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_SWITCH, "g", empty));
  g_assert_true (byline_field_kind_accepts (BYLINE_FIELD_KIND_RAW, "e", mapping));
}

static void
test_empty_values (void)
{
  g_autoptr(BylineNode) text = byline_field_kind_empty_value (BYLINE_FIELD_KIND_TEXT, BYLINE_FORMAT_YAML);
  g_autoptr(BylineNode) yaml_list = byline_field_kind_empty_value (BYLINE_FIELD_KIND_LIST, BYLINE_FORMAT_YAML);
  g_autoptr(BylineNode) toml_list = byline_field_kind_empty_value (BYLINE_FIELD_KIND_LIST, BYLINE_FORMAT_TOML);
  g_autoptr(BylineNode) toml_raw = byline_field_kind_empty_value (BYLINE_FIELD_KIND_RAW, BYLINE_FORMAT_TOML);
  g_autoptr(BylineNode) toggle = byline_field_kind_empty_value (BYLINE_FIELD_KIND_SWITCH, BYLINE_FORMAT_JSON);

  g_assert_cmpstr (byline_node_get_string (text), ==, "");
  /* `tags:` as Hexo's scaffolds write it; TOML has no null. */
  g_assert_cmpint (byline_node_get_kind (yaml_list), ==, BYLINE_NODE_NULL);
  g_assert_cmpint (byline_node_get_kind (toml_list), ==, BYLINE_NODE_SEQUENCE);
  g_assert_cmpint (byline_node_get_kind (toml_raw), ==, BYLINE_NODE_STRING);
  g_assert_false (byline_node_get_boolean (toggle));
  g_assert_null (byline_field_kind_empty_value (BYLINE_FIELD_KIND_DATE, BYLINE_FORMAT_YAML));
}

static void
assert_date_edit (const char *before,
                  const char *picked,
                  const char *after)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, before);
  BylineNode *old = byline_front_matter_lookup (front_matter, "date");
  g_autoptr(GDateTime) date_time = g_date_time_new_from_iso8601 (picked, NULL);
  g_autoptr(BylineNode) value = byline_field_date_value (old, date_time);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (value);
  g_assert_cmpint (byline_node_get_kind (value), ==, byline_node_get_kind (old));
  byline_front_matter_set (front_matter, "date", value, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, after);
}

static void
test_date_keeps_form (void)
{
  /* The sample's RFC 1123 date is a string; it stays one, in GMT. */
  assert_date_edit ("date: Thu, 02 Sep 2021 16:11:00 GMT\n", "2021-09-03T10:30:00Z",
                    "date: Fri, 03 Sep 2021 10:30:00 GMT\n");
  /* A picked time in another zone is written in the date's own. */
  assert_date_edit ("date: Thu, 02 Sep 2021 16:11:00 GMT\n", "2021-09-03T18:30:00+08:00",
                    "date: Fri, 03 Sep 2021 10:30:00 GMT\n");
  assert_date_edit ("date: 2021-09-02 16:11:00\n", "2021-09-05T08:00:00Z",
                    "date: 2021-09-05 08:00:00\n");
  assert_date_edit ("date: 2021-09-02T16:11:00+08:00\n", "2021-09-05T08:00:00+08:00",
                    "date: 2021-09-05T08:00:00+08:00\n");
  assert_date_edit ("date: \"2013/7/13 20:46:25\"\n", "2013-07-14T09:05:00Z",
                    "date: \"2013/7/14 09:05:00\"\n");
  assert_date_edit ("date: 2021-09-02\n", "2021-10-01T00:00:00Z",
                    "date: 2021-10-01\n");
}

static void
test_list_value (void)
{
  g_autoptr(BylineFrontMatter) front_matter =
    byline_front_matter_new (BYLINE_FORMAT_YAML, "tags: [a, 2021]\ncategories: News\n");
  BylineNode *tags = byline_front_matter_lookup (front_matter, "tags");
  BylineNode *categories = byline_front_matter_lookup (front_matter, "categories");
  const char * const reordered[] = { "2021", "a", "b", NULL };
  const char * const one[] = { "Sport", NULL };
  const char * const two[] = { "News", "Sport", NULL };
  g_autoptr(BylineNode) new_tags = byline_field_list_value (tags, reordered);
  g_autoptr(BylineNode) new_one = byline_field_list_value (categories, one);
  g_autoptr(BylineNode) new_two = byline_field_list_value (categories, two);
  g_auto(GStrv) items = byline_field_list_items (tags);
  g_auto(GStrv) single = byline_field_list_items (categories);

  /* The number stays a number, the new word is a string. */
  g_assert_cmpint (byline_node_get_kind (byline_node_get_child (new_tags, 0)), ==, BYLINE_NODE_INTEGER);
  g_assert_cmpint (byline_node_get_kind (byline_node_get_child (new_tags, 2)), ==, BYLINE_NODE_STRING);
  g_assert_cmpint (byline_node_get_kind (new_one), ==, BYLINE_NODE_STRING);
  g_assert_cmpint (byline_node_get_kind (new_two), ==, BYLINE_NODE_SEQUENCE);
  g_assert_cmpstrv (items, ((const char * const[]) { "a", "2021", NULL }));
  g_assert_cmpstrv (single, ((const char * const[]) { "News", NULL }));
}

static void
test_path_join (void)
{
  g_autofree char *top = byline_path_join (NULL, "title");
  g_autofree char *nested = byline_path_join ("author", "name");
  g_autofree char *dotted = byline_path_join ("params", "og.image");
  g_auto(GStrv) segments = byline_path_split (dotted, NULL);

  g_assert_cmpstr (top, ==, "title");
  g_assert_cmpstr (nested, ==, "author.name");
  g_assert_cmpstrv (segments, ((const char * const[]) { "params", "og.image", NULL }));
}

static void
assert_round_trip (BylineFormat  format,
                   const char   *text,
                   BylineNodeKind kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) value = byline_value_parse (format, text, &error);
  g_autofree char *written = NULL;
  g_autoptr(BylineNode) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (byline_node_get_kind (value), ==, kind);
  written = byline_value_to_text (format, value);
  g_assert_null (strchr (written, '\n'));
  again = byline_value_parse (format, written, &error);
  g_assert_no_error (error);
  g_assert_true (byline_node_equal (value, again));
}

static void
test_value_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) broken = NULL;
  guint line, column;

  assert_round_trip (BYLINE_FORMAT_YAML, "[a, 'b: c', 3]", BYLINE_NODE_SEQUENCE);
  assert_round_trip (BYLINE_FORMAT_YAML, "{name: Wang, links: [x, y]}", BYLINE_NODE_MAPPING);
  assert_round_trip (BYLINE_FORMAT_YAML, "2021-09-02", BYLINE_NODE_TIMESTAMP);
  assert_round_trip (BYLINE_FORMAT_TOML, "{ name = \"Wang\" }", BYLINE_NODE_MAPPING);
  assert_round_trip (BYLINE_FORMAT_TOML, "[1, 2]", BYLINE_NODE_SEQUENCE);
  assert_round_trip (BYLINE_FORMAT_JSON, "{\"a\": [true, null]}", BYLINE_NODE_MAPPING);

  broken = byline_value_parse (BYLINE_FORMAT_YAML, "[a, b", &error);
  g_assert_null (broken);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE);
  g_assert_true (byline_error_get_location (error, &line, &column));
  g_assert_cmpuint (line, ==, 1);
  g_clear_error (&error);

  broken = byline_value_parse (BYLINE_FORMAT_TOML, "bare words", &error);
  g_assert_null (broken);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* JSON members after the value would sneak in a second key. */
  broken = byline_value_parse (BYLINE_FORMAT_JSON, "1, \"w\": 2", &error);
  g_assert_null (broken);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
}

/* Whether @value is a list that chips cannot show: of lists or mappings. */
static gboolean
is_structured_list (BylineNode *value)
{
  if (byline_node_get_kind (value) != BYLINE_NODE_SEQUENCE)
    return FALSE;

  for (guint i = 0; i < byline_node_get_n_children (value); i++)
    {
      if (!byline_node_is_scalar (byline_node_get_child (value, i)) ||
          byline_node_get_kind (byline_node_get_child (value, i)) == BYLINE_NODE_NULL ||
          byline_node_get_kind (byline_node_get_child (value, i)) == BYLINE_NODE_BOOLEAN ||
          byline_node_get_kind (byline_node_get_child (value, i)) == BYLINE_NODE_TIMESTAMP)
        return TRUE;
    }

  return FALSE;
}

static void
check_mapping (const char *post,
               BylineNode *mapping)
{
  for (guint i = 0; i < byline_node_get_n_children (mapping); i++)
    {
      const char *key = byline_node_get_key_string (mapping, i);
      BylineNode *value = byline_node_get_child (mapping, i);
      BylineFieldKind kind;

      if (key == NULL)
        continue;

      kind = byline_field_kind_for_value (key, value);
      g_test_message ("%s: %s", post, key);
      g_assert_true (byline_field_kind_accepts (kind, key, value));

      /* The raw editor is only for what no other control can show. */
      if (kind == BYLINE_FIELD_KIND_RAW)
        g_assert_true (is_structured_list (value));
      if (byline_field_key_is_date (key) && byline_node_get_kind (value) == BYLINE_NODE_TIMESTAMP)
        g_assert_cmpint (kind, ==, BYLINE_FIELD_KIND_DATE);
      if (byline_field_key_is_title (key) && byline_node_get_kind (value) == BYLINE_NODE_STRING)
        g_assert_true (kind == BYLINE_FIELD_KIND_TEXT || kind == BYLINE_FIELD_KIND_MULTILINE);
      if (kind == BYLINE_FIELD_KIND_GROUP)
        check_mapping (post, value);
    }
}

static void
test_fixtures (void)
{
  g_auto(GStrv) posts = fixture_list (NULL);
  guint checked = 0;

  for (guint i = 0; posts[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (posts[i]);
      g_autoptr(BylinePost) post = byline_post_load (file, NULL, NULL);
      BylineFrontMatter *front_matter = post != NULL ? byline_post_get_front_matter (post) : NULL;
      BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;

      if (root == NULL || byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
        continue;

      check_mapping (posts[i], root);
      checked++;
    }

  g_assert_cmpuint (checked, >, 50);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/field-kind/sample", test_sample_kinds);
  g_test_add_func ("/field-kind/values", test_value_kinds);
  g_test_add_func ("/field-kind/key-names", test_key_names);
  g_test_add_func ("/field-kind/accepts", test_accepts);
  g_test_add_func ("/field-kind/empty-values", test_empty_values);
  g_test_add_func ("/field-kind/fixtures", test_fixtures);
  g_test_add_func ("/field-edit/date-keeps-form", test_date_keeps_form);
  g_test_add_func ("/field-edit/list", test_list_value);
  g_test_add_func ("/field-edit/path-join", test_path_join);
  g_test_add_func ("/value-text/round-trip", test_value_text);

  return g_test_run ();
}
