/* test-render-runs.c: rendering in runs gives the whole render, to the byte
 *
 * The preview renders a long body in runs of blocks and keeps them from
 * one keystroke to the next. Whatever the writer types, what it shows must
 * be what a render of the whole body gives: these tests type the edits
 * that change where blocks end (fences, HTML blocks, lists, references)
 * into bodies that hold every kind of block, and compare after each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post.h"
#include "byline-renderer.h"
#include "fixtures.h"


static const char every_block[] =
  "# 新闻标题\n"
  "\n"
  "A paragraph with *emphasis*, `code` and a <span>tag</span>.\n"
  "\n"
  "```c\n"
  "int main (void)\n"
  "\n"
  "{ return 0; }\n"
  "```\n"
  "\n"
  "Text after the fence.\n"
  "\n"
  "<pre>\n"
  "kept\n"
  "\n"
  "as is\n"
  "</pre>\n"
  "\n"
  "<!--\n"
  "a comment\n"
  "\n"
  "over blank lines\n"
  "-->\n"
  "\n"
  "<div class=\"note\">\n"
  "a block\n"
  "</div>\n"
  "\n"
  "- one\n"
  "- two\n"
  "\n"
  "- three, loose\n"
  "\n"
  "  continued\n"
  "\n"
  "After the list.\n"
  "\n"
  "1. first\n"
  "2. second\n"
  "\n"
  "> quoted\n"
  "> text\n"
  "\n"
  "> another quote\n"
  "\n"
  "| a | b |\n"
  "|---|---|\n"
  "| 1 | 2 |\n"
  "\n"
  "Setext\n"
  "======\n"
  "\n"
  "    indented code\n"
  "\n"
  "    more of it\n"
  "\n"
  "<!-- more -->\n"
  "\n"
  "{% asset_img photo.jpg A photo %}\n"
  "\n"
  "~~~\n"
  "tilde fence\n"
  "\n"
  "~~~\n"
  "\n"
  "<script>\n"
  "var x = 1;\n"
  "\n"
  "</script>\n"
  "\n"
  "Last paragraph, https://example.com autolinked.\n";

/* What a writer types that changes where blocks end. */
static const char * const snippets[] = {
  "```", "```\n", "~~~~\n", "<pre>\n", "</pre>\n", "<!--", "-->", "<script>", "</script>\n",
  "<div>\n", "- ", "* ", "1. ", "> ", "    ", "\t", "\n", "\n\n", "# ", "===\n", "---\n",
  "| x | y |\n|---|---|\n", "[a]: https://example.com\n", "[a]", "<?php\n", "?>", "<![CDATA[",
  "]]>", "<!X\n", "\r\n", "\r", "{% youtube abc %}", "{% codeblock %}\n", "{% endcodeblock %}",
  "<!-- more -->", "文字", "x", " ",
};

static void
assert_same_render (BylineRenderer    *renderer,
                    BylineRenderCache *cache,
                    const char        *body,
                    guint              first_line)
{
  g_autofree char *whole = byline_renderer_render_body (renderer, body, BYLINE_BODY_MARKDOWN,
                                                        first_line, "post");
  g_autofree char *runs = byline_renderer_render_body_cached (renderer, cache, body, BYLINE_BODY_MARKDOWN,
                                                              first_line, "post");

  if (g_strcmp0 (whole, runs) != 0)
    g_error ("The runs render differently from the whole body:\n%s\n-- whole --\n%s\n-- runs --\n%s",
             body, whole, runs);
}

/* Inserts a snippet at a line's start or anywhere, or deletes a stretch,
 * as @rand picks. */
static void
edit (GString *body,
      GRand   *rand)
{
  gsize at = body->len > 0 ? g_rand_int_range (rand, 0, body->len + 1) : 0;

  if (g_rand_int_range (rand, 0, 2) == 0)
    {
      const char *newline = memchr (body->str + at, '\n', body->len - at);

      at = newline != NULL ? (gsize) (newline - body->str) + 1 : body->len;
    }

  if (body->len > 0 && g_rand_int_range (rand, 0, 4) == 0)
    {
      gsize length = g_rand_int_range (rand, 1, 40);

      g_string_erase (body, at, MIN (length, body->len - at));
      return;
    }

  g_string_insert (body, at, snippets[g_rand_int_range (rand, 0, G_N_ELEMENTS (snippets))]);
}

/* Keeps the body valid UTF-8 after a deletion cut a character. */
static void
make_valid (GString *body)
{
  g_autofree char *valid = g_utf8_make_valid (body->str, body->len);

  g_string_assign (body, valid);
}

/* Makes @n_edits edits to @text, comparing the renders after each. */
static void
type_into (const char *text,
           guint       n_edits,
           guint       seed)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(BylineRenderCache) cache = byline_render_cache_new ();
  g_autoptr(GString) body = g_string_new (text);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  assert_same_render (renderer, cache, body->str, 1);
  for (guint i = 0; i < n_edits; i++)
    {
      edit (body, rand);
      make_valid (body);
      assert_same_render (renderer, cache, body->str, 1 + i % 3);
    }
}

static void
test_every_block (void)
{
  type_into (every_block, 500, 1);
  type_into (every_block, 500, 2);
}

/* A long body, as the preview's benchmark types into: unchanged runs come
 * from the cache, and the result is still the whole render. */
static void
test_long_body (void)
{
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append (body, every_block);

  type_into (body->str, 50, 3);
}

static void
type_into_files (const char * const *paths)
{
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (paths[i], &contents, &length, NULL) ||
          !g_utf8_validate (contents, length, NULL) || strlen (contents) != length)
        continue;

      g_test_message ("%s", paths[i]);
      type_into (contents, 15, i);
    }
}

/* The posts of the corpus, their front matter read as Markdown too. */
static void
test_fixtures (void)
{
  g_auto(GStrv) posts = fixture_list (NULL);
  g_auto(GStrv) broken = fixture_list ("broken");

  type_into_files ((const char * const *) posts);
  type_into_files ((const char * const *) broken);
}

/* Edits that end a run's blocks elsewhere: the run grows, and shrinks
 * back when the edit is undone. */
static void
test_fence_opened_and_closed (void)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(BylineRenderCache) cache = byline_render_cache_new ();
  const char *steps[] = {
    "Para one.\n\nPara two.\n\nPara three.\n",
    "```\nPara one.\n\nPara two.\n\nPara three.\n",
    "```\nPara one.\n\nPara two.\n```\n\nPara three.\n",
    "Para one.\n\nPara two.\n```\n\nPara three.\n",
    "Para one.\n\nPara two.\n\nPara three.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    assert_same_render (renderer, cache, steps[i], 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render-runs/every-block", test_every_block);
  g_test_add_func ("/render-runs/long-body", test_long_body);
  g_test_add_func ("/render-runs/fixtures", test_fixtures);
  g_test_add_func ("/render-runs/fence-opened-and-closed", test_fence_opened_and_closed);

  return g_test_run ();
}
