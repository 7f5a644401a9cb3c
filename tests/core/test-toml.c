/* test-toml.c: reading and editing TOML front matter (Hugo's `+++`)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-error.h"
#include "byline-front-matter.h"
#include "edit-checks.h"

static const char hugo[] =
  "# Post settings\n"
  "title = \"Spring news\"   # shown in lists\n"
  "date = 2021-09-02T16:11:00+08:00\n"
  "lastmod = 2021-09-03\n"
  "draft = false\n"
  "weight = 1_000\n"
  "tags = [\"news\", \"tech\"]\n"
  "categories = [\n"
  "  \"world\",  # first\n"
  "  \"science\",\n"
  "]\n"
  "description = '''\n"
  "Line one\n"
  "Line two'''\n"
  "author = { name = \"Li Lei\", email = 'li@example.com' }\n"
  "\n"
  "[params]\n"
  "  subtitle = 'A \"quoted\" word'\n"
  "  show_toc = true\n"
  "\n"
  "[[resources]]\n"
  "  src = \"images/a.png\"\n"
  "\n"
  "[[resources]]\n"
  "  src = \"images/b.png\"\n";

static BylineNode *
parse_ok (const char *text)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (BYLINE_FORMAT_TOML, text);

  return byline_node_ref (byline_front_matter_get_root (front_matter));
}

static BylineNode *
lookup (BylineNode *root,
        const char *path)
{
  g_auto(GStrv) keys = g_strsplit (path, ".", -1);
  BylineNode *node = root;

  for (guint i = 0; node != NULL && keys[i] != NULL; i++)
    {
      char *end;
      guint64 index = g_ascii_strtoull (keys[i], &end, 10);

      if (byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE && *end == '\0')
        node = index < byline_node_get_n_children (node) ? byline_node_get_child (node, (guint) index) : NULL;
      else
        node = byline_node_lookup (node, keys[i]);
    }
  g_assert_nonnull (node);
  return node;
}

static void
assert_string (BylineNode      *root,
               const char      *path,
               const char      *value,
               BylineNodeStyle  style)
{
  BylineNode *node = lookup (root, path);

  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_STRING);
  g_assert_cmpstr (byline_node_get_string (node), ==, value);
  g_assert_cmpint (byline_node_get_style (node), ==, style);
}

static void
test_parse_hugo (void)
{
  g_autoptr(BylineNode) root = parse_ok (hugo);
  BylineNode *date = lookup (root, "date");
  BylineNode *categories = lookup (root, "categories");
  BylineNode *params = lookup (root, "params");
  BylineNode *resources = lookup (root, "resources");
  g_autoptr(GDateTime) expected = g_date_time_new_from_iso8601 ("2021-09-02T08:11:00Z", NULL);

  g_assert_cmpuint (byline_node_get_n_children (root), ==, 11);
  assert_string (root, "title", "Spring news", BYLINE_NODE_STYLE_DOUBLE_QUOTED);
  g_assert_cmpuint (byline_node_get_line (lookup (root, "title")), ==, 2);
  g_assert_cmpuint (byline_node_get_column (lookup (root, "title")), ==, 9);

  g_assert_cmpint (byline_node_get_kind (date), ==, BYLINE_NODE_TIMESTAMP);
  g_assert_true (g_date_time_equal (byline_date_get_date_time (byline_node_get_date (date)), expected));
  g_assert_true (byline_date_has_zone (byline_node_get_date (date)));
  g_assert_cmpint (byline_node_get_kind (lookup (root, "lastmod")), ==, BYLINE_NODE_TIMESTAMP);
  g_assert_false (byline_date_has_time (byline_node_get_date (lookup (root, "lastmod"))));
  g_assert_cmpstr (byline_node_get_string (lookup (root, "lastmod")), ==, "2021-09-03");

  g_assert_false (byline_node_get_boolean (lookup (root, "draft")));
  g_assert_cmpint (byline_node_get_integer (lookup (root, "weight")), ==, 1000);
  g_assert_cmpint (byline_node_get_style (categories), ==, BYLINE_NODE_STYLE_FLOW);
  g_assert_cmpuint (byline_node_get_n_children (categories), ==, 2);
  assert_string (root, "description", "Line one\nLine two", BYLINE_NODE_STYLE_LITERAL);
  assert_string (root, "author.email", "li@example.com", BYLINE_NODE_STYLE_SINGLE_QUOTED);
  g_assert_cmpint (byline_node_get_style (lookup (root, "author")), ==, BYLINE_NODE_STYLE_FLOW);

  g_assert_cmpint (byline_node_get_style (params), ==, BYLINE_NODE_STYLE_BLOCK);
  g_assert_cmpuint (byline_node_get_line (params), ==, 17);
  assert_string (root, "params.subtitle", "A \"quoted\" word", BYLINE_NODE_STYLE_SINGLE_QUOTED);
  g_assert_cmpint (byline_node_get_style (resources), ==, BYLINE_NODE_STYLE_BLOCK);
  g_assert_cmpuint (byline_node_get_n_children (resources), ==, 2);
  assert_string (root, "resources.1.src", "images/b.png", BYLINE_NODE_STYLE_DOUBLE_QUOTED);
}

static void
test_parse_strings (void)
{
  g_autoptr(BylineNode) root =
    parse_ok ("basic = \"tab\\t quote\\\" back\\\\ \\u00E9 \\U0001F600 \\b\\f\\r\\n\"\n"
              "literal = 'C:\\Users\\nobody'\n"
              "multi = \"\"\"\n"
              "Roses are red\n"
              "Violets are blue\"\"\"\n"
              "joined = \"\"\"\\\n"
              "    The quick \\\n"
              "    brown fox.\\\n"
              "    \"\"\"\n"
              "quotes = \"\"\"Here are two quotes: \"\". \"\"\"\"\"\n"
              "raw = '''\n"
              "The first newline is\n"
              "trimmed in raw strings.\n"
              "   All other whitespace\n"
              "   is preserved.\n"
              "'''\n"
              "raw_quotes = ''''That,' she said.'''\n"
              "empty = \"\"\n"
              "crlf = \"\"\"\r\na\r\nb\"\"\"\n");

  assert_string (root, "basic", "tab\t quote\" back\\ é 😀 \b\f\r\n", BYLINE_NODE_STYLE_DOUBLE_QUOTED);
  assert_string (root, "literal", "C:\\Users\\nobody", BYLINE_NODE_STYLE_SINGLE_QUOTED);
  assert_string (root, "multi", "Roses are red\nViolets are blue", BYLINE_NODE_STYLE_FOLDED);
  assert_string (root, "joined", "The quick brown fox.", BYLINE_NODE_STYLE_FOLDED);
  assert_string (root, "quotes", "Here are two quotes: \"\". \"\"", BYLINE_NODE_STYLE_FOLDED);
  assert_string (root, "raw",
                 "The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n",
                 BYLINE_NODE_STYLE_LITERAL);
  assert_string (root, "raw_quotes", "'That,' she said.", BYLINE_NODE_STYLE_LITERAL);
  assert_string (root, "empty", "", BYLINE_NODE_STYLE_DOUBLE_QUOTED);
  assert_string (root, "crlf", "a\nb", BYLINE_NODE_STYLE_FOLDED);
}

static void
assert_integer (BylineNode *root,
                const char *path,
                gint64      value)
{
  BylineNode *node = lookup (root, path);

  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_INTEGER);
  g_assert_cmpint (byline_node_get_integer (node), ==, value);
}

static void
assert_float (BylineNode *root,
              const char *path,
              double      value)
{
  BylineNode *node = lookup (root, path);

  g_assert_cmpint (byline_node_get_kind (node), ==, BYLINE_NODE_FLOAT);
  if (isnan (value))
    g_assert_true (isnan (byline_node_get_float (node)));
  else
    g_assert_cmpfloat (byline_node_get_float (node), ==, value);
}

static void
test_parse_numbers (void)
{
  g_autoptr(BylineNode) root =
    parse_ok ("a = +99\nb = -17\nc = 0\nd = 1_000_000\ne = 0xDEAD_beef\nf = 0o755\ng = 0b1101\n"
              "h = 9223372036854775807\ni = -9223372036854775808\n"
              "j = 3.1415\nk = -0.01\nl = 5e+22\nm = 1e06\nn = -2E-2\no = 6.626e-34\np = 224_617.445_991\n"
              "q = inf\nr = -inf\ns = nan\nt = +0.0\nu = true\n");

  assert_integer (root, "a", 99);
  assert_integer (root, "b", -17);
  assert_integer (root, "c", 0);
  assert_integer (root, "d", 1000000);
  assert_integer (root, "e", 0xDEADBEEF);
  assert_integer (root, "f", 0755);
  assert_integer (root, "g", 13);
  assert_integer (root, "h", G_MAXINT64);
  assert_integer (root, "i", G_MININT64);
  assert_float (root, "j", 3.1415);
  assert_float (root, "k", -0.01);
  assert_float (root, "l", 5e22);
  assert_float (root, "m", 1e6);
  assert_float (root, "n", -0.02);
  assert_float (root, "o", 6.626e-34);
  assert_float (root, "p", 224617.445991);
  assert_float (root, "q", INFINITY);
  assert_float (root, "r", -INFINITY);
  assert_float (root, "s", NAN);
  assert_float (root, "t", 0.0);
  g_assert_true (byline_node_get_boolean (lookup (root, "u")));
  g_assert_cmpstr (byline_node_get_string (lookup (root, "d")), ==, "1_000_000");
}

static void
test_parse_dates (void)
{
  g_autoptr(BylineNode) root =
    parse_ok ("odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\n"
              "odt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\n"
              "odt5 = 1979-05-27t07:32:00z\nldt = 1979-05-27T07:32:00\nld = 1979-05-27\n"
              "lt = 07:32:00\nlt2 = 00:32:00.999999\nleap = 2024-02-29\n");
  const char * const stamps[] = { "odt1", "odt2", "odt3", "odt4", "odt5", "ldt", "ld", "leap" };

  for (guint i = 0; i < G_N_ELEMENTS (stamps); i++)
    g_assert_cmpint (byline_node_get_kind (lookup (root, stamps[i])), ==, BYLINE_NODE_TIMESTAMP);
  g_assert_true (byline_date_equal (byline_node_get_date (lookup (root, "odt1")),
                                    byline_node_get_date (lookup (root, "odt2"))));
  g_assert_true (byline_date_has_zone (byline_node_get_date (lookup (root, "odt4"))));
  g_assert_false (byline_date_has_zone (byline_node_get_date (lookup (root, "ldt"))));
  g_assert_cmpstr (byline_node_get_string (lookup (root, "ldt")), ==, "1979-05-27T07:32:00");
  /* Byline's dates are days or instants: a time of day alone is text. */
  g_assert_cmpint (byline_node_get_kind (lookup (root, "lt")), ==, BYLINE_NODE_STRING);
  g_assert_cmpstr (byline_node_get_string (lookup (root, "lt2")), ==, "00:32:00.999999");
}

static void
test_parse_tables (void)
{
  g_autoptr(BylineNode) root =
    parse_ok ("\"quoted key\" = 1\n"
              "site . \"a.b\" . c = 2\n"
              "points = [ { x = 1, y = 2 }, { x = 7, y = 8, z.w = 9 } ]\n"
              "nested = [ [ 1, 2 ], [\"a\", 'b'], [ ] ]\n"
              "multi = [ # comment\n"
              "  1,\n"
              "  # between\n"
              "  2, # after\n"
              "]\n"
              "\n"
              "[x.y.z.w]\n"
              "[x]\n"
              "k = 'v'\n"
              "\n"
              "[fruit]\n"
              "apple.color = \"red\"\n"
              "[fruit.apple.texture]\n"
              "smooth = true\n"
              "\n"
              "[[products]]\n"
              "name = \"Hammer\"\n"
              "[[products]]\n"
              "[[products]]\n"
              "name = \"Nail\"\n"
              "[products.size]\n"
              "mm = 3\n"
              "[[products.tags]]\n"
              "t = 1\n"
              "\n"
              "[ 'sp ace' ]\n");

  assert_integer (root, "quoted key", 1);
  assert_integer (byline_node_lookup (byline_node_lookup (root, "site"), "a.b"), "c", 2);
  assert_integer (root, "points.1.z.w", 9);
  g_assert_cmpint (byline_node_get_style (lookup (root, "points.0")), ==, BYLINE_NODE_STYLE_FLOW);
  g_assert_cmpuint (byline_node_get_n_children (lookup (root, "nested.2")), ==, 0);
  assert_string (root, "nested.1.1", "b", BYLINE_NODE_STYLE_SINGLE_QUOTED);
  g_assert_cmpuint (byline_node_get_n_children (lookup (root, "multi")), ==, 2);
  g_assert_cmpstr (byline_node_get_key_string (lookup (root, "x"), 0), ==, "y");
  g_assert_cmpuint (byline_node_get_n_children (lookup (root, "x.y.z.w")), ==, 0);
  assert_string (root, "x.k", "v", BYLINE_NODE_STYLE_SINGLE_QUOTED);
  assert_string (root, "fruit.apple.color", "red", BYLINE_NODE_STYLE_DOUBLE_QUOTED);
  g_assert_true (byline_node_get_boolean (lookup (root, "fruit.apple.texture.smooth")));
  g_assert_cmpuint (byline_node_get_n_children (lookup (root, "products")), ==, 3);
  g_assert_cmpuint (byline_node_get_n_children (lookup (root, "products.1")), ==, 0);
  assert_integer (root, "products.2.size.mm", 3);
  assert_integer (root, "products.2.tags.0.t", 1);
  g_assert_nonnull (byline_node_lookup (root, "sp ace"));
  g_assert_cmpstr (byline_node_get_key_string (root, byline_node_get_n_children (root) - 1), ==, "sp ace");
}

static void
test_parse_empty (void)
{
  g_autoptr(BylineNode) empty = parse_ok ("");
  g_autoptr(BylineNode) comments = parse_ok ("\n# only a comment\r\n\t \n");

  g_assert_cmpint (byline_node_get_kind (empty), ==, BYLINE_NODE_MAPPING);
  g_assert_cmpuint (byline_node_get_n_children (empty), ==, 0);
  g_assert_cmpuint (byline_node_get_n_children (comments), ==, 0);
}

static void
assert_error (const char *text,
              int         code,
              guint       line,
              guint       column,
              const char *words)
{
  edit_checks_assert_error (BYLINE_FORMAT_TOML, text, code, line, column, words);
}

static void
test_errors (void)
{
  g_autoptr(GString) deep = g_string_new ("a = ");
  g_autoptr(GString) deep_tables = g_string_new ("[a");

  assert_error ("a = 1\na = 2\n", BYLINE_ERROR_PARSE, 2, 1, "twice");
  assert_error ("a.b = 1\na.b.c = 2\n", BYLINE_ERROR_PARSE, 2, 3, "already holds a value");
  assert_error ("[a]\nx = 1\n[a]\n", BYLINE_ERROR_PARSE, 3, 2, "defined twice");
  assert_error ("[a]\nb.c = 1\n[a.b]\n", BYLINE_ERROR_PARSE, 3, 4, "dotted keys");
  assert_error ("[a.b]\n[a]\nb.c = 1\n", BYLINE_ERROR_PARSE, 3, 1, "defined elsewhere");
  assert_error ("a = {}\n[a]\n", BYLINE_ERROR_PARSE, 2, 2, "value");
  assert_error ("a = [1]\n[[a]]\n", BYLINE_ERROR_PARSE, 2, 3, "array of tables");
  assert_error ("a = {b = 1}\na.c = 2\n", BYLINE_ERROR_PARSE, 2, 1, "defined elsewhere");
  assert_error ("s = \"bad \\q escape\"\n", BYLINE_ERROR_PARSE, 1, 10, "\\q");
  assert_error ("s = \"\\uD800\"\n", BYLINE_ERROR_PARSE, 1, 6, "character");
  assert_error ("s = \"\\u12\"\n", BYLINE_ERROR_PARSE, 1, 6, "hex digits");
  assert_error ("s = \"open\nt = 1\n", BYLINE_ERROR_PARSE, 1, 5, "not closed");
  assert_error ("s = '''open\n", BYLINE_ERROR_PARSE, 1, 5, "never closed");
  assert_error ("s = \"\"\"a\"\"\"\"\"\"\n", BYLINE_ERROR_PARSE, 1, 9, "quotes");
  assert_error ("n = 01\n", BYLINE_ERROR_PARSE, 1, 5, "“01” is not a valid number");
  assert_error ("n = 1__0\n", BYLINE_ERROR_PARSE, 1, 5, "number");
  assert_error ("n = 1.\n", BYLINE_ERROR_PARSE, 1, 5, "number");
  assert_error ("n = .5\n", BYLINE_ERROR_PARSE, 1, 5, "value");
  assert_error ("n = 0x\n", BYLINE_ERROR_PARSE, 1, 5, "number");
  assert_error ("n = +0x10\n", BYLINE_ERROR_PARSE, 1, 5, "number");
  assert_error ("n = 9223372036854775808\n", BYLINE_ERROR_PARSE, 1, 5, "too large");
  assert_error ("d = 2021-02-30\n", BYLINE_ERROR_PARSE, 1, 5, "date");
  assert_error ("d = 2021-09-02T25:00:00Z\n", BYLINE_ERROR_PARSE, 1, 5, "date");
  assert_error ("title = Hello\n", BYLINE_ERROR_PARSE, 1, 9, "quotes");
  assert_error ("a = 1 b = 2\n", BYLINE_ERROR_PARSE, 1, 7, "end of the line");
  assert_error ("a 1\n", BYLINE_ERROR_PARSE, 1, 3, "“=”");
  assert_error ("= 1\n", BYLINE_ERROR_PARSE, 1, 1, "key");
  assert_error ("a = [1 2]\n", BYLINE_ERROR_PARSE, 1, 8, "“,” or “]”");
  assert_error ("a = [1,\n", BYLINE_ERROR_PARSE, 2, 1, "value");
  assert_error ("a = {b = 1,}\n", BYLINE_ERROR_PARSE, 1, 12, "comma");
  assert_error ("a = {b = 1\n}\n", BYLINE_ERROR_PARSE, 1, 11, "line");
  assert_error ("[a\n", BYLINE_ERROR_PARSE, 1, 3, "“]”");
  assert_error ("[[a]\n", BYLINE_ERROR_PARSE, 1, 4, "“]]”");
  assert_error ("a = 1\r\nb = 2\r", BYLINE_ERROR_PARSE, 2, 6, "carriage return");
  assert_error ("# bad \x01 comment\n", BYLINE_ERROR_PARSE, 1, 7, "control");
  assert_error ("a = \"\xc3\x28\"\n", BYLINE_ERROR_ENCODING, 1, 6, "UTF-8");
  assert_error ("'''multi''' = 1\n", BYLINE_ERROR_PARSE, 1, 1, "multi-line");

  for (guint i = 0; i < 600; i++)
    g_string_append_c (deep, '[');
  assert_error (deep->str, BYLINE_ERROR_LIMIT, 1, 5 + 512, "512");
  for (guint i = 0; i < 600; i++)
    g_string_append (deep_tables, ".a");
  g_string_append (deep_tables, "]\n");
  assert_error (deep_tables->str, BYLINE_ERROR_LIMIT, 1, 2 + 2 * 512, "512");
}

static char *
edited (const char *text,
        const char *path,
        BylineNode *value)
{
  return edit_checks_apply (BYLINE_FORMAT_TOML, text, path, value, NULL);
}

static char *
edited_string (const char *text,
               const char *path,
               const char *value)
{
  return edit_checks_set_string (BYLINE_FORMAT_TOML, text, path, value);
}

static char *
removed (const char *text,
         const char *path)
{
  return edit_checks_apply (BYLINE_FORMAT_TOML, text, path, NULL, NULL);
}

static char *
renamed (const char *text,
         const char *path,
         const char *new_key)
{
  return edit_checks_apply (BYLINE_FORMAT_TOML, text, path, NULL, new_key);
}

/* Asserts that @after is @before with @old replaced by @new once. */
static void
assert_replaced (const char *before,
                 const char *after,
                 const char *old,
                 const char *new)
{
  const char *at = strstr (before, old);
  g_autofree char *expected = NULL;

  g_assert_nonnull (at);
  expected = g_strdup_printf ("%.*s%s%s", (int) (at - before), before, new, at + strlen (old));
  g_assert_cmpstr (after, ==, expected);
}

static void
test_edit_scalars (void)
{
  g_autoptr(BylineDate) date = byline_date_parse ("2022-01-05T09:30:00+08:00", NULL);
  g_autoptr(BylineDate) day = byline_date_parse ("2022-01-06", NULL);
  g_autoptr(BylineDate) rfc = byline_date_parse ("Thu, 02 Sep 2021 16:11:00 GMT", NULL);
  g_autoptr(BylineNode) date_node = byline_node_new_date (date);
  g_autoptr(BylineNode) day_node = byline_node_new_date (day);
  g_autoptr(BylineNode) rfc_node = byline_node_new_date (rfc);
  g_autoptr(BylineNode) draft = byline_node_new_boolean (TRUE);
  g_autoptr(BylineNode) weight = byline_node_new_integer (-5);
  g_autofree char *title = edited_string (hugo, "title", "春天 \"news\"");
  g_autofree char *date_text = edited (hugo, "date", date_node);
  g_autofree char *day_text = edited (hugo, "lastmod", day_node);
  g_autofree char *rfc_text = edited (hugo, "lastmod", rfc_node);
  g_autofree char *draft_text = edited (hugo, "draft", draft);
  g_autofree char *weight_text = edited (hugo, "weight", weight);
  g_autofree char *literal = edited_string (hugo, "params.subtitle", "plain");
  g_autofree char *literal_quote = edited_string (hugo, "params.subtitle", "it's");
  g_autofree char *raw = edited_string (hugo, "description", "C:\\path\nsecond line\n");
  g_autofree char *raw_quotes = edited_string (hugo, "description", "a ''' b");
  g_autofree char *email = edited_string (hugo, "author.email", "x\ny");

  assert_replaced (hugo, title, "\"Spring news\"", "\"春天 \\\"news\\\"\"");
  assert_replaced (hugo, date_text, "2021-09-02T16:11:00+08:00", "2022-01-05T09:30:00+08:00");
  assert_replaced (hugo, day_text, "2021-09-03", "2022-01-06");
  assert_replaced (hugo, rfc_text, "2021-09-03", "2021-09-02T16:11:00Z");
  assert_replaced (hugo, draft_text, "false", "true");
  assert_replaced (hugo, weight_text, "1_000", "-5");
  assert_replaced (hugo, literal, "'A \"quoted\" word'", "'plain'");
  /* A literal string cannot hold a quote: the value becomes a basic string. */
  assert_replaced (hugo, literal_quote, "'A \"quoted\" word'", "\"it's\"");
  assert_replaced (hugo, raw, "'''\nLine one\nLine two'''", "'''\nC:\\path\nsecond line\n'''");
  assert_replaced (hugo, raw_quotes, "'''\nLine one\nLine two'''", "\"\"\"\na ''' b\"\"\"");
  assert_replaced (hugo, email, "'li@example.com'", "\"x\\ny\"");
}

static void
test_edit_arrays (void)
{
  g_autoptr(BylineNode) tags = edit_checks_json ("[\"news\", \"tech\", \"中文\"]");
  g_autoptr(BylineNode) tags_first = edit_checks_json ("[\"top\", \"news\", \"tech\"]");
  g_autoptr(BylineNode) categories = edit_checks_json ("[\"world\", \"science\", \"art\"]");
  g_autoptr(BylineNode) categories_middle = edit_checks_json ("[\"world\", \"maths\", \"science\"]");
  g_autoptr(BylineNode) categories_changed = edit_checks_json ("[\"world\", \"biology\"]");
  g_autofree char *appended = edited (hugo, "tags", tags);
  g_autofree char *prepended = edited (hugo, "tags", tags_first);
  g_autofree char *lines = edited (hugo, "categories", categories);
  g_autofree char *middle = edited (hugo, "categories", categories_middle);
  g_autofree char *changed = edited (hugo, "categories", categories_changed);
  g_autofree char *without_first = removed (hugo, "categories.0");
  g_autofree char *without_tech = removed (hugo, "tags.1");
  g_autofree char *by_index = edited_string (hugo, "tags.2", "go");

  assert_replaced (hugo, appended, "[\"news\", \"tech\"]", "[\"news\", \"tech\", \"中文\"]");
  assert_replaced (hugo, prepended, "[\"news\", \"tech\"]", "[\"top\", \"news\", \"tech\"]");
  assert_replaced (hugo, lines, "  \"science\",\n", "  \"science\",\n  \"art\",\n");
  assert_replaced (hugo, middle, "  \"science\",\n", "  \"maths\",\n  \"science\",\n");
  assert_replaced (hugo, changed, "  \"science\",\n", "  \"biology\",\n");
  assert_replaced (hugo, without_first, "  \"world\",  # first\n", "");
  assert_replaced (hugo, without_tech, "[\"news\", \"tech\"]", "[\"news\"]");
  assert_replaced (hugo, by_index, "[\"news\", \"tech\"]", "[\"news\", \"tech\", \"go\"]");
}

static void
test_edit_keys (void)
{
  g_autoptr(BylineNode) social = edit_checks_json ("{\"weibo\": \"lilei\", \"ids\": [1, 2]}");
  g_autoptr(BylineNode) resource = edit_checks_json ("{\"src\": \"images/c.png\", \"title\": \"C\"}");
  g_autoptr(BylineNode) empty = edit_checks_json ("{}");
  g_autofree char *root_key = edited_string (hugo, "slug", "spring-news");
  g_autofree char *params_key = edited_string (hugo, "params.author", "韩梅梅");
  g_autofree char *inline_key = edited_string (hugo, "author.url", "https://example.com");
  g_autofree char *table = edited (hugo, "social", social);
  g_autofree char *empty_table = edited (hugo, "extra", empty);
  g_autofree char *element = edited (hugo, "resources.2", resource);
  g_autofree char *element_key = edited_string (hugo, "resources.0.title", "A");
  g_autofree char *quoted_key = edited_string (hugo, "params.with space", "x");
  g_autofree char *without_title = removed (hugo, "title");
  g_autofree char *without_description = removed (hugo, "description");
  g_autofree char *without_email = removed (hugo, "author.email");
  g_autofree char *without_params = removed (hugo, "params");
  g_autofree char *without_resources = removed (hugo, "resources");
  g_autofree char *without_resource = removed (hugo, "resources.0");
  g_autofree char *rename_title = renamed (hugo, "title", "linkTitle");
  g_autofree char *rename_quoted = renamed (hugo, "params.show_toc", "show toc");
  g_autofree char *rename_array = renamed (hugo, "resources", "images");
  g_autofree char *table_expected = g_strconcat (hugo, "\n[social]\n  weibo = \"lilei\"\n  ids = [1, 2]\n", NULL);
  g_auto(GStrv) images = NULL;

  assert_replaced (hugo, root_key, "}\n\n[params]", "}\nslug = \"spring-news\"\n\n[params]");
  assert_replaced (hugo, params_key, "  show_toc = true\n", "  show_toc = true\n  author = \"韩梅梅\"\n");
  assert_replaced (hugo, inline_key, "'li@example.com' }", "'li@example.com', url = \"https://example.com\" }");
  g_assert_cmpstr (table, ==, table_expected);
  assert_replaced (hugo, empty_table, "}\n\n[params]", "}\nextra = {}\n\n[params]");
  assert_replaced (hugo, element, "  src = \"images/b.png\"\n",
                   "  src = \"images/b.png\"\n\n[[resources]]\n  src = \"images/c.png\"\n  title = \"C\"\n");
  assert_replaced (hugo, element_key, "  src = \"images/a.png\"\n",
                   "  src = \"images/a.png\"\n  title = \"A\"\n");
  assert_replaced (hugo, quoted_key, "  show_toc = true\n", "  show_toc = true\n  \"with space\" = \"x\"\n");
  assert_replaced (hugo, without_title, "title = \"Spring news\"   # shown in lists\n", "");
  assert_replaced (hugo, without_description, "description = '''\nLine one\nLine two'''\n", "");
  assert_replaced (hugo, without_email, ", email = 'li@example.com'", "");
  assert_replaced (hugo, without_params, "[params]\n  subtitle = 'A \"quoted\" word'\n  show_toc = true\n\n", "");
  assert_replaced (hugo, without_resources,
                   "\n\n[[resources]]\n  src = \"images/a.png\"\n\n[[resources]]\n  src = \"images/b.png\"\n", "\n");
  assert_replaced (hugo, without_resource, "[[resources]]\n  src = \"images/a.png\"\n\n", "");
  assert_replaced (hugo, rename_title, "title =", "linkTitle =");
  assert_replaced (hugo, rename_quoted, "show_toc", "\"show toc\"");
  images = g_strsplit (rename_array, "[[images]]", -1);
  g_assert_cmpuint (g_strv_length (images), ==, 3);
}

static void
test_edit_crlf (void)
{
  const char *text = "title = \"x\"\r\ntags = [\r\n  \"a\"\r\n]\r\n\r\n[params]\r\nk = 1\r\n";
  g_autoptr(BylineNode) tags = edit_checks_json ("[\"a\", \"b\"]");
  g_autoptr(BylineNode) table = byline_node_new_mapping ();
  g_autoptr(BylineNode) multi = byline_node_new_string ("multi\nline");
  g_autofree char *table_text = NULL;
  g_autofree char *added = edited_string (text, "slug", "y");
  g_autofree char *tags_text = edited (text, "tags", tags);
  g_autofree char *without = removed (text, "params");

  byline_node_insert (table, "x", multi);
  table_text = edited (text, "more", table);
  g_assert_cmpstr (added, ==,
                   "title = \"x\"\r\ntags = [\r\n  \"a\"\r\n]\r\nslug = \"y\"\r\n\r\n[params]\r\nk = 1\r\n");
  g_assert_cmpstr (tags_text, ==,
                   "title = \"x\"\r\ntags = [\r\n  \"a\",\r\n  \"b\"\r\n]\r\n\r\n[params]\r\nk = 1\r\n");
  g_assert_cmpstr (table_text, ==,
                   "title = \"x\"\r\ntags = [\r\n  \"a\"\r\n]\r\n\r\n[params]\r\nk = 1\r\n"
                   "\r\n[more]\r\nx = \"\"\"\r\nmulti\r\nline\"\"\"\r\n");
  g_assert_cmpstr (without, ==, "title = \"x\"\r\ntags = [\r\n  \"a\"\r\n]\r\n");
}

static void
test_edit_dotted_and_implicit (void)
{
  const char *text = "site.name = \"n\"\n\n[a.b]\nx = 1\n";
  g_autofree char *dotted = edited_string (text, "site.url", "u");
  g_autofree char *implicit = edited_string (text, "a.c", "v");
  g_autofree char *last_dotted = removed (text, "site.name");
  g_autofree char *last_implicit = removed (text, "a.b");
  g_autofree char *renamed_table = renamed (text, "a", "z");

  g_assert_cmpstr (dotted, ==, "site.name = \"n\"\nsite.url = \"u\"\n\n[a.b]\nx = 1\n");
  g_assert_cmpstr (implicit, ==, "site.name = \"n\"\n\n[a.b]\nx = 1\n\n[a]\nc = \"v\"\n");
  g_assert_cmpstr (last_dotted, ==, "site = {}\n\n[a.b]\nx = 1\n");
  g_assert_cmpstr (last_implicit, ==, "site.name = \"n\"\na = {}\n");
  g_assert_cmpstr (renamed_table, ==, "site.name = \"n\"\n\n[z.b]\nx = 1\n");
}

static void
test_edit_refused (void)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (BYLINE_FORMAT_TOML, hugo);
  g_autoptr(BylineNode) null = byline_node_new_null ();
  g_autoptr(BylineNode) text = byline_node_new_string ("x");
  g_autoptr(GError) error = NULL;

  g_assert_false (byline_front_matter_set (front_matter, "title", null, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (byline_front_matter_set (front_matter, "resources.2", text, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, hugo);
}

static void
test_edit_everywhere (void)
{
  static const char * const texts[] = {
    hugo,
    "",
    "a = 1",
    "a = 1\nb = [1, 2, 3]\nc = []\nd = {}\ne = { x = [ { y = 1 } ] }\n",
    "[t]\n[t.u]\nv = 1\n[[arr]]\n[[arr]]\nk = 'v'\n[[arr.sub]]\nz = 2020-01-01\n",
    "a.b.c = 1\na.b.d = \"x\"\nfruit = { apple.color = 'red', apple.size = 3, pear = true }\n",
    "multi = [\n  1,\n  2\n]\nmixed = [ 1, 2,\n  3, 4 ]\ntrail = [ \"a\", \"b\", ]\n",
    "\"quoted key\" = '''\nraw\n'''\n'lit key' = \"\"\"\nbasic \\\n  joined\"\"\"\n",
    "title = \"x\"\r\n\r\n[params]\r\n  list = [\r\n    \"a\", # c\r\n    \"b\",\r\n  ]\r\n",
    "[a]\nx = 1\n[b]\ny = 2\n[a.c]\nz = 3\n",
    "[[a]]\nx = 1\n[a.b]\ny = 2\n\n[[a]]\nx = 3\n[a.b]\ny = 4\n[[a.c]]\n",
    "p = { q = { r = [1, { s = 't' }] }, u.v = [] }\n",
    "k = \"\"\"\nmulti\n\"\"\"\n[t]\nd = 2021-01-01T00:00:00+08:00\nl = 00:00:00\n",
    "[x.y.z]\n[x.w]\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    edit_checks_run (BYLINE_FORMAT_TOML, texts[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/toml/parse/hugo", test_parse_hugo);
  g_test_add_func ("/toml/parse/strings", test_parse_strings);
  g_test_add_func ("/toml/parse/numbers", test_parse_numbers);
  g_test_add_func ("/toml/parse/dates", test_parse_dates);
  g_test_add_func ("/toml/parse/tables", test_parse_tables);
  g_test_add_func ("/toml/parse/empty", test_parse_empty);
  g_test_add_func ("/toml/parse/errors", test_errors);
  g_test_add_func ("/toml/edit/scalars", test_edit_scalars);
  g_test_add_func ("/toml/edit/arrays", test_edit_arrays);
  g_test_add_func ("/toml/edit/keys", test_edit_keys);
  g_test_add_func ("/toml/edit/crlf", test_edit_crlf);
  g_test_add_func ("/toml/edit/dotted-and-implicit", test_edit_dotted_and_implicit);
  g_test_add_func ("/toml/edit/refused", test_edit_refused);
  g_test_add_func ("/toml/edit/everywhere", test_edit_everywhere);

  return g_test_run ();
}
