/* test-post-peek.c: the front matter the post index reads at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-peek.h"
#include "byline-post.h"
#include "fixtures.h"

static BylineNode *
parse (const char *text)
{
  g_autoptr(BylinePost) post = byline_post_new_from_data (text, strlen (text), NULL);
  BylineFrontMatter *front_matter = post != NULL ? byline_post_get_front_matter (post) : NULL;
  BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;

  return root != NULL ? byline_node_ref (root) : NULL;
}

static void
assert_peeks_as_parsed (const char *text)
{
  g_autoptr(BylineNode) peeked = byline_post_peek_front_matter (text, strlen (text));
  g_autoptr(BylineNode) parsed = parse (text);
  g_autofree char *peeked_json = NULL;
  g_autofree char *parsed_json = NULL;

  g_assert_nonnull (peeked);
  g_assert_nonnull (parsed);
  peeked_json = byline_node_to_json (peeked, TRUE);
  parsed_json = byline_node_to_json (parsed, TRUE);
  g_assert_cmpstr (peeked_json, ==, parsed_json);
  g_assert_true (byline_node_equal (peeked, parsed));
}

static void
test_sample (void)
{
  g_autofree char *path = fixture_path ("000_5003afbe905b0950.md");
  g_autofree char *sample = NULL;

  g_assert_true (g_file_get_contents (path, &sample, NULL, NULL));
  assert_peeks_as_parsed (sample);
}

static void
test_plain_forms (void)
{
  assert_peeks_as_parsed ("---\n"
                          "title: Plain title # a comment\n"
                          "categories:\n"
                          "- a\n"
                          "- \"b c\"\n"
                          "tags: [x, 'y z', 3]\n"
                          "draft: false\n"
                          "date: 2021-09-02 16:11:00\n"
                          "empty:\n"
                          "# a comment\n"
                          "quoted: 'it''s'\n"
                          "url: http://example.com/a?b=c#d\n"
                          "---\n"
                          "Body\n");
  assert_peeks_as_parsed ("\n\n---\n"
                          "title: \"双引号\"\n"
                          "categories:\n"
                          "    - 新闻\n"
                          "\n"
                          "    - 科技\n"
                          "words: 1500\n"
                          "ratio: 1.5\n"
                          "nothing: ~\n"
                          "...\n"
                          "Body\n");
}

/* What the full parser must read: the glance gives up. */
static void
test_gives_up (void)
{
  static const char * const texts[] = {
    "---\ntitle: a\r\n---\n",
    "---\ntitle:\ta\n---\n",
    "---\ntitle: &name a\nother: *name\n---\n",
    "---\ntitle: a\n  continued\n---\n",
    "---\ntitle: 'a\n  b'\n---\n",
    "---\ntitle: \"a\\tb\"\n---\n",
    "---\nauthor:\n  name: A\n---\n",
    "---\ntitle: a\ntitle: b\n---\n",
    "---\ntitle: a: b\n---\n",
    "---\ntags: [a, [b]]\n---\n",
    "---\ntags:\n  - a\n - b\n---\n",
    "---\ntext: |\n  block\n---\n",
    "---\ntitle: !!str 1\n---\n",
    "---\n\"quoted key\": a\n---\n",
    "---\ntrue: a\n---\n",
    "--- \ntitle: a\n---\n",
    "---\ntitle: a\n--- \n",
    "---\ntitle: a\nnever closed\n",
    "+++\ntitle = \"a\"\n+++\n",
    "title: Hexo without opener\n---\n",
    "---\n# only a comment\n---\n",
    "---\ntitle: a\u2028b\n---\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BylineNode) peeked = byline_post_peek_front_matter (texts[i], strlen (texts[i]));

      g_test_message ("%s", texts[i]);
      g_assert_null (peeked);
    }
}

/* Every post of the fixture corpus the glance reads, it reads as the
 * parser does. */
static guint
peek_folder (const char *folder)
{
  g_auto(GStrv) paths = fixture_list (folder);
  guint n_peeked = 0;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *text = NULL;
      gsize length;
      g_autoptr(BylineNode) peeked = NULL;

      g_assert_true (g_file_get_contents (paths[i], &text, &length, NULL));
      if (memchr (text, '\0', length) != NULL || !g_utf8_validate (text, length, NULL) ||
          (peeked = byline_post_peek_front_matter (text, length)) == NULL)
        continue;

      g_test_message ("%s", paths[i]);
      assert_peeks_as_parsed (text);
      n_peeked++;
    }

  return n_peeked;
}

/* A front matter that is not UTF-8 is the parser's to refuse; the body
 * after one that is, the glance does not look at. */
static void
test_not_utf8 (void)
{
  static const char * const texts[] = {
    "---\ntitle: \xff\n---\n",
    "---\ntitle: \xe4\xb8\n---\n",
    "---\ntitle: \xed\xa0\x80\n---\n",
    "---\ntitle: \xc0\xaf\n---\n",
  };
  static const char body_not_utf8[] = "---\ntitle: 标题\n---\n\xff\xfe";
  g_autoptr(BylineNode) peeked = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BylineNode) refused = byline_post_peek_front_matter (texts[i], strlen (texts[i]));

      g_test_message ("%s", texts[i]);
      g_assert_null (refused);
    }

  peeked = byline_post_peek_front_matter (body_not_utf8, strlen (body_not_utf8));
  g_assert_nonnull (peeked);
  g_assert_cmpstr (byline_node_get_string (byline_node_lookup (peeked, "title")), ==, "标题");
}

/* byline_post_peek_values() reads the values of some keys as the glance
 * at the whole front matter reads them, and refuses what it refuses. */
static void
test_values (void)
{
  static const char * const keys[] = { "title", "tags", "missing", NULL };
  static const char * const texts[] = {
    "---\ntitle: A\nauthor: B\ntags:\n  - x\n  - 'y z'\ndate: 2021-09-02\n---\n",
    "---\ntags: [b, a]\ncomments: false\ntitle: \"双引号\"\n---\n",
    "---\nauthor: only other keys\n---\n",
  };
  static const char * const refused[] = {
    "---\nauthor: a\nauthor: b\ntitle: t\n---\n",
    "---\ntitle: t\nauthor: &name a\n---\n",
    "---\ntitle: t\nlist: [a, [b]]\n---\n",
    "---\ntitle: t\nnull: a\n---\n",
  };
  g_autofree char *path = fixture_path ("000_5003afbe905b0950.md");
  g_autofree char *sample = NULL;

  g_assert_true (g_file_get_contents (path, &sample, NULL, NULL));
  for (guint i = 0; i <= G_N_ELEMENTS (texts); i++)
    {
      const char *text = i < G_N_ELEMENTS (texts) ? texts[i] : sample;
      g_autoptr(BylineNode) parsed = parse (text);
      BylineNode *values[G_N_ELEMENTS (keys) - 1];

      g_assert_true (byline_post_peek_values (text, strlen (text), keys, values));
      for (guint k = 0; keys[k] != NULL; k++)
        {
          g_autoptr(BylineNode) value = values[k];
          BylineNode *expected = byline_node_lookup (parsed, keys[k]);
          g_autofree char *value_json = value != NULL ? byline_node_to_json (value, TRUE) : NULL;
          g_autofree char *expected_json = expected != NULL ? byline_node_to_json (expected, TRUE) : NULL;

          g_assert_cmpstr (value_json, ==, expected_json);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      BylineNode *values[G_N_ELEMENTS (keys) - 1];

      g_test_message ("%s", refused[i]);
      g_assert_false (byline_post_peek_values (refused[i], strlen (refused[i]), keys, values));
      for (guint k = 0; keys[k] != NULL; k++)
        g_assert_null (values[k]);
    }
}

static void
test_corpus (void)
{
  g_assert_cmpuint (peek_folder (NULL), >=, 10);
  peek_folder ("broken");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/post-peek/sample", test_sample);
  g_test_add_func ("/post-peek/plain-forms", test_plain_forms);
  g_test_add_func ("/post-peek/gives-up", test_gives_up);
  g_test_add_func ("/post-peek/not-utf8", test_not_utf8);
  g_test_add_func ("/post-peek/values", test_values);
  g_test_add_func ("/post-peek/corpus", test_corpus);

  return g_test_run ();
}
