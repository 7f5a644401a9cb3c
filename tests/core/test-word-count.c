/* test-word-count.c: counting words as writers of Chinese and English
 * count them, and finding the words a spell checker reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-prose.h"
#include "byline-word-count.h"

static void
assert_count (const char     *text,
              BylineBodyKind  kind,
              guint           cjk_characters,
              guint           other_words,
              guint           characters)
{
  BylineWordCount count;

  byline_word_count (text, strlen (text), kind, &count);
  g_assert_cmpuint (count.cjk_characters, ==, cjk_characters);
  g_assert_cmpuint (count.other_words, ==, other_words);
  g_assert_cmpuint (count.words, ==, cjk_characters + other_words);
  g_assert_cmpuint (count.characters, ==, characters);
}

static void
test_chinese (void)
{
  /* Eight characters, each a word, and a full stop that is no word. */
  assert_count ("金秋是收获的时节。", BYLINE_BODY_MARKDOWN, 8, 0, 9);
  /* Japanese kana and kanji, and Korean syllables. */
  assert_count ("ラーメンを食べた", BYLINE_BODY_MARKDOWN, 8, 0, 8);
  assert_count ("한국어 문장", BYLINE_BODY_MARKDOWN, 5, 0, 5);
  /* A paragraph of Chinese is not one word. */
  assert_count ("共享服务贸易发展机遇，共促世界经济复苏和增长。\n\n第二段。", BYLINE_BODY_MARKDOWN, 24, 0, 27);
}

static void
test_english (void)
{
  assert_count ("The quick brown fox doesn't jump over 3.14 lazy dogs.",
                BYLINE_BODY_MARKDOWN, 0, 10, 44);
  /* Hyphens and curly apostrophes join; dashes and spaces part. */
  assert_count ("A well-known writer’s e-mail -- sent 1,000 times", BYLINE_BODY_MARKDOWN, 0, 7, 41);
  assert_count ("end.Next", BYLINE_BODY_MARKDOWN, 0, 2, 8);
  assert_count ("", BYLINE_BODY_MARKDOWN, 0, 0, 0);
  assert_count (" \n\t ", BYLINE_BODY_HTML, 0, 0, 0);
}

static void
test_mixed (void)
{
  /* 我用写了一个 are six words, GTK, 4 and editor three more. */
  assert_count ("我用GTK 4写了一个editor。", BYLINE_BODY_MARKDOWN, 6, 3, 17);
  assert_count ("9 月 2 日，2021 年中国国际服务贸易交易会", BYLINE_BODY_HTML, 14, 3, 21);
}

static void
test_markdown_syntax (void)
{
  /* Title, Some, bold, and, a, link, and, code, int, x: the markers, the
   * address and the fences are not counted. */
  assert_count ("# Title\n\nSome **bold** and [a link](https://example.com) and `code`.\n\n"
                "```c\nint x;\n```\n",
                BYLINE_BODY_MARKDOWN, 0, 10, 34);
  assert_count ("- 第一项\n- 第二项\n\n> 引用 *强调*\n\n![图片说明](images/a.png)\n",
                BYLINE_BODY_MARKDOWN, 10, 0, 10);
  assert_count ("| 名称 | value |\n|---|:---:|\n| 一 | two |\n", BYLINE_BODY_MARKDOWN, 3, 2, 11);
  assert_count ("See <https://example.com> or mail me@example.com, <br> {% asset_img a.png %}",
                BYLINE_BODY_MARKDOWN, 0, 3, 10);
  /* An underscore inside a word is no emphasis. */
  assert_count ("snake_case _emphasis_", BYLINE_BODY_MARKDOWN, 0, 2, 18);
}

static void
test_html_tags (void)
{
  assert_count ("<p>Hello <strong>world</strong></p><p>again</p>"
                "<script>var hidden = 1;</script><style>p { color: red }</style><!-- a note -->",
                BYLINE_BODY_HTML, 0, 3, 15);
  /* A character reference is one character, and joins a word as its
   * character would. */
  assert_count ("<p>don&rsquo;t&nbsp;stop &amp; go</p>", BYLINE_BODY_HTML, 0, 3, 12);
  assert_count ("<p>中文&nbsp;&#x6587;</p>", BYLINE_BODY_HTML, 3, 0, 3);
}

static void
test_sample_counts_text_only (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                            "000_5003afbe905b0950.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  const char *body;
  BylineWordCount count;

  g_assert_no_error (error);
  body = byline_post_get_body (post);
  g_assert_cmpint (byline_post_get_body_kind (post), ==, BYLINE_BODY_HTML);

  /* Counted from the text with its tags stripped: 879 Han characters and
   * the numbers 9, 2 and 2021; no tag, attribute or address counts. */
  byline_word_count (body, strlen (body), BYLINE_BODY_HTML, &count);
  g_assert_cmpuint (count.cjk_characters, ==, 879);
  g_assert_cmpuint (count.other_words, ==, 3);
  g_assert_cmpuint (count.characters, ==, 997);
  g_assert_cmpuint (byline_word_count_reading_minutes (&count), ==, 3);
}

static void
test_reading_minutes (void)
{
  BylineWordCount count = { 0 };

  g_assert_cmpuint (byline_word_count_reading_minutes (&count), ==, 0);

  count.other_words = count.words = 1;
  g_assert_cmpuint (byline_word_count_reading_minutes (&count), ==, 1);

  count.other_words = count.words = 2 * BYLINE_WORDS_PER_MINUTE;
  g_assert_cmpuint (byline_word_count_reading_minutes (&count), ==, 2);

  count.other_words = 0;
  count.cjk_characters = count.words = 3 * BYLINE_CJK_CHARACTERS_PER_MINUTE;
  g_assert_cmpuint (byline_word_count_reading_minutes (&count), ==, 3);

  /* Half a minute of each. */
  count.cjk_characters = BYLINE_CJK_CHARACTERS_PER_MINUTE / 2;
  count.other_words = BYLINE_WORDS_PER_MINUTE / 2;
  count.words = count.cjk_characters + count.other_words;
  g_assert_cmpuint (byline_word_count_reading_minutes (&count), ==, 1);
}

static void
add_kind_cb (BylineProseKind  kind,
             gsize            start,
             gsize            end,
             gpointer         user_data)
{
  GString *kinds = user_data;
  static const char letters[] = { 'T', 'C', 'M', 'A', 'E' };

  g_assert_cmpuint (start, ==, kinds->len);
  for (gsize i = start; i < end; i++)
    g_string_append_c (kinds, letters[kind]);
}

/* @expected has a letter for each byte of @text: Text, Code, Markup,
 * Address or Entity. */
static void
assert_kinds (const char     *text,
              BylineBodyKind  kind,
              const char     *expected)
{
  g_autoptr(GString) kinds = g_string_new (NULL);

  byline_prose_scan (text, strlen (text), kind, add_kind_cb, kinds);
  g_assert_cmpstr (kinds->str, ==, expected);
}

static void
test_prose_parts (void)
{
  assert_kinds ("**a** `b`", BYLINE_BODY_MARKDOWN, "MMTMMTMCM");
  assert_kinds ("[x](y) ![z](w)", BYLINE_BODY_MARKDOWN, "MTMMAMTMMMMMAM");
  assert_kinds ("## h ##\n> q", BYLINE_BODY_MARKDOWN, "MMTTTMMTMMT");
  assert_kinds ("```\nx\n```\n", BYLINE_BODY_MARKDOWN, "MMMTCTMMMT");
  assert_kinds ("a\n\n    b\n", BYLINE_BODY_MARKDOWN, "TTTTTTTCT");
  assert_kinds ("- a\n\n    b\n", BYLINE_BODY_MARKDOWN, "MMTTTTTTTTT");
  assert_kinds ("\\*a\\*", BYLINE_BODY_MARKDOWN, "MTTMT");
  assert_kinds ("<b>x</b>&amp;", BYLINE_BODY_HTML, "MMMTMMMMEEEEE");
  assert_kinds ("<pre>a<i>b</i></pre>c", BYLINE_BODY_HTML, "MMMMMCMMMCMMMMMMMMMMT");
  assert_kinds ("go www.a.b.", BYLINE_BODY_HTML, "TTTAAAAAAAT");
  /* Not every `<` opens a tag, nor every `*` emphasis. */
  assert_kinds ("1 < 2 * 3", BYLINE_BODY_MARKDOWN, "TTTTTTTTT");
}

static GPtrArray *
find_words (const char     *text,
            BylineBodyKind  kind)
{
  g_autoptr(GArray) words = byline_prose_find_words (text, strlen (text), kind);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len; i++)
    {
      BylineProseWord *word = &g_array_index (words, BylineProseWord, i);

      g_ptr_array_add (found, g_strndup (text + word->start, word->end - word->start));
    }
  g_ptr_array_add (found, NULL);

  return found;
}

static void
assert_words (const char     *text,
              BylineBodyKind  kind,
              const char     *expected)
{
  g_autoptr(GPtrArray) found = find_words (text, kind);
  g_autofree char *joined = g_strjoinv (" ", (char **) found->pdata);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_words_to_check (void)
{
  assert_words ("Teh cat sat on `codde` in <span class=\"mispeled\">text</span> at "
                "https://exampel.com/pathh 中文 GTK GtkSourceView index.md mp3 isn't",
                BYLINE_BODY_MARKDOWN, "Teh cat sat on in text at isn't");
  assert_words ("```\nwrongg\n```\nrightt\n\n    codde\n", BYLINE_BODY_MARKDOWN, "rightt");
  assert_words ("[linkk text](http://x.y/wrongg) ![altt](a.png) <!-- notte -->", BYLINE_BODY_MARKDOWN,
                "linkk text");
  assert_words ("<pre>codde</pre> wordd <code>x</code> don&rsquo;t 中文english", BYLINE_BODY_HTML,
                "wordd english");
  assert_words ("混合English和中文", BYLINE_BODY_MARKDOWN, "English");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/word-count/chinese", test_chinese);
  g_test_add_func ("/word-count/english", test_english);
  g_test_add_func ("/word-count/mixed", test_mixed);
  g_test_add_func ("/word-count/markdown-syntax", test_markdown_syntax);
  g_test_add_func ("/word-count/html-tags", test_html_tags);
  g_test_add_func ("/word-count/sample", test_sample_counts_text_only);
  g_test_add_func ("/word-count/reading-minutes", test_reading_minutes);
  g_test_add_func ("/prose/parts", test_prose_parts);
  g_test_add_func ("/prose/words-to-check", test_words_to_check);

  return g_test_run ();
}
