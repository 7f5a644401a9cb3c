/* byline-site-settings.c: telling which generator a folder is for, and
 * reading the settings of its configuration that Byline honours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-path.h"
#include "byline-site-private.h"

/* Config files can be long, but a multi-megabyte one is not a config. */
#define MAX_CONFIG_SIZE (8 * 1024 * 1024)

/* How many entries of a Hugo section are looked at to tell whether its
 * posts are page bundles. */
#define BUNDLE_SAMPLE_SIZE 500

static gboolean
has_file (const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
has_dir (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_IS_DIR);
}

/* Returns the first of @names that @dir holds, or NULL. */
static const char *
first_file (const char         *dir,
            const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (has_file (dir, names[i]))
      return names[i];
  return NULL;
}

static char *
read_small_file (const char  *path,
                 GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  if (length > MAX_CONFIG_SIZE || memchr (contents, '\0', length) != NULL ||
      !g_utf8_validate (contents, length, NULL))
    {
      g_autofree char *name = g_path_get_basename (path);

      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_ENCODING,
                   _("%s is not a text file Byline can read"), name);
      return NULL;
    }

  /* A BOM is no part of the configuration. */
  if (g_str_has_prefix (contents, "\xef\xbb\xbf"))
    memmove (contents, contents + 3, length - 2);

  return g_steal_pointer (&contents);
}

BylineFormat
byline_format_for_file_name (const char *name)
{
  if (g_str_has_suffix (name, ".toml"))
    return BYLINE_FORMAT_TOML;
  if (g_str_has_suffix (name, ".json"))
    return BYLINE_FORMAT_JSON;
  return BYLINE_FORMAT_YAML;
}

static BylineFrontMatter *
parse_text_file (const char  *path,
                 GError     **error)
{
  g_autofree char *text = read_small_file (path, error);

  if (text == NULL)
    return NULL;

  return byline_front_matter_new (byline_format_for_file_name (path), text);
}

static gboolean
package_depends_on_hexo (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "package.json", NULL);
  g_autoptr(BylineFrontMatter) package = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      !(package = parse_text_file (path, NULL)))
    return FALSE;

  return byline_front_matter_lookup (package, "dependencies.hexo") != NULL ||
         byline_front_matter_lookup (package, "devDependencies.hexo") != NULL;
}

static gboolean
gemfile_names_jekyll (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "Gemfile", NULL);
  g_autofree char *text = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || !(text = read_small_file (path, NULL)))
    return FALSE;

  return g_regex_match_simple ("^\\s*gem\\s+[\"'](jekyll|github-pages)[\"']", text,
                               G_REGEX_MULTILINE, 0);
}

static const char * const hugo_configs[] = {
  "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
  "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/hugo.yml",
  "config/_default/hugo.json",
  NULL
};

static const char * const hugo_old_configs[] = {
  "config.toml", "config.yaml", "config.yml", "config.json",
  "config/_default/config.toml", "config/_default/config.yaml", "config/_default/config.yml",
  "config/_default/config.json",
  NULL
};

static const char * const underscore_configs[] = {
  "_config.yml", "_config.yaml", NULL
};

static const char * const jekyll_configs[] = {
  "_config.yml", "_config.yaml", "_config.toml", NULL
};

/* Tells which generator @dir is the root of, from the files it holds.
 * The config file's name (relative to @dir) goes to @config_name; a Hexo
 * site without one has none. */
gboolean
byline_site_detect (const char      *dir,
                    BylineSiteKind  *kind,
                    const char     **config_name)
{
  const char *underscore_config = first_file (dir, underscore_configs);
  const char *hugo_config;

  if (package_depends_on_hexo (dir))
    {
      *kind = BYLINE_SITE_HEXO;
      *config_name = underscore_config;
      return TRUE;
    }

  if (gemfile_names_jekyll (dir))
    {
      *kind = BYLINE_SITE_JEKYLL;
      *config_name = first_file (dir, jekyll_configs);
      return TRUE;
    }

  if ((hugo_config = first_file (dir, hugo_configs)) != NULL ||
      ((hugo_config = first_file (dir, hugo_old_configs)) != NULL &&
       (has_dir (dir, "content") || has_dir (dir, "archetypes"))))
    {
      *kind = BYLINE_SITE_HUGO;
      *config_name = hugo_config;
      return TRUE;
    }

  if (underscore_config != NULL && (has_dir (dir, "source") || has_dir (dir, "scaffolds")))
    {
      *kind = BYLINE_SITE_HEXO;
      *config_name = underscore_config;
      return TRUE;
    }

  if (underscore_config != NULL && has_dir (dir, "_posts"))
    {
      *kind = BYLINE_SITE_JEKYLL;
      *config_name = underscore_config;
      return TRUE;
    }

  return FALSE;
}

/* Finds a value of the configuration by its dotted path. Hugo reads its
 * keys without regard to case (`contentDir` and `contentdir` are one). */
static BylineNode *
config_lookup (BylineSite *self,
               const char *path)
{
  g_auto(GStrv) segments = g_strsplit (path, ".", -1);
  BylineNode *node;

  if (self->config == NULL || !(node = byline_front_matter_get_root (self->config)))
    return NULL;

  for (guint i = 0; node != NULL && segments[i] != NULL; i++)
    {
      BylineNode *next = NULL;

      if (byline_node_get_kind (node) != BYLINE_NODE_MAPPING)
        return NULL;

      for (guint k = 0; next == NULL && k < byline_node_get_n_children (node); k++)
        {
          const char *key = byline_node_get_key_string (node, k);

          if (key != NULL &&
              (self->kind == BYLINE_SITE_HUGO ? g_ascii_strcasecmp (key, segments[i]) == 0
                                              : strcmp (key, segments[i]) == 0))
            next = byline_node_get_child (node, k);
        }
      node = next;
    }

  return node;
}

static const char *
config_string (BylineSite *self,
               const char *path,
               const char *fallback)
{
  BylineNode *node = config_lookup (self, path);

  if (node != NULL && byline_node_is_scalar (node) &&
      byline_node_get_kind (node) != BYLINE_NODE_NULL)
    return byline_node_get_string (node);

  return fallback;
}

static gboolean
config_boolean (BylineSite *self,
                const char *path,
                gboolean    fallback)
{
  BylineNode *node = config_lookup (self, path);

  if (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_BOOLEAN)
    return byline_node_get_boolean (node);

  return fallback;
}

/* Hugo allows a list of static folders; the first is where files go. */
static const char *
config_first_string (BylineSite *self,
                     const char *path,
                     const char *fallback)
{
  BylineNode *node = config_lookup (self, path);

  if (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE)
    node = byline_node_get_n_children (node) > 0 ? byline_node_get_child (node, 0) : NULL;

  if (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_STRING)
    return byline_node_get_string (node);

  return fallback;
}

/* Resolves a folder named by the configuration, refusing one that leaves
 * the site by `..`, an absolute path or a symbolic link. */
static GFile *
site_folder (BylineSite  *self,
             const char  *setting,
             const char  *value,
             GError     **error)
{
  g_autofree char *root_path = g_file_get_path (self->root);
  g_autofree char *path = g_canonicalize_filename (value, root_path);
  g_autoptr(GFile) folder = g_file_new_for_path (path);

  if (!byline_path_is_inside (root_path, path) ||
      !byline_path_resolves_inside (root_path, path))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                   _("The site’s setting %s (“%s”) points outside the site; Byline will not write there"),
                   setting, value);
      return NULL;
    }

  return g_steal_pointer (&folder);
}

static gboolean
set_folder (BylineSite        *self,
            BylineSiteFolder   folder,
            GFile             *base,
            const char        *relative,
            const char        *setting,
            const char        *value,
            GError           **error)
{
  g_autoptr(GFile) resolved = NULL;

  if (base == NULL)
    resolved = site_folder (self, setting, value, error);
  else
    {
      g_autoptr(GFile) child = g_file_resolve_relative_path (base, relative);
      g_autofree char *root_path = g_file_get_path (self->root);
      g_autofree char *path = g_file_get_path (child);

      if (byline_path_resolves_inside (root_path, path))
        resolved = g_steal_pointer (&child);
      else
        g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                     _("The site’s folder %s is a link to a place outside the site; Byline will not write there"),
                     relative);
    }

  if (resolved == NULL)
    return FALSE;

  g_set_object (&self->folders[folder], resolved);
  return TRUE;
}

/* Reads the zone the generator puts dates without an offset in. Without a
 * setting, Hexo and Jekyll use the clock of the computer that builds, and
 * Hugo uses UTC. */
static void
read_time_zone (BylineSite *self,
                const char *setting)
{
  const char *name = config_string (self, setting, NULL);
  GTimeZone *zone = name != NULL && *name != '\0' ? g_time_zone_new_identifier (name) : NULL;

  self->has_time_zone = zone != NULL;
  if (zone != NULL)
    self->time_zone = zone;
  else if (self->kind == BYLINE_SITE_HUGO)
    self->time_zone = g_time_zone_new_utc ();
  else
    self->time_zone = g_time_zone_new_local ();
}

static gboolean
read_hexo_settings (BylineSite  *self,
                    GError     **error)
{
  BylineNode *filename_case = config_lookup (self, "filename_case");
  const char *source_dir = config_string (self, "source_dir", "source");

  if (!set_folder (self, BYLINE_SITE_FOLDER_CONTENT, NULL, NULL, "source_dir", source_dir, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_POSTS, self->folders[BYLINE_SITE_FOLDER_CONTENT],
                   "_posts", NULL, NULL, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_DRAFTS, self->folders[BYLINE_SITE_FOLDER_CONTENT],
                   "_drafts", NULL, NULL, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_ASSETS, self->folders[BYLINE_SITE_FOLDER_CONTENT],
                   "images", NULL, NULL, error))
    return FALSE;

  self->new_post_name = g_strdup (config_string (self, "new_post_name", ":title.md"));
  if (filename_case != NULL && byline_node_get_kind (filename_case) == BYLINE_NODE_INTEGER)
    self->filename_case = CLAMP (byline_node_get_integer (filename_case),
                                 BYLINE_FILENAME_CASE_KEEP, BYLINE_FILENAME_CASE_UPPER);
  self->default_layout = g_ascii_strdown (config_string (self, "default_layout", "post"), -1);
  self->default_category = g_strdup (config_string (self, "default_category", "uncategorized"));
  self->uses_post_asset_folder = config_boolean (self, "post_asset_folder", FALSE);
  self->renders_drafts = config_boolean (self, "render_drafts", FALSE);
  self->builds_future_posts = config_boolean (self, "future", TRUE);
  self->renders_raw_html = TRUE;
  read_time_zone (self, "timezone");

  return TRUE;
}

static gboolean
read_jekyll_settings (BylineSite  *self,
                      GError     **error)
{
  const char *collections_dir = config_string (self, "collections_dir", ".");

  if (*collections_dir == '\0')
    collections_dir = ".";

  if (!set_folder (self, BYLINE_SITE_FOLDER_CONTENT, NULL, NULL,
                   "collections_dir", collections_dir, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_POSTS, self->folders[BYLINE_SITE_FOLDER_CONTENT],
                   "_posts", NULL, NULL, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_DRAFTS, self->folders[BYLINE_SITE_FOLDER_CONTENT],
                   "_drafts", NULL, NULL, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_ASSETS, self->root,
                   "assets/images", NULL, NULL, error))
    return FALSE;

  self->default_layout = g_strdup ("post");
  self->renders_drafts = config_boolean (self, "show_drafts", FALSE);
  self->builds_future_posts = config_boolean (self, "future", FALSE);
  self->renders_raw_html = TRUE;
  read_time_zone (self, "timezone");

  return TRUE;
}

static gboolean
is_bundle_dir (GFile *dir)
{
  static const char * const index_names[] = { "index.md", "index.markdown", "index.html", NULL };
  g_autofree char *path = g_file_get_path (dir);

  return first_file (path, index_names) != NULL;
}

static gboolean
is_content_file (const char *name)
{
  return !g_str_has_prefix (name, "_index.") &&
         (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown") ||
          g_str_has_suffix (name, ".html"));
}

/* A section uses page bundles when most of the posts it holds are folders
 * with an index file, or when its archetype is a folder. */
static gboolean
section_uses_bundles (BylineSite *self)
{
  GFile *posts = self->folders[BYLINE_SITE_FOLDER_POSTS];
  g_autoptr(GFile) archetype = g_file_get_child (self->archetype_folder, self->section);
  g_autoptr(GFileEnumerator) children = NULL;
  guint bundles = 0;
  guint files = 0;

  if (g_file_query_file_type (archetype, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    return TRUE;

  children = g_file_enumerate_children (posts,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (children == NULL)
    return FALSE;

  for (guint n = 0; n < BUNDLE_SAMPLE_SIZE; n++)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, NULL) || info == NULL)
        break;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        bundles += is_bundle_dir (child);
      else
        files += is_content_file (g_file_info_get_name (info));
    }

  return bundles > files;
}

/* The section new posts go to: the first of the site's main sections, else
 * the `posts` or `post` folder that exists, else `posts` as Hugo's own
 * documentation names it. */
static char *
hugo_default_section (BylineSite *self)
{
  GFile *content = self->folders[BYLINE_SITE_FOLDER_CONTENT];
  const char *main_section = config_first_string (self, "params.mainSections", NULL);

  if (main_section != NULL && *main_section != '\0' && strchr (main_section, '/') == NULL &&
      strcmp (main_section, "..") != 0 && strcmp (main_section, ".") != 0)
    return g_strdup (main_section);

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "posts" : "post";
      g_autoptr(GFile) dir = g_file_get_child (content, name);

      if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        return g_strdup (name);
    }

  return g_strdup ("posts");
}

static gboolean
read_hugo_settings (BylineSite  *self,
                    GError     **error)
{
  const char *content_dir = config_string (self, "contentDir", "content");
  const char *static_dir = config_first_string (self, "staticDir", "static");
  g_autoptr(GFile) static_folder = NULL;

  if (!set_folder (self, BYLINE_SITE_FOLDER_CONTENT, NULL, NULL, "contentDir", content_dir, error))
    return FALSE;

  if (!(static_folder = site_folder (self, "staticDir", static_dir, error)))
    return FALSE;

  if (!(self->archetype_folder = site_folder (self, "archetypeDir",
                                              config_string (self, "archetypeDir", "archetypes"),
                                              error)))
    return FALSE;

  self->section = hugo_default_section (self);
  if (!set_folder (self, BYLINE_SITE_FOLDER_POSTS, self->folders[BYLINE_SITE_FOLDER_CONTENT],
                   self->section, NULL, NULL, error) ||
      !set_folder (self, BYLINE_SITE_FOLDER_ASSETS, static_folder, "images", NULL, NULL, error))
    return FALSE;

  self->default_layout = g_strdup (self->section);
  self->uses_page_bundles = section_uses_bundles (self);
  self->renders_drafts = config_boolean (self, "buildDrafts", FALSE);
  self->builds_future_posts = config_boolean (self, "buildFuture", FALSE);
  self->renders_raw_html = config_boolean (self, "markup.goldmark.renderer.unsafe", FALSE);
  read_time_zone (self, "timeZone");

  return TRUE;
}

static gboolean
read_config (BylineSite  *self,
             const char  *config_name,
             GError     **error)
{
  g_autofree char *root_path = g_file_get_path (self->root);
  g_autofree char *path = NULL;
  const GError *parse_error;

  if (config_name == NULL)
    return TRUE;

  path = g_build_filename (root_path, config_name, NULL);
  self->config_file = g_file_new_for_path (path);
  if (!(self->config = parse_text_file (path, error)))
    return FALSE;

  if ((parse_error = byline_front_matter_get_error (self->config)) != NULL)
    {
      guint line = 0, column = 0;

      byline_error_get_location (parse_error, &line, &column);
      byline_set_located_error (error, BYLINE_ERROR_PARSE, line, column,
                                _("The site’s configuration %s cannot be read: %s"),
                                config_name, parse_error->message);
      return FALSE;
    }

  return TRUE;
}


/* The path the site is published under: Hexo's `root`, Jekyll's
 * `baseurl`, the path of Hugo's `baseURL`; always with a `/` at each end. */
static char *
read_url_root (BylineSite *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GUri) uri = NULL;

  switch (self->kind)
    {
    case BYLINE_SITE_HEXO:
      path = g_strdup (config_string (self, "root", "/"));
      break;
    case BYLINE_SITE_JEKYLL:
      path = g_strdup (config_string (self, "baseurl", "/"));
      break;
    case BYLINE_SITE_HUGO:
      uri = g_uri_parse (config_string (self, "baseURL", "/"), G_URI_FLAGS_NONE, NULL);
      path = g_strdup (uri != NULL ? g_uri_get_path (uri) : "/");
      break;
    default:
      g_assert_not_reached ();
    }

  g_strstrip (path);
  if (*path == '\0')
    return g_strdup ("/");

  return g_strconcat (g_str_has_prefix (path, "/") ? "" : "/",
                      path,
                      g_str_has_suffix (path, "/") ? "" : "/",
                      NULL);
}

/**
 * byline_site_read_settings:
 * @config_name: (nullable): the configuration file, relative to the root
 *
 * Reads the configuration of the site at @self's root, of @self's kind.
 */
gboolean
byline_site_read_settings (BylineSite  *self,
                           const char  *config_name,
                           GError     **error)
{
  gboolean ok = FALSE;

  if (!read_config (self, config_name, error))
    return FALSE;

  switch (self->kind)
    {
    case BYLINE_SITE_HEXO:
      ok = read_hexo_settings (self, error);
      break;
    case BYLINE_SITE_JEKYLL:
      ok = read_jekyll_settings (self, error);
      break;
    case BYLINE_SITE_HUGO:
      ok = read_hugo_settings (self, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (ok)
    {
      self->title = g_strdup (config_string (self, "title", NULL));
      self->url_root = read_url_root (self);
    }

  return ok;
}
