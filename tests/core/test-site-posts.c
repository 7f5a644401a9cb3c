/* test-site-posts.c: new posts, drafts and publishing, as `hexo new`,
 * `hexo publish`, jekyll-compose and `hugo new` do them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-site-posts.h"
#include "site-fixture.h"

/* Creates a post dated 2021-09-02 23:30 UTC and returns its path relative
 * to @root. */
static char *
create (BylineSite *site,
        const char *root,
        const char *title,
        gboolean    is_draft)
{
  g_autoptr(GDateTime) now = site_fixture_date ("2021-09-02T23:30:00Z");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = byline_site_create_post (site, title, is_draft, now, NULL, &error);
  g_autoptr(GFile) root_file = g_file_new_for_path (root);

  g_assert_no_error (error);
  g_assert_nonnull (file);
  return g_file_get_relative_path (root_file, file);
}

static BylinePost *
load_post (const char *root,
           const char *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BylinePost *post = byline_post_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (byline_post_get_front_matter (post));
  g_assert_null (byline_front_matter_get_error (byline_post_get_front_matter (post)));
  return post;
}

static const char *
get_string (BylinePost *post,
            const char *key)
{
  return byline_front_matter_get_string (byline_post_get_front_matter (post), key);
}

static void
test_hexo_new_from_scaffold (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\n",
                                            "scaffolds/post.md",
                                            "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n# {# a comment #}more\n---\n\n# {{ title }}\n",
                                            "source/_posts", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *relative = create (site, root, "Hello, World: 你好！", FALSE);
  g_autoptr(BylinePost) post = load_post (root, relative);
  g_autofree char *text = site_fixture_read (root, relative);

  g_assert_cmpstr (relative, ==, "source/_posts/Hello-World-你好！.md");
  g_assert_cmpstr (get_string (post, "title"), ==, "Hello, World: 你好！");
  /* The date is the site's wall clock, written as `hexo new` writes it. */
  g_assert_cmpstr (get_string (post, "date"), ==, "2021-09-03 07:30:00");
  g_assert_nonnull (strstr (text, "\ntags:\n# more\n---\n"));
  g_assert_cmpstr (byline_post_get_body (post), ==, "\n# Hello, World: 你好！\n");
}

static void
test_hexo_new_draft (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\npost_asset_folder: true\n",
                                            "scaffolds/post.md", "---\ntitle: {{ title }}\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *relative = create (site, root, "My Draft", TRUE);
  g_autoptr(BylinePost) post = load_post (root, relative);

  /* Without a draft scaffold Hexo falls back to its built-in one. */
  g_assert_cmpstr (relative, ==, "source/_drafts/My-Draft.md");
  g_assert_cmpstr (get_string (post, "layout"), ==, "draft");
  g_assert_cmpstr (get_string (post, "title"), ==, "My Draft");
  g_assert_true (site_fixture_exists (root, "source/_drafts/My-Draft"));
}

static void
test_hexo_new_collides (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "new_post_name: :year-:month-:day-:title.md\ntimezone: Asia/Shanghai\n",
                                            "source", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *first = create (site, root, "Same", FALSE);
  g_autofree char *second = create (site, root, "Same", FALSE);
  g_autofree char *third = create (site, root, "Same", FALSE);

  g_assert_cmpstr (first, ==, "source/_posts/2021-09-03-Same.md");
  g_assert_cmpstr (second, ==, "source/_posts/2021-09-03-Same-1.md");
  g_assert_cmpstr (third, ==, "source/_posts/2021-09-03-Same-2.md");
}

static void
test_hexo_default_layout_draft (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "default_layout: draft\n",
                                            "scaffolds/draft.md", "---\ntitle: {{ title }}\nstatus: {{ layout }}\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *relative = create (site, root, "Anything", FALSE);
  g_autoptr(BylinePost) post = load_post (root, relative);

  g_assert_cmpstr (relative, ==, "source/_drafts/Anything.md");
  g_assert_cmpstr (get_string (post, "status"), ==, "draft");
  /* A scaffold without a date still gives the post one. */
  g_assert_nonnull (get_string (post, "date"));
}

static void
test_hostile_titles (void)
{
  static const char * const titles[] = {
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    "C:\\Windows\\system32",
    "line\nbreak\r\nand\ttab",
    "\"quoted\" 'and' #hash: [list] {map} &anchor *alias !tag | > %",
  };
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n", "source", NULL, NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GString) long_title = g_string_new (NULL);

  for (guint i = 0; i < 3000; i++)
    g_string_append (long_title, "很长的标题 ");

  for (guint i = 0; i <= G_N_ELEMENTS (titles); i++)
    {
      const char *title = i < G_N_ELEMENTS (titles) ? titles[i] : long_title->str;
      g_autofree char *relative = create (site, root, title, FALSE);
      g_autoptr(BylinePost) post = load_post (root, relative);

      g_test_message ("%s", relative);
      g_assert_true (g_str_has_prefix (relative, "source/_posts/"));
      g_assert_null (strchr (relative + strlen ("source/_posts/"), '/'));
      g_assert_cmpstr (get_string (post, "title"), ==, title);
    }
}

static void
test_symlinked_posts_folder (void)
{
  g_autofree char *outside = site_fixture_new ("elsewhere", NULL, NULL);
  g_autofree char *target = g_build_filename (outside, "elsewhere", NULL);
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n", "source", NULL, NULL);
  g_autofree char *link = g_build_filename (root, "source/_posts", NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  /* The link appears after the site was opened. */
  g_assert_cmpint (symlink (target, link), ==, 0);
  file = byline_site_create_post (site, "Escape", FALSE, NULL, NULL, &error);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE);
  g_assert_null (file);
  g_assert_false (site_fixture_exists (outside, "elsewhere/Escape.md"));
}

static void
test_hostile_new_post_name (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "new_post_name: ../../:title.md\n", "source", NULL, NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = byline_site_create_post (site, "Escape", FALSE, NULL, NULL, &error);

  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE);
  g_assert_null (file);
}

static void
test_jekyll_new (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Asia/Shanghai\n", "_posts", NULL, NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *post_path = create (site, root, "共享服务: Trade", FALSE);
  g_autofree char *draft_path = create (site, root, "共享服务: Trade", TRUE);
  g_autoptr(BylinePost) post = load_post (root, post_path);
  g_autoptr(BylinePost) draft = load_post (root, draft_path);
  g_autofree char *text = site_fixture_read (root, post_path);

  g_assert_cmpstr (post_path, ==, "_posts/2021-09-03-共享服务-trade.md");
  g_assert_true (g_str_has_prefix (text, "---\nlayout: post\n"));
  g_assert_cmpstr (get_string (post, "title"), ==, "共享服务: Trade");
  g_assert_cmpstr (get_string (post, "date"), ==, "2021-09-03 07:30:00 +08:00");

  /* jekyll-compose gives drafts no date: Jekyll dates them when built. */
  g_assert_cmpstr (draft_path, ==, "_drafts/共享服务-trade.md");
  g_assert_null (get_string (draft, "date"));
}

static void
test_hugo_new_from_archetype (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "timeZone: Asia/Shanghai\n",
                                            "archetypes/default.md",
                                            "---\n"
                                            "title: \"{{ replace .File.ContentBaseName \"-\" \" \" | title }}\"\n"
                                            "date: {{ .Date }}\n"
                                            "draft: true\n"
                                            "{{- /* a comment */}}\n"
                                            "summary: \"{{ .Name | humanize }}\"\n"
                                            "---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *post_path = create (site, root, "He said \"hi\"", FALSE);
  g_autofree char *draft_path = create (site, root, "Draft: one", TRUE);
  g_autoptr(BylinePost) post = load_post (root, post_path);
  g_autoptr(BylinePost) draft = load_post (root, draft_path);
  BylineNode *is_draft;

  g_assert_cmpstr (post_path, ==, "content/posts/he-said-hi.md");
  g_assert_cmpstr (get_string (post, "title"), ==, "He said \"hi\"");
  g_assert_cmpstr (get_string (post, "date"), ==, "2021-09-03T07:30:00+08:00");
  g_assert_cmpstr (get_string (post, "summary"), ==, "He said hi");
  is_draft = byline_front_matter_lookup (byline_post_get_front_matter (post), "draft");
  g_assert_false (byline_node_get_boolean (is_draft));

  g_assert_cmpstr (draft_path, ==, "content/posts/draft-one.md");
  is_draft = byline_front_matter_lookup (byline_post_get_front_matter (draft), "draft");
  g_assert_true (byline_node_get_boolean (is_draft));
}

static void
test_hugo_new_toml (void)
{
  g_autofree char *root = site_fixture_new ("hugo.toml", "title = 'Notes'\ntimeZone = 'Asia/Shanghai'\n", NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *relative = create (site, root, "It's 'quoted'", TRUE);
  g_autoptr(BylinePost) post = load_post (root, relative);
  g_autofree char *text = site_fixture_read (root, relative);

  /* Without an archetype, Hugo's own, in the language of the site. */
  g_assert_cmpstr (relative, ==, "content/posts/it-s-quoted.md");
  g_assert_true (g_str_has_prefix (text, "+++\n"));
  g_assert_cmpint (byline_front_matter_get_format (byline_post_get_front_matter (post)), ==, BYLINE_FORMAT_TOML);
  g_assert_cmpstr (get_string (post, "title"), ==, "It's 'quoted'");
  g_assert_nonnull (strstr (text, "date = 2021-09-03T07:30:00+08:00\n"));
  g_assert_nonnull (strstr (text, "draft = true\n"));
}

static void
test_hugo_new_bundle (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                            "archetypes/posts/index.md", "---\ntitle: \"{{ .Title }}\"\ndate: {{ .Date }}\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autofree char *relative = create (site, root, "Bundle", FALSE);
  g_autoptr(BylinePost) post = load_post (root, relative);

  g_assert_cmpstr (relative, ==, "content/posts/bundle/index.md");
  g_assert_cmpstr (get_string (post, "date"), ==, "2021-09-02T23:30:00+00:00");
}

static void
test_hugo_unsupported_archetype (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                            "archetypes/default.md", "---\ntitle: x\n\nauthor: {{ .Site.Params.author }}\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = byline_site_create_post (site, "X", FALSE, NULL, NULL, &error);
  guint line = 0;

  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_true (byline_error_get_location (error, &line, NULL));
  g_assert_cmpuint (line, ==, 4);
  g_assert_null (file);
}

static GFile *
publish (BylineSite *site,
         const char *root,
         const char *relative,
         GError    **error)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GFile) draft = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = site_fixture_date ("2021-09-04T01:00:00Z");

  return byline_site_publish_draft (site, draft, now, NULL, error);
}

static void
test_hexo_publish (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml",
                                            "timezone: Asia/Shanghai\n"
                                            "post_asset_folder: true\n"
                                            "new_post_name: :year/:title.md\n",
                                            "source/_drafts/My-Draft.md",
                                            "---\n"
                                            "layout: draft\n"
                                            "title: 'My Draft'   # keep this comment\n"
                                            "date: 2021-09-01 10:00:00\n"
                                            "tags: [a, b]\n"
                                            "---\n"
                                            "Body\n",
                                            "source/_drafts/My-Draft/image.png", "png",
                                            "source/_posts/2021/My-Draft.md", "another post\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) published = publish (site, root, "source/_drafts/My-Draft.md", &error);
  g_autofree char *path = g_file_get_path (published);
  g_autofree char *expected = g_build_filename (root, "source/_posts/2021/My-Draft-1.md", NULL);
  g_autofree char *text = site_fixture_read (root, "source/_posts/2021/My-Draft-1.md");

  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  /* `layout: draft` goes, the date is the publishing time in the draft's
   * own form, and every other byte stays. */
  g_assert_cmpstr (text, ==,
                   "---\n"
                   "title: 'My Draft'   # keep this comment\n"
                   "date: 2021-09-04 09:00:00\n"
                   "tags: [a, b]\n"
                   "---\n"
                   "Body\n");
  g_assert_false (site_fixture_exists (root, "source/_drafts/My-Draft.md"));
  g_assert_false (site_fixture_exists (root, "source/_drafts/My-Draft-1.md"));
  g_assert_true (site_fixture_exists (root, "source/_posts/2021/My-Draft-1/image.png"));
  g_assert_false (site_fixture_exists (root, "source/_drafts/My-Draft"));
}

static void
test_jekyll_publish (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: America/New_York\n",
                                            "_drafts/idea.md", "---\nlayout: post\ntitle: Idea\n---\nText\n",
                                            "_posts", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) published = publish (site, root, "_drafts/idea.md", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (g_file_peek_path (published), "/_posts/2021-09-03-idea.md"));
  /* 01:00 UTC on the 4th is still the 3rd in New York. */
  text = site_fixture_read (root, "_posts/2021-09-03-idea.md");
  g_assert_cmpstr (text, ==, "---\nlayout: post\ntitle: Idea\ndate: 2021-09-03 21:00:00 -04:00\n---\nText\n");
  g_assert_false (site_fixture_exists (root, "_drafts/idea.md"));
}

static void
test_hugo_publish (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                            "content/posts/wip.md", "---\ntitle: WIP\ndate: 2021-09-01T10:00:00+02:00\ndraft: true\n---\nText\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) published = publish (site, root, "content/posts/wip.md", &error);
  g_autofree char *text = site_fixture_read (root, "content/posts/wip.md");

  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (g_file_peek_path (published), "/content/posts/wip.md"));
  g_assert_cmpstr (text, ==, "---\ntitle: WIP\ndate: 2021-09-04T03:00:00+02:00\ndraft: false\n---\nText\n");
}

static void
test_publish_refuses_posts (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n",
                                            "source/_posts/done.md", "---\ntitle: Done\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) published = publish (site, root, "source/_posts/done.md", &error);

  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_null (published);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/site-posts/hexo/new", test_hexo_new_from_scaffold);
  g_test_add_func ("/site-posts/hexo/new-draft", test_hexo_new_draft);
  g_test_add_func ("/site-posts/hexo/collisions", test_hexo_new_collides);
  g_test_add_func ("/site-posts/hexo/default-layout-draft", test_hexo_default_layout_draft);
  g_test_add_func ("/site-posts/hexo/publish", test_hexo_publish);
  g_test_add_func ("/site-posts/hostile/titles", test_hostile_titles);
  g_test_add_func ("/site-posts/hostile/symlink", test_symlinked_posts_folder);
  g_test_add_func ("/site-posts/hostile/new-post-name", test_hostile_new_post_name);
  g_test_add_func ("/site-posts/jekyll/new", test_jekyll_new);
  g_test_add_func ("/site-posts/jekyll/publish", test_jekyll_publish);
  g_test_add_func ("/site-posts/hugo/new", test_hugo_new_from_archetype);
  g_test_add_func ("/site-posts/hugo/toml", test_hugo_new_toml);
  g_test_add_func ("/site-posts/hugo/bundle", test_hugo_new_bundle);
  g_test_add_func ("/site-posts/hugo/unsupported-archetype", test_hugo_unsupported_archetype);
  g_test_add_func ("/site-posts/hugo/publish", test_hugo_publish);
  g_test_add_func ("/site-posts/publish-refuses-posts", test_publish_refuses_posts);

  return g_test_run ();
}
