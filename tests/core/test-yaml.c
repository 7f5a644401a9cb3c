/* test-yaml.c: reading YAML front matter as Hexo's js-yaml reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-error.h"
#include "byline-syntax.h"
#include "test-samples.h"

static BylineNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  BylineNode *root = byline_yaml_syntax.parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (root);
  return root;
}

static void
assert_json (const char *text,
             const char *json)
{
  g_autoptr(BylineNode) root = parse (text);
  g_autofree char *actual = byline_node_to_json (root, FALSE);

  g_assert_cmpstr (actual, ==, json);
}

static void
assert_parse_error (const char *text,
                    int         code,
                    guint       line,
                    guint       column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) root = byline_yaml_syntax.parse (text, &error);
  guint error_line = 0, error_column = 0;

  g_assert_null (root);
  g_assert_error (error, BYLINE_ERROR, code);
  g_assert_true (byline_error_get_location (error, &error_line, &error_column));
  g_assert_cmpuint (error_line, ==, line);
  g_assert_cmpuint (error_column, ==, column);
  g_assert_cmpstr (error->message, !=, "");
}

/* Each plain scalar with the value js-yaml 4.3 (Hexo 8) gives it, as JSON. */
static const struct {
  const char *scalar;
  const char *json;
} resolutions[] = {
  { "~", "null" }, { "null", "null" }, { "Null", "null" }, { "NULL", "null" },
  { "", "null" }, { "nULL", "\"nULL\"" },
  { "true", "true" }, { "True", "true" }, { "TRUE", "true" }, { "false", "false" },
  { "False", "false" }, { "FALSE", "false" }, { "tRUE", "\"tRUE\"" },
  { "yes", "\"yes\"" }, { "on", "\"on\"" }, { "off", "\"off\"" },
  { "0", "0" }, { "-0", "0" }, { "+12", "12" }, { "012", "12" }, { "09", "9" },
  { "0x1F", "31" }, { "-0x1f", "-31" }, { "0o17", "15" }, { "0b101", "5" },
  { "+0b11", "3" }, { "0O17", "\"0O17\"" }, { "0B101", "\"0B101\"" },
  { "0x", "\"0x\"" }, { "0b", "\"0b\"" }, { "+", "\"+\"" },
  { "1_000", "\"1_000\"" }, { "0x_1F", "\"0x_1F\"" }, { "_1", "\"_1\"" },
  { "9223372036854775807", "9223372036854775807" },
  { "-9223372036854775808", "-9223372036854775808" },
  { "99999999999999999999", "1e+20" },
  { "1.5", "1.5" }, { "-1.5", "-1.5" }, { "1.", "1" }, { ".5", "0.5" },
  { "+.5", "\"+.5\"" }, { "-.5", "\"-.5\"" }, { "1e5", "100000" }, { "1E+5", "100000" },
  { "1.5e-3", "0.0015" }, { "1.e3", "1000" }, { "1e", "\"1e\"" }, { ".", "\".\"" },
  { "1_0.5", "\"1_0.5\"" }, { "1e999", "\"1e999\"" }, { "0x1.5", "\"0x1.5\"" },
  { ".inf", "null" }, { "-.Inf", "null" }, { "+.INF", "null" }, { ".nan", "null" },
  { ".NaN", "null" }, { "-.nan", "\"-.nan\"" },
  { "1:20", "\"1:20\"" }, { "<<", "\"<<\"" }, { "=", "\"=\"" },
  { "2021-9-2", "\"2021-9-2\"" }, { "2021-09-02 16:11:00 +0800", "\"2021-09-02 16:11:00 +0800\"" },
  { "Thu, 02 Sep 2021 16:11:00 GMT", "\"Thu, 02 Sep 2021 16:11:00 GMT\"" },
  { "新媒体", "\"新媒体\"" },
};

static void
test_resolution (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (resolutions); i++)
    {
      g_autofree char *text = g_strdup_printf ("k: %s\n", resolutions[i].scalar);
      g_autofree char *json = g_strdup_printf ("{\"k\":%s}", resolutions[i].json);

      assert_json (text, json);
    }
}

static void
test_resolution_kinds (void)
{
  g_autoptr(BylineNode) root = parse ("i: 0x10\nf: 1.0\nb: True\nn: ~\ns: '12'\nd: \"true\"\n"
                                      "big: 9223372036854775808\ninf: -.inf\n");
  BylineNode *node;

  node = byline_node_lookup (root, "i");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_INTEGER);
  g_assert_cmpint (byline_node_get_integer (node), ==, 16);
  g_assert_cmpstr (byline_node_get_string (node), ==, "0x10");

  node = byline_node_lookup (root, "f");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_FLOAT);
  g_assert_cmpfloat (byline_node_get_float (node), ==, 1.0);

  node = byline_node_lookup (root, "b");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_BOOLEAN);
  g_assert_true (byline_node_get_boolean (node));

  g_assert_cmpint (byline_node_get_kind (byline_node_lookup (root, "n")), ==, BYLINE_NODE_NULL);

  /* Quoted scalars are strings, whatever they look like. */
  node = byline_node_lookup (root, "s");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_STRING);
  g_assert_cmpint (byline_node_get_style (node), ==, BYLINE_NODE_STYLE_SINGLE_QUOTED);
  node = byline_node_lookup (root, "d");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_STRING);
  g_assert_cmpint (byline_node_get_style (node), ==, BYLINE_NODE_STYLE_DOUBLE_QUOTED);

  /* JavaScript numbers are doubles: an integer past 64 bits is rounded. */
  node = byline_node_lookup (root, "big");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_FLOAT);
  g_assert_cmpfloat (byline_node_get_float (node), ==, 9223372036854775808.0);

  node = byline_node_lookup (root, "inf");
  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_FLOAT);
  g_assert_true (isinf (byline_node_get_float (node)) && byline_node_get_float (node) < 0);
}

static void
test_timestamps (void)
{
  static const char * const timestamps[] = {
    "2021-09-02", "2021-09-02T16:11:00Z", "2021-9-2 1:02:03", "2021-09-02 16:11:00 +08:00",
    "2021-09-02t16:11:00.5-8", "2021-09-02   16:11:00.123456   Z",
  };
  static const char * const strings[] = {
    "2021-9-2", "2021-09-02 16:11:00 +0800", "2021-09-02T16:11", "Thu, 02 Sep 2021 16:11:00 GMT",
    "2013/7/13 20:46:25", "2021-02-30",
  };

  for (guint i = 0; i < G_N_ELEMENTS (timestamps); i++)
    {
      g_autofree char *text = g_strdup_printf ("date: %s\n", timestamps[i]);
      g_autoptr(BylineNode) root = parse (text);
      BylineNode *date = byline_node_lookup (root, "date");

      g_assert_cmpint (byline_node_get_kind (date), ==, BYLINE_NODE_TIMESTAMP);
      g_assert_cmpstr (byline_date_get_text (byline_node_get_date (date)), ==, timestamps[i]);
      g_assert_cmpstr (byline_node_get_string (date), ==, timestamps[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_autofree char *text = g_strdup_printf ("date: %s\n", strings[i]);
      g_autoptr(BylineNode) root = parse (text);

      g_assert_cmpint (byline_node_get_kind (byline_node_lookup (root, "date")), ==, BYLINE_NODE_STRING);
    }

  assert_json ("a: !!timestamp 2021-09-02\nb: '2021-09-02'\n", "{\"a\":\"2021-09-02\",\"b\":\"2021-09-02\"}");
  assert_parse_error ("a: !!timestamp yesterday\n", BYLINE_ERROR_PARSE, 1, 4);
}

static void
test_tags (void)
{
  assert_json ("a: !!str 12\nb: !!int \"12\"\nc: !!float 1\nd: ! 12\ne: !!null\n"
               "f: !!bool 'true'\ng: !!binary aGVsbG8=\nh: !!map {x: 1}\ni: !!seq [1]\n",
               "{\"a\":\"12\",\"b\":12,\"c\":1,\"d\":\"12\",\"e\":null,\"f\":true,"
               "\"g\":\"aGVsbG8=\",\"h\":{\"x\":1},\"i\":[1]}");

  assert_json ("a: !\nb: ! ''\n", "{\"a\":null,\"b\":\"\"}");
  assert_parse_error ("a: 1\nb: !!int twelve\n", BYLINE_ERROR_PARSE, 2, 4);
  assert_parse_error ("a: !!null \"\"\n", BYLINE_ERROR_PARSE, 1, 4);
  assert_parse_error ("a: !custom 1\n", BYLINE_ERROR_PARSE, 1, 4);
  assert_parse_error ("a: !!str [1]\n", BYLINE_ERROR_PARSE, 1, 4);
}

static void
test_styles (void)
{
  g_autoptr(BylineNode) root = parse ("plain: a b\nsingle: 'it''s'\ndouble: \"tab\\there\"\n"
                                      "literal: |\n  one\n  two\n"
                                      "folded: >-\n  one\n  two\n"
                                      "flow: [a, b]\nblock:\n  - a\nmap: {a: 1}\n");
  static const struct {
    const char      *key;
    BylineNodeStyle  style;
    const char      *text;
  } expected[] = {
    { "plain", BYLINE_NODE_STYLE_PLAIN, "a b" },
    { "single", BYLINE_NODE_STYLE_SINGLE_QUOTED, "it's" },
    { "double", BYLINE_NODE_STYLE_DOUBLE_QUOTED, "tab\there" },
    { "literal", BYLINE_NODE_STYLE_LITERAL, "one\ntwo\n" },
    { "folded", BYLINE_NODE_STYLE_FOLDED, "one two" },
    { "flow", BYLINE_NODE_STYLE_FLOW, NULL },
    { "block", BYLINE_NODE_STYLE_BLOCK, NULL },
    { "map", BYLINE_NODE_STYLE_FLOW, NULL },
  };

  g_assert_cmpint (byline_node_get_style (root), ==, BYLINE_NODE_STYLE_BLOCK);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BylineNode *node = byline_node_lookup (root, expected[i].key);

      g_assert_cmpint (byline_node_get_style (node), ==, expected[i].style);
      g_assert_cmpstr (byline_node_get_string (node), ==, expected[i].text);
    }
}

static void
assert_span (const char *text,
             BylineNode *node,
             const char *written,
             guint       line,
             guint       column)
{
  g_assert_true (byline_node_has_span (node));
  g_assert_cmpuint (byline_node_get_end (node), >=, byline_node_get_start (node));
  g_assert_cmpmem (text + byline_node_get_start (node),
                   byline_node_get_end (node) - byline_node_get_start (node),
                   written, strlen (written));
  g_assert_cmpuint (byline_node_get_line (node), ==, line);
  g_assert_cmpuint (byline_node_get_column (node), ==, column);
}

static void
test_spans (void)
{
  const char *text =
    "title: '共享服务'\r\n"
    "categories: \r\n"
    " - 新媒体\r\n"
    " - ZAKER\r\n"
    "body: |\r\n"
    "  第一行\r\n"
    "\r\n"
    "empty:\r\n"
    "flow: &f [一, {b: 2}]\r\n"
    "alias: *f # shared\r\n";
  g_autoptr(BylineNode) root = parse (text);
  BylineNode *categories = byline_node_lookup (root, "categories");
  BylineNode *flow = byline_node_lookup (root, "flow");

  assert_span (text, byline_node_get_key (root, 0), "title", 1, 1);
  assert_span (text, byline_node_lookup (root, "title"), "'共享服务'", 1, 8);
  assert_span (text, categories, "- 新媒体\r\n - ZAKER", 3, 2);
  assert_span (text, byline_node_get_child (categories, 0), "新媒体", 3, 4);
  assert_span (text, byline_node_get_child (categories, 1), "ZAKER", 4, 4);
  /* A block scalar ends with its last line, not with the blank line and
   * the next key that libyaml reads to find its end. */
  assert_span (text, byline_node_lookup (root, "body"), "|\r\n  第一行", 5, 7);
  /* An empty value sits just past its key's colon. */
  assert_span (text, byline_node_lookup (root, "empty"), "", 8, 7);
  assert_span (text, flow, "&f [一, {b: 2}]", 9, 7);
  assert_span (text, byline_node_get_child (flow, 0), "一", 9, 11);
  assert_span (text, byline_node_get_child (flow, 1), "{b: 2}", 9, 14);
  assert_span (text, byline_node_lookup (root, "alias"), "*f", 10, 8);
  g_assert_cmpuint (byline_node_get_start (root), ==, 0);
  g_assert_cmpuint (byline_node_get_end (root), ==, strstr (text, " # shared") - text);
}

static void
test_block_scalar_spans (void)
{
  const char *text = "a: >-\n  b\n   \n\nc: |+\n  kept\n\nd: | # none\n    \n";
  g_autoptr(BylineNode) root = parse (text);

  /* A line of spaces deeper than the text is text; shallower, it is not. */
  assert_span (text, byline_node_lookup (root, "a"), ">-\n  b\n   ", 1, 4);
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (root, "a")), ==, "b\n ");
  /* With `+`, the blank lines after the text belong to the value. */
  assert_span (text, byline_node_lookup (root, "c"), "|+\n  kept\n", 5, 4);
  assert_span (text, byline_node_lookup (root, "d"), "| # none", 8, 4);
}

static void
test_sample (void)
{
  g_autofree char *front_matter = test_sample_front_matter ();
  g_autoptr(BylineNode) root = parse (front_matter);
  g_autofree char *json = byline_node_to_json (root, FALSE);

  g_assert_cmpstr (json, ==,
                   "{\"title\":\"共享服务贸易发展机遇 共促世界经济复苏和增长\","
                   "\"categories\":[\"新媒体\",\"ZAKER\",\"source\"],"
                   "\"headimg\":\"https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/6131681c8e9f09557e317974_1024.jpg\","
                   "\"author\":\"ZAKER\",\"comments\":false,"
                   "\"date\":\"Thu, 02 Sep 2021 16:11:00 GMT\","
                   "\"thumbnail\":\"https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/6131681c8e9f09557e317974_1024.jpg\"}");
}

static void
test_anchors_and_merges (void)
{
  g_autoptr(BylineNode) root = parse ("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\nv: &v hello\nw: *v\n");
  BylineNode *alias = byline_node_lookup (root, "w");
  BylineNode *merged = byline_node_lookup (root, "m");
  g_autofree char *json = byline_node_to_json (root, FALSE);

  g_assert_cmpstr (json, ==, "{\"base\":{\"x\":1,\"y\":2},\"m\":{\"x\":1,\"y\":3},\"v\":\"hello\",\"w\":\"hello\"}");
  g_assert_true (alias->target == byline_node_lookup (root, "v"));
  g_assert_cmpstr (byline_node_get_string (alias), ==, "hello");
  g_assert_true (merged->has_merge);
  g_assert_cmpuint (byline_node_get_n_children (merged), ==, 2);

  assert_json ("m: {<<: [{a: 1}, {a: 2, b: 2}], c: 3}", "{\"m\":{\"a\":1,\"b\":2,\"c\":3}}");
  /* A quoted "<<" is an ordinary key. */
  assert_json ("m: {\"<<\": {a: 1}}", "{\"m\":{\"<<\":{\"a\":1}}}");
  assert_parse_error ("a: 1\nm:\n  <<: 3\n", BYLINE_ERROR_PARSE, 3, 7);
  assert_parse_error ("a: *nowhere\n", BYLINE_ERROR_PARSE, 1, 4);
  /* An anchor is known only once its node is complete: no cycles. */
  assert_parse_error ("a: &a [1, *a]\n", BYLINE_ERROR_PARSE, 1, 11);
}

static void
test_documents (void)
{
  g_autoptr(BylineNode) list = parse ("- a\n- b\n");
  g_autoptr(BylineNode) scalar = parse ("just text\n");

  assert_json ("", "{}");
  assert_json ("# only a comment\n\n", "{}");
  assert_json ("---\n", "{}");
  g_assert_cmpint (byline_node_get_kind (list), ==, BYLINE_NODE_SEQUENCE);
  g_assert_cmpint (byline_node_get_kind (scalar), ==, BYLINE_NODE_STRING);
  assert_parse_error ("a: 1\n---\nb: 2\n", BYLINE_ERROR_PARSE, 2, 1);
}

static void
test_duplicate_keys (void)
{
  g_autoptr(BylineNode) root = parse ("tag: a\ntag: b\n");

  g_assert_cmpuint (byline_node_get_n_children (root), ==, 2);
  g_assert_cmpstr (byline_node_get_key_string (root, 0), ==, "tag");
  g_assert_cmpstr (byline_node_get_key_string (root, 1), ==, "tag");
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (root, "tag")), ==, "a");
}

static void
test_syntax_errors (void)
{
  assert_parse_error ("title: a: b\n", BYLINE_ERROR_PARSE, 1, 9);
  assert_parse_error ("title: a\n  b: c\n", BYLINE_ERROR_PARSE, 2, 4);
  assert_parse_error ("title: \"open\nnext: 1\n", BYLINE_ERROR_PARSE, 3, 1);
  assert_parse_error ("tags: [a, b\nnext: 1\n", BYLINE_ERROR_PARSE, 2, 5);
  assert_parse_error ("a: 1\n\t- b\n", BYLINE_ERROR_PARSE, 2, 1);
  assert_parse_error ("a: 1\nb: @x\n", BYLINE_ERROR_PARSE, 2, 4);
  assert_parse_error ("a: \"\\q\"\n", BYLINE_ERROR_PARSE, 1, 5);
  assert_parse_error ("a: \"nul\\0\"\n", BYLINE_ERROR_PARSE, 1, 4);
  assert_parse_error ("a: b\x01\n", BYLINE_ERROR_ENCODING, 1, 5);
}

static void
test_billion_laughs (void)
{
  g_autoptr(GString) text = g_string_new ("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
  g_autoptr(GTimer) timer = g_timer_new ();

  for (guint i = 1; i < 10; i++)
    {
      g_string_append_printf (text, "a%u: &a%u [", i, i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (text, "%s*a%u", j > 0 ? ", " : "", i - 1);
      g_string_append (text, "]\n");
    }

  assert_parse_error (text->str, BYLINE_ERROR_LIMIT, 5, 45);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) flow = g_string_new ("a: ");
  g_autoptr(GString) block = g_string_new (NULL);
  g_autoptr(GTimer) timer = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (flow, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (flow, ']');
  for (guint i = 0; i < 10000; i++)
    {
      for (guint j = 0; j < i; j++)
        g_string_append_c (block, ' ');
      g_string_append (block, "k:\n");
    }

  timer = g_timer_new ();
  assert_parse_error (flow->str, BYLINE_ERROR_LIMIT, 1, 515);
  assert_parse_error (block->str, BYLINE_ERROR_LIMIT, 513, 513);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/yaml/parse/resolution", test_resolution);
  g_test_add_func ("/yaml/parse/resolution-kinds", test_resolution_kinds);
  g_test_add_func ("/yaml/parse/timestamps", test_timestamps);
  g_test_add_func ("/yaml/parse/tags", test_tags);
  g_test_add_func ("/yaml/parse/styles", test_styles);
  g_test_add_func ("/yaml/parse/spans", test_spans);
  g_test_add_func ("/yaml/parse/block-scalar-spans", test_block_scalar_spans);
  g_test_add_func ("/yaml/parse/sample", test_sample);
  g_test_add_func ("/yaml/parse/anchors-and-merges", test_anchors_and_merges);
  g_test_add_func ("/yaml/parse/documents", test_documents);
  g_test_add_func ("/yaml/parse/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/yaml/parse/syntax-errors", test_syntax_errors);
  g_test_add_func ("/yaml/parse/billion-laughs", test_billion_laughs);
  g_test_add_func ("/yaml/parse/deep-nesting", test_deep_nesting);

  return g_test_run ();
}
