/* test-schema.c: the fields Decap CMS and Front Matter CMS declare, as
 * Byline's field kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-schema.h"
#include "site-fixture.h"

static char *
read_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "schemas", name, NULL),
                       &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static const BylineSchemaField *
field (BylineSchema *schema,
       const char   *path)
{
  const BylineSchemaField *found = byline_schema_lookup (schema, path);

  g_assert_nonnull (found);
  return found;
}

static void
test_decap_fields (void)
{
  g_autofree char *config = read_fixture ("decap-config.yml");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) schema = byline_schema_new_from_decap (config, "source/_posts/2021/news.md", &error);
  GPtrArray *fields;

  g_assert_no_error (error);
  g_assert_cmpint (byline_schema_get_source (schema), ==, BYLINE_SCHEMA_DECAP);
  g_assert_cmpstr (byline_schema_get_name (schema), ==, "News");

  /* The body is the post's body, not a front matter field. */
  fields = byline_schema_get_fields (schema);
  g_assert_cmpuint (fields->len, ==, 14);
  g_assert_null (byline_schema_lookup (schema, "body"));

  g_assert_cmpint (field (schema, "title")->kind, ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_true (field (schema, "title")->is_required);
  g_assert_cmpint (field (schema, "date")->kind, ==, BYLINE_FIELD_KIND_DATE);
  g_assert_cmpint (field (schema, "categories")->kind, ==, BYLINE_FIELD_KIND_LIST);
  g_assert_cmpstr (byline_node_get_string (byline_node_get_child (field (schema, "categories")->default_value, 0)),
                   ==, "新媒体");
  g_assert_false (field (schema, "tags")->is_required);
  g_assert_cmpint (field (schema, "excerpt")->kind, ==, BYLINE_FIELD_KIND_MULTILINE);
  g_assert_cmpstr (field (schema, "excerpt")->hint, ==, "One or two sentences for the list page");
  g_assert_cmpint (field (schema, "headimg")->kind, ==, BYLINE_FIELD_KIND_IMAGE);
  g_assert_cmpint (field (schema, "comments")->kind, ==, BYLINE_FIELD_KIND_SWITCH);
  g_assert_false (field (schema, "comments")->is_required);
  g_assert_true (byline_node_get_boolean (field (schema, "comments")->default_value));
  g_assert_cmpint (field (schema, "region")->kind, ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_cmpstrv (field (schema, "region")->options, ((const char * const[]) { "华北", "华东", "south", NULL }));
  g_assert_cmpint (field (schema, "weight")->kind, ==, BYLINE_FIELD_KIND_NUMBER);
  g_assert_cmpint (field (schema, "seo")->kind, ==, BYLINE_FIELD_KIND_GROUP);
  g_assert_cmpint (field (schema, "seo.noindex")->kind, ==, BYLINE_FIELD_KIND_SWITCH);
  g_assert_true (field (schema, "seo.description")->is_required);
  g_assert_cmpint (field (schema, "links")->kind, ==, BYLINE_FIELD_KIND_RAW);
  g_assert_cmpint (field (schema, "layout")->kind, ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_false (field (schema, "layout")->is_required);
}

static void
test_decap_collections (void)
{
  g_autofree char *config = read_fixture ("decap-config.yml");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) about = byline_schema_new_from_decap (config, "source/about/index.md", &error);
  g_autoptr(BylineSchema) other = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (byline_schema_get_name (about), ==, "About");
  g_assert_cmpuint (byline_schema_get_fields (about)->len, ==, 1);

  other = byline_schema_new_from_decap (config, "source/_drafts/a.md", &error);
  g_assert_null (other);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND);
}

static void
test_decap_broken (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) schema = byline_schema_new_from_decap ("collections: [\n", NULL, &error);

  g_assert_null (schema);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE);
}

static void
test_front_matter_cms_fields (void)
{
  g_autofree char *config = read_fixture ("frontmatter.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) schema = byline_schema_new_from_front_matter_cms (config, "content/posts/a.md", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (byline_schema_get_source (schema), ==, BYLINE_SCHEMA_FRONT_MATTER_CMS);
  g_assert_cmpstr (byline_schema_get_name (schema), ==, "article");

  /* The divider only lays out Front Matter's panel. */
  g_assert_cmpuint (byline_schema_get_fields (schema)->len, ==, 11);
  g_assert_null (byline_schema_lookup (schema, "divider"));

  g_assert_true (field (schema, "title")->is_required);
  g_assert_cmpint (field (schema, "description")->kind, ==, BYLINE_FIELD_KIND_MULTILINE);
  g_assert_true (field (schema, "description")->is_required);
  g_assert_cmpint (field (schema, "date")->kind, ==, BYLINE_FIELD_KIND_DATE);
  g_assert_false (field (schema, "date")->is_required);
  g_assert_cmpint (field (schema, "cover")->kind, ==, BYLINE_FIELD_KIND_IMAGE);
  g_assert_cmpint (field (schema, "tags")->kind, ==, BYLINE_FIELD_KIND_LIST);
  g_assert_cmpint (field (schema, "categories")->kind, ==, BYLINE_FIELD_KIND_LIST);
  g_assert_cmpstrv (field (schema, "series")->options, ((const char * const[]) { "Go", "Rust", "C", NULL }));
  g_assert_cmpint (field (schema, "readingTime")->kind, ==, BYLINE_FIELD_KIND_NUMBER);
  g_assert_cmpint (byline_node_get_integer (field (schema, "readingTime")->default_value), ==, 5);
  g_assert_cmpint (field (schema, "draft")->kind, ==, BYLINE_FIELD_KIND_SWITCH);
  g_assert_cmpint (field (schema, "author")->kind, ==, BYLINE_FIELD_KIND_GROUP);
  g_assert_true (field (schema, "author.name")->is_required);
  g_assert_cmpint (field (schema, "meta")->kind, ==, BYLINE_FIELD_KIND_RAW);
}

static void
test_front_matter_cms_types (void)
{
  g_autofree char *config = read_fixture ("frontmatter.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) named = byline_schema_new_from_front_matter_cms (config, "content/posts/a.md", "default", &error);
  g_autoptr(BylineSchema) notes = byline_schema_new_from_front_matter_cms (config, "content/notes/a.md", NULL, &error);

  g_assert_no_error (error);
  /* The post's own `type` wins over its folder's. */
  g_assert_cmpstr (byline_schema_get_name (named), ==, "default");
  g_assert_cmpuint (byline_schema_get_fields (named)->len, ==, 3);
  /* A folder without content types uses the default one. */
  g_assert_cmpstr (byline_schema_get_name (notes), ==, "default");
}

static void
test_load_from_site (void)
{
  g_autofree char *decap = read_fixture ("decap-config.yml");
  g_autofree char *fmc = read_fixture ("frontmatter.json");
  g_autofree char *hexo = site_fixture_new ("_config.yml", "title: News\n",
                                            "source/admin/config.yml", decap,
                                            "source/_posts/a.md", "---\ntitle: a\n---\n",
                                            NULL);
  g_autofree char *hugo = site_fixture_new ("hugo.toml", "title = 'Notes'\n",
                                            "frontmatter.json", fmc,
                                            "content/posts/a.md", "---\ntitle: a\n---\n",
                                            NULL);
  g_autofree char *plain = site_fixture_new ("_config.yml", "title: Plain\n",
                                             "source/_posts/a.md", "---\ntitle: a\n---\n",
                                             NULL);
  g_autoptr(GFile) hexo_root = g_file_new_for_path (hexo);
  g_autoptr(GFile) hexo_post = g_file_resolve_relative_path (hexo_root, "source/_posts/a.md");
  g_autoptr(GFile) hugo_root = g_file_new_for_path (hugo);
  g_autoptr(GFile) hugo_post = g_file_resolve_relative_path (hugo_root, "content/posts/a.md");
  g_autoptr(GFile) plain_root = g_file_new_for_path (plain);
  g_autoptr(GFile) plain_post = g_file_resolve_relative_path (plain_root, "source/_posts/a.md");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSchema) from_decap = byline_schema_load (hexo_root, hexo_post, NULL, NULL, &error);
  g_autoptr(BylineSchema) from_fmc = NULL;
  g_autoptr(BylineSchema) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (byline_schema_get_config_path (from_decap), ==, "source/admin/config.yml");
  g_assert_cmpstr (byline_schema_get_name (from_decap), ==, "News");

  from_fmc = byline_schema_load (hugo_root, hugo_post, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_schema_get_config_path (from_fmc), ==, "frontmatter.json");
  g_assert_cmpstr (byline_schema_get_name (from_fmc), ==, "article");

  none = byline_schema_load (plain_root, plain_post, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/schema/decap/fields", test_decap_fields);
  g_test_add_func ("/schema/decap/collections", test_decap_collections);
  g_test_add_func ("/schema/decap/broken", test_decap_broken);
  g_test_add_func ("/schema/front-matter-cms/fields", test_front_matter_cms_fields);
  g_test_add_func ("/schema/front-matter-cms/types", test_front_matter_cms_types);
  g_test_add_func ("/schema/load", test_load_from_site);

  return g_test_run ();
}
