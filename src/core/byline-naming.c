/* byline-naming.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-naming.h"
#include "byline-path.h"

/* File names are at most 255 bytes; the slug leaves room for a date
 * prefix, a collision suffix and an extension. */
#define MAX_SLUG_BYTES 200

/* A writer never has this many posts of one name; past it something is
 * wrong, and looping on would only hide it. */
#define MAX_COLLISIONS 10000

static char *
clamp_slug (char *slug)
{
  gsize len = strlen (slug);

  if (len > MAX_SLUG_BYTES)
    {
      const char *end = g_utf8_find_prev_char (slug, slug + MAX_SLUG_BYTES + 1);

      len = end - slug;
      while (len > 0 && slug[len - 1] == '-')
        len--;
      slug[len] = '\0';
    }

  return slug;
}

/**
 * byline_naming_slug:
 * @title: a post's title
 *
 * Returns: (transfer full): the file name stem the site's generator would
 *   make from @title (Hexo's slugize with its `filename_case`, Jekyll's
 *   slugify), at most 200 bytes, and `untitled` when the title has no
 *   character a file name keeps
 */
char *
byline_naming_slug (BylineSite *site,
                    const char *title)
{
  g_autofree char *slug = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (byline_site_get_kind (site) == BYLINE_SITE_HEXO)
    slug = byline_slugize_hexo (title, byline_site_get_filename_case (site));
  else
    slug = byline_slugize (title);

  if (*slug == '\0')
    {
      g_free (slug);
      slug = g_strdup ("untitled");
    }

  return clamp_slug (g_steal_pointer (&slug));
}

/* Hexo's :hash: the first 12 hex digits of SHA-1 over the slug and the
 * date's Unix time. */
static char *
hexo_hash (const char *slug,
           GDateTime  *date)
{
  g_autofree char *text = g_strdup_printf ("%s%" G_GINT64_FORMAT, slug, g_date_time_to_unix (date));
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);

  return g_strndup (digest, 12);
}

/* The folder name of a post's category. A category with no character a
 * file name keeps (only punctuation, say) would leave an empty folder name
 * in the path: the site's default category stands in for it, as for a post
 * without categories. */
static char *
category_slug (BylineSite *site,
               const char *category)
{
  BylineFilenameCase filename_case = byline_site_get_filename_case (site);
  const char *fallback = byline_site_get_default_category (site);
  g_autofree char *slug = NULL;

  if (category != NULL)
    slug = byline_slugize_hexo (category, filename_case);
  if ((slug == NULL || *slug == '\0') && fallback != NULL)
    {
      g_free (slug);
      slug = byline_slugize_hexo (fallback, filename_case);
    }
  if (slug == NULL || *slug == '\0')
    {
      g_free (slug);
      slug = g_strdup ("uncategorized");
    }

  return clamp_slug (g_steal_pointer (&slug));
}

/* The value of one `new_post_name` placeholder. Hexo fills the date parts
 * and the title; Byline also fills the time parts and the category, which
 * Hexo leaves as "undefined". */
static char *
hexo_placeholder (BylineSite *site,
                  const char *name,
                  const char *slug,
                  GDateTime  *date,
                  const char *category)
{
  static const struct {
    const char *name;
    const char *format;
  } date_parts[] = {
    { "year", "%Y" }, { "month", "%m" }, { "i_month", "%-m" }, { "day", "%d" },
    { "i_day", "%-d" }, { "hour", "%H" }, { "minute", "%M" }, { "second", "%S" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (date_parts); i++)
    if (strcmp (name, date_parts[i].name) == 0)
      return g_date_time_format (date, date_parts[i].format);

  if (strcmp (name, "title") == 0 || strcmp (name, "slug") == 0)
    return g_strdup (slug);
  if (strcmp (name, "hash") == 0)
    return hexo_hash (slug, date);
  if (strcmp (name, "layout") == 0)
    return g_strdup (byline_site_get_default_layout (site));
  if (strcmp (name, "category") == 0)
    return category_slug (site, category);

  return g_strdup ("");
}

/* Fills Hexo's `new_post_name`. A placeholder is a colon and a word that
 * does not end in `_`, as hexo-util's Permalink reads it. */
static char *
expand_new_post_name (BylineSite *site,
                      const char *pattern,
                      const char *slug,
                      GDateTime  *date,
                      const char *category)
{
  GString *out = g_string_new (NULL);

  for (const char *p = pattern; *p != '\0';)
    {
      const char *end = p + 1;

      if (*p != ':')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      while (g_ascii_isalnum (*end) || *end == '_')
        end++;
      while (end > p + 1 && end[-1] == '_')
        end--;

      if (end == p + 1)
        {
          g_string_append_c (out, *p++);
          continue;
        }

      {
        g_autofree char *name = g_strndup (p + 1, end - p - 1);
        g_autofree char *value = hexo_placeholder (site, name, slug, date, category);

        g_string_append (out, value);
      }
      p = end;
    }

  return g_string_free (out, FALSE);
}

/* Returns the dot of the last part's extension, or NULL. */
static const char *
find_extension (const char *path)
{
  const char *base = strrchr (path, '/');
  const char *dot;

  base = base != NULL ? base + 1 : path;
  dot = strrchr (base, '.');
  return dot != NULL && dot != base && dot[1] != '\0' ? dot : NULL;
}

/**
 * byline_naming_first_category:
 *
 * Returns: (nullable): the first of a post's categories, for Hexo's
 *   `:category`
 */
const char *
byline_naming_first_category (BylineFrontMatter *front_matter)
{
  BylineNode *node;

  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (front_matter), NULL);

  node = byline_front_matter_lookup (front_matter, "categories");
  if (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE)
    node = byline_node_get_n_children (node) > 0 ? byline_node_get_child (node, 0) : NULL;

  return node != NULL && byline_node_get_kind (node) == BYLINE_NODE_STRING
         ? byline_node_get_string (node) : NULL;
}

/**
 * byline_naming_post_path:
 * @slug: the post's file name stem, from byline_naming_slug()
 * @date: when the post is dated, in the site's time zone
 * @category: (nullable): the post's first category, for Hexo's `:category`
 * @is_draft: whether the post goes with the drafts
 * @extension: the extension to use when the site's pattern gives none,
 *   with its dot
 *
 * Where the site's generator expects the post, relative to the posts
 * folder (or the drafts folder for a draft): Hexo's `new_post_name` (a
 * draft is just the slug), Jekyll's `YYYY-MM-DD-slug` (a draft too is just
 * the slug), Hugo's `slug` or `slug/index` in a section of page bundles.
 * The result is not checked: pass it to byline_naming_confine().
 *
 * Returns: (transfer full): the relative path
 */
char *
byline_naming_post_path (BylineSite *site,
                         const char *slug,
                         GDateTime  *date,
                         const char *category,
                         gboolean    is_draft,
                         const char *extension)
{
  g_autoptr(GDateTime) local_date = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (slug != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  local_date = g_date_time_to_timezone (date, byline_site_get_time_zone (site));

  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_HEXO:
      {
        const char *pattern = byline_site_get_new_post_name (site);
        const char *pattern_ext = find_extension (pattern);

        /* `:title.:ext`-like patterns have no extension of their own. */
        if (pattern_ext != NULL && strchr (pattern_ext, ':') != NULL)
          pattern_ext = NULL;

        if (is_draft)
          path = g_strdup (slug);
        else
          path = expand_new_post_name (site, pattern, slug, local_date, category);

        if (find_extension (path) == NULL)
          {
            char *with_ext = g_strconcat (path, pattern_ext != NULL ? pattern_ext : extension, NULL);

            g_free (path);
            path = with_ext;
          }
      }
      break;

    case BYLINE_SITE_JEKYLL:
      if (is_draft)
        path = g_strconcat (slug, extension, NULL);
      else
        {
          g_autofree char *day = g_date_time_format (local_date, "%Y-%m-%d");

          path = g_strconcat (day, "-", slug, extension, NULL);
        }
      break;

    case BYLINE_SITE_HUGO:
      if (byline_site_uses_page_bundles (site))
        path = g_strconcat (slug, "/index", extension, NULL);
      else
        path = g_strconcat (slug, extension, NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&path);
}

/**
 * byline_naming_asset_folder:
 * @post: a post's file
 *
 * Returns: (transfer full): Hexo's asset folder of @post: its path without
 *   the extension
 */
GFile *
byline_naming_asset_folder (GFile *post)
{
  g_autofree char *path = NULL;
  char *dot;

  g_return_val_if_fail (G_IS_FILE (post), NULL);

  path = g_file_get_path (post);
  dot = strrchr (path, '.');
  if (dot != NULL && dot > strrchr (path, '/') + 1)
    *dot = '\0';
  return g_file_new_for_path (path);
}

/**
 * byline_naming_confine:
 * @folder: the site folder @relative is in
 * @relative: a path below @folder
 *
 * Checks that writing to @relative below @folder stays inside it: no `..`,
 * no absolute path, and no symbolic link on the way that leads out of the
 * folder or out of the site.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with
 *   %BYLINE_ERROR_OUTSIDE_SITE
 */
GFile *
byline_naming_confine (BylineSite        *site,
                       BylineSiteFolder   folder,
                       const char        *relative,
                       GError           **error)
{
  GFile *base;
  g_autofree char *base_path = NULL;
  g_autofree char *root_path = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (relative != NULL, NULL);

  base = byline_site_get_folder (site, folder);
  base_path = g_file_get_path (base);
  root_path = g_file_get_path (byline_site_get_root (site));

  if (!byline_path_is_safe_relative (relative))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                   _("“%s” is not a file name inside the site; Byline will not write there"),
                   relative);
      return NULL;
    }

  path = g_build_filename (base_path, relative, NULL);
  if (!byline_path_resolves_inside (root_path, base_path) ||
      !byline_path_resolves_inside (base_path, path))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                   _("%s leads outside the site through a symbolic link; Byline will not write there"),
                   relative);
      return NULL;
    }

  return g_file_new_for_path (path);
}

/**
 * byline_naming_exists:
 *
 * Returns: whether anything is at @file, a broken symbolic link included
 */
gboolean
byline_naming_exists (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) != G_FILE_TYPE_UNKNOWN;
}

/* Splits a file name into its stem and its extension with the dot. */
static void
split_extension (const char  *name,
                 char       **stem,
                 const char **extension)
{
  const char *dot = strrchr (name, '.');

  if (dot == NULL || dot == name)
    dot = name + strlen (name);

  *stem = g_strndup (name, dot - name);
  *extension = dot;
}

/* A Hugo page bundle's post is `slug/index.md`, and the folder is the
 * post. Elsewhere a file named `index.md` is a post like any other, in the
 * posts folder itself. */
static gboolean
is_bundle (BylineSite *site,
           GFile      *target)
{
  g_autofree char *name = g_file_get_basename (target);

  return byline_site_uses_page_bundles (site) && g_str_has_prefix (name, "index.");
}

/**
 * byline_naming_alternative:
 * @target: where a post would go
 * @n: which alternative, from 1
 *
 * Names the @n-th alternative to @target as Hexo does: `name-1`,
 * `name-2`… For a page bundle (`slug/index.md`) the folder's name changes.
 *
 * Returns: (transfer full): the alternative
 */
GFile *
byline_naming_alternative (BylineSite *site,
                           GFile      *target,
                           guint       n)
{
  g_autofree char *name = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *alternative = NULL;
  g_autoptr(GFile) parent = NULL;
  const char *extension;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (G_IS_FILE (target), NULL);
  g_return_val_if_fail (n > 0, NULL);

  name = g_file_get_basename (target);
  parent = g_file_get_parent (target);

  if (is_bundle (site, target))
    {
      g_autofree char *folder = g_file_get_basename (parent);
      g_autoptr(GFile) above = g_file_get_parent (parent);
      g_autoptr(GFile) bundle = NULL;

      alternative = g_strdup_printf ("%s-%u", folder, n);
      bundle = g_file_get_child (above, alternative);
      return g_file_get_child (bundle, name);
    }

  split_extension (name, &stem, &extension);
  alternative = g_strdup_printf ("%s-%u%s", stem, n, extension);
  return g_file_get_child (parent, alternative);
}

/**
 * byline_naming_is_taken:
 *
 * Returns: whether anything is at @target; for a page bundle, at its
 *   folder
 */
gboolean
byline_naming_is_taken (BylineSite *site,
                        GFile      *target)
{
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (site), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  if (!is_bundle (site, target))
    return byline_naming_exists (target);

  parent = g_file_get_parent (target);
  return byline_naming_exists (parent);
}

/**
 * byline_naming_next_free:
 * @target: where a post would go
 *
 * Returns: (transfer full) (nullable): @target itself when it is free, else
 *   its first free alternative (see byline_naming_alternative())
 */
GFile *
byline_naming_next_free (BylineSite  *site,
                         GFile       *target,
                         GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (G_IS_FILE (target), NULL);

  if (!byline_naming_is_taken (site, target))
    return g_object_ref (target);

  for (guint i = 1; i <= MAX_COLLISIONS; i++)
    {
      g_autoptr(GFile) candidate = byline_naming_alternative (site, target, i);

      if (!byline_naming_is_taken (site, candidate))
        return g_steal_pointer (&candidate);
    }

  name = g_file_get_basename (target);
  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_EXISTS,
               _("There are too many posts named %s already"), name);
  return NULL;
}
