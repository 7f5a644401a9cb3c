/* test-site.c: telling Hexo, Jekyll and Hugo sites apart and reading the
 * settings that decide where posts go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-site.h"
#include "site-fixture.h"

static void
assert_load_fails (const char *location,
                   int         code)
{
  g_autoptr(GFile) file = g_file_new_for_path (location);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSite) site = byline_site_load (file, NULL, &error);

  g_assert_error (error, BYLINE_ERROR, code);
  g_assert_null (site);
}

static void
assert_folder (BylineSite       *site,
               BylineSiteFolder  folder,
               const char       *root,
               const char       *relative)
{
  g_autofree char *expected = g_build_filename (root, relative, NULL);
  g_autofree char *path = g_file_get_path (byline_site_get_folder (site, folder));

  g_assert_cmpstr (path, ==, expected);
}

static void
assert_root (BylineSite *site,
             const char *root)
{
  g_autofree char *path = g_file_get_path (byline_site_get_root (site));

  g_assert_cmpstr (path, ==, root);
}

static void
test_detect_hexo (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: 新闻\n",
                                            "source/_posts", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);

  g_assert_cmpint (byline_site_get_kind (site), ==, BYLINE_SITE_HEXO);
  g_assert_cmpstr (byline_site_get_kind_name (site), ==, "Hexo");
  g_assert_cmpstr (byline_site_get_title (site), ==, "新闻");
  assert_root (site, root);
  assert_folder (site, BYLINE_SITE_FOLDER_CONTENT, root, "source");
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "source/_posts");
  assert_folder (site, BYLINE_SITE_FOLDER_DRAFTS, root, "source/_drafts");

  /* Hexo's defaults. */
  g_assert_cmpstr (byline_site_get_new_post_name (site), ==, ":title.md");
  g_assert_cmpint (byline_site_get_filename_case (site), ==, BYLINE_FILENAME_CASE_KEEP);
  g_assert_cmpstr (byline_site_get_default_layout (site), ==, "post");
  g_assert_false (byline_site_uses_post_asset_folder (site));
  g_assert_false (byline_site_renders_drafts (site));
  g_assert_true (byline_site_builds_future_posts (site));
  g_assert_true (byline_site_renders_raw_html (site));
  g_assert_false (byline_site_has_time_zone (site));
}

static void
test_detect_hexo_package (void)
{
  g_autofree char *root = site_fixture_new ("package.json",
                                            "{\n  \"name\": \"blog\",\n  \"dependencies\": {\n    \"hexo\": \"^8.1.2\"\n  }\n}\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);

  g_assert_cmpint (byline_site_get_kind (site), ==, BYLINE_SITE_HEXO);
  g_assert_null (byline_site_get_config_file (site));
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "source/_posts");
}

static void
test_detect_jekyll (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Notes\n",
                                            "_posts", NULL,
                                            NULL);
  g_autofree char *gem_root = site_fixture_new ("Gemfile", "source \"https://rubygems.org\"\ngem \"jekyll\", \"~> 4.3\"\n",
                                                NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylineSite) gem_site = site_fixture_load (gem_root);
  g_autofree char *name = byline_site_dup_name (site);
  g_autofree char *gem_name = byline_site_dup_name (gem_site);
  g_autofree char *gem_folder = g_path_get_basename (gem_root);

  g_assert_cmpint (byline_site_get_kind (site), ==, BYLINE_SITE_JEKYLL);
  /* A site without a title goes by its folder's name. */
  g_assert_cmpstr (name, ==, "Notes");
  g_assert_cmpstr (gem_name, ==, gem_folder);
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "_posts");
  assert_folder (site, BYLINE_SITE_FOLDER_DRAFTS, root, "_drafts");
  g_assert_false (byline_site_builds_future_posts (site));

  g_assert_cmpint (byline_site_get_kind (gem_site), ==, BYLINE_SITE_JEKYLL);
}

static void
test_detect_hugo (void)
{
  g_autofree char *root = site_fixture_new ("hugo.yaml", "title: Field notes\n", NULL);
  g_autofree char *old_root = site_fixture_new ("config.json", "{ \"title\": \"Old\" }\n",
                                                "archetypes/default.md", "---\n---\n",
                                                NULL);
  g_autofree char *split_root = site_fixture_new ("config/_default/hugo.yaml", "title: Split\n", NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(BylineSite) old_site = site_fixture_load (old_root);
  g_autoptr(BylineSite) split_site = site_fixture_load (split_root);

  g_assert_cmpint (byline_site_get_kind (site), ==, BYLINE_SITE_HUGO);
  g_assert_cmpstr (byline_site_get_title (site), ==, "Field notes");
  assert_folder (site, BYLINE_SITE_FOLDER_CONTENT, root, "content");
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "content/posts");
  /* Hugo keeps drafts among the posts. */
  assert_folder (site, BYLINE_SITE_FOLDER_DRAFTS, root, "content/posts");
  g_assert_cmpstr (byline_site_get_section (site), ==, "posts");
  g_assert_false (byline_site_renders_raw_html (site));
  g_assert_false (byline_site_builds_future_posts (site));

  g_assert_cmpint (byline_site_get_kind (old_site), ==, BYLINE_SITE_HUGO);
  g_assert_cmpstr (byline_site_get_title (old_site), ==, "Old");
  g_assert_cmpstr (byline_site_get_title (split_site), ==, "Split");
}

static void
test_detect_from_inside (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n",
                                            "source/_posts/2021/news.md", "---\ntitle: News\n---\n",
                                            NULL);
  g_autofree char *post = g_build_filename (root, "source/_posts/2021/news.md", NULL);
  g_autofree char *dir = g_build_filename (root, "source/_posts/2021", NULL);
  g_autoptr(BylineSite) from_post = site_fixture_load (post);
  g_autoptr(BylineSite) from_dir = site_fixture_load (dir);

  assert_root (from_post, root);
  assert_root (from_dir, root);
}

static void
test_detect_nothing (void)
{
  g_autofree char *root = site_fixture_new ("notes/todo.md", "buy milk\n",
                                            "config.yaml", "a: b\n",
                                            NULL);
  g_autofree char *missing = g_build_filename (root, "nowhere", NULL);

  /* A config.yaml alone is not enough to call a folder a Hugo site. */
  assert_load_fails (root, BYLINE_ERROR_NO_SITE);
  assert_load_fails (missing, BYLINE_ERROR_NOT_FOUND);
}

static void
test_hexo_settings (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml",
                                            "# Site\n"
                                            "title: Blog\n"
                                            "source_dir: src\n"
                                            "new_post_name: :year/:month/:title.md # with dates\n"
                                            "filename_case: 1\n"
                                            "post_asset_folder: true\n"
                                            "timezone: Asia/Shanghai\n"
                                            "default_layout: Draft\n"
                                            "render_drafts: true\n"
                                            "future: false\n"
                                            "default_category: misc\n",
                                            "scaffolds", NULL,
                                            "src/_posts", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GDateTime) date = site_fixture_date ("2021-09-02T23:30:00Z");
  g_autoptr(GDateTime) local = g_date_time_to_timezone (date, byline_site_get_time_zone (site));

  assert_folder (site, BYLINE_SITE_FOLDER_CONTENT, root, "src");
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "src/_posts");
  assert_folder (site, BYLINE_SITE_FOLDER_DRAFTS, root, "src/_drafts");
  g_assert_cmpstr (byline_site_get_new_post_name (site), ==, ":year/:month/:title.md");
  g_assert_cmpint (byline_site_get_filename_case (site), ==, BYLINE_FILENAME_CASE_LOWER);
  g_assert_true (byline_site_uses_post_asset_folder (site));
  g_assert_cmpstr (byline_site_get_default_layout (site), ==, "draft");
  g_assert_cmpstr (byline_site_get_default_category (site), ==, "misc");
  g_assert_true (byline_site_renders_drafts (site));
  g_assert_false (byline_site_builds_future_posts (site));
  g_assert_true (byline_site_has_time_zone (site));
  g_assert_cmpint (g_date_time_get_hour (local), ==, 7);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 3);
}

static void
test_jekyll_settings (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml",
                                            "collections_dir: my_collections\n"
                                            "timezone: America/New_York\n"
                                            "future: true\n"
                                            "show_drafts: true\n",
                                            "my_collections/_posts", NULL,
                                            "Gemfile", "gem 'jekyll'\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);

  assert_folder (site, BYLINE_SITE_FOLDER_CONTENT, root, "my_collections");
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "my_collections/_posts");
  assert_folder (site, BYLINE_SITE_FOLDER_DRAFTS, root, "my_collections/_drafts");
  assert_folder (site, BYLINE_SITE_FOLDER_ASSETS, root, "assets/images");
  g_assert_true (byline_site_has_time_zone (site));
  g_assert_cmpstr (g_time_zone_get_identifier (byline_site_get_time_zone (site)), ==, "America/New_York");
  g_assert_true (byline_site_builds_future_posts (site));
  g_assert_true (byline_site_renders_drafts (site));
}

static void
test_hugo_settings (void)
{
  /* Hugo reads keys without regard to case. */
  g_autofree char *root = site_fixture_new ("hugo.yaml",
                                            "title: Field notes\n"
                                            "contentdir: words\n"
                                            "timeZone: Europe/Paris\n"
                                            "buildFuture: true\n"
                                            "buildDrafts: true\n"
                                            "markup:\n"
                                            "  goldmark:\n"
                                            "    renderer:\n"
                                            "      Unsafe: true\n"
                                            "params:\n"
                                            "  mainSections: [blog]\n",
                                            "words/blog/first/index.md", "---\ntitle: First\n---\n",
                                            "words/blog/second/index.md", "---\ntitle: Second\n---\n",
                                            "words/blog/third.md", "---\ntitle: Third\n---\n",
                                            "words/blog/_index.md", "---\ntitle: Blog\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);

  assert_folder (site, BYLINE_SITE_FOLDER_CONTENT, root, "words");
  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "words/blog");
  assert_folder (site, BYLINE_SITE_FOLDER_ASSETS, root, "static/images");
  g_assert_cmpstr (byline_site_get_section (site), ==, "blog");
  g_assert_true (byline_site_uses_page_bundles (site));
  g_assert_true (byline_site_renders_raw_html (site));
  g_assert_true (byline_site_builds_future_posts (site));
  g_assert_true (byline_site_renders_drafts (site));
  g_assert_cmpstr (g_time_zone_get_identifier (byline_site_get_time_zone (site)), ==, "Europe/Paris");
}

static void
test_hugo_toml_settings (void)
{
  g_autofree char *root = site_fixture_new ("hugo.toml",
                                            "baseURL = 'https://example.org/blog/'\n"
                                            "contentDir = 'words'\n"
                                            "timeZone = 'Asia/Shanghai'\n"
                                            "[markup.goldmark.renderer]\n"
                                            "  unsafe = true\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);

  assert_folder (site, BYLINE_SITE_FOLDER_POSTS, root, "words/posts");
  g_assert_true (byline_site_renders_raw_html (site));
  g_assert_true (byline_site_has_time_zone (site));
  g_assert_cmpstr (byline_site_get_url_root (site), ==, "/blog/");
  g_assert_cmpint (byline_site_get_front_matter_format (site), ==, BYLINE_FORMAT_TOML);
}

static void
test_hugo_defaults (void)
{
  g_autofree char *root = site_fixture_new ("hugo.json", "{ \"baseURL\": \"https://example.org/\" }\n",
                                            "content/post/one.md", "---\ntitle: One\n---\n",
                                            "content/post/two.md", "---\ntitle: Two\n---\n",
                                            "content/post/three/index.md", "---\ntitle: Three\n---\n",
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);
  g_autoptr(GDateTime) date = site_fixture_date ("2021-09-02T23:30:00Z");
  g_autoptr(GDateTime) local = g_date_time_to_timezone (date, byline_site_get_time_zone (site));

  /* The section that exists wins over Hugo's documented `posts`. */
  g_assert_cmpstr (byline_site_get_section (site), ==, "post");
  g_assert_false (byline_site_uses_page_bundles (site));
  g_assert_false (byline_site_has_time_zone (site));
  /* Hugo reads dates without an offset as UTC unless told otherwise. */
  g_assert_cmpint (g_date_time_get_hour (local), ==, 23);
  /* Hugo reads JSON front matter only as a bare object; new posts get YAML. */
  g_assert_cmpint (byline_site_get_front_matter_format (site), ==, BYLINE_FORMAT_YAML);
}

static void
test_unknown_time_zone (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "timezone: Mars/Olympus_Mons\n",
                                            "source", NULL,
                                            NULL);
  g_autoptr(BylineSite) site = site_fixture_load (root);

  g_assert_false (byline_site_has_time_zone (site));
  g_assert_nonnull (byline_site_get_time_zone (site));
}

static void
test_config_outside_site (void)
{
  static const char * const hostile[] = {
    "_config.yml", "source_dir: ../..\n",
    "_config.yml", "source_dir: /etc\n",
    "_config.yml", "source_dir: source/../../elsewhere\n",
    "hugo.yaml", "contentDir: ../content\n",
    "hugo.yaml", "staticDir: [/usr/share]\n",
    "hugo.yaml", "archetypeDir: /tmp\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i += 2)
    {
      g_autofree char *root = site_fixture_new (hostile[i], hostile[i + 1], "source", NULL, NULL);

      g_test_message ("%s", hostile[i + 1]);
      assert_load_fails (root, BYLINE_ERROR_OUTSIDE_SITE);
    }
}

static void
test_jekyll_collections_outside_site (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "collections_dir: ../../x\n",
                                            "_posts", NULL,
                                            NULL);

  assert_load_fails (root, BYLINE_ERROR_OUTSIDE_SITE);
}

static void
test_symlinked_folder_outside_site (void)
{
  g_autofree char *outside = site_fixture_new ("elsewhere/_posts", NULL, NULL);
  g_autofree char *target = g_build_filename (outside, "elsewhere", NULL);
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n",
                                            "scaffolds", NULL,
                                            NULL);
  g_autofree char *link = g_build_filename (root, "source", NULL);

  g_assert_cmpint (symlink (target, link), ==, 0);
  assert_load_fails (root, BYLINE_ERROR_OUTSIDE_SITE);
}

static void
test_config_error (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\nsource_dir: [unclosed\n",
                                            "source", NULL,
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSite) site = byline_site_load (file, NULL, &error);
  guint line = 0;

  g_assert_null (site);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "_config.yml"));
  g_assert_true (byline_error_get_location (error, &line, NULL));
  g_assert_cmpuint (line, >=, 2);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  BylineSite **site = user_data;
  g_autoptr(GError) error = NULL;

  *site = byline_site_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "title: Blog\n", "_posts", NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (root);
  BylineSite *site = NULL;

  byline_site_load_async (file, NULL, loaded_cb, &site);
  while (site == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (byline_site_get_kind (site), ==, BYLINE_SITE_JEKYLL);
  g_assert_finalize_object (site);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/site/detect/hexo", test_detect_hexo);
  g_test_add_func ("/site/detect/hexo-package", test_detect_hexo_package);
  g_test_add_func ("/site/detect/jekyll", test_detect_jekyll);
  g_test_add_func ("/site/detect/hugo", test_detect_hugo);
  g_test_add_func ("/site/detect/from-inside", test_detect_from_inside);
  g_test_add_func ("/site/detect/nothing", test_detect_nothing);
  g_test_add_func ("/site/settings/hexo", test_hexo_settings);
  g_test_add_func ("/site/settings/jekyll", test_jekyll_settings);
  g_test_add_func ("/site/settings/hugo", test_hugo_settings);
  g_test_add_func ("/site/settings/hugo-toml", test_hugo_toml_settings);
  g_test_add_func ("/site/settings/hugo-defaults", test_hugo_defaults);
  g_test_add_func ("/site/settings/unknown-time-zone", test_unknown_time_zone);
  g_test_add_func ("/site/settings/error", test_config_error);
  g_test_add_func ("/site/confine/config", test_config_outside_site);
  g_test_add_func ("/site/confine/collections-dir", test_jekyll_collections_outside_site);
  g_test_add_func ("/site/confine/symlink", test_symlinked_folder_outside_site);
  g_test_add_func ("/site/load-async", test_load_async);

  return g_test_run ();
}
