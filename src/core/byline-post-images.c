/* byline-post-images.c: where the images a writer adds to a post go, how
 * the post links them, and copying them there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-error.h"
#include "byline-markup.h"
#include "byline-path.h"
#include "byline-post-images.h"
#include "byline-renderer.h"

/* Images larger than this are not a post's pictures but a mistake. */
#define MAX_IMAGE_SIZE (256 * 1024 * 1024)

/* How many names `photo-1.png`, `photo-2.png`… to try before giving up. */
#define MAX_NAME_TRIES 10000

/* The kinds of image a browser shows, by their usual extensions. */
static const char * const image_extensions[] = {
  "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp", "ico", NULL,
};

/**
 * byline_post_images_is_image_name:
 *
 * Returns: whether a file named @name is, by its name, an image a web page
 *   can show: what a drop or a paste of files may add to a post
 */
gboolean
byline_post_images_is_image_name (const char *name)
{
  const char *dot;

  g_return_val_if_fail (name != NULL, FALSE);

  if ((dot = strrchr (name, '.')) == NULL || dot == name)
    return FALSE;

  for (guint i = 0; image_extensions[i] != NULL; i++)
    if (g_ascii_strcasecmp (dot + 1, image_extensions[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_bundle_index (GFile *post_file)
{
  g_autofree char *name = g_file_get_basename (post_file);

  return name != NULL && (g_str_has_prefix (name, "index.") || g_str_has_prefix (name, "_index."));
}

/* Whether a post keeps its images beside it: in Hexo's post asset folder,
 * in a Hugo page bundle, or next to a post of no site. */
static gboolean
keeps_images_beside (BylineSite *site,
                     GFile      *post_file)
{
  if (site == NULL)
    return TRUE;

  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_HEXO:
      return byline_site_uses_post_asset_folder (site);
    case BYLINE_SITE_HUGO:
      return is_bundle_index (post_file);
    case BYLINE_SITE_JEKYLL:
    default:
      return FALSE;
    }
}

/**
 * byline_post_images_folder:
 * @site: (nullable): the site of the post, or %NULL for a post of none
 * @post_file: the post's file
 *
 * Returns: (transfer full): the folder the post's new images go in: the
 *   post asset folder named after the post when a Hexo site uses them,
 *   the page bundle of a Hugo post, the folder of a post of no site, else
 *   the site's images folder (Hexo `source/images`, Jekyll
 *   `assets/images`, Hugo `static/images`)
 */
GFile *
byline_post_images_folder (BylineSite *site,
                           GFile      *post_file)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *asset_folder = NULL;

  g_return_val_if_fail (site == NULL || BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (G_IS_FILE (post_file), NULL);

  if (!keeps_images_beside (site, post_file))
    return g_object_ref (byline_site_get_folder (site, BYLINE_SITE_FOLDER_ASSETS));

  parent = g_file_get_parent (post_file);
  if (site == NULL || byline_site_get_kind (site) != BYLINE_SITE_HEXO)
    return g_steal_pointer (&parent);

  asset_folder = byline_asset_folder_name (post_file);
  return g_file_get_child (parent, asset_folder);
}

/* Where the site's images folder is on the built site: below the source
 * folder for Hexo, the site's root for Jekyll, the static folder for Hugo. */
static char *
shared_images_path (BylineSite *site)
{
  GFile *images = byline_site_get_folder (site, BYLINE_SITE_FOLDER_ASSETS);
  g_autoptr(GFile) base = NULL;
  g_autofree char *relative = NULL;

  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_HEXO:
      base = g_object_ref (byline_site_get_folder (site, BYLINE_SITE_FOLDER_CONTENT));
      break;
    case BYLINE_SITE_JEKYLL:
      base = g_object_ref (byline_site_get_root (site));
      break;
    case BYLINE_SITE_HUGO:
    default:
      base = g_file_get_parent (images);
      break;
    }

  relative = g_file_get_relative_path (base, images);
  return g_uri_escape_string (relative != NULL ? relative : "images", "/!$&'*+,;=:@", TRUE);
}

/**
 * byline_post_images_link:
 * @site: (nullable): the site of the post, or %NULL for a post of none
 * @name: the image's file name in byline_post_images_folder()
 *
 * Returns: (transfer full): the address the post links the image by: its
 *   name when it is beside the post, else its path on the built site
 */
char *
byline_post_images_link (BylineSite *site,
                         GFile      *post_file,
                         const char *name)
{
  g_autofree char *escaped = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (site == NULL || BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (G_IS_FILE (post_file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  escaped = byline_markup_escape_address (name);
  if (keeps_images_beside (site, post_file))
    return g_steal_pointer (&escaped);

  folder = shared_images_path (site);
  return g_strconcat (byline_site_get_url_root (site), folder, "/", escaped, NULL);
}

/* A name for the image's file: its own, but never a hidden file's, and
 * valid UTF-8 so that the link can say it. */
static char *
image_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  const char *p = valid;

  while (*p == '.')
    p++;

  if (*p == '\0' || strchr (p, '/') != NULL || strlen (p) > 200)
    return g_strdup ("image");

  return g_strdup (p);
}

static gboolean
holds_bytes (GFile  *file,
             GBytes *bytes)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) existing = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      (guint64) g_file_info_get_size (info) != g_bytes_get_size (bytes))
    return FALSE;

  existing = g_file_load_bytes (file, NULL, NULL, NULL);
  return existing != NULL && g_bytes_equal (existing, bytes);
}

static GBytes *
read_image (GFile         *source,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = g_file_get_basename (source);

  info = g_file_query_info (source, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_size (info) > MAX_IMAGE_SIZE)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_LIMIT,
                   _("The image “%s” is too large to add to the post"), name);
      return NULL;
    }

  return g_file_load_bytes (source, cancellable, NULL, error);
}

/* Whether @data starts as an image a browser shows: PNG, JPEG, GIF, WebP,
 * AVIF, BMP, icons or SVG. Read from the bytes, not the name, and without
 * the system's MIME database, which a sandbox may lack. */
static gboolean
is_web_image (const guint8 *data,
              gsize         size)
{
  static const struct {
    gsize       offset;
    const char *magic;
    gsize       length;
  } signatures[] = {
    { 0, "\x89PNG\r\n\x1a\n", 8 },
    { 0, "\xff\xd8\xff", 3 },
    { 0, "GIF87a", 6 },
    { 0, "GIF89a", 6 },
    { 8, "WEBP", 4 },
    { 4, "ftypavif", 8 },
    { 4, "ftypavis", 8 },
    { 0, "BM", 2 },
    { 0, "\0\0\x01\0", 4 },
  };
  g_autofree char *head = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    if (size >= signatures[i].offset + signatures[i].length &&
        memcmp (data + signatures[i].offset, signatures[i].magic, signatures[i].length) == 0)
      return TRUE;

  head = g_strndup ((const char *) data, MIN (size, 4096));
  return g_str_has_prefix (g_strchug (head), "<") && strstr (head, "<svg") != NULL;
}

static gboolean
check_is_image (const char  *name,
                GBytes      *contents,
                GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (contents, &size);

  if (is_web_image (data, size))
    return TRUE;

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID, _("“%s” is not an image a web page can show"), name);
  return FALSE;
}

/* Makes @folder, checking that it stays in the site before and after: a
 * symbolic link in the way must not lead the copy out. */
static gboolean
make_folder (BylineSite    *site,
             GFile         *folder,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *root = site != NULL ? g_file_get_path (byline_site_get_root (site)) : NULL;
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      if (root != NULL && !byline_path_resolves_inside (root, path))
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                       _("%s leads outside the site; Byline will not write there"), path);
          return FALSE;
        }

      if (i == 0 && !g_file_make_directory_with_parents (folder, cancellable, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return TRUE;
}

/* Writes @contents into @folder as @name, or as `name-1`, `name-2`… when
 * another file has that name; a file with the same bytes is the image
 * itself, already there. */
static GFile *
write_image (GFile         *folder,
             const char    *name,
             GBytes        *contents,
             GError       **error)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = g_strndup (name, dot != NULL && dot != name ? (gsize) (dot - name) : strlen (name));
  const char *extension = dot != NULL && dot != name ? dot : "";

  for (guint n = 0; n < MAX_NAME_TRIES; n++)
    {
      g_autofree char *candidate = n == 0 ? g_strdup (name) : g_strdup_printf ("%s-%u%s", stem, n, extension);
      g_autoptr(GFile) target = g_file_get_child (folder, candidate);
      g_autoptr(GError) local_error = NULL;

      if (holds_bytes (target, contents) || byline_path_write_new (target, contents, &local_error))
        return g_steal_pointer (&target);

      if (!g_error_matches (local_error, BYLINE_ERROR, BYLINE_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_EXISTS,
               _("Too many images named “%s” are in the post’s folder already"), name);
  return NULL;
}

/**
 * byline_post_images_add:
 * @post_file: the post's file
 * @source: (nullable): the image file to add, or %NULL to give @contents
 * @contents: (nullable): the image's bytes, when there is no @source
 * @name: (nullable): the image's file name; with @contents it is required
 * @target: (out) (optional) (transfer full): where the image is now
 *
 * Copies an image into the post's images folder (see
 * byline_post_images_folder()), never over another file and never
 * outside the post's site. Blocks; see byline_post_images_add_async().
 *
 * Returns: (transfer full): the address the post links the image by, or
 *   %NULL with the error
 */
char *
byline_post_images_add (GFile         *post_file,
                        GFile         *source,
                        GBytes        *contents,
                        const char    *name,
                        GFile        **target,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(GError) site_error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *source_name = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (G_IS_FILE (post_file), NULL);
  g_return_val_if_fail (G_IS_FILE (source) != (contents != NULL), NULL);
  g_return_val_if_fail (source != NULL || name != NULL, NULL);

  if (!(site = byline_site_load (post_file, cancellable, &site_error)) &&
      !g_error_matches (site_error, BYLINE_ERROR, BYLINE_ERROR_NO_SITE))
    {
      g_propagate_error (error, g_steal_pointer (&site_error));
      return NULL;
    }

  folder = byline_post_images_folder (site, post_file);

  if (source != NULL)
    {
      source_name = g_file_get_basename (source);
      if (name == NULL)
        name = source_name;
    }
  file_name = image_name (name);

  /* An image already in the folder is linked where it is. */
  if (source != NULL && g_file_has_parent (source, folder))
    {
      g_free (file_name);
      file_name = g_utf8_make_valid (source_name, -1);
      written = g_object_ref (source);
    }
  else
    {
      bytes = source != NULL ? read_image (source, cancellable, error) : g_bytes_ref (contents);
      if (bytes == NULL ||
          !check_is_image (file_name, bytes, error) ||
          !make_folder (site, folder, cancellable, error) ||
          !(written = write_image (folder, file_name, bytes, error)))
        return NULL;

      g_free (file_name);
      file_name = g_file_get_basename (written);
    }

  if (target != NULL)
    *target = g_steal_pointer (&written);

  return byline_post_images_link (site, post_file, file_name);
}

typedef struct {
  GFile  *post_file;
  GFile  *source;
  GBytes *contents;
  char   *name;
  GFile  *target;
} AddData;

static void
add_data_free (AddData *data)
{
  g_clear_object (&data->post_file);
  g_clear_object (&data->source);
  g_clear_pointer (&data->contents, g_bytes_unref);
  g_clear_pointer (&data->name, g_free);
  g_clear_object (&data->target);
  g_free (data);
}

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  AddData *data = task_data;
  GError *error = NULL;
  char *link = byline_post_images_add (data->post_file, data->source, data->contents, data->name,
                                       &data->target, cancellable, &error);

  if (link == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, link, g_free);
}

/**
 * byline_post_images_add_async:
 *
 * Copies an image into the post's images folder off the main thread; see
 * byline_post_images_add().
 */
void
byline_post_images_add_async (GFile               *post_file,
                              GFile               *source,
                              GBytes              *contents,
                              const char          *name,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AddData *data;

  g_return_if_fail (G_IS_FILE (post_file));
  g_return_if_fail (G_IS_FILE (source) != (contents != NULL));
  g_return_if_fail (source != NULL || name != NULL);

  data = g_new0 (AddData, 1);
  data->post_file = g_object_ref (post_file);
  data->source = source != NULL ? g_object_ref (source) : NULL;
  data->contents = contents != NULL ? g_bytes_ref (contents) : NULL;
  data->name = g_strdup (name);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_post_images_add_async);
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);
  g_task_run_in_thread (task, add_thread);
}

/**
 * byline_post_images_add_finish:
 * @target: (out) (optional) (transfer full): where the image is now
 *
 * Returns: (transfer full): the address the post links the image by, or
 *   %NULL with the error
 */
char *
byline_post_images_add_finish (GAsyncResult  *result,
                               GFile        **target,
                               GError       **error)
{
  AddData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (target != NULL)
    *target = data->target != NULL ? g_object_ref (data->target) : NULL;

  return g_task_propagate_pointer (G_TASK (result), error);
}
