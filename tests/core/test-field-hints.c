/* test-field-hints.c: field kinds, completion and suggestions from a
 * post's site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-hints.h"
#include "site-fixture.h"

/* A Hexo site whose posts mostly give `topics` as a list, always give
 * `featured` as a boolean and `rating` as a number, and give `region` as a
 * word more often than as a list. */
static char *
make_site (void)
{
  return site_fixture_new ("_config.yml", "title: News\n",
                           "scaffolds/post.md", "---\ntitle: {{ title }}\ndate: {{ date }}\ncover:\ntags:\n---\n",
                           "source/_posts/one.md",
                           "---\ntitle: One\ncategories: [新媒体, ZAKER]\ntags: [a, b]\ntopics: [x, y]\nfeatured: true\nrating: 4\nregion: north\n---\n",
                           "source/_posts/two.md",
                           "---\ntitle: Two\ncategories: [新媒体, 新闻]\ntags: [b]\ntopics: [y]\nfeatured: false\nrating: 3.5\nregion: [north, east]\n---\n",
                           "source/_posts/three.md",
                           "---\ntitle: Three\ncategories: 新媒体\ntags: c\ntopics: z\nfeatured: false\nregion: south\nsource: x\n---\n",
                           "source/_posts/new.md",
                           "---\ntitle: New\ntags: d\n---\n",
                           NULL);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  BylineFieldHints **hints = user_data;
  g_autoptr(GError) error = NULL;

  *hints = byline_field_hints_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*hints);
}

static BylineFieldHints *
load_hints (const char *root,
            const char *post)
{
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(GFile) file = g_file_resolve_relative_path (folder, post);
  BylineFieldHints *hints = NULL;

  byline_field_hints_load_async (file, NULL, NULL, loaded_cb, &hints);
  while (hints == NULL)
    g_main_context_iteration (NULL, TRUE);

  return hints;
}

static BylineNode *
value_of (BylineFrontMatter *front_matter,
          const char        *key)
{
  return byline_front_matter_lookup (front_matter, key);
}

static void
test_kinds_from_site (void)
{
  g_autofree char *root = make_site ();
  g_autoptr(BylineFieldHints) hints = load_hints (root, "source/_posts/new.md");
  g_autoptr(BylineFrontMatter) post =
    byline_front_matter_new (BYLINE_FORMAT_YAML, "topics: z\nregion: west\nfeatured:\nrating:\nsource: x\n");

  g_assert_nonnull (byline_field_hints_get_site (hints));
  g_assert_null (byline_field_hints_get_schema (hints));

  /* Two posts of three give a list: a single word shows as a list. */
  g_assert_cmpint (byline_field_hints_get_kind (hints, "topics", value_of (post, "topics")), ==, BYLINE_FIELD_KIND_LIST);
  /* One post of three gives `region` a list: it stays text. */
  g_assert_cmpint (byline_field_hints_get_kind (hints, "region", value_of (post, "region")), ==, BYLINE_FIELD_KIND_TEXT);
  g_assert_cmpint (byline_field_hints_get_kind (hints, "featured", value_of (post, "featured")), ==, BYLINE_FIELD_KIND_SWITCH);
  g_assert_cmpint (byline_field_hints_get_kind (hints, "rating", value_of (post, "rating")), ==, BYLINE_FIELD_KIND_NUMBER);
  g_assert_cmpint (byline_field_hints_get_kind (hints, "source", value_of (post, "source")), ==, BYLINE_FIELD_KIND_TEXT);
}

static void
test_completion (void)
{
  g_autofree char *root = make_site ();
  g_autoptr(BylineFieldHints) hints = load_hints (root, "source/_posts/new.md");
  const char * const in_list[] = { "新闻", NULL };
  g_auto(GStrv) all = byline_field_hints_complete (hints, "categories", "", NULL, 10);
  g_auto(GStrv) prefixed = byline_field_hints_complete (hints, "categories", "新", in_list, 10);
  g_auto(GStrv) folded = byline_field_hints_complete (hints, "categories", "zak", NULL, 10);
  g_auto(GStrv) contained = byline_field_hints_complete (hints, "tags", "", NULL, 2);
  g_auto(GStrv) none = byline_field_hints_complete (hints, "author", "", NULL, 10);

  /* The most used first. */
  g_assert_cmpstrv (all, ((const char * const[]) { "新媒体", "ZAKER", "新闻", NULL }));
  g_assert_cmpstrv (prefixed, ((const char * const[]) { "新媒体", NULL }));
  g_assert_cmpstrv (folded, ((const char * const[]) { "ZAKER", NULL }));
  g_assert_cmpuint (g_strv_length (contained), ==, 2);
  g_assert_cmpstr (contained[0], ==, "b");
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_key_suggestions (void)
{
  g_autofree char *root = make_site ();
  g_autoptr(BylineFieldHints) hints = load_hints (root, "source/_posts/new.md");
  g_autoptr(BylineFrontMatter) post = byline_front_matter_new (BYLINE_FORMAT_YAML, "title: New\ntags: d\n");
  g_auto(GStrv) keys = byline_field_hints_suggest_keys (hints, byline_front_matter_get_root (post), "");

  /* The scaffold's keys first, then the keys other posts use, the most
   * used first; none the post has. */
  g_assert_cmpstr (keys[0], ==, "date");
  g_assert_cmpstr (keys[1], ==, "cover");
  g_assert_true (g_strv_contains ((const char * const *) keys, "categories"));
  g_assert_true (g_strv_contains ((const char * const *) keys, "source"));
  g_assert_false (g_strv_contains ((const char * const *) keys, "title"));
  g_assert_false (g_strv_contains ((const char * const *) keys, "tags"));

  /* What is typed narrows them, starts before middles. */
  g_strfreev (keys);
  keys = byline_field_hints_suggest_keys (hints, byline_front_matter_get_root (post), "C");
  g_assert_cmpstrv (keys, ((const char * const[]) { "cover", "categories", "topics", "source", NULL }));
}

static void
test_new_values (void)
{
  g_autofree char *root = make_site ();
  g_autoptr(BylineFieldHints) hints = load_hints (root, "source/_posts/new.md");
  g_autoptr(GDateTime) now = site_fixture_date ("2021-09-03T00:11:00Z");
  g_autoptr(BylineNode) date = byline_field_hints_new_value (hints, "date", BYLINE_FORMAT_YAML, now);
  g_autoptr(BylineNode) featured = byline_field_hints_new_value (hints, "featured", BYLINE_FORMAT_YAML, now);
  g_autoptr(BylineNode) tags = byline_field_hints_new_value (hints, "tags", BYLINE_FORMAT_YAML, now);

  /* As `hexo new` writes a date (the site has no time zone: UTC here). */
  g_assert_cmpint (byline_node_get_kind (date), ==, BYLINE_NODE_TIMESTAMP);
  g_assert_cmpstr (byline_node_get_string (date), ==, "2021-09-03 00:11:00");
  g_assert_cmpint (byline_node_get_kind (featured), ==, BYLINE_NODE_BOOLEAN);
  g_assert_cmpint (byline_node_get_kind (tags), ==, BYLINE_NODE_NULL);
}

static void
test_schema_drives_hints (void)
{
  g_autofree char *config = NULL;
  g_autofree char *root = NULL;
  g_autoptr(BylineFieldHints) hints = NULL;
  g_autoptr(BylineFrontMatter) post = byline_front_matter_new (BYLINE_FORMAT_YAML, "title: New\ntags: d\n");
  g_autoptr(GDateTime) now = site_fixture_date ("2021-09-03T00:11:00Z");
  g_autoptr(BylineNode) comments = NULL;
  g_autoptr(BylineNode) categories = NULL;
  g_auto(GStrv) keys = NULL;
  g_auto(GStrv) regions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "schemas", "decap-config.yml", NULL),
                       &config, NULL, &error);
  g_assert_no_error (error);
  root = make_site ();
  site_fixture_write (root, "source/admin/config.yml", config);
  hints = load_hints (root, "source/_posts/new.md");

  g_assert_nonnull (byline_field_hints_get_schema (hints));

  /* Declared fields come first, in the schema's order. */
  keys = byline_field_hints_suggest_keys (hints, byline_front_matter_get_root (post), "");
  g_assert_cmpstr (keys[0], ==, "date");
  g_assert_cmpstr (keys[1], ==, "categories");
  g_assert_cmpstr (keys[2], ==, "author");

  /* Defaults are offered; choices complete. */
  comments = byline_field_hints_new_value (hints, "comments", BYLINE_FORMAT_YAML, now);
  g_assert_true (byline_node_get_boolean (comments));
  categories = byline_field_hints_new_value (hints, "categories", BYLINE_FORMAT_YAML, now);
  g_assert_cmpstr (byline_node_get_string (byline_node_get_child (categories, 0)), ==, "新媒体");
  regions = byline_field_hints_complete (hints, "region", "华", NULL, 10);
  g_assert_cmpstrv (regions, ((const char * const[]) { "华北", "华东", NULL }));

  /* The declared kind wins where it fits the value. */
  g_assert_cmpint (byline_field_hints_get_kind (hints, "excerpt", NULL), ==, BYLINE_FIELD_KIND_MULTILINE);
  g_assert_cmpint (byline_field_hints_get_kind (hints, "seo.noindex", NULL), ==, BYLINE_FIELD_KIND_SWITCH);

  problems = byline_field_hints_check (hints, post);
  g_assert_cmpuint (problems->len, ==, 4);
}

static char *
located (BylineFieldHints *hints,
         const char       *reference,
         GFile            *post)
{
  g_autoptr(GFile) file = byline_field_hints_locate_image (hints, reference, post);

  return file != NULL ? g_file_get_uri (file) : NULL;
}

static void
test_locate_images (void)
{
  g_autofree char *root = make_site ();
  g_autoptr(BylineFieldHints) hints = load_hints (root, "source/_posts/new.md");
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(GFile) post = g_file_resolve_relative_path (folder, "source/_posts/new.md");
  g_autofree char *root_uri = g_file_get_uri (folder);
  g_autofree char *beside = located (hints, "new/a%20b.png?v=2", post);
  g_autofree char *published = located (hints, "/images/cover.jpg", post);
  g_autofree char *remote = located (hints, "https://example.com/a.jpg", post);
  g_autofree char *schemeless = located (hints, "//example.com/a.jpg", post);
  g_autofree char *data = located (hints, "data:image/png;base64,AAAA", post);
  g_autofree char *want_beside = g_strconcat (root_uri, "/source/_posts/new/a%20b.png", NULL);
  g_autofree char *want_published = g_strconcat (root_uri, "/source/images/cover.jpg", NULL);

  /* Beside the post, or in the folder Hexo publishes (source/). */
  g_assert_cmpstr (beside, ==, want_beside);
  g_assert_cmpstr (published, ==, want_published);
  g_assert_cmpstr (remote, ==, "https://example.com/a.jpg");
  g_assert_cmpstr (schemeless, ==, "https://example.com/a.jpg");
  g_assert_null (data);
}

static void
test_no_site (void)
{
  g_autofree char *folder = site_fixture_new ("post.md", "---\ntitle: a\n---\n", NULL);
  g_autoptr(BylineFieldHints) hints = load_hints (folder, "post.md");
  g_autoptr(GDateTime) now = site_fixture_date ("2021-09-03T00:11:00+08:00");
  g_autoptr(BylineNode) date = byline_field_hints_new_value (hints, "date", BYLINE_FORMAT_YAML, now);
  g_auto(GStrv) keys = byline_field_hints_suggest_keys (hints, NULL, "");

  g_assert_null (byline_field_hints_get_site (hints));
  g_assert_cmpstr (byline_node_get_string (date), ==, "2021-09-03T00:11:00+08:00");
  g_assert_cmpuint (g_strv_length (keys), ==, 0);
  g_assert_cmpint (byline_field_hints_get_kind (hints, "tags", NULL), ==, BYLINE_FIELD_KIND_LIST);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/field-hints/kinds-from-site", test_kinds_from_site);
  g_test_add_func ("/field-hints/completion", test_completion);
  g_test_add_func ("/field-hints/key-suggestions", test_key_suggestions);
  g_test_add_func ("/field-hints/new-values", test_new_values);
  g_test_add_func ("/field-hints/schema", test_schema_drives_hints);
  g_test_add_func ("/field-hints/locate-images", test_locate_images);
  g_test_add_func ("/field-hints/no-site", test_no_site);

  return g_test_run ();
}
