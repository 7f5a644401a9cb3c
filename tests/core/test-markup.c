/* test-markup.c: what bold, italic, link, heading and image commands
 * write in Markdown and in HTML bodies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-markup.h"

typedef enum {
  STYLE_BOLD,
  STYLE_ITALIC,
  LINK,
  HEADING_1,
  HEADING_2,
} Command;

/* Runs @command on @before, whose selection is marked with `[` and `]`
 * (or a `|` for the cursor; @before has no other brackets), and checks the text and the selection
 * after it, marked the same way. */
static void
assert_command (BylineBodyKind  kind,
                Command         command,
                const char     *before,
                const char     *after)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) result = NULL;
  g_auto(BylineMarkupEdit) edit = { 0 };
  gsize start = 0, end = 0;
  gsize select_start, select_end;

  for (const char *p = before; *p != '\0'; p++)
    {
      if (*p == '|')
        start = end = lines->len;
      else if (*p == '[' && strchr (before, '|') == NULL)
        start = lines->len;
      else if (*p == ']' && strchr (before, '|') == NULL)
        end = lines->len;
      else
        g_string_append_c (lines, *p);
    }

  switch (command)
    {
    case STYLE_BOLD:
    case STYLE_ITALIC:
      byline_markup_toggle_style (kind, command == STYLE_BOLD ? BYLINE_MARKUP_BOLD : BYLINE_MARKUP_ITALIC,
                                  lines->str, start, end, &edit);
      break;
    case LINK:
      byline_markup_insert_link (kind, lines->str, start, end, &edit);
      break;
    case HEADING_1:
    case HEADING_2:
    default:
      byline_markup_toggle_heading (kind, command == HEADING_1 ? 1 : 2, lines->str, start, end, &edit);
      break;
    }

  g_assert_cmpuint (edit.start, <=, edit.end);
  g_assert_cmpuint (edit.end, <=, lines->len);

  result = g_string_new_len (lines->str, edit.start);
  g_string_append (result, edit.replacement);
  g_string_append (result, lines->str + edit.end);

  select_start = edit.start + edit.select_start;
  select_end = edit.start + edit.select_end;
  if (select_start == select_end)
    g_string_insert_c (result, select_start, '|');
  else
    {
      g_string_insert_c (result, select_end, ']');
      g_string_insert_c (result, select_start, '[');
    }

  g_assert_cmpstr (result->str, ==, after);
}

static void
test_bold_and_italic (void)
{
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a [word] b", "a **[word]** b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a **[word]** b", "a [word] b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a [**word**] b", "a [word] b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a [word ]b", "a **[word]** b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a | b", "a **|** b");
  /* Without a selection, the word under the cursor. */
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a bo|ld b", "a **bo|ld** b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "a **bold|** b", "a bold| b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_ITALIC, "a |bold b", "a *|bold* b");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "中文|", "中文**|**");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_ITALIC, "a [中文] b", "a *[中文]* b");
  /* Italic inside bold and bold inside italic are told apart. */
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_ITALIC, "**[word]**", "***[word]***");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_ITALIC, "***[word]***", "**[word]**");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_BOLD, "*[word]*", "***[word]***");
  assert_command (BYLINE_BODY_MARKDOWN, STYLE_ITALIC, "_[word]_", "[word]");

  assert_command (BYLINE_BODY_HTML, STYLE_BOLD, "<p>a [word] b</p>", "<p>a <strong>[word]</strong> b</p>");
  assert_command (BYLINE_BODY_HTML, STYLE_BOLD, "<p><strong>[word]</strong></p>", "<p>[word]</p>");
  assert_command (BYLINE_BODY_HTML, STYLE_BOLD, "<p>[<b>word</b>]</p>", "<p>[word]</p>");
  assert_command (BYLINE_BODY_HTML, STYLE_ITALIC, "<p>[word]</p>", "<p><em>[word]</em></p>");
  assert_command (BYLINE_BODY_HTML, STYLE_ITALIC, "|", "<em>|</em>");
}

static void
test_links (void)
{
  assert_command (BYLINE_BODY_MARKDOWN, LINK, "see [the docs] now", "see [the docs](|) now");
  assert_command (BYLINE_BODY_MARKDOWN, LINK, "see [https://gnome.org] now", "see [|](https://gnome.org) now");
  assert_command (BYLINE_BODY_MARKDOWN, LINK, "|", "[|]()");
  assert_command (BYLINE_BODY_HTML, LINK, "see [the docs] now", "see <a href=\"|\">the docs</a> now");
  assert_command (BYLINE_BODY_HTML, LINK, "[https://a.b/?x=1&y=2]",
                  "<a href=\"https://a.b/?x=1&amp;y=2\">|</a>");
}

static void
test_headings (void)
{
  assert_command (BYLINE_BODY_MARKDOWN, HEADING_2, "Ti|tle", "## Ti|tle");
  assert_command (BYLINE_BODY_MARKDOWN, HEADING_2, "## Ti|tle", "Ti|tle");
  assert_command (BYLINE_BODY_MARKDOWN, HEADING_1, "### |Title", "# |Title");
  assert_command (BYLINE_BODY_MARKDOWN, HEADING_1, "[one\ntwo]", "# [one\n# two]");
  assert_command (BYLINE_BODY_MARKDOWN, HEADING_2, "#hashtag|", "## #hashtag|");

  assert_command (BYLINE_BODY_HTML, HEADING_2, "标题|", "<h2>标题|</h2>");
  assert_command (BYLINE_BODY_HTML, HEADING_2, "  <p class=\"x\">Ti|tle</p>", "  <h2>Ti|tle</h2>");
  assert_command (BYLINE_BODY_HTML, HEADING_1, "<h2 id=\"a\">Ti|tle</h2>", "<h1>Ti|tle</h1>");
  assert_command (BYLINE_BODY_HTML, HEADING_2, "<h2>Title</h2>|", "<p>Title|</p>");
}

static void
test_images (void)
{
  g_autofree char *name = byline_markup_escape_address ("my photo (1)#2.png");
  g_autofree char *chinese = byline_markup_escape_address ("图片.png");
  g_autofree char *markdown = byline_markup_image (BYLINE_BODY_MARKDOWN, "name.png");
  g_autofree char *html = byline_markup_image (BYLINE_BODY_HTML, "a&b.png");

  g_assert_cmpstr (name, ==, "my%20photo%20%281%29%232.png");
  g_assert_cmpstr (chinese, ==, "图片.png");
  g_assert_cmpstr (markdown, ==, "![](name.png)");
  g_assert_cmpstr (html, ==, "<img src=\"a&amp;b.png\" alt=\"\">");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/markup/bold-and-italic", test_bold_and_italic);
  g_test_add_func ("/markup/links", test_links);
  g_test_add_func ("/markup/headings", test_headings);
  g_test_add_func ("/markup/images", test_images);

  return g_test_run ();
}
