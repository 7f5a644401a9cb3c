/* byline-site.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-path.h"
#include "byline-site-private.h"

G_DEFINE_FINAL_TYPE (BylineSite, byline_site, G_TYPE_OBJECT)

static void
byline_site_finalize (GObject *object)
{
  BylineSite *self = (BylineSite *)object;

  g_clear_object (&self->root);
  g_clear_object (&self->config_file);
  g_clear_object (&self->config);
  for (guint i = 0; i < G_N_ELEMENTS (self->folders); i++)
    g_clear_object (&self->folders[i]);
  g_clear_object (&self->archetype_folder);
  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->new_post_name, g_free);
  g_clear_pointer (&self->default_layout, g_free);
  g_clear_pointer (&self->default_category, g_free);
  g_clear_pointer (&self->url_root, g_free);

  G_OBJECT_CLASS (byline_site_parent_class)->finalize (object);
}

static void
byline_site_class_init (BylineSiteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_site_finalize;
}

static void
byline_site_init (BylineSite *self)
{
}

static BylineSite *
load_from_root (const char      *root_path,
                BylineSiteKind   kind,
                const char      *config_name,
                GError         **error)
{
  g_autoptr(BylineSite) self = g_object_new (BYLINE_TYPE_SITE, NULL);

  self->kind = kind;
  self->root = g_file_new_for_path (root_path);

  if (!byline_site_read_settings (self, config_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * byline_site_load:
 * @location: the site's folder, or any file or folder inside it
 *
 * Finds the site that @location belongs to, walking up from it, and reads
 * its configuration. Blocks; see byline_site_load_async().
 *
 * Returns: (transfer full) (nullable): the site, or %NULL with
 *   %BYLINE_ERROR_NO_SITE when @location is in no Hexo, Jekyll or Hugo
 *   site, or %BYLINE_ERROR_OUTSIDE_SITE when the configuration moves the
 *   content folder outside the site
 */
BylineSite *
byline_site_load (GFile         *location,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *start = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (G_IS_FILE (location), NULL);

  if (!(start = g_file_get_path (location)))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NO_SITE,
                   _("Byline opens sites in local folders only"));
      return NULL;
    }

  if (!g_file_test (start, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                   _("%s does not exist"), start);
      return NULL;
    }

  dir = g_file_test (start, G_FILE_TEST_IS_DIR) ? g_strdup (start) : g_path_get_dirname (start);

  while (TRUE)
    {
      BylineSiteKind kind;
      const char *config_name;
      g_autofree char *parent = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (byline_site_detect (dir, &kind, &config_name))
        return load_from_root (dir, kind, config_name, error);

      parent = g_path_get_dirname (dir);
      if (strcmp (parent, dir) == 0)
        break;
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NO_SITE,
               _("%s is not in a Hexo, Jekyll or Hugo site"), start);
  return NULL;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  BylineSite *site = byline_site_load (G_FILE (task_data), cancellable, &error);

  if (site == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, site, g_object_unref);
}

void
byline_site_load_async (GFile               *location,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (location));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_site_load_async);
  g_task_set_task_data (task, g_object_ref (location), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * byline_site_load_finish:
 *
 * Returns: (transfer full) (nullable): the site
 */
BylineSite *
byline_site_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

BylineSiteKind
byline_site_get_kind (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), BYLINE_SITE_HEXO);

  return self->kind;
}

/**
 * byline_site_get_kind_name:
 *
 * Returns: the generator's name, as its users write it
 */
const char *
byline_site_get_kind_name (BylineSite *self)
{
  static const char * const names[] = { "Hexo", "Jekyll", "Hugo" };

  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return names[self->kind];
}

/**
 * byline_site_get_root:
 *
 * Returns: (transfer none): the site's top folder
 */
GFile *
byline_site_get_root (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->root;
}

/**
 * byline_site_get_config_file:
 *
 * Returns: (transfer none) (nullable): the configuration file, if the site
 *   has one
 */
GFile *
byline_site_get_config_file (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->config_file;
}

/**
 * byline_site_get_config:
 *
 * Returns: (transfer none) (nullable): the configuration, parsed
 */
BylineFrontMatter *
byline_site_get_config (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->config;
}

/**
 * byline_site_get_title:
 *
 * Returns: (nullable): the site's title from its configuration
 */
const char *
byline_site_get_title (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->title;
}

/**
 * byline_site_get_folder:
 *
 * The folders Byline writes into: the content folder (Hexo's `source_dir`,
 * Jekyll's `collections_dir`, Hugo's `contentDir`), the posts (`_posts`, or
 * Hugo's default section), the drafts (`_drafts`; Hugo keeps drafts among
 * the posts) and the images a post refers to.
 *
 * Returns: (transfer none): the folder; it may not exist yet
 */
GFile *
byline_site_get_folder (BylineSite       *self,
                        BylineSiteFolder  folder)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);
  g_return_val_if_fail (folder <= BYLINE_SITE_FOLDER_ASSETS, NULL);

  if (folder == BYLINE_SITE_FOLDER_DRAFTS && self->kind == BYLINE_SITE_HUGO)
    return self->folders[BYLINE_SITE_FOLDER_POSTS];

  return self->folders[folder];
}

/**
 * byline_site_get_archetype_folder:
 *
 * Returns: (transfer none) (nullable): Hugo's archetypes folder; %NULL for
 *   Hexo and Jekyll
 */
GFile *
byline_site_get_archetype_folder (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->archetype_folder;
}

/**
 * byline_site_get_section:
 *
 * Returns: (nullable): the Hugo section new posts go to; %NULL for Hexo
 *   and Jekyll
 */
const char *
byline_site_get_section (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->section;
}

/**
 * byline_site_get_time_zone:
 *
 * Returns: (transfer none): the zone the site reads dates without an
 *   offset in: its configured one, else the computer's (Hexo, Jekyll) or
 *   UTC (Hugo)
 */
GTimeZone *
byline_site_get_time_zone (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->time_zone;
}

/**
 * byline_site_has_time_zone:
 *
 * Returns: whether the configuration names a time zone (Hexo's
 *   `timezone`, Jekyll's `timezone`, Hugo's `timeZone`) that Byline knows
 */
gboolean
byline_site_has_time_zone (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), FALSE);

  return self->has_time_zone;
}

/**
 * byline_site_get_new_post_name:
 *
 * Returns: (nullable): Hexo's `new_post_name` pattern; %NULL for Jekyll
 *   and Hugo
 */
const char *
byline_site_get_new_post_name (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->new_post_name;
}

BylineFilenameCase
byline_site_get_filename_case (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), BYLINE_FILENAME_CASE_KEEP);

  return self->filename_case;
}

/**
 * byline_site_get_default_layout:
 *
 * Returns: the layout of new posts: Hexo's `default_layout` (where
 *   `draft` makes every new post a draft), `post` for Jekyll, the section
 *   for Hugo
 */
const char *
byline_site_get_default_layout (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->default_layout;
}

/**
 * byline_site_get_default_category:
 *
 * Returns: (nullable): Hexo's `default_category`
 */
const char *
byline_site_get_default_category (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), NULL);

  return self->default_category;
}

/**
 * byline_site_uses_post_asset_folder:
 *
 * Returns: whether each Hexo post keeps its images in a folder of its own
 *   name (`post_asset_folder`)
 */
gboolean
byline_site_uses_post_asset_folder (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), FALSE);

  return self->uses_post_asset_folder;
}

/**
 * byline_site_uses_page_bundles:
 *
 * Returns: whether the Hugo section keeps each post as a folder with an
 *   `index.md` (a page bundle)
 */
gboolean
byline_site_uses_page_bundles (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), FALSE);

  return self->uses_page_bundles;
}

/**
 * byline_site_renders_drafts:
 *
 * Returns: whether a plain build includes drafts (Hexo's `render_drafts`,
 *   Jekyll's `show_drafts`, Hugo's `buildDrafts`)
 */
gboolean
byline_site_renders_drafts (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), FALSE);

  return self->renders_drafts;
}

/**
 * byline_site_renders_raw_html:
 *
 * Returns: whether HTML in a Markdown body reaches the page; Hugo drops it
 *   unless `markup.goldmark.renderer.unsafe` is set
 */
gboolean
byline_site_renders_raw_html (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), TRUE);

  return self->renders_raw_html;
}

/**
 * byline_site_builds_future_posts:
 *
 * Returns: whether posts dated in the future are built (Hexo's and
 *   Jekyll's `future`, Hugo's `buildFuture`)
 */
gboolean
byline_site_builds_future_posts (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), TRUE);

  return self->builds_future_posts;
}

/**
 * byline_site_get_front_matter_format:
 *
 * Returns: the front matter language of new posts when no scaffold or
 *   archetype says: YAML, or TOML for a Hugo site configured in TOML
 */
BylineFormat
byline_site_get_front_matter_format (BylineSite *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (self), BYLINE_FORMAT_YAML);

  if (self->kind != BYLINE_SITE_HUGO || self->config_file == NULL)
    return BYLINE_FORMAT_YAML;

  name = g_file_get_basename (self->config_file);
  return byline_format_for_file_name (name) == BYLINE_FORMAT_TOML ? BYLINE_FORMAT_TOML : BYLINE_FORMAT_YAML;
}

/**
 * byline_site_get_url_root:
 *
 * Returns: the path the site is published under, ending in `/`: Hexo's
 *   `root`, Jekyll's `baseurl`, the path of Hugo's `baseURL`
 */
const char *
byline_site_get_url_root (BylineSite *self)
{
  g_return_val_if_fail (BYLINE_IS_SITE (self), "/");

  return self->url_root;
}

/**
 * byline_site_contains:
 *
 * Returns: whether @file is inside @folder of the site, following symbolic
 *   links, and @folder itself inside the site
 */
gboolean
byline_site_contains (BylineSite       *self,
                      GFile            *file,
                      BylineSiteFolder  folder)
{
  g_autofree char *root_path = NULL;
  g_autofree char *folder_path = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  root_path = g_file_get_path (self->root);
  folder_path = g_file_get_path (byline_site_get_folder (self, folder));
  path = g_file_get_path (file);

  return path != NULL &&
         byline_path_is_inside (folder_path, path) &&
         byline_path_resolves_inside (root_path, folder_path) &&
         byline_path_resolves_inside (folder_path, path);
}
