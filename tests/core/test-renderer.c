/* test-renderer.c: bodies, headers and preview pages as HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-renderer.h"

static char *
render_markdown (const char *body,
                 guint       first_line)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();

  return byline_renderer_render_body (renderer, body, BYLINE_BODY_MARKDOWN, first_line, "my-post");
}

static char *
render_html (const char *body,
             guint       first_line)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();

  return byline_renderer_render_body (renderer, body, BYLINE_BODY_HTML, first_line, "my-post");
}

static void
assert_contains (const char *html,
                 const char *part)
{
  if (strstr (html, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, html);
}

static void
assert_lacks (const char *html,
              const char *part)
{
  if (strstr (html, part) != NULL)
    g_error ("“%s” should not be in:\n%s", part, html);
}

/* The output with every ` data-line="N"` taken out. */
static char *
without_line_marks (const char *html)
{
  g_autoptr(GRegex) regex = g_regex_new (" data-line=\"[0-9]+\"", 0, 0, NULL);

  return g_regex_replace_literal (regex, html, -1, 0, "", 0, NULL);
}

static BylinePost *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "000_5003afbe905b0950.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  BylinePost *post;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  post = byline_post_new_from_data (contents, length, &error);
  g_assert_no_error (error);
  return post;
}

static void
test_markdown_gfm (void)
{
  g_autofree char *html = render_markdown ("| a | b |\n"
                                           "|---|:-:|\n"
                                           "| 1 | 2 |\n"
                                           "\n"
                                           "~~gone~~ and www.example.com and https://gnome.org\n"
                                           "\n"
                                           "- [x] done\n"
                                           "- [ ] to do\n", 1);

  assert_contains (html, "<table data-line=\"1\">");
  assert_contains (html, "<th align=\"center\" data-line=\"1\">b</th>");
  assert_contains (html, "<td data-line=\"3\">1</td>");
  assert_contains (html, "<del>gone</del>");
  assert_contains (html, "<a href=\"http://www.example.com\">www.example.com</a>");
  assert_contains (html, "<a href=\"https://gnome.org\">https://gnome.org</a>");
  assert_contains (html, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done");
  assert_contains (html, "<input type=\"checkbox\" disabled=\"\" /> to do");
}

static void
test_markdown_raw_html (void)
{
  g_autofree char *html = render_markdown ("Text with <kbd>Ctrl</kbd>.\n"
                                           "\n"
                                           "<div class=\"note\" title='a > b'>\n"
                                           "<p>*not emphasis*</p>\n"
                                           "</div>\n", 1);

  assert_contains (html, "<p data-line=\"1\">Text with <kbd>Ctrl</kbd>.</p>");
  assert_contains (html, "<div data-line=\"3\" class=\"note\" title='a > b'>\n"
                         "<p data-line=\"4\">*not emphasis*</p>\n"
                         "</div>");
}

/* Lines are the file's: the body starts on @first_line. */
static void
test_markdown_lines (void)
{
  g_autofree char *html = render_markdown ("# Title\n"
                                           "\n"
                                           "A paragraph\n"
                                           "on two lines.\n"
                                           "\n"
                                           "> quoted\n"
                                           "\n"
                                           "```c\n"
                                           "int x;\n"
                                           "```\n"
                                           "\n"
                                           "    indented\n"
                                           "\n"
                                           "1. one\n"
                                           "2. two\n"
                                           "\n"
                                           "---\n", 8);

  assert_contains (html, "<h1 data-line=\"8\">Title</h1>");
  assert_contains (html, "<p data-line=\"10\">A paragraph\non two lines.</p>");
  assert_contains (html, "<blockquote data-line=\"13\">");
  assert_contains (html, "<pre data-line=\"15\"><code class=\"language-c\">int x;\n</code></pre>");
  assert_contains (html, "<pre data-line=\"19\"><code>indented\n</code></pre>");
  assert_contains (html, "<ol data-line=\"21\">");
  assert_contains (html, "<li data-line=\"22\">two</li>");
  assert_contains (html, "<hr data-line=\"24\" />");
}

/* The sample's body is HTML: kept byte for byte, its indented lines never
 * code, its elements marked with their lines in the file. */
static void
test_html_sample (void)
{
  g_autoptr(BylinePost) post = load_sample ();
  const char *body = byline_post_get_body (post);
  guint first_line = byline_post_get_body_line (post);
  g_autofree char *html = NULL;
  g_autofree char *unmarked = NULL;

  g_assert_cmpint (byline_post_get_body_kind (post), ==, BYLINE_BODY_HTML);
  g_assert_cmpuint (first_line, ==, 14);

  html = render_html (body, first_line);
  unmarked = without_line_marks (html);
  g_assert_cmpstr (unmarked, ==, body);

  assert_contains (html, "<div data-line=\"15\">   \n");
  assert_contains (html, "\n<p data-line=\"16\"></p><div style=\"background-color:#ececec\"");
  assert_contains (html, "<iframe src=\"//v.qq.com/iframe/player.html?vid=n3272p5ykid&auto=0\" allowfullscreen");
  assert_lacks (html, "<pre");
  assert_lacks (html, "<code");
}

/* What an HTML parser would see as one tag, or as text, stays so. */
static void
test_html_tags_read_as_a_browser_does (void)
{
  const char *body = "<p title=\"1 > 0\">a</p><p>b</p>\n"
                     "<!-- <div>not a tag</div> -->\n"
                     "<script>if (a<b) document.write('<div>')</script>\n"
                     "  <img src=x.png><br/><span>c</span>\n"
                     "<section>\n"
                     "  <div>\n"
                     "  <div>two on a line</div> <div>second</div>\n"
                     "  </div>\n"
                     "</section>\n"
                     "a < b and 2<3\n"
                     "<div class=\"unfinished";
  g_autofree char *html = render_html (body, 1);
  g_autofree char *unmarked = without_line_marks (html);

  g_assert_cmpstr (unmarked, ==, body);
  assert_contains (html, "<p data-line=\"1\" title=\"1 > 0\">a</p><p data-line=\"1\">b</p>");
  assert_contains (html, "<!-- <div>not a tag</div> -->");
  assert_contains (html, "<script data-line=\"3\">if (a<b) document.write('<div>')</script>");
  assert_contains (html, "<img data-line=\"4\" src=x.png><br data-line=\"4\"/><span data-line=\"4\">c</span>");
  assert_contains (html, "  <div data-line=\"6\">\n");
  assert_contains (html, "  <div data-line=\"7\">two on a line</div> <div>second</div>");
  assert_contains (html, "<div class=\"unfinished");
}

static void
test_more_divider (void)
{
  g_autofree char *markdown = render_markdown ("Excerpt.\n"
                                               "\n"
                                               "<!-- more -->\n"
                                               "\n"
                                               "Rest, with an inline <!--more--> too.\n", 1);
  g_autofree char *html = render_html ("<p>Excerpt.</p>\n<!--  more  -->\n<p>Rest.</p>\n<!-- more than this -->\n", 1);

  assert_contains (markdown, "<span class=\"byline-more\" role=\"separator\" data-line=\"3\" data-label=\"");
  assert_contains (markdown, "an inline <span class=\"byline-more\" role=\"separator\" data-label=\"");
  assert_lacks (markdown, "<!--");
  assert_contains (html, "<span class=\"byline-more\" role=\"separator\" data-line=\"2\" data-label=\"");
  assert_contains (html, "<!-- more than this -->");
}

static void
test_hexo_tags (void)
{
  g_autofree char *html = render_markdown ("{% asset_img cover.jpg The cover %}\n"
                                           "\n"
                                           "{% asset_img wide photo.png 400 300 \"Wide shot\" %} and {% asset_link report.pdf %}\n"
                                           "\n"
                                           "{% youtube dQw4w9WgXcQ %}\n"
                                           "\n"
                                           "{% codeblock Example lang:js %}\n"
                                           "if (a < b && c) {}\n"
                                           "\n"
                                           "{% endcodeblock %}\n"
                                           "\n"
                                           "{% pullquote left %}Quoted{% endpullquote %} and {{ page.title }}\n"
                                           "\n"
                                           "`{% raw %}` and\n"
                                           "```\n"
                                           "{% asset_img not-here.png %}\n"
                                           "```\n"
                                           "{%- note\n"
                                           "warning -%}\n"
                                           "\n"
                                           "<a href=\"{% asset_path 'a b.pdf' %}\" title=\"{% unknown %}\">x</a>\n"
                                           "\n"
                                           "Last line\n", 1);

  assert_contains (html, "<img data-line=\"1\" src=\"my-post/cover.jpg\" alt=\"The cover\" title=\"The cover\">");
  assert_contains (html, "<img class=\"wide\" src=\"my-post/photo.png\" width=\"400\" height=\"300\" alt=\"Wide shot\" title=\"Wide shot\">");
  assert_contains (html, "<a href=\"my-post/report.pdf\">report.pdf</a>");
  assert_contains (html, "<figure data-line=\"5\" class=\"byline-embed\" data-label=\"YouTube video dQw4w9WgXcQ\"></figure>");
  assert_contains (html, "<pre data-line=\"7\" class=\"byline-codeblock\" data-label=\"Example\">\n"
                         "<code data-line=\"8\" class=\"language-js\">if (a &lt; b &amp;&amp; c) {}\n\n</code></pre>");
  assert_contains (html, "<span class=\"byline-tag\" data-label=\"pullquote left\"></span>Quoted"
                         "<span class=\"byline-tag\" data-label=\"endpullquote\"></span> and {{ page.title }}");
  assert_contains (html, "<code>{% raw %}</code>");
  assert_contains (html, "<code>{% asset_img not-here.png %}\n</code>");
  assert_contains (html, "<span class=\"byline-tag\" data-label=\"note warning\"></span>");
  assert_contains (html, "<p data-line=\"21\"><a href=\"my-post/a%20b.pdf\" title=\"{% unknown %}\">x</a></p>");
  /* Each tag took as many lines as it replaced. */
  assert_contains (html, "<p data-line=\"23\">Last line</p>");
}

static void
test_hexo_tags_in_html (void)
{
  g_autofree char *html = render_html ("<p>{% asset_img a.png %}</p>\n"
                                       "<pre><code>{% codeblock %}</code></pre>\n"
                                       "<p>{{ kept }}</p>\n", 3);

  assert_contains (html, "<p data-line=\"3\"><img src=\"my-post/a.png\" alt=\"\"></p>");
  assert_contains (html, "<code><span class=\"byline-tag\" data-label=\"codeblock\"></span></code>");
  assert_contains (html, "<p data-line=\"5\">{{ kept }}</p>");
}

static BylineNode *
new_mapping (const char *first_key,
             ...)
{
  BylineNode *mapping = byline_node_new_mapping ();
  va_list args;

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      g_autoptr(BylineNode) value = va_arg (args, BylineNode *);

      byline_node_insert (mapping, key, value);
    }
  va_end (args);

  return mapping;
}

static BylineNode *
new_sequence (const char *first,
              ...)
{
  BylineNode *sequence = byline_node_new_sequence ();
  va_list args;

  va_start (args, first);
  for (const char *item = first; item != NULL; item = va_arg (args, const char *))
    {
      g_autoptr(BylineNode) value = byline_node_new_string (item);

      byline_node_append (sequence, value);
    }
  va_end (args);

  return sequence;
}

static char *
render_header (BylineNode *front_matter)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();

  return byline_renderer_render_header (renderer, front_matter);
}

static void
test_header (void)
{
  g_autoptr(BylineNode) nested = new_sequence ("Tech", "GNOME", NULL);
  g_autoptr(BylineNode) categories = new_sequence ("新媒体", "ZAKER", NULL);
  g_autoptr(BylineNode) front_matter = NULL;
  g_autofree char *html = NULL;

  byline_node_append (categories, nested);
  front_matter = new_mapping ("title", byline_node_new_string ("共享服务贸易发展机遇"),
                              "categories", byline_node_ref (categories),
                              "tags", byline_node_new_string ("news & views"),
                              "headimg", byline_node_new_string ("https://example.com/a.jpg?x=1&y=2"),
                              "author", byline_node_new_string ("ZAKER"),
                              "date", byline_node_new_string ("not a date"),
                              NULL);

  html = render_header (front_matter);
  assert_contains (html, "<figure class=\"byline-header-image\"><img src=\"https://example.com/a.jpg?x=1&amp;y=2\" alt=\"\"></figure>");
  assert_contains (html, "<h1 class=\"byline-title\">共享服务贸易发展机遇</h1>");
  assert_contains (html, "<p class=\"byline-meta\"><span class=\"byline-date\">not a date</span>"
                         "<span class=\"byline-author\">ZAKER</span></p>");
  assert_contains (html, "<ul class=\"byline-categories\" aria-label=\"Categories\">"
                         "<li>新媒体</li><li>ZAKER</li><li>Tech › GNOME</li></ul>");
  assert_contains (html, "<ul class=\"byline-tags\" aria-label=\"Tags\"><li>news &amp; views</li></ul>");
}

/* Hugo lists authors, by name or as mappings with a name. */
static void
test_header_authors (void)
{
  g_autoptr(BylineNode) authors = new_sequence ("Ann", NULL);
  g_autoptr(BylineNode) bob = new_mapping ("name", byline_node_new_string ("Bob"), NULL);
  g_autoptr(BylineNode) front_matter = NULL;
  g_autofree char *html = NULL;

  byline_node_append (authors, bob);
  front_matter = new_mapping ("authors", byline_node_ref (authors), NULL);
  html = render_header (front_matter);

  assert_contains (html, "<p class=\"byline-meta\"><span class=\"byline-author\">Ann, Bob</span></p>");
}

static void
test_header_escapes (void)
{
  g_autoptr(BylineNode) front_matter = new_mapping ("title", byline_node_new_string ("<script>alert(\"x\")</script> & more"),
                                                    "author", new_mapping ("name", byline_node_new_string ("<b>Me</b>"), NULL),
                                                    "cover", byline_node_new_string ("\" onerror=\"alert(1)"),
                                                    NULL);
  g_autofree char *html = render_header (front_matter);

  assert_contains (html, "<h1 class=\"byline-title\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</h1>");
  assert_contains (html, "<span class=\"byline-author\">&lt;b&gt;Me&lt;/b&gt;</span>");
  assert_contains (html, "<img src=\"&quot; onerror=&quot;alert(1)\" alt=\"\">");
  assert_lacks (html, "<script");
  assert_lacks (html, "<b>");
}

/* headimg, thumbnail, cover, image, featured_image: the first one set. */
static void
test_header_image (void)
{
  g_autoptr(BylineNode) several = new_mapping ("image", byline_node_new_string ("image.jpg"),
                                               "cover", byline_node_new_string ("cover.jpg"),
                                               "headimg", byline_node_new_string (""),
                                               "featured_image", byline_node_new_string ("featured.jpg"),
                                               NULL);
  g_autoptr(BylineNode) hugo = new_mapping ("cover", new_mapping ("image", byline_node_new_string ("hugo.jpg"), NULL),
                                            NULL);
  g_autoptr(BylineNode) none = new_mapping ("title", byline_node_new_string ("No image"), NULL);
  g_autofree char *several_html = render_header (several);
  g_autofree char *hugo_html = render_header (hugo);
  g_autofree char *none_html = render_header (none);

  assert_contains (several_html, "src=\"cover.jpg\"");
  assert_contains (hugo_html, "src=\"hugo.jpg\"");
  assert_lacks (none_html, "<figure");
  assert_lacks (none_html, "byline-meta");
}

static void
test_header_date (void)
{
  g_autoptr(BylineDate) timestamp = byline_date_parse ("2021-09-02 07:00:00 +08:00", NULL);
  g_autoptr(BylineNode) zoned = new_mapping ("date", byline_node_new_date (timestamp), NULL);
  g_autoptr(BylineNode) rfc = new_mapping ("date", byline_node_new_string ("Thu, 02 Sep 2021 16:11:00 GMT"), NULL);
  g_autoptr(BylineNode) day = new_mapping ("date", byline_node_new_string ("2021-09-02"), NULL);
  g_autoptr(GDateTime) local = g_date_time_to_local (byline_date_get_date_time (timestamp));
  g_autofree char *shown = g_date_time_format (local, "%B %-d, %Y %H:%M");
  g_autofree char *expected = g_strdup_printf ("<time class=\"byline-date\" datetime=\"2021-09-02T07:00:00+08:00\">%s</time>", shown);
  g_autofree char *zoned_html = render_header (zoned);
  g_autofree char *rfc_html = render_header (rfc);
  g_autofree char *day_html = render_header (day);

  assert_contains (zoned_html, expected);
  assert_contains (rfc_html, "datetime=\"2021-09-02T16:11:00Z\"");
  assert_contains (day_html, "<time class=\"byline-date\" datetime=\"2021-09-02\">September 2, 2021</time>");
}

static void
test_page (void)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(BylinePost) post = load_sample ();
  g_autofree char *page = byline_renderer_render_page (renderer, post, "body { color: red; } </style><script>x</script>");
  g_autofree char *body = byline_renderer_render_body (renderer, byline_post_get_body (post), BYLINE_BODY_HTML,
                                                       byline_post_get_body_line (post), NULL);
  g_autofree char *body_part = g_strdup_printf ("<article id=\"byline-body\" class=\"byline-body\">\n%s\n</article>", body);

  g_assert_true (g_str_has_prefix (page, "<!DOCTYPE html>\n<html lang=\"zh\">"));
  assert_contains (page, "<header id=\"byline-header\" class=\"byline-header\">");
  assert_contains (page, body_part);
  assert_contains (page, "<style id=\"byline-style\">");
  assert_contains (page, "\"Noto Sans CJK SC\"");
  assert_contains (page, "body { color: red; } <\\/style><script>x<\\/script>");
  assert_lacks (page, "@BODY@");
}

/* Hexo keeps a post's assets in a folder named as the post. */
static void
test_asset_folder (void)
{
  static const char * const cases[][2] = {
    { "/site/source/_posts/hello-world.md", "hello-world" },
    { "/site/source/_posts/共享服务.markdown", "共享服务" },
    { "/site/posts/v1.2-notes.md", "v1.2-notes" },
    { "/site/posts/.hidden", ".hidden" },
    { "/site/posts/README", "README" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i][0]);
      g_autofree char *folder = byline_asset_folder_name (file);

      g_assert_cmpstr (folder, ==, cases[i][1]);
    }
}

typedef struct {
  BylineRenderer *renderer;
  const char     *body;
} ThreadData;

static gpointer
render_in_thread (gpointer user_data)
{
  ThreadData *data = user_data;

  return byline_renderer_render_body (data->renderer, data->body, BYLINE_BODY_MARKDOWN, 1, NULL);
}

/* The app renders on worker threads, with one renderer. */
static void
test_threads (void)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *expected = NULL;
  ThreadData data = { renderer, NULL };
  GThread *threads[4];

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (body, "## Part %u\n\n| a | b |\n|---|---|\n| %u | ~~x~~ |\n\n- [ ] {%% tag %u %%}\n\n", i, i, i);
  data.body = body->str;
  expected = byline_renderer_render_body (renderer, body->str, BYLINE_BODY_MARKDOWN, 1, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("render", render_in_thread, &data);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *html = g_thread_join (threads[i]);

      g_assert_true (g_str_equal (html, expected));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/renderer/markdown/gfm", test_markdown_gfm);
  g_test_add_func ("/renderer/markdown/raw-html", test_markdown_raw_html);
  g_test_add_func ("/renderer/markdown/lines", test_markdown_lines);
  g_test_add_func ("/renderer/html/sample", test_html_sample);
  g_test_add_func ("/renderer/html/tags", test_html_tags_read_as_a_browser_does);
  g_test_add_func ("/renderer/more-divider", test_more_divider);
  g_test_add_func ("/renderer/hexo-tags/markdown", test_hexo_tags);
  g_test_add_func ("/renderer/hexo-tags/html", test_hexo_tags_in_html);
  g_test_add_func ("/renderer/header/fields", test_header);
  g_test_add_func ("/renderer/header/authors", test_header_authors);
  g_test_add_func ("/renderer/header/escapes", test_header_escapes);
  g_test_add_func ("/renderer/header/image", test_header_image);
  g_test_add_func ("/renderer/header/date", test_header_date);
  g_test_add_func ("/renderer/page", test_page);
  g_test_add_func ("/renderer/asset-folder", test_asset_folder);
  g_test_add_func ("/renderer/threads", test_threads);

  return g_test_run ();
}
