/* test-json.c: reading and editing JSON front matter (Hexo `;;;`, Hugo `{…}`)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-error.h"
#include "byline-front-matter.h"
#include "edit-checks.h"

static const char hexo[] =
  "\"title\": \"JSON Caught Up\",\n"
  "\"date\": \"2013/7/13 20:46:25\",\n"
  "\"tags\": [\"json\", \"hexo\"],\n"
  "\"comments\": true\n";

static const char hugo_pretty[] =
  "{\n"
  "  \"title\": \"Spring \\\"news\\\"\",\n"
  "  \"date\": \"2021-09-02T16:11:00+08:00\",\n"
  "  \"weight\": 12,\n"
  "  \"categories\": [\n"
  "    \"news\",\n"
  "    \"tech\"\n"
  "  ],\n"
  "  \"params\": {\n"
  "    \"author\": \"Li Lei\"\n"
  "  },\n"
  "  \"extra\": {}\n"
  "}";

static const char hugo_compact[] =
  "{\"title\":\"x\",\"tags\":[\"a\",\"b\"],\"draft\":false,\"ratio\":0.5}";

static BylineNode *
parse_ok (const char *text)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (BYLINE_FORMAT_JSON, text);

  return byline_node_ref (byline_front_matter_get_root (front_matter));
}

static void
test_parse_hugo (void)
{
  g_autoptr(BylineNode) root = parse_ok (hugo_pretty);
  BylineNode *title = byline_node_lookup (root, "title");
  BylineNode *date = byline_node_lookup (root, "date");
  BylineNode *categories = byline_node_lookup (root, "categories");

  g_assert_cmpint (byline_node_get_kind (root), ==, BYLINE_NODE_MAPPING);
  g_assert_cmpuint (byline_node_get_n_children (root), ==, 6);
  g_assert_cmpstr (byline_node_get_string (title), ==, "Spring \"news\"");
  g_assert_cmpuint (byline_node_get_line (title), ==, 2);
  g_assert_cmpuint (byline_node_get_column (title), ==, 12);
  /* JSON has no dates: a date stays the string it is. */
  g_assert_cmpint (byline_node_get_kind (date), ==, BYLINE_NODE_STRING);
  g_assert_cmpint (byline_node_get_integer (byline_node_lookup (root, "weight")), ==, 12);
  g_assert_cmpint (byline_node_get_style (categories), ==, BYLINE_NODE_STYLE_FLOW);
  g_assert_cmpstr (byline_node_get_string (byline_node_get_child (categories, 1)), ==, "tech");
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (byline_node_lookup (root, "params"), "author")),
                   ==, "Li Lei");
  g_assert_cmpuint (byline_node_get_n_children (byline_node_lookup (root, "extra")), ==, 0);
}

static void
test_parse_hexo (void)
{
  g_autoptr(BylineNode) root = parse_ok (hexo);
  g_autoptr(BylineNode) empty = parse_ok ("");
  g_autoptr(BylineNode) blank = parse_ok ("\n  \n");

  g_assert_cmpuint (byline_node_get_n_children (root), ==, 4);
  g_assert_cmpstr (byline_node_get_key_string (root, 1), ==, "date");
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (root, "date")), ==, "2013/7/13 20:46:25");
  g_assert_true (byline_node_get_boolean (byline_node_lookup (root, "comments")));
  g_assert_cmpint (byline_node_get_kind (empty), ==, BYLINE_NODE_MAPPING);
  g_assert_cmpuint (byline_node_get_n_children (empty), ==, 0);
  g_assert_cmpuint (byline_node_get_n_children (blank), ==, 0);
}

static void
test_parse_scalars (void)
{
  g_autoptr(BylineNode) root =
    parse_ok ("{\"s\": \"a\\\\b\\/c\\b\\f\\n\\r\\t\\u00e9\\u4e2d\\ud83d\\ude00\","
              " \"i\": -42, \"z\": -0, \"big\": 9223372036854775807,"
              " \"huge\": 9223372036854775808, \"f\": 1.5e3, \"g\": 1.0,"
              " \"e\": 2E-2, \"t\": true, \"n\": null, \"a\": [[], {}]}");

  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (root, "s")), ==,
                   "a\\b/c\b\f\n\r\té中😀");
  g_assert_cmpint (byline_node_get_integer (byline_node_lookup (root, "i")), ==, -42);
  g_assert_cmpint (byline_node_get_integer (byline_node_lookup (root, "z")), ==, 0);
  g_assert_cmpint (byline_node_get_integer (byline_node_lookup (root, "big")), ==, G_MAXINT64);
  g_assert_cmpint (byline_node_get_kind (byline_node_lookup (root, "huge")), ==, BYLINE_NODE_FLOAT);
  g_assert_cmpfloat (byline_node_get_float (byline_node_lookup (root, "f")), ==, 1500.0);
  g_assert_cmpint (byline_node_get_kind (byline_node_lookup (root, "g")), ==, BYLINE_NODE_FLOAT);
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (root, "g")), ==, "1.0");
  g_assert_cmpfloat (byline_node_get_float (byline_node_lookup (root, "e")), ==, 0.02);
  g_assert_cmpint (byline_node_get_kind (byline_node_lookup (root, "n")), ==, BYLINE_NODE_NULL);
  g_assert_cmpuint (byline_node_get_n_children (byline_node_lookup (root, "a")), ==, 2);
}

static void
assert_error (const char *text,
              int         code,
              guint       line,
              guint       column,
              const char *words)
{
  edit_checks_assert_error (BYLINE_FORMAT_JSON, text, code, line, column, words);
}

static void
test_errors (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);

  assert_error ("{\n  \"a\": 1,\n}", BYLINE_ERROR_PARSE, 3, 1, "key");
  assert_error ("{\"a\": [1, 2,]}", BYLINE_ERROR_PARSE, 1, 13, "value");
  assert_error ("{\"a\": \"open}", BYLINE_ERROR_PARSE, 1, 7, "never closed");
  assert_error ("{\"a\": \"\\x\"}", BYLINE_ERROR_PARSE, 1, 8, "\\x");
  assert_error ("{\"a\": \"\\ud800x\"}", BYLINE_ERROR_PARSE, 1, 8, "surrogate");
  assert_error ("{\"a\": \"\\udc00\"}", BYLINE_ERROR_PARSE, 1, 8, "surrogate");
  assert_error ("{\"a\": \"\\u00g0\"}", BYLINE_ERROR_PARSE, 1, 8, "hex");
  assert_error ("{\"a\": \"\\u0000\"}", BYLINE_ERROR_PARSE, 1, 8, "U+0000");
  assert_error ("{\"a\": \"tab\there\"}", BYLINE_ERROR_PARSE, 1, 11, "escape");
  assert_error ("{\"中文\": 1, \"中文\": 2}", BYLINE_ERROR_PARSE, 1, 11, "twice");
  assert_error ("{\"a\": 01}", BYLINE_ERROR_PARSE, 1, 7, "“01”");
  assert_error ("{\"a\": 1.}", BYLINE_ERROR_PARSE, 1, 7, "number");
  assert_error ("{\"a\": -}", BYLINE_ERROR_PARSE, 1, 7, "number");
  assert_error ("{\"a\": 1e}", BYLINE_ERROR_PARSE, 1, 7, "number");
  assert_error ("{\"a\": tru}", BYLINE_ERROR_PARSE, 1, 7, "value");
  assert_error ("{\"a\": 'x'}", BYLINE_ERROR_PARSE, 1, 7, "value");
  assert_error ("{\"a\" 1}", BYLINE_ERROR_PARSE, 1, 6, "“:”");
  assert_error ("{\"a\": 1 \"b\": 2}", BYLINE_ERROR_PARSE, 1, 9, "“,”");
  assert_error ("{\"a\": 1} x", BYLINE_ERROR_PARSE, 1, 10, "after");
  assert_error ("\"a\": 1,\n\"b\": 2,\n", BYLINE_ERROR_PARSE, 3, 1, "key");
  assert_error ("\"a\": 1\n\"b\": 2\n", BYLINE_ERROR_PARSE, 2, 1, "“,”");
  assert_error ("{\"a\": \"\xff\"}", BYLINE_ERROR_ENCODING, 1, 8, "UTF-8");

  g_string_append (deep, "{\"a\": ");
  for (guint i = 0; i < 600; i++)
    g_string_append_c (deep, '[');
  assert_error (deep->str, BYLINE_ERROR_LIMIT, 1, 7 + 511, "512");
}

static void
test_parse_value (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) string = byline_node_parse_json (" \"2021-09-02\" ", &error);
  g_autoptr(BylineNode) list = byline_node_parse_json ("[1, \"two\", {\"three\": 3.5}]", &error);
  g_autoptr(BylineNode) bad = NULL;
  guint line, column;

  g_assert_no_error (error);
  g_assert_cmpint (byline_node_get_kind (string), ==, BYLINE_NODE_STRING);
  g_assert_cmpstr (byline_node_get_string (string), ==, "2021-09-02");
  g_assert_cmpuint (byline_node_get_n_children (list), ==, 3);

  bad = byline_node_parse_json ("[1,\n 2", &error);
  g_assert_null (bad);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE);
  g_assert_true (byline_error_get_location (error, &line, &column));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 3);
}

static char *
edited (const char *text,
        const char *path,
        BylineNode *value)
{
  return edit_checks_apply (BYLINE_FORMAT_JSON, text, path, value, NULL);
}

static char *
edited_string (const char *text,
               const char *path,
               const char *value)
{
  return edit_checks_set_string (BYLINE_FORMAT_JSON, text, path, value);
}

static char *
removed (const char *text,
         const char *path)
{
  return edit_checks_apply (BYLINE_FORMAT_JSON, text, path, NULL, NULL);
}

static void
test_edit_hexo (void)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (BYLINE_FORMAT_JSON, hexo);
  g_autoptr(BylineNode) tags = edit_checks_json ("[\"json\", \"hexo\", \"博客\"]");
  g_autofree char *title = edited_string (hexo, "title", "新的 \"标题\"");
  g_autofree char *added = edited_string (hexo, "author", "Han Meimei");
  g_autofree char *appended = edited (hexo, "tags", tags);
  g_autofree char *without_last = removed (hexo, "comments");
  g_autofree char *without_date = removed (hexo, "date");
  g_autofree char *into_empty = edited_string ("", "title", "x");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (title, ==,
                   "\"title\": \"新的 \\\"标题\\\"\",\n"
                   "\"date\": \"2013/7/13 20:46:25\",\n"
                   "\"tags\": [\"json\", \"hexo\"],\n"
                   "\"comments\": true\n");
  g_assert_cmpstr (added, ==,
                   "\"title\": \"JSON Caught Up\",\n"
                   "\"date\": \"2013/7/13 20:46:25\",\n"
                   "\"tags\": [\"json\", \"hexo\"],\n"
                   "\"comments\": true,\n"
                   "\"author\": \"Han Meimei\"\n");
  g_assert_cmpstr (appended, ==,
                   "\"title\": \"JSON Caught Up\",\n"
                   "\"date\": \"2013/7/13 20:46:25\",\n"
                   "\"tags\": [\"json\", \"hexo\", \"博客\"],\n"
                   "\"comments\": true\n");
  g_assert_cmpstr (without_last, ==,
                   "\"title\": \"JSON Caught Up\",\n"
                   "\"date\": \"2013/7/13 20:46:25\",\n"
                   "\"tags\": [\"json\", \"hexo\"]\n");
  g_assert_cmpstr (without_date, ==,
                   "\"title\": \"JSON Caught Up\",\n"
                   "\"tags\": [\"json\", \"hexo\"],\n"
                   "\"comments\": true\n");
  g_assert_cmpstr (into_empty, ==, "\"title\": \"x\"\n");

  g_assert_true (byline_front_matter_rename (front_matter, "comments", "allow comments", &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (byline_front_matter_get_text (front_matter),
                                   "\"allow comments\": true\n"));
}

static void
test_edit_hugo_pretty (void)
{
  g_autoptr(BylineNode) categories = edit_checks_json ("[\"news\", \"science\", \"tech\"]");
  g_autoptr(BylineNode) fewer = edit_checks_json ("[\"tech\"]");
  g_autoptr(BylineNode) social = edit_checks_json ("{\"weibo\": \"lilei\", \"ids\": [1, 2]}");
  g_autofree char *inserted = edited (hugo_pretty, "categories", categories);
  g_autofree char *shortened = edited (hugo_pretty, "categories", fewer);
  g_autofree char *nested = edited (hugo_pretty, "extra.social", social);
  g_autofree char *author = edited_string (hugo_pretty, "params.email", "li@example.com");
  g_autofree char *without_extra = removed (hugo_pretty, "extra");

  g_assert_cmpstr (inserted, ==,
                   "{\n"
                   "  \"title\": \"Spring \\\"news\\\"\",\n"
                   "  \"date\": \"2021-09-02T16:11:00+08:00\",\n"
                   "  \"weight\": 12,\n"
                   "  \"categories\": [\n"
                   "    \"news\",\n"
                   "    \"science\",\n"
                   "    \"tech\"\n"
                   "  ],\n"
                   "  \"params\": {\n"
                   "    \"author\": \"Li Lei\"\n"
                   "  },\n"
                   "  \"extra\": {}\n"
                   "}");
  g_assert_nonnull (strstr (shortened, "  \"categories\": [\n    \"tech\"\n  ],\n"));
  g_assert_true (g_str_has_suffix (nested,
                                   "  \"extra\": {\n"
                                   "    \"social\": {\n"
                                   "      \"weibo\": \"lilei\",\n"
                                   "      \"ids\": [\n"
                                   "        1,\n"
                                   "        2\n"
                                   "      ]\n"
                                   "    }\n"
                                   "  }\n"
                                   "}"));
  g_assert_nonnull (strstr (author,
                            "  \"params\": {\n"
                            "    \"author\": \"Li Lei\",\n"
                            "    \"email\": \"li@example.com\"\n"
                            "  },\n"));
  g_assert_true (g_str_has_suffix (without_extra,
                                   "  \"params\": {\n"
                                   "    \"author\": \"Li Lei\"\n"
                                   "  }\n"
                                   "}"));
}

static void
test_edit_hugo_compact (void)
{
  g_autoptr(BylineNode) tags = edit_checks_json ("[\"a\", \"c\"]");
  g_autoptr(BylineNode) author = edit_checks_json ("{\"name\": \"x\", \"ids\": [1]}");
  g_autoptr(BylineNode) ratio = byline_node_new_float (2.0);
  g_autofree char *added = edited_string (hugo_compact, "slug", "x-y");
  g_autofree char *tags_text = edited (hugo_compact, "tags", tags);
  g_autofree char *author_text = edited (hugo_compact, "author", author);
  g_autofree char *ratio_text = edited (hugo_compact, "ratio", ratio);
  g_autofree char *without_title = removed (hugo_compact, "title");
  g_autofree char *into_empty = edited_string ("{}", "title", "x");

  g_assert_cmpstr (added, ==,
                   "{\"title\":\"x\",\"tags\":[\"a\",\"b\"],\"draft\":false,\"ratio\":0.5,\"slug\":\"x-y\"}");
  g_assert_cmpstr (tags_text, ==,
                   "{\"title\":\"x\",\"tags\":[\"a\",\"c\"],\"draft\":false,\"ratio\":0.5}");
  g_assert_cmpstr (author_text, ==,
                   "{\"title\":\"x\",\"tags\":[\"a\",\"b\"],\"draft\":false,\"ratio\":0.5,"
                   "\"author\":{\"name\":\"x\",\"ids\":[1]}}");
  g_assert_cmpstr (ratio_text, ==,
                   "{\"title\":\"x\",\"tags\":[\"a\",\"b\"],\"draft\":false,\"ratio\":2.0}");
  g_assert_cmpstr (without_title, ==, "{\"tags\":[\"a\",\"b\"],\"draft\":false,\"ratio\":0.5}");
  g_assert_cmpstr (into_empty, ==, "{\"title\": \"x\"}");
}

static void
test_edit_crlf (void)
{
  const char *text = "{\r\n  \"title\": \"x\",\r\n  \"tags\": []\r\n}\r\n";
  g_autoptr(BylineNode) tags = edit_checks_json ("[\"a\"]");
  g_autofree char *added = edited_string (text, "slug", "y");
  g_autofree char *tags_text = edited (text, "tags", tags);
  g_autofree char *without = removed (text, "tags");

  g_assert_cmpstr (added, ==,
                   "{\r\n  \"title\": \"x\",\r\n  \"tags\": [],\r\n  \"slug\": \"y\"\r\n}\r\n");
  g_assert_cmpstr (tags_text, ==,
                   "{\r\n  \"title\": \"x\",\r\n  \"tags\": [\r\n    \"a\"\r\n  ]\r\n}\r\n");
  g_assert_cmpstr (without, ==, "{\r\n  \"title\": \"x\"\r\n}\r\n");
}

static void
test_edit_refused (void)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (BYLINE_FORMAT_JSON, hexo);
  g_autoptr(BylineDate) date = byline_date_parse ("2013/7/13 20:46:25", NULL);
  g_autoptr(BylineNode) date_node = byline_node_new_date (date);
  g_autoptr(BylineNode) nan = byline_node_new_float (NAN);
  g_autoptr(GError) error = NULL;

  /* JSON has no dates: the caller writes them as strings. */
  g_assert_false (byline_front_matter_set (front_matter, "date", date_node, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (byline_front_matter_set (front_matter, "ratio", nan, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, hexo);
}

static void
test_edit_everywhere (void)
{
  static const char * const texts[] = {
    hexo,
    hugo_pretty,
    hugo_compact,
    "{}",
    "{\n}\n",
    "\"only\": 1\n",
    "{\"a\": [], \"b\": [1], \"c\": [1, 2, 3], \"d\": {\"e\": {\"f\": [true, null]}}}",
    "{\n\t\"tabs\": {\n\t\t\"x\": 1,\n\t\t\"y\": [\n\t\t\t2\n\t\t]\n\t}\n}\n",
    "{\r\n  \"crlf\": [\r\n    1,\r\n    2\r\n  ],\r\n  \"z\": \"中文\"\r\n}\r\n",
    "  {  \"spaced\" :  [ 1 ,  2 ] ,  \"o\" : { } }  ",
    "\"a\": {\n  \"b\": [\n    \"c\"\n  ]\n},\n\"d\": 0.5\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    edit_checks_run (BYLINE_FORMAT_JSON, texts[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/json/parse/hugo", test_parse_hugo);
  g_test_add_func ("/json/parse/hexo", test_parse_hexo);
  g_test_add_func ("/json/parse/scalars", test_parse_scalars);
  g_test_add_func ("/json/parse/errors", test_errors);
  g_test_add_func ("/json/parse/value", test_parse_value);
  g_test_add_func ("/json/edit/hexo", test_edit_hexo);
  g_test_add_func ("/json/edit/hugo-pretty", test_edit_hugo_pretty);
  g_test_add_func ("/json/edit/hugo-compact", test_edit_hugo_compact);
  g_test_add_func ("/json/edit/crlf", test_edit_crlf);
  g_test_add_func ("/json/edit/refused", test_edit_refused);
  g_test_add_func ("/json/edit/everywhere", test_edit_everywhere);

  return g_test_run ();
}
