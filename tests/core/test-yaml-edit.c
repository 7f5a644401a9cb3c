/* test-yaml-edit.c: editing YAML front matter changes only what was asked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-front-matter.h"
#include "test-samples.h"

/* The sample post's front matter, with its one-space list indentation. */
static char *sample;

/* Replaces the first @old in @text with @new. */
static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

static BylineNode *
string_list (const char *first,
             ...)
{
  BylineNode *list = byline_node_new_sequence ();
  va_list args;

  va_start (args, first);
  for (const char *item = first; item != NULL; item = va_arg (args, const char *))
    {
      g_autoptr(BylineNode) node = byline_node_new_string (item);

      byline_node_append (list, node);
    }
  va_end (args);

  return list;
}

/* Applies one edit to @before: a set when @new_value is given, a rename when
 * @new_key is, a removal else. Takes @new_value. */
static char *
edit (const char  *before,
      const char  *path,
      BylineNode  *new_value,
      const char  *new_key,
      GError     **error)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, before);
  g_autoptr(BylineNode) value = new_value;

  g_assert_no_error ((GError *) byline_front_matter_get_error (front_matter));
  if (value != NULL)
    byline_front_matter_set (front_matter, path, value, error);
  else if (new_key != NULL)
    byline_front_matter_rename (front_matter, path, new_key, error);
  else
    byline_front_matter_remove (front_matter, path, error);

  return g_strdup (byline_front_matter_get_text (front_matter));
}

static void
assert_edit (const char *before,
             const char *path,
             BylineNode *value,
             const char *new_key,
             const char *after)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = edit (before, path, value, new_key, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, after);
}

static void
assert_set (const char *before,
            const char *path,
            BylineNode *value,
            const char *after)
{
  assert_edit (before, path, value, NULL, after);
}

static void
assert_set_string (const char *before,
                   const char *path,
                   const char *value,
                   const char *after)
{
  assert_edit (before, path, byline_node_new_string (value), NULL, after);
}

static void
assert_remove (const char *before,
               const char *path,
               const char *after)
{
  assert_edit (before, path, NULL, NULL, after);
}

static void
assert_rename (const char *before,
               const char *path,
               const char *new_key,
               const char *after)
{
  assert_edit (before, path, NULL, new_key, after);
}

static void
assert_set_fails (const char *before,
                  const char *path,
                  BylineNode *value,
                  int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = edit (before, path, value, NULL, &error);

  g_assert_error (error, BYLINE_ERROR, code);
  g_assert_cmpstr (text, ==, before);
}

static void
test_sample_title (void)
{
  g_autofree char *after = replace (sample, "'共享服务贸易发展机遇 共促世界经济复苏和增长'", "'服贸会开幕'");

  assert_set_string (sample, "title", "服贸会开幕", after);
}

static void
test_sample_categories (void)
{
  g_autofree char *added = replace (sample, " - source\n", " - source\n - 财经\n");
  g_autofree char *removed = replace (sample, " - ZAKER\n", "");
  g_autofree char *changed = replace (sample, " - ZAKER\n", " - 新华社\n");

  assert_set (sample, "categories", string_list ("新媒体", "ZAKER", "source", "财经", NULL), added);
  assert_set_string (sample, "categories.3", "财经", added);
  assert_set (sample, "categories", string_list ("新媒体", "source", NULL), removed);
  assert_remove (sample, "categories.1", removed);
  assert_set (sample, "categories", string_list ("新媒体", "新华社", "source", NULL), changed);
}

static void
test_sample_date (void)
{
  g_autoptr(BylineDate) rfc1123 = byline_date_parse ("Fri, 03 Sep 2021 08:00:00 GMT", NULL);
  g_autofree char *after = replace (sample, "Thu, 02 Sep 2021 16:11:00 GMT", "Fri, 03 Sep 2021 08:00:00 GMT");

  /* js-yaml reads the sample's date as text, so it is changed as text: a
   * date node would read back as a string. */
  assert_set_string (sample, "date", "Fri, 03 Sep 2021 08:00:00 GMT", after);
  assert_set_fails (sample, "date", byline_node_new_date (rfc1123), BYLINE_ERROR_INVALID);
}

static void
test_sample_new_keys (void)
{
  g_autofree char *tags = g_strconcat (sample, "tags:\n - 服贸会\n - 经济\n", NULL);
  g_autofree char *draft = g_strconcat (sample, "draft: true\n", NULL);
  g_autoptr(BylineNode) yes = byline_node_new_boolean (TRUE);

  /* The sample indents its list by one space; a new list does too. */
  assert_set (sample, "tags", string_list ("服贸会", "经济", NULL), tags);
  assert_set (sample, "draft", g_steal_pointer (&yes), draft);
}

static void
test_scalar_styles_kept (void)
{
  assert_set_string ("a: plain\n", "a", "other text", "a: other text\n");
  assert_set_string ("a: 'single'\n", "a", "it's", "a: 'it''s'\n");
  assert_set_string ("a: \"double\"\n", "a", "tab\there", "a: \"tab\\there\"\n");
  assert_set_string ("a: |\n  one\n  two\nb: 1\n", "a", "three\nfour\n", "a: |\n  three\n  four\nb: 1\n");
  assert_set_string ("a: |\n  one\nb: 1\n", "a", "no end", "a: |-\n  no end\nb: 1\n");
  assert_set_string ("a: |-\n  one\nb: 1\n", "a", "x\n\n", "a: |+\n  x\n\nb: 1\n");
  /* `+` would take the blank line below as its own. */
  assert_set_string ("a: |-\n  one\n\nb: 1\n", "a", "x\n\n", "a: \"x\\n\\n\"\n\nb: 1\n");
  assert_set_string ("a: | # keep me\n    deep\nb: 1\n", "a", "new\n", "a: | # keep me\n    new\nb: 1\n");
  assert_set_string ("a: | # keep me\n    deep\nb: 1\n", "a", " lead", "a: \" lead\" # keep me\nb: 1\n");
  assert_set_string ("a: >\n  one\n  two\nb: 1\n", "a", "one two\nthree\n", "a: >\n  one two\n\n  three\nb: 1\n");
  /* A style that cannot hold the value gives way to double quotes. */
  assert_set_string ("a: plain\n", "a", "two\nlines", "a: \"two\\nlines\"\n");
  assert_set_string ("a: 'single'\n", "a", "two\nlines", "a: \"two\\nlines\"\n");
  assert_set_string ("a: plain # note\n", "a", "x # y", "a: \"x # y\" # note\n");
  assert_set_string ("a: plain\n", "a", "key: value", "a: \"key: value\"\n");
  assert_set_string ("a: plain\n", "a", "- item", "a: \"- item\"\n");
  assert_set_string ("a: plain\n", "a", "", "a: \"\"\n");
  assert_set_string ("a: plain\n", "a", " padded ", "a: \" padded \"\n");
  assert_set_string ("a: plain\n", "a", "中文 text", "a: 中文 text\n");
  /* A block that ends the text gets the line break its value needs. */
  assert_set_string ("a: |\n  x", "a", "y\n", "a: |\n  y\n");
  assert_set_string ("a: |\n  x", "a", "y", "a: |-\n  y");
  assert_set_fails ("a: |\n  x", "b", byline_node_new_integer (1), BYLINE_ERROR_INVALID);
}

static void
test_strings_that_look_like_values (void)
{
  static const char * const lookalikes[] = {
    "123", "-1.5", "0x1F", ".inf", "true", "False", "null", "~", "2021-09-02",
    "2021-09-02 16:11:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lookalikes); i++)
    {
      g_autofree char *after = g_strdup_printf ("a: \"%s\"\n", lookalikes[i]);

      assert_set_string ("a: plain\n", "a", lookalikes[i], after);
    }

  /* Strings js-yaml 4.3 does not resolve stay plain. */
  assert_set_string ("a: plain\n", "a", "yes", "a: yes\n");
  assert_set_string ("a: plain\n", "a", "1_000", "a: 1_000\n");
  assert_set_string ("a: plain\n", "a", "Thu, 02 Sep 2021 16:11:00 GMT", "a: Thu, 02 Sep 2021 16:11:00 GMT\n");
}

static void
test_other_kinds (void)
{
  g_autoptr(BylineDate) date = byline_date_parse ("2021-09-03 08:00:00 +08:00", NULL);

  assert_set ("a: x\n", "a", byline_node_new_integer (42), "a: 42\n");
  assert_set ("a: x\n", "a", byline_node_new_float (1.0), "a: 1.0\n");
  assert_set ("a: x\n", "a", byline_node_new_float (-0.25), "a: -0.25\n");
  assert_set ("a: x\n", "a", byline_node_new_boolean (FALSE), "a: false\n");
  assert_set ("a: x\n", "a", byline_node_new_null (), "a: null\n");
  assert_set ("a: 'quoted'\n", "a", byline_node_new_integer (7), "a: 7\n");
  assert_set ("date: 2021-09-02\n", "date", byline_node_new_date (date), "date: 2021-09-03 08:00:00 +08:00\n");
}

static void
test_empty_values (void)
{
  assert_set_string ("a:\nb: 1\n", "a", "x", "a: x\nb: 1\n");
  assert_set_string ("a: \nb: 1\n", "a", "x", "a: x\nb: 1\n");
  assert_set_string ("a: # later\nb: 1\n", "a", "x", "a: x # later\nb: 1\n");
  assert_set_string ("list:\n-\n- b\n", "list.0", "a", "list:\n- a\n- b\n");
  assert_set ("a:\nb: 1\n", "a", string_list ("x", NULL), "a:\n  - x\nb: 1\n");
  assert_set_string ("", "title", "Hello", "title: Hello\n");
  assert_set_string ("# only a comment\n", "title", "Hello", "# only a comment\ntitle: Hello\n");
  assert_set_string ("# no newline", "title", "Hello", "# no newline\ntitle: Hello");
}

static void
test_anchors_kept (void)
{
  assert_set_string ("a: &x old\nb: 1\n", "a", "new", "a: &x new\nb: 1\n");
  assert_set_string ("a: !!str 12\n", "a", "13", "a: !!str \"13\"\n");
  assert_set_string ("x: &x 1\na: *x\n", "a", "x", "x: &x 1\na: x\n");
  /* A tag that no longer fits the value goes; the anchor stays. */
  assert_set ("t: !!str 1\nu: 2\n", "t", string_list ("新", NULL), "t:\n  - 新\nu: 2\n");
  assert_set ("t: &a !!str 1\n", "t", byline_node_new_integer (7), "t: &a 7\n");
  assert_set ("t: [!!str 1]\n", "t.0", byline_node_new_integer (7), "t: [7]\n");
  assert_rename ("!!int 1: a\n", "1", "b", "b: a\n");
}

static void
test_collections_replaced (void)
{
  assert_set ("a: x # note\nb: 1\n", "a", string_list ("p", "q", NULL), "a: # note\n  - p\n  - q\nb: 1\n");
  assert_set_string ("a: # note\n  - p\n  - q\nb: 1\n", "a", "x", "a: x # note\nb: 1\n");
  assert_set_string ("a:\n  k: v\nb: 1\n", "a", "x", "a: x\nb: 1\n");
  assert_set ("a:\n- x\nb: 1\n", "b", string_list ("p", NULL), "a:\n- x\nb:\n- p\n");
  assert_set ("a: [x, y]\n", "a", string_list ("x", "y", "z", NULL), "a: [x, y, z]\n");
  assert_set ("a: [x, y]\n", "a", string_list ("w", "x", "y", NULL), "a: [w, x, y]\n");
  assert_set ("a: [x, y]\n", "a", string_list (NULL), "a: []\n");
  assert_set ("a: []\n", "a", string_list ("x", "y", NULL), "a: [x, y]\n");
  assert_set ("a: [x, y]\n", "a", string_list ("a, b", NULL), "a: [\"a, b\"]\n");
  assert_set ("list:\n  - a: 1\n    b: 2\n", "list.1", byline_node_new_mapping (), "list:\n  - a: 1\n    b: 2\n  - {}\n");
  /* Items both lists have keep their lines; the others pair up or go. */
  assert_set ("tags:\n- a # first\n- b\n- c\n", "tags", string_list ("x", "a", "c", "d", NULL),
              "tags:\n- x\n- a # first\n- c\n- d\n");
  assert_set ("tags:\n- a # first\n- b\n- c\n", "tags", string_list ("a", "x", "c", NULL),
              "tags:\n- a # first\n- x\n- c\n");

  {
    g_autoptr(BylineNode) author = byline_node_new_mapping ();
    g_autoptr(BylineNode) name = byline_node_new_string ("w");
    g_autoptr(BylineNode) mail = byline_node_new_string ("m");
    g_autoptr(BylineNode) url = byline_node_new_string ("y");

    byline_node_insert (author, "name", name);
    byline_node_insert (author, "mail", mail);
    byline_node_insert (author, "url", url);
    assert_set ("author:\n  name: w\n  url: x # site\nnext: 1\n", "author", byline_node_ref (author),
                "author:\n  name: w\n  mail: m\n  url: y # site\nnext: 1\n");
    assert_set ("author: {url: x, name: w}\n", "author", g_steal_pointer (&author),
                "author: {name: w, mail: m, url: y}\n");
  }

  {
    g_autoptr(BylineNode) author = byline_node_new_mapping ();
    g_autoptr(BylineNode) name = byline_node_new_string ("王");

    byline_node_insert (author, "name", name);
    assert_set ("author: ZAKER\nx: 1\n", "author", g_steal_pointer (&author), "author:\n  name: 王\nx: 1\n");
  }
  {
    g_autoptr(BylineNode) item = byline_node_new_mapping ();
    g_autoptr(BylineNode) name = byline_node_new_string ("c");

    byline_node_insert (item, "name", name);
    assert_set ("list:\n- name: a\n  id: 1\n", "list.1", g_steal_pointer (&item), "list:\n- name: a\n  id: 1\n- name: c\n");
  }
}

static void
test_flow_collections (void)
{
  assert_set_string ("a: {x: 1}\n", "a.y", "2", "a: {x: 1, y: \"2\"}\n");
  assert_set_string ("a: {}\n", "a.y", "b", "a: {y: b}\n");
  assert_set_string ("a: [x, y]\n", "a.2", "z", "a: [x, y, z]\n");
  assert_set_string ("a: [x, y]\n", "a.0", "a, b", "a: [\"a, b\", y]\n");
  assert_set_string ("a: {x}\n", "a.x", "1", "a: {x: \"1\"}\n");
  assert_remove ("a: [x, y, z]\n", "a.0", "a: [y, z]\n");
  assert_remove ("a: [x, y, z]\n", "a.1", "a: [x, z]\n");
  assert_remove ("a: [x, y, z]\n", "a.2", "a: [x, y]\n");
  assert_remove ("a: [x]\n", "a.0", "a: []\n");
  assert_remove ("a: [x, ]\n", "a.0", "a: []\n");
  assert_remove ("a: [x, y, ]\n", "a.1", "a: [x, ]\n");
  assert_remove ("a: {x: 1, y: 2}\n", "a.x", "a: {y: 2}\n");
  assert_rename ("a: {x: 1, y: 2}\n", "a.x", "a, b", "a: {\"a, b\": 1, y: 2}\n");
}

static void
test_appending (void)
{
  assert_set_string ("a: |\n  text\n\n# trailing comment\n", "b", "new", "a: |\n  text\nb: new\n\n# trailing comment\n");
  assert_set_string ("a:\n  x: 1\n  y: 2\nz: 3\n", "a.w", "4", "a:\n  x: 1\n  y: 2\n  w: \"4\"\nz: 3\n");
  assert_set_string ("a:\n    x: 1\nb:\n  c: 2\n", "b.d", "v", "a:\n    x: 1\nb:\n  c: 2\n  d: v\n");
  assert_set_string ("a: 1 # note\nb: 2 # note\n", "c", "3", "a: 1 # note\nb: 2 # note\nc: \"3\"\n");
  assert_set_string ("a: 1", "b", "2", "a: 1\nb: \"2\"");
  assert_set_string ("list:\n  - a\n  - b\n", "list.2", "c", "list:\n  - a\n  - b\n  - c\n");
  assert_set_string ("- a: 1\n  b: 2\n", "0.c", "3", "- a: 1\n  b: 2\n  c: \"3\"\n");
  assert_set_string ("a: 1\r\nb: 2\r\n", "c", "x", "a: 1\r\nb: 2\r\nc: x\r\n");
  assert_set ("a: 1\r\n", "b", string_list ("x", "y", NULL), "a: 1\r\nb:\r\n  - x\r\n  - y\r\n");
  assert_set_string ("\xef\xbb\xbf" "a: 1\r\n", "b", "x", "\xef\xbb\xbf" "a: 1\r\nb: x\r\n");
}

static void
test_removing (void)
{
  assert_remove ("a: 1 # gone too\nb:\n  - x\n  - y\nc: 3\n", "a", "b:\n  - x\n  - y\nc: 3\n");
  assert_remove ("a: 1\nb:\n  - x\n  - y\nc: 3\n", "b", "a: 1\nc: 3\n");
  assert_remove ("a: 1\n# about b\nb: |\n  text\n\nc: 3\n", "b", "a: 1\n# about b\n\nc: 3\n");
  assert_remove ("a: 1\nb: 2", "b", "a: 1\n");
  assert_remove ("only: 1\n", "only", "");
  assert_remove ("a:\n  - x\nb: 1\n", "a.0", "a: []\nb: 1\n");
  assert_remove ("a:\n  k: v\nb: 1\n", "a.k", "a: {}\nb: 1\n");
  assert_remove ("- a: 1\n  b: 2\n", "0.a", "- b: 2\n");
  assert_remove ("- - x\n  - y\n", "0.0", "- - y\n");
  assert_remove ("a: 1\r\nb: 2\r\nc: 3\r\n", "b", "a: 1\r\nc: 3\r\n");
  /* Blank lines left after a `+` block would join its value. */
  assert_remove ("x: |+\n  a\n\ny: 1\n\nz: 2\n", "y", "x: |+\n  a\n\nz: 2\n");
}

static void
test_renaming (void)
{
  g_autofree char *renamed = replace (sample, "author: ZAKER", "作者: ZAKER");

  assert_rename (sample, "author", "作者", renamed);
  assert_rename ("a: 1\n", "a", "needs: quotes", "\"needs: quotes\": 1\n");
  assert_rename ("'a': 1\n", "a", "it's", "'it''s': 1\n");
  assert_rename ("a: 1\n", "a", "true", "\"true\": 1\n");
  assert_rename ("a: 1\n", "a", "<<", "\"<<\": 1\n");
  assert_rename ("m:\n  a: 1 # kept\n", "m.a", "b", "m:\n  b: 1 # kept\n");
}

static void
test_refused (void)
{
  const char *shared = "base: &b {x: 1}\nuse: *b\nmerged:\n  <<: *b\n  y: 2\n";
  g_autofree char *merged_changed = replace (shared, "y: 2", "y: \"3\"");
  g_autofree char *use_changed = replace (shared, "use: *b", "use: own");

  assert_set_fails (shared, "base.x", byline_node_new_integer (2), BYLINE_ERROR_INVALID);
  assert_set_fails (shared, "base", byline_node_new_integer (2), BYLINE_ERROR_INVALID);
  assert_set_fails (shared, "use.x", byline_node_new_integer (2), BYLINE_ERROR_INVALID);
  assert_set_fails (shared, "nowhere.x", byline_node_new_integer (2), BYLINE_ERROR_NOT_FOUND);
  assert_set_fails ("list: [a]\n", "list.5", byline_node_new_integer (2), BYLINE_ERROR_NOT_FOUND);
  assert_set_fails ("a: 1\n", "a.b", byline_node_new_integer (2), BYLINE_ERROR_NOT_FOUND);
  /* Lines that end where an editor sees no line break cannot be edited. */
  assert_set_fails ("a: 1\rb: 2\n", "a", byline_node_new_integer (2), BYLINE_ERROR_INVALID);
  assert_set_fails ("a: 1\xe2\x80\xa8" "b: 2\n", "a", byline_node_new_integer (2), BYLINE_ERROR_INVALID);

  /* What is not shared stays editable. */
  assert_set_string (shared, "merged.y", "3", merged_changed);
  assert_set_string (shared, "use", "own", use_changed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  sample = test_sample_front_matter ();
  g_test_add_func ("/yaml/edit/sample-title", test_sample_title);
  g_test_add_func ("/yaml/edit/sample-categories", test_sample_categories);
  g_test_add_func ("/yaml/edit/sample-date", test_sample_date);
  g_test_add_func ("/yaml/edit/sample-new-keys", test_sample_new_keys);
  g_test_add_func ("/yaml/edit/scalar-styles-kept", test_scalar_styles_kept);
  g_test_add_func ("/yaml/edit/strings-that-look-like-values", test_strings_that_look_like_values);
  g_test_add_func ("/yaml/edit/other-kinds", test_other_kinds);
  g_test_add_func ("/yaml/edit/empty-values", test_empty_values);
  g_test_add_func ("/yaml/edit/anchors-kept", test_anchors_kept);
  g_test_add_func ("/yaml/edit/collections-replaced", test_collections_replaced);
  g_test_add_func ("/yaml/edit/flow-collections", test_flow_collections);
  g_test_add_func ("/yaml/edit/appending", test_appending);
  g_test_add_func ("/yaml/edit/removing", test_removing);
  g_test_add_func ("/yaml/edit/renaming", test_renaming);
  g_test_add_func ("/yaml/edit/refused", test_refused);

  return g_test_run ();
}
