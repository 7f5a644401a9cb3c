/* test-export.c: exporting posts into Hexo, Jekyll and Hugo sites, shaped
 * as each generator reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-export.h"
#include "byline-template-use.h"
#include "fixtures.h"
#include "site-fixture.h"

#define SAMPLE_SLUG "共享服务贸易发展机遇-共促世界经济复苏和增长"

static char *
read_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                            "000_5003afbe905b0950.txt", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Writes @text to a file outside any site, as a writer's post, and loads
 * it. */
static BylinePost *
writer_post (const char *name,
             const char *text)
{
  g_autofree char *dir = site_fixture_new ("drafts", NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "drafts", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BylinePost *post;

  site_fixture_write (dir, "drafts/.keep", "");
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  post = byline_post_load (file, NULL, &error);
  g_assert_no_error (error);
  return post;
}

static BylineExport *
try_export (const char  *root,
            BylinePost  *post,
            GError     **error)
{
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GDateTime) now = site_fixture_date ("2024-05-01T12:00:00Z");
  g_autoptr(BylineExport) export = byline_export_new (site, post, BYLINE_EXPORT_FLAGS_NONE);

  if (!byline_export_plan (export, now, NULL, error))
    return NULL;
  return g_steal_pointer (&export);
}

static BylineExport *
plan_export (const char        *root,
             BylinePost        *post,
             BylineExportFlags  flags)
{
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GDateTime) now = site_fixture_date ("2024-05-01T12:00:00Z");
  g_autoptr(GError) error = NULL;
  BylineExport *export = byline_export_new (site, post, flags);

  byline_export_plan (export, now, NULL, &error);
  g_assert_no_error (error);
  return export;
}

static char *
target_of (BylineExport *export,
           const char   *root)
{
  g_autoptr(GFile) root_file = g_file_new_for_path (root);

  return g_file_get_relative_path (root_file, byline_export_get_target (export));
}

static char *
contents_of (BylineExport *export)
{
  GBytes *bytes = byline_export_get_contents (export);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GFile *
execute (BylineExport *export)
{
  g_autoptr(GError) error = NULL;
  GFile *file = byline_export_execute (export, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (file);
  return file;
}

static void
test_sample_to_jekyll (void)
{
  g_autofree char *sample = read_sample ();
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\n", "_posts", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("000_5003afbe905b0950.txt", sample);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *target = target_of (export, root);
  g_autofree char *contents = contents_of (export);
  g_autoptr(GFile) written = NULL;
  g_autofree char *on_disk = NULL;

  /* 16:11 GMT on the 2nd is the 3rd in China, where the site is. */
  g_assert_cmpstr (target, ==, "_posts/2021-09-03-" SAMPLE_SLUG ".md");
  g_assert_cmpint (byline_export_get_collision (export), ==, BYLINE_EXPORT_COLLISION_NONE);
  /* The one change: the blank first line goes, or Jekyll sees no front
   * matter. Every other byte stays. */
  g_assert_cmpuint (byline_export_get_n_changes (export), ==, 1);
  g_assert_true (byline_export_has_change (export, BYLINE_EXPORT_CHANGE_DROP_LEADING_BLANK_LINES));
  g_assert_cmpuint (byline_export_get_n_warnings (export), ==, 0);
  g_assert_cmpstr (contents, ==, sample + 1);

  /* Planning wrote nothing. */
  g_assert_false (site_fixture_exists (root, target));
  written = execute (export);
  on_disk = site_fixture_read (root, target);
  g_assert_cmpstr (on_disk, ==, sample + 1);
}

static void
test_sample_to_hexo (void)
{
  g_autofree char *sample = read_sample ();
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("000_5003afbe905b0950.txt", sample);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *target = target_of (export, root);
  g_autofree char *contents = contents_of (export);

  /* Hexo reads the sample as it is: its name keeps the Han title. */
  g_assert_cmpstr (target, ==, "source/_posts/" SAMPLE_SLUG ".md");
  g_assert_cmpuint (byline_export_get_n_changes (export), ==, 0);
  g_assert_cmpuint (byline_export_get_n_warnings (export), ==, 0);
  g_assert_cmpstr (contents, ==, sample);
}

static void
test_sample_to_hexo_with_time_zone (void)
{
  g_autofree char *sample = read_sample ();
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("000_5003afbe905b0950.txt", sample);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *contents = contents_of (export);

  /* With `timezone` set Hexo ignores the date's GMT (hexo#4548): the same
   * instant is written as the site's wall clock. */
  g_assert_true (byline_export_has_change (export, BYLINE_EXPORT_CHANGE_REWRITE_DATE));
  g_assert_nonnull (strstr (contents, "\ndate: 2021-09-03 00:11:00\n"));
  g_assert_null (strstr (contents, "GMT"));
}

static void
test_sample_to_hugo (void)
{
  g_autofree char *sample = read_sample ();
  g_autofree char *root = site_fixture_new ("hugo.toml", "title = 'News'\n", NULL);
  g_autoptr(BylinePost) post = writer_post ("000_5003afbe905b0950.txt", sample);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *target = target_of (export, root);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylineExport) as_markdown = byline_export_new (site, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown_target = NULL;

  /* Hugo drops raw HTML from Markdown unless `unsafe` is set: by default
   * the post goes out as a .html file, which keeps it. */
  g_assert_true (byline_export_get_as_html (export));
  g_assert_cmpstr (target, ==, "content/posts/" SAMPLE_SLUG ".html");
  g_assert_true (byline_export_has_change (export, BYLINE_EXPORT_CHANGE_HTML_FILE));
  g_assert_false (byline_export_has_warning (export, BYLINE_EXPORT_WARNING_RAW_HTML_DROPPED));

  /* As Markdown, the writer is told how to keep it. */
  byline_export_set_as_html (as_markdown, FALSE);
  byline_export_plan (as_markdown, NULL, NULL, &error);
  g_assert_no_error (error);
  markdown_target = target_of (as_markdown, root);
  g_assert_cmpstr (markdown_target, ==, "content/posts/" SAMPLE_SLUG ".md");
  g_assert_true (byline_export_has_warning (as_markdown, BYLINE_EXPORT_WARNING_RAW_HTML_DROPPED));
  g_assert_nonnull (strstr (byline_export_get_warning_message (as_markdown, 0), "unsafe = true"));
}

static void
test_sample_to_hugo_unsafe (void)
{
  g_autofree char *sample = read_sample ();
  g_autofree char *root = site_fixture_new ("hugo.yaml", "markup:\n  goldmark:\n    renderer:\n      unsafe: true\n", NULL);
  g_autoptr(BylinePost) post = writer_post ("000_5003afbe905b0950.txt", sample);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *target = target_of (export, root);
  g_autofree char *contents = contents_of (export);

  g_assert_cmpstr (target, ==, "content/posts/" SAMPLE_SLUG ".md");
  g_assert_cmpuint (byline_export_get_n_changes (export), ==, 0);
  g_assert_cmpuint (byline_export_get_n_warnings (export), ==, 0);
  g_assert_cmpstr (contents, ==, sample);
}

static void
test_crlf_to_hexo (void)
{
  const char *text = "---\r\ntitle: Windows\r\ndate: 2021-01-02 03:04:05\r\n---\r\nLine one\r\nLine two\r\n";
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("windows.md", text);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *contents = contents_of (export);

  g_assert_true (byline_export_has_change (export, BYLINE_EXPORT_CHANGE_CONVERT_NEWLINES));
  g_assert_cmpstr (contents, ==, "---\ntitle: Windows\ndate: 2021-01-02 03:04:05\n---\nLine one\nLine two\n");
}

static void
test_delimiters (void)
{
  g_autofree char *hexo = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autofree char *hugo = site_fixture_new ("hugo.yaml", "title: News\n", NULL);
  g_autoptr(BylinePost) spaced = writer_post ("spaced.md", "--- \ntitle: Spaced\ndate: 2021-01-02 03:04:05\n...\nBody\n");
  g_autoptr(BylinePost) bare = writer_post ("bare.md", "title: Bare\ndate: 2021-01-02 03:04:05\n---\nBody\n");
  g_autoptr(BylineExport) hexo_spaced = plan_export (hexo, spaced, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) hugo_spaced = plan_export (hugo, spaced, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) hexo_bare = plan_export (hexo, bare, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *hexo_contents = contents_of (hexo_spaced);
  g_autofree char *hugo_contents = contents_of (hugo_spaced);
  g_autofree char *bare_contents = contents_of (hexo_bare);

  /* `--- ` and a closing `...` are no markers to Hexo or Hugo. */
  g_assert_true (byline_export_has_change (hexo_spaced, BYLINE_EXPORT_CHANGE_FIX_DELIMITERS));
  g_assert_cmpstr (hexo_contents, ==, "---\ntitle: Spaced\ndate: 2021-01-02 03:04:05\n---\nBody\n");
  g_assert_cmpstr (hugo_contents, ==, hexo_contents);

  /* Hexo's own form without an opening marker is left alone. */
  g_assert_cmpuint (byline_export_get_n_changes (hexo_bare), ==, 0);
  g_assert_cmpstr (bare_contents, ==, "title: Bare\ndate: 2021-01-02 03:04:05\n---\nBody\n");
}

static void
test_toml_to_jekyll (void)
{
  const char *text = "+++\ntitle = \"From Hugo\"\ndate = 2021-01-02T03:04:05Z\ntags = [\"a\", \"b\"]\n+++\nBody\n";
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n", "_posts", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("hugo.md", text);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *contents = contents_of (export);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) exported = byline_post_new_from_data (contents, strlen (contents), &error);
  BylineFrontMatter *front_matter = byline_post_get_front_matter (exported);

  g_assert_true (byline_export_has_change (export, BYLINE_EXPORT_CHANGE_CONVERT_FRONT_MATTER));
  g_assert_true (g_str_has_prefix (contents, "---\n"));
  g_assert_cmpint (byline_front_matter_get_format (front_matter), ==, BYLINE_FORMAT_YAML);
  g_assert_cmpstr (byline_front_matter_get_string (front_matter, "title"), ==, "From Hugo");
  g_assert_cmpstr (byline_front_matter_get_string (front_matter, "tags.1"), ==, "b");
  g_assert_cmpstr (byline_post_get_body (exported), ==, "Body\n");
}

static void
test_template_tags (void)
{
  const char *html = "---\ntitle: Scraped\ndate: 2021-01-02 03:04:05\n---\n<p>Price: {{ price }} {% raw %}</p>\n";
  const char *tags = "---\ntitle: Mine\ndate: 2021-01-02 03:04:05\n---\n{% asset_img photo.png %} {{ page.title | upper }}\n";
  const char *text = "---\ntitle: Braces\ndate: 2021-01-02 03:04:05\n---\nWrite {{ double braces }} like this.\n";
  g_autofree char *hexo = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autofree char *jekyll = site_fixture_new ("_config.yml", "title: News\n", "_posts", NULL, NULL);
  g_autoptr(BylinePost) html_post = writer_post ("scraped.md", html);
  g_autoptr(BylinePost) tags_post = writer_post ("mine.md", tags);
  g_autoptr(BylinePost) text_post = writer_post ("braces.md", text);
  g_autoptr(BylineExport) hexo_html = plan_export (hexo, html_post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) hexo_tags = plan_export (hexo, tags_post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) hexo_text = plan_export (hexo, text_post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) jekyll_html = plan_export (jekyll, html_post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) jekyll_text = plan_export (jekyll, text_post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *hexo_contents = contents_of (hexo_html);
  g_autofree char *jekyll_contents = contents_of (jekyll_html);

  /* A scraped HTML body's braces are text. */
  g_assert_true (byline_export_has_change (hexo_html, BYLINE_EXPORT_CHANGE_DISABLE_NUNJUCKS));
  g_assert_nonnull (strstr (hexo_contents, "\ndisableNunjucks: true\n---\n"));
  g_assert_true (byline_export_has_change (jekyll_html, BYLINE_EXPORT_CHANGE_DISABLE_LIQUID));
  g_assert_nonnull (strstr (jekyll_contents, "\nrender_with_liquid: false\n---\n"));

  /* Markdown written for the site may use its tag plugins on purpose... */
  g_assert_cmpuint (byline_export_get_n_changes (hexo_tags), ==, 0);
  g_assert_cmpuint (byline_export_get_n_warnings (hexo_tags), ==, 0);

  /* ...but braces that are no template code would be eaten. */
  g_assert_true (byline_export_has_change (hexo_text, BYLINE_EXPORT_CHANGE_DISABLE_NUNJUCKS));
  g_assert_true (byline_export_has_change (jekyll_text, BYLINE_EXPORT_CHANGE_DISABLE_LIQUID));
}

static void
test_template_use (void)
{
  static const struct {
    const char        *body;
    BylineTemplateUse  use;
  } cases[] = {
    { "No braces at all, {single} ones only.", BYLINE_TEMPLATE_USE_NONE },
    { "{{ page.title }} and {{ site.data[\"x\"] | escape }}", BYLINE_TEMPLATE_USE_TAGS },
    { "{% if page.tags %}tags{% endif %} {% include note.html %}", BYLINE_TEMPLATE_USE_TAGS },
    { "{% raw %}{{ anything goes }}{% endraw %}", BYLINE_TEMPLATE_USE_TAGS },
    { "A {{ double braces }} phrase", BYLINE_TEMPLATE_USE_TEXT },
    { "{{< figure src=\"/img.png\" >}}", BYLINE_TEMPLATE_USE_TEXT },
    { "{% raw %} never closed", BYLINE_TEMPLATE_USE_TEXT },
    { "{% if x %} never ended", BYLINE_TEMPLATE_USE_TEXT },
    { "An open {{ brace", BYLINE_TEMPLATE_USE_TEXT },
    { "{% %}", BYLINE_TEMPLATE_USE_TEXT },
    { "{% nonsense here %}", BYLINE_TEMPLATE_USE_TEXT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].body);
      g_assert_cmpint (byline_template_use (cases[i].body, BYLINE_TEMPLATE_ENGINE_LIQUID), ==, cases[i].use);
    }

  /* Each engine knows its own tags only. */
  g_assert_cmpint (byline_template_use ("{% highlight ruby %}x{% endhighlight %}", BYLINE_TEMPLATE_ENGINE_LIQUID),
                   ==, BYLINE_TEMPLATE_USE_TAGS);
  g_assert_cmpint (byline_template_use ("{% highlight ruby %}x{% endhighlight %}", BYLINE_TEMPLATE_ENGINE_NUNJUCKS),
                   ==, BYLINE_TEMPLATE_USE_TEXT);
  g_assert_cmpint (byline_template_use ("{% asset_img a.png %}", BYLINE_TEMPLATE_ENGINE_NUNJUCKS),
                   ==, BYLINE_TEMPLATE_USE_TAGS);
  g_assert_cmpint (byline_template_use ("{% asset_img a.png %}", BYLINE_TEMPLATE_ENGINE_LIQUID),
                   ==, BYLINE_TEMPLATE_USE_TEXT);

  /* `{#` opens a Nunjucks comment, and is text to Liquid. */
  g_assert_cmpint (byline_template_use ("{# note", BYLINE_TEMPLATE_ENGINE_NUNJUCKS), ==, BYLINE_TEMPLATE_USE_TEXT);
  g_assert_cmpint (byline_template_use ("{# note", BYLINE_TEMPLATE_ENGINE_LIQUID), ==, BYLINE_TEMPLATE_USE_NONE);
}

static void
test_dates (void)
{
  g_autofree char *jekyll = site_fixture_new ("_config.yml", "timezone: UTC\n", "_posts", NULL, NULL);
  g_autofree char *hugo = site_fixture_new ("hugo.yaml", "timeZone: Asia/Shanghai\n", NULL);
  g_autofree char *hexo = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylinePost) undated = writer_post ("undated.md", "---\ntitle: Undated\n---\nBody\n");
  g_autoptr(BylinePost) future = writer_post ("future.md", "---\ntitle: Later\ndate: 2030-01-01 00:00:00\n---\n");
  g_autoptr(BylinePost) slashed = writer_post ("slashed.md", "---\ntitle: Slashed\ndate: 2013/7/13 20:46:25\n---\n");
  g_autoptr(BylineExport) added = plan_export (jekyll, undated, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) skipped = plan_export (jekyll, future, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) shown = plan_export (hexo, future, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) rewritten = plan_export (hugo, slashed, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *added_contents = contents_of (added);
  g_autofree char *added_target = target_of (added, jekyll);
  g_autofree char *rewritten_contents = contents_of (rewritten);

  g_assert_true (byline_export_has_change (added, BYLINE_EXPORT_CHANGE_ADD_DATE));
  g_assert_nonnull (strstr (added_contents, "\ndate: 2024-05-01 12:00:00 +00:00\n"));
  g_assert_cmpstr (added_target, ==, "_posts/2024-05-01-undated.md");

  /* Jekyll and Hugo skip posts dated in the future; Hexo shows them. */
  g_assert_true (byline_export_has_warning (skipped, BYLINE_EXPORT_WARNING_FUTURE_DATE));
  g_assert_false (byline_export_has_warning (shown, BYLINE_EXPORT_WARNING_FUTURE_DATE));

  /* Hugo cannot read slashes; the same wall clock in its own form. */
  g_assert_true (byline_export_has_change (rewritten, BYLINE_EXPORT_CHANGE_REWRITE_DATE));
  g_assert_nonnull (strstr (rewritten_contents, "\ndate: 2013-07-13T20:46:25+08:00\n"));
}

static void
test_reader_quirks (void)
{
  enum { JEKYLL, JEKYLL_UTC, HUGO, HUGO_UTC, HEXO, N_SITES };
  static const char * const sites[N_SITES][2] = {
    [JEKYLL] = { "_config.yml", "timezone: Asia/Shanghai\n" },
    [JEKYLL_UTC] = { "_config.yml", "timezone: UTC\n" },
    [HUGO] = { "hugo.yaml", "timeZone: Asia/Shanghai\n" },
    [HUGO_UTC] = { "hugo.yaml", "title: UTC\n" },
    [HEXO] = { "_config.yml", "title: News\n" },
  };
  static const char * const site_dirs[N_SITES] = { "_posts", "_posts", "content", "content", "source" };
  static const struct {
    guint        site;
    const char  *text;
    /* What the export holds, or NULL when it changes nothing. */
    const char  *expected;
  } cases[] = {
    /* Jekyll reads a YAML timestamp without offset as UTC. */
    { JEKYLL, "---\ntitle: A\ndate: 2013-07-13 20:46:25\n---\n", "\ndate: 2013-07-13 20:46:25 +08:00\n" },
    { JEKYLL_UTC, "---\ntitle: A\ndate: 2013-07-13 20:46:25\n---\n", NULL },
    /* Hugo reads `GMT` in the site's zone. */
    { HUGO, "---\ntitle: A\ndate: Thu, 02 Sep 2021 16:11:00 GMT\n---\n", "\ndate: 2021-09-03T00:11:00+08:00\n" },
    { HUGO_UTC, "---\ntitle: A\ndate: Thu, 02 Sep 2021 16:11:00 GMT\n---\n", NULL },
    /* Hugo reads JSON only as a bare object. */
    { HUGO, ";;;\n\"title\": \"A\",\n\"date\": \"2021-09-02\"\n;;;\nBody\n", "---\ntitle: \"A\"\n" },
    /* Jekyll needs the opening marker Hexo can do without. */
    { JEKYLL, "title: A\ndate: 2021-09-02 10:00:00 +08:00\n---\nBody\n", "---\ntitle: A\n" },
    /* Ruby's YAML reader fails on a tab inside a timestamp. */
    { JEKYLL, "---\ntitle: A\ndate: 2021-09-02 10:00:00 +08:00\nseen: 2021-09-02\t10:00:00Z\n---\n",
      "\nseen: 2021-09-02 10:00:00Z\n" },
    /* Hugo's YAML reader knows no `\/`; `\\/` is a backslash and a slash. */
    { HUGO, "---\ntitle: \"a\\/b \\\\/c\"\ndate: 2021-09-02T10:00:00+08:00\n---\n", "title: \"a/b \\\\/c\"\n" },
    /* Hexo sees front matter after one blank line, not two. */
    { HEXO, "\n\n---\ntitle: A\ndate: 2021-09-02 10:00:00\n---\n", "---\ntitle: A\n" },
  };
  g_autofree char *roots[N_SITES] = { NULL };

  for (guint i = 0; i < N_SITES; i++)
    roots[i] = site_fixture_new (sites[i][0], sites[i][1], site_dirs[i], NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylinePost) post = writer_post ("post.md", cases[i].text);
      g_autoptr(BylineExport) export = plan_export (roots[cases[i].site], post, BYLINE_EXPORT_FLAGS_NONE);
      g_autofree char *contents = contents_of (export);

      g_test_message ("%s\n→\n%s", cases[i].text, contents);
      if (cases[i].expected == NULL)
        g_assert_cmpstr (contents, ==, cases[i].text);
      else
        g_assert_nonnull (strstr (contents, cases[i].expected));
    }

  for (guint i = 0; i < N_SITES; i++)
    g_clear_pointer (&roots[i], g_free);
}

static void
test_nested_terms (void)
{
  const char *text = "---\ntitle: A\ndate: 2021-09-02 10:00:00 +08:00\ncategories: [[a, b], c]\n---\n";
  g_autofree char *hugo = site_fixture_new ("hugo.yaml", "title: News\n", NULL);
  g_autofree char *hexo = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("post.md", text);
  g_autoptr(BylineExport) to_hugo = plan_export (hugo, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) to_hexo = plan_export (hexo, post, BYLINE_EXPORT_FLAGS_NONE);

  /* Only Hexo nests categories. */
  g_assert_true (byline_export_has_warning (to_hugo, BYLINE_EXPORT_WARNING_NESTED_TERMS));
  g_assert_false (byline_export_has_warning (to_hexo, BYLINE_EXPORT_WARNING_NESTED_TERMS));
}

static void
test_refusals (void)
{
  g_autofree char *jekyll = site_fixture_new ("_config.yml", "title: News\n", "_posts", NULL, NULL);
  g_autofree char *hugo = site_fixture_new ("hugo.yaml", "title: News\n", NULL);
  g_autoptr(BylinePost) bad_date = writer_post ("bad-date.md", "\n---\ntitle: Soon\ndate: next Tuesday\n---\n");
  g_autoptr(BylinePost) source_url = writer_post ("url.md", "---\ntitle: Scraped\nURL: https://example.org/a\n---\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineExport) refused = try_export (jekyll, bad_date, &error);
  guint line = 0, column = 0;

  /* Jekyll would stop building the whole site: the export stops first,
   * pointing at the date. */
  g_assert_null (refused);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_true (byline_error_get_location (error, &line, &column));
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 7);
  g_clear_error (&error);

  g_assert_null (try_export (hugo, source_url, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "URL"));
}

static void
test_collisions (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n",
                                            "source/_posts/Same-Name.md", "---\ntitle: Someone else\n---\nTheirs\n",
                                            NULL);
  g_autoptr(BylinePost) post = writer_post ("mine.md", "---\ntitle: Same Name\ndate: 2021-01-02 03:04:05\n---\nMine\n");
  g_autoptr(BylineExport) first = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *first_target = target_of (first, root);
  g_autofree char *first_plan = byline_export_describe (first);
  g_autoptr(GFile) written = execute (first);
  g_autoptr(BylineExport) again = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *again_target = target_of (again, root);
  g_autofree char *theirs = site_fixture_read (root, "source/_posts/Same-Name.md");

  g_assert_true (g_file_query_exists (written, NULL));

  /* Another post has the name: by default both are kept. */
  g_assert_cmpint (byline_export_get_collision (first), ==, BYLINE_EXPORT_COLLISION_OTHER_POST);
  g_assert_cmpint (byline_export_get_resolution (first), ==, BYLINE_EXPORT_RESOLUTION_KEEP_BOTH);
  g_assert_cmpstr (first_target, ==, "source/_posts/Same-Name-1.md");
  g_assert_nonnull (strstr (first_plan, "source/_posts/Same-Name.md already; it is kept, and the export goes to source/_posts/Same-Name-1.md"));
  g_assert_cmpstr (theirs, ==, "---\ntitle: Someone else\n---\nTheirs\n");

  /* Exporting the same post again finds where it went: it is updated
   * there, not copied once more. */
  g_assert_cmpint (byline_export_get_collision (again), ==, BYLINE_EXPORT_COLLISION_SAME_POST);
  g_assert_cmpstr (again_target, ==, "source/_posts/Same-Name-1.md");
}

static void
test_same_post_updated (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("mine.md", "---\ntitle: Mine\ndate: 2021-01-02 03:04:05\n---\nFirst\n");
  g_autoptr(BylineExport) first = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(GFile) written = execute (first);
  g_autoptr(BylineExport) again = NULL;
  g_autoptr(GFile) rewritten = NULL;
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_query_exists (written, NULL));
  byline_post_set_body (post, "Second\n");
  again = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  target = target_of (again, root);
  g_assert_cmpint (byline_export_get_collision (again), ==, BYLINE_EXPORT_COLLISION_SAME_POST);
  g_assert_cmpint (byline_export_get_resolution (again), ==, BYLINE_EXPORT_RESOLUTION_OVERWRITE);
  g_assert_cmpstr (target, ==, "source/_posts/Mine.md");

  rewritten = execute (again);
  text = site_fixture_read (root, "source/_posts/Mine.md");
  g_assert_cmpstr (text, ==, "---\ntitle: Mine\ndate: 2021-01-02 03:04:05\n---\nSecond\n");
  g_assert_false (site_fixture_exists (root, "source/_posts/Mine-1.md"));
}

static void
test_resolutions (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n",
                                            "source/_posts/Taken.md", "---\ntitle: Theirs\n---\n",
                                            NULL);
  g_autoptr(BylinePost) post = writer_post ("mine.md", "---\ntitle: Taken\ndate: 2021-01-02 03:04:05\n---\nMine\n");
  g_autoptr(BylineExport) cancelled = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(BylineExport) replacing = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) nothing = NULL;
  g_autoptr(GFile) replaced = NULL;
  g_autofree char *text = NULL;

  byline_export_set_resolution (cancelled, BYLINE_EXPORT_RESOLUTION_CANCEL);
  nothing = byline_export_execute (cancelled, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (nothing);
  g_assert_false (site_fixture_exists (root, "source/_posts/Taken-1.md"));

  byline_export_set_resolution (replacing, BYLINE_EXPORT_RESOLUTION_OVERWRITE);
  replaced = execute (replacing);
  text = site_fixture_read (root, "source/_posts/Taken.md");
  g_assert_cmpstr (text, ==, "---\ntitle: Taken\ndate: 2021-01-02 03:04:05\n---\nMine\n");
}

static void
test_in_place (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n",
                                            "_posts/2021-01-02-kept.md", "\n---\ntitle: Kept\n---\nBody\n",
                                            NULL);
  g_autofree char *path = g_build_filename (root, "_posts/2021-01-02-kept.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, NULL);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *target = target_of (export, root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) written = NULL;

  /* A post already among the site's posts is fixed where it is. */
  g_assert_cmpstr (target, ==, "_posts/2021-01-02-kept.md");
  g_assert_cmpint (byline_export_get_collision (export), ==, BYLINE_EXPORT_COLLISION_SAME_POST);

  /* Someone else changes it meanwhile: the export refuses. */
  site_fixture_write (root, "_posts/2021-01-02-kept.md", "---\ntitle: Changed elsewhere\n---\n");
  written = byline_export_execute (export, NULL, &error);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_CHANGED_ON_DISK);
  g_assert_null (written);
}

static void
test_drafts (void)
{
  g_autofree char *hexo = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autofree char *hugo = site_fixture_new ("hugo.yaml", "title: News\n", NULL);
  g_autoptr(BylinePost) post = writer_post ("idea.md", "---\ntitle: An Idea\ndate: 2021-01-02 03:04:05\n---\n");
  g_autoptr(BylineExport) hexo_draft = plan_export (hexo, post, BYLINE_EXPORT_FLAGS_DRAFT);
  g_autoptr(BylineExport) hugo_draft = plan_export (hugo, post, BYLINE_EXPORT_FLAGS_DRAFT);
  g_autofree char *hexo_target = target_of (hexo_draft, hexo);
  g_autofree char *hugo_target = target_of (hugo_draft, hugo);
  g_autofree char *hugo_contents = contents_of (hugo_draft);

  g_assert_cmpstr (hexo_target, ==, "source/_drafts/An-Idea.md");
  g_assert_true (byline_export_has_warning (hexo_draft, BYLINE_EXPORT_WARNING_DRAFT_NOT_BUILT));
  g_assert_cmpstr (hugo_target, ==, "content/posts/an-idea.md");
  g_assert_true (byline_export_has_change (hugo_draft, BYLINE_EXPORT_CHANGE_MARK_DRAFT));
  g_assert_nonnull (strstr (hugo_contents, "\ndraft: true\n"));
}

static void
test_images (void)
{
  const char *text = "---\ntitle: Photos\ndate: 2021-01-02 03:04:05\n---\n"
                     "![A photo](img/photo.png \"Title\")\n"
                     "<img class=\"x\" src='img/b c.jpg'>\n"
                     "![Again](img/photo.png) ![Remote](https://example.org/r.png) ![Gone](img/gone.png)\n";
  g_autofree char *shared = site_fixture_new ("_config.yml", "title: News\nroot: /blog/\n",
                                              "source/images/photo.png", "someone else's photo",
                                              NULL);
  g_autofree char *beside = site_fixture_new ("_config.yml", "post_asset_folder: true\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("photos.md", text);
  g_autoptr(GFile) post_dir = g_file_get_parent (byline_post_get_file (post));
  g_autofree char *post_dir_path = g_file_get_path (post_dir);
  g_autoptr(BylineExport) to_shared = NULL;
  g_autoptr(BylineExport) to_beside = NULL;
  g_autofree char *shared_contents = NULL;
  g_autofree char *beside_contents = NULL;
  g_autoptr(GFile) written = NULL;
  g_autofree char *copied = NULL;

  site_fixture_write (post_dir_path, "img/photo.png", "my photo");
  site_fixture_write (post_dir_path, "img/b c.jpg", "another");
  to_shared = plan_export (shared, post, BYLINE_EXPORT_FLAGS_NONE);
  to_beside = plan_export (beside, post, BYLINE_EXPORT_FLAGS_NONE);
  shared_contents = contents_of (to_shared);
  beside_contents = contents_of (to_beside);

  /* The shared folder has another photo.png: this one is renamed. */
  g_assert_cmpuint (byline_export_get_n_images (to_shared), ==, 2);
  g_assert_nonnull (strstr (shared_contents, "![A photo](/blog/images/photo-1.png \"Title\")"));
  g_assert_nonnull (strstr (shared_contents, "src='/blog/images/b%20c.jpg'"));
  g_assert_nonnull (strstr (shared_contents, "![Again](/blog/images/photo-1.png)"));
  g_assert_nonnull (strstr (shared_contents, "![Remote](https://example.org/r.png)"));
  g_assert_nonnull (strstr (shared_contents, "![Gone](img/gone.png)"));
  g_assert_true (byline_export_has_warning (to_shared, BYLINE_EXPORT_WARNING_MISSING_IMAGE));

  /* With post asset folders, images go beside the post. */
  g_assert_nonnull (strstr (beside_contents, "![A photo](photo.png \"Title\")"));
  written = execute (to_beside);
  copied = site_fixture_read (beside, "source/_posts/Photos/photo.png");
  g_assert_cmpstr (copied, ==, "my photo");
  g_assert_true (site_fixture_exists (beside, "source/_posts/Photos/b c.jpg"));
}

static void
test_confinement (void)
{
  g_autofree char *outside = site_fixture_new ("elsewhere", NULL, NULL);
  g_autofree char *target = g_build_filename (outside, "elsewhere", NULL);
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autofree char *link = g_build_filename (root, "source/_posts", NULL);
  g_autoptr(BylinePost) hostile = writer_post ("hostile.md", "---\ntitle: ../../../etc/passwd\ndate: 2021-01-02 03:04:05\n---\n");
  g_autoptr(BylineExport) export = plan_export (root, hostile, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *planned = target_of (export, root);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylineExport) escaping = byline_export_new (site, hostile, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (planned, ==, "source/_posts/etc-passwd.md");

  /* The posts folder becomes a link out of the site. */
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_false (byline_export_plan (escaping, NULL, NULL, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE);
  g_clear_error (&error);
  g_assert_null (byline_export_execute (export, NULL, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE);
  g_assert_false (site_fixture_exists (outside, "elsewhere/etc-passwd.md"));
}

static void
test_no_temporary_files_left (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("clean.md", "---\ntitle: Clean\ndate: 2021-01-02 03:04:05\n---\n");
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(GFile) written = execute (export);
  g_autofree char *posts = g_build_filename (root, "source/_posts", NULL);
  g_autoptr(GDir) dir = g_dir_open (posts, 0, NULL);

  g_assert_true (g_file_query_exists (written, NULL));
  g_assert_cmpstr (g_dir_read_name (dir), ==, "Clean.md");
  g_assert_null (g_dir_read_name (dir));
}

static void
test_describe (void)
{
  g_autofree char *sample = read_sample ();
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: UTC\n", "_posts", NULL, NULL);
  g_autoptr(BylinePost) post = writer_post ("000_5003afbe905b0950.txt", sample);
  g_autoptr(BylineExport) export = plan_export (root, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autofree char *text = byline_export_describe (export);

  g_assert_nonnull (strstr (text, "_posts/2021-09-02-" SAMPLE_SLUG ".md"));
  g_assert_nonnull (strstr (text, "Jekyll"));
  g_assert_nonnull (strstr (text, byline_export_get_change_description (export, 0)));
}

static void
planned_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_export_plan_finish (BYLINE_EXPORT (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
executed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(GFile **) user_data = byline_export_execute_finish (BYLINE_EXPORT (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: News\n", "source", NULL, NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylinePost) post = writer_post ("async.md", "---\ntitle: Async\ndate: 2021-01-02 03:04:05\n---\n");
  g_autoptr(BylineExport) export = byline_export_new (site, post, BYLINE_EXPORT_FLAGS_NONE);
  g_autoptr(GFile) written = NULL;
  gboolean planned = FALSE;

  byline_export_plan_async (export, NULL, NULL, planned_cb, &planned);
  while (!planned)
    g_main_context_iteration (NULL, TRUE);

  byline_export_execute_async (export, NULL, executed_cb, &written);
  while (written == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (site_fixture_exists (root, "source/_posts/Async.md"));
}

/* Whether the export may have changed @key, by what it says it changed. */
static gboolean
may_change (BylineExport *export,
            const char   *key)
{
  if (strcmp (key, "date") == 0)
    return byline_export_has_change (export, BYLINE_EXPORT_CHANGE_REWRITE_DATE);
  return FALSE;
}

/* Every fixture, exported into every kind of site, keeps its values and
 * its body: only what the plan lists changes. */
static void
test_every_fixture (void)
{
  static const char * const sites[][2] = {
    { "_config.yml", "timezone: Asia/Shanghai\n" },
    { "_config.yml", "timezone: America/New_York\n" },
    { "hugo.toml", "timeZone = 'Europe/Paris'\n" },
  };
  static const char * const kinds_dirs[] = { "source", "_posts", NULL };
  g_auto(GStrv) paths = fixture_list (NULL);
  guint n_refused = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sites); s++)
    {
      g_autofree char *root = site_fixture_new (sites[s][0], sites[s][1], kinds_dirs[s], NULL, NULL);

      for (guint i = 0; paths[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
          g_autoptr(GError) error = NULL;
          g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
          g_autoptr(BylineExport) export = NULL;
          g_autoptr(BylinePost) exported = NULL;
          g_autofree char *contents = NULL;
          BylineFrontMatter *before;
          BylineFrontMatter *after;
          BylineNode *root_before;

          g_test_message ("%s into %s", paths[i], sites[s][1]);
          g_assert_no_error (error);
          if (!(export = try_export (root, post, &error)))
            {
              /* Posts the generator would stop the build on are refused,
               * at the place to fix. */
              g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
              g_assert_true (byline_error_get_location (error, NULL, NULL));
              g_assert_nonnull (strstr (error->message, "stops building the site"));
              g_test_message ("refused: %s", error->message);
              n_refused++;
              continue;
            }
          contents = contents_of (export);
          exported = byline_post_new_from_data (contents, strlen (contents), &error);
          g_assert_no_error (error);

          before = byline_post_get_front_matter (post);
          after = byline_post_get_front_matter (exported);
          g_assert_nonnull (after);
          g_assert_null (byline_front_matter_get_error (after));

          root_before = before != NULL ? byline_front_matter_get_root (before) : NULL;
          for (guint k = 0; root_before != NULL && k < byline_node_get_n_children (root_before); k++)
            {
              const char *key = byline_node_get_key_string (root_before, k);
              BylineNode *value = byline_node_lookup (byline_front_matter_get_root (after), key);

              g_assert_nonnull (value);
              if (!may_change (export, key))
                g_assert_true (byline_node_equal (value, byline_node_get_child (root_before, k)));
            }

          if (!byline_export_has_change (export, BYLINE_EXPORT_CHANGE_CONVERT_NEWLINES))
            g_assert_cmpstr (byline_post_get_body (exported), ==, byline_post_get_body (post));
        }
    }

  /* Jekyll's “next Tuesday” at least; Hugo's `url` keys with a scheme. */
  g_assert_cmpuint (n_refused, >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/sample/jekyll", test_sample_to_jekyll);
  g_test_add_func ("/export/sample/hexo", test_sample_to_hexo);
  g_test_add_func ("/export/sample/hexo-time-zone", test_sample_to_hexo_with_time_zone);
  g_test_add_func ("/export/sample/hugo", test_sample_to_hugo);
  g_test_add_func ("/export/sample/hugo-unsafe", test_sample_to_hugo_unsafe);
  g_test_add_func ("/export/crlf-hexo", test_crlf_to_hexo);
  g_test_add_func ("/export/delimiters", test_delimiters);
  g_test_add_func ("/export/toml-jekyll", test_toml_to_jekyll);
  g_test_add_func ("/export/template-tags", test_template_tags);
  g_test_add_func ("/export/template-use", test_template_use);
  g_test_add_func ("/export/dates", test_dates);
  g_test_add_func ("/export/reader-quirks", test_reader_quirks);
  g_test_add_func ("/export/nested-terms", test_nested_terms);
  g_test_add_func ("/export/refusals", test_refusals);
  g_test_add_func ("/export/collisions/other-post", test_collisions);
  g_test_add_func ("/export/collisions/same-post", test_same_post_updated);
  g_test_add_func ("/export/collisions/resolutions", test_resolutions);
  g_test_add_func ("/export/in-place", test_in_place);
  g_test_add_func ("/export/drafts", test_drafts);
  g_test_add_func ("/export/images", test_images);
  g_test_add_func ("/export/confinement", test_confinement);
  g_test_add_func ("/export/atomic", test_no_temporary_files_left);
  g_test_add_func ("/export/describe", test_describe);
  g_test_add_func ("/export/async", test_async);
  g_test_add_func ("/export/every-fixture", test_every_fixture);

  return g_test_run ();
}
