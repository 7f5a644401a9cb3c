/* test-build-sites.c: posts exported with byline-cli into throwaway Hexo,
 * Jekyll and Hugo sites, built by the real generators, read back from the
 * built pages
 *
 * Each site's layout prints what the generator made of a post (title,
 * date, categories, tags, body) inside an <article> that names the source
 * file; the test compares it with what `byline-cli fm` reads in the
 * exported file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-date.h"
#include "byline-post.h"
#include "fixtures.h"

/* Every site reads dates without an offset in China's time; Hexo runs in
 * New York's, as a writer's laptop might, to catch dates it shifts. */
#define SITE_ZONE "Asia/Shanghai"
#define HEXO_TZ   "America/New_York"

typedef enum {
  HEXO,
  JEKYLL,
  HUGO,
} Generator;

static const char * const generator_names[] = { "Hexo", "Jekyll", "Hugo" };

/* What an exported post should build to. */
typedef struct {
  char       *source;
  char       *exported;
  BylineNode *front_matter;
  char       *body;
} Exported;

static void
exported_free (Exported *exported)
{
  g_free (exported->source);
  g_free (exported->exported);
  g_clear_pointer (&exported->front_matter, byline_node_unref);
  g_free (exported->body);
  g_free (exported);
}

/* Runs @argv in @cwd; returns its standard output, or fails the test with
 * its standard error. */
static char *
run (const char * const *argv,
     const char         *cwd,
     const char         *tz,
     int                *status)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int wait_status;

  if (tz != NULL)
    env = g_environ_setenv (env, "TZ", tz, TRUE);

  g_spawn_sync (cwd, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDIN_FROM_DEV_NULL,
                NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);

  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (*status != 0)
    g_test_message ("%s: %s", argv[0], err);
  return out;
}

static void
write_file (const char *root,
            const char *relative,
            const char *contents)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *from,
           const char *root,
           const char *relative)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (from, &contents, NULL, &error);
  g_assert_no_error (error);
  write_file (root, relative, contents);
}

static gboolean
has_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static char *
interop_path (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, "interop", relative, NULL);
}

/* Installs Hexo and its plugins as package-lock.json pins them, into
 * tests/interop/node_modules, as `meson compile interop-setup` does. */
static gboolean
install_hexo (void)
{
  g_autofree char *folder = interop_path (NULL);
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "npm", NULL);
  const char *argv[] = { "npm", "ci", "--prefix", folder, "--cache", cache, "--no-audit", "--no-fund", NULL };
  g_autofree char *out = NULL;
  int status;

  if (!has_program ("npm"))
    return FALSE;

  out = run (argv, NULL, NULL, &status);
  return status == 0;
}

/* Makes a throwaway site with the layout of tests/interop. Returns NULL
 * (and skips the test) when the generator is not installed. */
static char *
make_site (Generator generator)
{
  g_autofree char *template = g_build_filename (g_get_user_data_dir (), "site-XXXXXX", NULL);
  g_autofree char *root = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0755), ==, 0);
  root = g_mkdtemp (g_steal_pointer (&template));

  switch (generator)
    {
    case HEXO:
      {
        g_autofree char *hexo = interop_path ("node_modules/hexo/package.json");
        g_autofree char *post = interop_path ("hexo-theme/layout/post.ejs");
        g_autofree char *index = interop_path ("hexo-theme/layout/index.ejs");

        if (!g_file_test (hexo, G_FILE_TEST_EXISTS) && !install_hexo ())
          {
            g_test_skip ("Hexo could not be installed from the npm registry");
            return NULL;
          }

        write_file (root, "package.json",
                    "{ \"name\": \"site\", \"version\": \"0.0.0\", \"private\": true,\n"
                    "  \"hexo\": { \"version\": \"8.1.2\" },\n"
                    "  \"dependencies\": { \"hexo\": \"8.1.2\", \"hexo-renderer-ejs\": \"2.0.0\",\n"
                    "                    \"hexo-renderer-marked\": \"7.0.1\" } }\n");
        write_file (root, "_config.yml", "title: Interop\ntheme: byline\ntimezone: " SITE_ZONE "\n");
        copy_file (post, root, "themes/byline/layout/post.ejs");
        copy_file (index, root, "themes/byline/layout/index.ejs");
        write_file (root, "source/_posts/.keep", "");
      }
      break;

    case JEKYLL:
      {
        g_autofree char *layout = interop_path ("jekyll-site/_layouts/post.html");

        if (!has_program ("jekyll"))
          {
            g_test_skip ("Jekyll is not installed (Debian: jekyll)");
            return NULL;
          }

        /* Posts asking for another layout get the same one. */
        write_file (root, "_config.yml",
                    "title: Interop\ntimezone: " SITE_ZONE "\n"
                    "defaults:\n  - scope: { path: \"\" }\n    values: { layout: post }\n");
        copy_file (layout, root, "_layouts/post.html");
        copy_file (layout, root, "_layouts/page.html");
        copy_file (layout, root, "_layouts/default.html");
        write_file (root, "_posts/.keep", "");
      }
      break;

    case HUGO:
      {
        g_autofree char *layout = interop_path ("hugo-site/layouts/_default/single.html");

        if (!has_program ("hugo"))
          {
            g_test_skip ("Hugo is not installed (Debian: hugo)");
            return NULL;
          }

        write_file (root, "hugo.toml",
                    "baseURL = 'https://example.org/'\ntitle = 'Interop'\ntimeZone = '" SITE_ZONE "'\n");
        copy_file (layout, root, "layouts/_default/single.html");
        write_file (root, "content/.keep", "");
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&root);
}

/* The folder a generator's source paths start from. */
static char *
source_root (Generator   generator,
             const char *root)
{
  switch (generator)
    {
    case HEXO:
      return g_build_filename (root, "source", NULL);
    case HUGO:
      return g_build_filename (root, "content", NULL);
    case JEKYLL:
    default:
      return g_strdup (root);
    }
}

static BylineNode *
parse_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  BylineNode *node = byline_node_parse_json (json, &error);

  g_assert_no_error (error);
  return node;
}

/* The body of a post file, as Byline splits it. */
static char *
read_body (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (byline_post_get_body (post));
}

/* Exports @post; returns what to expect of it, or NULL when byline-cli
 * refused it for a reason it gave. */
static Exported *
export_post (const char *post,
             const char *root,
             const char *sources)
{
  const char *export_argv[] = { g_getenv ("BYLINE_CLI"), "export", post, "--site", root, "--yes", NULL };
  g_autofree char *out = NULL;
  g_autofree char *json = NULL;
  Exported *exported;
  char *last_line;
  int status;

  out = run (export_argv, NULL, NULL, &status);
  if (status == 2)
    {
      g_test_message ("%s was refused", post);
      return NULL;
    }
  g_assert_cmpint (status, ==, 0);

  g_strchomp (out);
  last_line = strrchr (out, '\n');
  last_line = last_line != NULL ? last_line + 1 : out;

  exported = g_new0 (Exported, 1);
  exported->exported = g_strdup (last_line);
  exported->source = g_strdup (last_line + strlen (sources) + 1);

  {
    const char *fm_argv[] = { g_getenv ("BYLINE_CLI"), "fm", exported->exported, NULL };

    json = run (fm_argv, NULL, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    exported->front_matter = parse_json (json);
  }
  exported->body = read_body (exported->exported);

  return exported;
}

/* Builds the site. Hexo finds itself and its plugins in the site's
 * node_modules: a link to ours, there only while Hexo runs, since removing
 * the throwaway site would follow it. */
static gboolean
build (Generator   generator,
       const char *root)
{
  g_autofree char *modules = interop_path ("node_modules");
  g_autofree char *link = g_build_filename (root, "node_modules", NULL);
  g_autofree char *hexo = interop_path ("node_modules/hexo/bin/hexo");
  const char *hexo_argv[] = { "node", hexo, "generate", NULL };
  const char *jekyll_argv[] = { "jekyll", "build", "--future", "--unpublished", "--quiet", NULL };
  const char *hugo_argv[] = { "hugo", "--buildDrafts", "--buildFuture", "--buildExpired", "--quiet", NULL };
  const char * const *argvs[] = { hexo_argv, jekyll_argv, hugo_argv };
  g_autofree char *out = NULL;
  int status;

  if (generator == HEXO)
    g_assert_cmpint (symlink (modules, link), ==, 0);
  /* Jekyll takes a post's date for the build's time when they are the same
   * second, and then dates the post by its file name: a writer never
   * builds in the second the export added the date, the test must not. */
  if (generator == JEKYLL)
    g_usleep (G_USEC_PER_SEC - g_get_real_time () % G_USEC_PER_SEC + G_USEC_PER_SEC / 10);
  out = run (argvs[generator], root, generator == HEXO ? HEXO_TZ : NULL, &status);
  if (generator == HEXO)
    g_assert_cmpint (g_unlink (link), ==, 0);

  return status == 0;
}

static char *
unescape_html (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      static const struct {
        const char *entity;
        const char *text;
      } entities[] = {
        { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
        { "&#39;", "'" }, { "&#x27;", "'" }, { "&apos;", "'" }, { "&#34;", "\"" }, { "&#x2F;", "/" },
        { "&nbsp;", " " },
      };
      gboolean replaced = FALSE;

      for (guint i = 0; *p == '&' && i < G_N_ELEMENTS (entities) && !replaced; i++)
        if (g_str_has_prefix (p, entities[i].entity))
          {
            g_string_append (out, entities[i].text);
            p += strlen (entities[i].entity) - 1;
            replaced = TRUE;
          }

      if (!replaced && p[0] == '&' && p[1] == '#')
        {
          char *end = NULL;
          gunichar c = p[2] == 'x' ? g_ascii_strtoull (p + 3, &end, 16) : g_ascii_strtoull (p + 2, &end, 10);

          if (end != NULL && *end == ';' && g_unichar_validate (c))
            {
              g_string_append_unichar (out, c);
              p = end;
              replaced = TRUE;
            }
        }

      if (!replaced)
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The text of HTML: tags dropped, entities decoded, blanks folded. */
static char *
html_text (const char *html)
{
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) blanks = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *no_tags = g_regex_replace_literal (tags, html, -1, 0, " ", 0, NULL);
  g_autofree char *text = unescape_html (no_tags);

  return g_regex_replace_literal (blanks, text, -1, 0, " ", 0, NULL);
}

typedef struct {
  char      *title;
  char      *date;
  GPtrArray *categories;
  GPtrArray *tags;
  char      *body;
} Page;

static void
page_free (Page *page)
{
  g_free (page->title);
  g_free (page->date);
  g_clear_pointer (&page->categories, g_ptr_array_unref);
  g_clear_pointer (&page->tags, g_ptr_array_unref);
  g_free (page->body);
  g_free (page);
}

static char *
match_group (const char *pattern,
             const char *html)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, html, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

static GPtrArray *
list_items (const char *list)
{
  g_autoptr(GRegex) item = g_regex_new ("<li>(.*?)</li>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (g_regex_match (item, list != NULL ? list : "", 0, &match);
       g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *text = g_match_info_fetch (match, 1);

      g_ptr_array_add (items, unescape_html (text));
    }

  return items;
}

/* Reads every built page into a table from source path to page. */
static GHashTable *
read_pages (const char *output)
{
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  GHashTable *pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) page_free);

  g_ptr_array_add (dirs, g_strdup (output));
  while (dirs->len > 0)
    {
      g_autofree char *dir_path = g_ptr_array_steal_index (dirs, dirs->len - 1);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);
          g_autofree char *html = NULL;
          g_autofree char *source = NULL;
          g_autofree char *categories = NULL;
          g_autofree char *tags = NULL;
          g_autofree char *title = NULL;
          g_autofree char *body = NULL;
          g_autofree char *date = NULL;
          Page *page;

          if (g_file_test (path, G_FILE_TEST_IS_DIR))
            {
              g_ptr_array_add (dirs, g_steal_pointer (&path));
              continue;
            }
          /* Any file may be a page: a post's own permalink can name it
           * without an extension. */
          if (!g_file_get_contents (path, &html, NULL, NULL) ||
              !(source = match_group ("<article data-source=\"([^\"]*)\">", html)))
            continue;

          page = g_new0 (Page, 1);
          title = match_group ("<h1 class=\"byline-title\">(.*?)</h1>", html);
          page->title = unescape_html (title != NULL ? title : "");
          date = match_group ("<time class=\"byline-date\" datetime=\"([^\"]*)\">", html);
          page->date = date != NULL ? unescape_html (date) : NULL;
          categories = match_group ("<ul class=\"byline-categories\">(.*?)</ul>", html);
          tags = match_group ("<ul class=\"byline-tags\">(.*?)</ul>", html);
          page->categories = list_items (categories);
          page->tags = list_items (tags);
          body = match_group ("<div class=\"byline-body\">(.*)</div>\\s*</article>", html);
          page->body = html_text (body != NULL ? body : "");
          g_hash_table_insert (pages, unescape_html (source), page);
        }
    }

  return pages;
}

static void
add_terms (GPtrArray  *terms,
           BylineNode *node,
           gboolean    split_words)
{
  if (node == NULL)
    return;

  if (byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE)
    {
      for (guint i = 0; i < byline_node_get_n_children (node); i++)
        add_terms (terms, byline_node_get_child (node, i), FALSE);
    }
  else if (byline_node_is_scalar (node) && byline_node_get_kind (node) != BYLINE_NODE_NULL)
    {
      g_auto(GStrv) words = split_words ? g_strsplit_set (byline_node_get_string (node), " \t", -1)
                                        : g_strsplit (byline_node_get_string (node), "\n", 1);

      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0' && !g_ptr_array_find_with_equal_func (terms, words[i], g_str_equal, NULL))
          g_ptr_array_add (terms, g_strdup (words[i]));
    }
}

/* The terms a post's front matter gives, as the generator reads them.
 * Jekyll splits a string at spaces; it adds `category` to `categories`,
 * while `tag` replaces `tags`. */
static GPtrArray *
expected_terms (Generator   generator,
                BylineNode *front_matter,
                const char *plural,
                const char *singular)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  BylineNode *singular_value = generator == JEKYLL ? byline_node_lookup (front_matter, singular) : NULL;

  if (singular_value == NULL || strcmp (plural, "categories") == 0)
    add_terms (terms, byline_node_lookup (front_matter, plural), generator == JEKYLL);
  add_terms (terms, singular_value, FALSE);
  return terms;
}

/* Whether a list of terms holds a list: Jekyll and Hugo then name a term
 * after the inner list's text, as byline-cli export warns. */
static gboolean
has_nested_terms (BylineNode *front_matter,
                  const char *key)
{
  BylineNode *list = byline_node_lookup (front_matter, key);

  for (guint i = 0; list != NULL && byline_node_get_kind (list) == BYLINE_NODE_SEQUENCE &&
                    i < byline_node_get_n_children (list); i++)
    if (byline_node_get_kind (byline_node_get_child (list, i)) == BYLINE_NODE_SEQUENCE)
      return TRUE;
  return FALSE;
}

static gboolean
same_terms (GPtrArray *expected,
            GPtrArray *built)
{
  g_autoptr(GPtrArray) unique = g_ptr_array_new ();

  for (guint i = 0; i < built->len; i++)
    if (!g_ptr_array_find_with_equal_func (unique, built->pdata[i], g_str_equal, NULL))
      g_ptr_array_add (unique, built->pdata[i]);

  if (unique->len != expected->len)
    return FALSE;
  for (guint i = 0; i < expected->len; i++)
    if (!g_ptr_array_find_with_equal_func (unique, expected->pdata[i], g_str_equal, NULL))
      return FALSE;
  return TRUE;
}

/* Words of the body's text that any rendering keeps: template tags,
 * markup, addresses and punctuation taken out. */
static GPtrArray *
body_words (const char *body)
{
  g_autoptr(GRegex) noise = g_regex_new ("\\{[{%#].*?[}%#]\\}|<[^>]*>|\\]\\([^)]*\\)|\\S+://\\S+|&\\w+;|^\\s*\\[[^\\]]*\\]:.*$",
                                         G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z]{4,}|\\p{Han}{2,}", 0, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (noise, body, -1, 0, " ", 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (g_regex_match (word, text, 0, &match);
       g_match_info_matches (match) && words->len < 6;
       g_match_info_next (match, NULL))
    g_ptr_array_add (words, g_match_info_fetch (match, 0));

  return words;
}

static char *
scalar_text (BylineNode *node)
{
  return node != NULL && byline_node_is_scalar (node) && byline_node_get_kind (node) != BYLINE_NODE_NULL
         ? g_strdup (byline_node_get_string (node)) : NULL;
}

/* Compares one built page with its post; returns what differs, or NULL. */
static char *
compare (Generator  generator,
         Exported  *exported,
         Page      *page)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *title = scalar_text (byline_node_lookup (exported->front_matter, "title"));
  g_autofree char *date_text = scalar_text (byline_node_lookup (exported->front_matter, "date"));
  g_autoptr(GPtrArray) categories = expected_terms (generator, exported->front_matter, "categories", "category");
  g_autoptr(GPtrArray) tags = expected_terms (generator, exported->front_matter, "tags", "tag");
  g_autoptr(GPtrArray) words = body_words (exported->body);
  g_autoptr(BylineDate) date = NULL;

  if (title != NULL && g_strcmp0 (g_strstrip (title), g_strstrip (page->title)) != 0)
    g_string_append_printf (problems, " title “%s” built as “%s”;", title, page->title);

  /* A date no one reads (byline-cli export warned) is the generator's to
   * choose. */
  if (date_text != NULL && (date = byline_date_parse (date_text, NULL)) != NULL)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (SITE_ZONE);
      g_autoptr(GDateTime) expected = byline_date_resolve (date, zone);
      g_autoptr(GDateTime) built = page->date != NULL ? g_date_time_new_from_iso8601 (page->date, NULL) : NULL;

      if (built == NULL || !g_date_time_equal (expected, built))
        g_string_append_printf (problems, " date “%s” built as “%s”;", date_text, page->date);
    }

  if (!(generator != HEXO && has_nested_terms (exported->front_matter, "categories")) &&
      !same_terms (categories, page->categories))
    g_string_append_printf (problems, " %u categories built as %u;", categories->len, page->categories->len);
  if (!(generator != HEXO && has_nested_terms (exported->front_matter, "tags")) &&
      !same_terms (tags, page->tags))
    g_string_append_printf (problems, " %u tags built as %u;", tags->len, page->tags->len);

  for (guint i = 0; i < words->len; i++)
    if (strstr (page->body, words->pdata[i]) == NULL)
      {
        g_string_append_printf (problems, " “%s” missing from the body;", (char *) words->pdata[i]);
        break;
      }

  return problems->len > 0 ? g_string_free (g_steal_pointer (&problems), FALSE) : NULL;
}

static void
test_generator (gconstpointer data)
{
  Generator generator = GPOINTER_TO_INT (data);
  g_autofree char *root = make_site (generator);
  g_autofree char *sources = NULL;
  g_autofree char *output = NULL;
  g_autofree char *sample = NULL;
  g_autoptr(GPtrArray) exports = g_ptr_array_new_with_free_func ((GDestroyNotify) exported_free);
  g_autoptr(GHashTable) pages = NULL;
  g_auto(GStrv) fixtures = fixture_list (NULL);
  guint n_problems = 0;

  if (root == NULL)
    return;

  sources = source_root (generator, root);
  sample = g_build_filename (g_getenv ("BYLINE_DATADIR"), "samples", "000_5003afbe905b0950.txt", NULL);

  {
    Exported *exported = export_post (sample, root, sources);

    /* The sample must go into every site. */
    g_assert_nonnull (exported);
    g_ptr_array_add (exports, exported);
  }
  for (guint i = 0; fixtures[i] != NULL; i++)
    {
      Exported *exported = export_post (fixtures[i], root, sources);

      if (exported != NULL)
        g_ptr_array_add (exports, exported);
    }

  g_assert_true (build (generator, root));

  output = g_build_filename (root, generator == HEXO ? "public" : generator == JEKYLL ? "_site" : "public", NULL);
  pages = read_pages (output);

  for (guint i = 0; i < exports->len; i++)
    {
      Exported *exported = g_ptr_array_index (exports, i);
      Page *page = g_hash_table_lookup (pages, exported->source);
      g_autofree char *problems = NULL;

      if (page == NULL)
        problems = g_strdup (" no page was built");
      else
        problems = compare (generator, exported, page);

      if (problems != NULL)
        {
          g_test_message ("%s: %s:%s", generator_names[generator], exported->source, problems);
          n_problems++;
        }
    }

  g_test_message ("%s built %u posts", generator_names[generator], exports->len);
  g_assert_cmpuint (n_problems, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_CLI") == NULL)
    g_error ("Set BYLINE_CLI to the byline-cli to test; meson test does");

  g_test_add_data_func ("/build-sites/hexo", GINT_TO_POINTER (HEXO), test_generator);
  g_test_add_data_func ("/build-sites/jekyll", GINT_TO_POINTER (JEKYLL), test_generator);
  g_test_add_data_func ("/build-sites/hugo", GINT_TO_POINTER (HUGO), test_generator);

  return g_test_run ();
}
