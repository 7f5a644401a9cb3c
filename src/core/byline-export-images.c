/* byline-export-images.c: the local images a post shows, copied into the
 * site with their links rewritten
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-export-private.h"
#include "byline-naming.h"
#include "byline-path.h"

/* Images larger than this are not a post's pictures but a mistake. */
#define MAX_IMAGE_SIZE (256 * 1024 * 1024)

/* Where a post's images go: beside it (Hexo's post asset folder, a Hugo
 * page bundle) or in the site's shared images folder. */
static gboolean
keeps_images_beside (BylineExportPlan *plan)
{
  switch (byline_site_get_kind (plan->site))
    {
    case BYLINE_SITE_HEXO:
      return byline_site_uses_post_asset_folder (plan->site);
    case BYLINE_SITE_HUGO:
      return byline_site_uses_page_bundles (plan->site);
    case BYLINE_SITE_JEKYLL:
    default:
      return FALSE;
    }
}

/* The address of the shared images folder on the built site. */
static const char *
shared_images_path (BylineSite *site)
{
  return byline_site_get_kind (site) == BYLINE_SITE_JEKYLL ? "assets/images/" : "images/";
}

/* Returns the file a link points to when it is a local file, else NULL.
 * Addresses with a scheme (but `file:`), site-absolute paths and anchors
 * are left alone. */
static GFile *
local_file_for_link (GFile      *base,
                     const char *link)
{
  g_autofree char *path = NULL;
  g_autofree char *scheme = g_uri_parse_scheme (link);
  char *end;

  if (scheme != NULL)
    return g_ascii_strcasecmp (scheme, "file") == 0 ? g_file_new_for_uri (link) : NULL;

  if (base == NULL || *link == '\0' || *link == '/' || *link == '#')
    return NULL;

  path = g_strdup (link);
  if ((end = strpbrk (path, "?#")) != NULL)
    *end = '\0';

  {
    g_autofree char *decoded = g_uri_unescape_string (path, NULL);

    return decoded != NULL && *decoded != '\0' ? g_file_resolve_relative_path (base, decoded) : NULL;
  }
}

static gboolean
same_bytes (GFile *a,
            GFile *b)
{
  g_autoptr(GBytes) bytes_a = g_file_load_bytes (a, NULL, NULL, NULL);
  g_autoptr(GBytes) bytes_b = g_file_load_bytes (b, NULL, NULL, NULL);

  return bytes_a != NULL && bytes_b != NULL && g_bytes_equal (bytes_a, bytes_b);
}

/* Picks a name for @source that no other image of the post takes and,
 * in the shared folder, that no other file holds unless it is the same
 * image. */
static char *
choose_name (BylineExportPlan *plan,
             GFile            *source,
             gboolean         *is_present)
{
  g_autofree char *base = g_file_get_basename (source);
  const char *dot = strrchr (base, '.');
  g_autofree char *stem = g_strndup (base, dot != NULL && dot != base ? (gsize) (dot - base) : strlen (base));
  const char *extension = dot != NULL && dot != base ? dot : "";
  GFile *shared = byline_site_get_folder (plan->site, BYLINE_SITE_FOLDER_ASSETS);

  *is_present = FALSE;

  for (guint n = 0;; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup (base) : g_strdup_printf ("%s-%u%s", stem, n, extension);
      gboolean taken = FALSE;

      for (guint i = 0; i < plan->images->len && !taken; i++)
        taken = strcmp (g_array_index (plan->images, BylineExportImage, i).name, name) == 0;

      if (!taken && !keeps_images_beside (plan))
        {
          g_autoptr(GFile) existing = g_file_get_child (shared, name);

          if (byline_naming_exists (existing))
            {
              taken = !same_bytes (existing, source);
              *is_present = !taken;
            }
        }

      if (!taken)
        return g_steal_pointer (&name);
    }
}

static BylineExportImage *
find_image (BylineExportPlan *plan,
            GFile            *source)
{
  for (guint i = 0; i < plan->images->len; i++)
    {
      BylineExportImage *image = &g_array_index (plan->images, BylineExportImage, i);

      if (g_file_equal (image->source, source))
        return image;
    }

  return NULL;
}

/* Notes the image @link points to and returns the link that replaces it,
 * or NULL to keep @link. */
static const char *
take_image (BylineExportPlan *plan,
            GFile            *base,
            const char       *link)
{
  g_autoptr(GFile) source = local_file_for_link (base, link);
  BylineExportImage image = { 0 };
  BylineExportImage *known;
  g_autofree char *escaped = NULL;

  if (source == NULL)
    return NULL;

  if ((known = find_image (plan, source)) != NULL)
    return known->link;

  if (g_file_query_file_type (source, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    {
      byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_MISSING_IMAGE,
                                      _("The image “%s” the post shows is not there; its link is left as it is"),
                                      link);
      return NULL;
    }

  image.source = g_steal_pointer (&source);
  image.name = choose_name (plan, image.source, &image.is_present);
  escaped = g_uri_escape_string (image.name, NULL, TRUE);
  if (keeps_images_beside (plan))
    image.link = g_steal_pointer (&escaped);
  else
    image.link = g_strconcat (byline_site_get_url_root (plan->site),
                              shared_images_path (plan->site), escaped, NULL);

  g_array_append_val (plan->images, image);
  return g_array_index (plan->images, BylineExportImage, plan->images->len - 1).link;
}

/* Markdown images `![alt](link "title")` and HTML `<img src="link">`: the
 * link is the first group that matched. */
static GRegex *
image_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("!\\[[^\\]\\n]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+[\"'(][^)\\n]*)?\\)"
                                    "|<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
                                    G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL));

  return regex;
}

/**
 * byline_export_find_images:
 *
 * Finds the local images the post shows, picks their names in the site and
 * rewrites their links in @plan's copy of the body.
 */
void
byline_export_find_images (BylineExportPlan *plan)
{
  const char *body = byline_post_get_body (plan->work);
  g_autoptr(GFile) base = plan->post_file != NULL ? g_file_get_parent (plan->post_file) : NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gsize copied = 0;

  if (!plan->copy_images)
    return;

  for (g_regex_match (image_regex (), body, 0, &match);
       g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      int start = -1, end = -1;
      const char *new_link;
      g_autofree char *link = NULL;

      for (guint group = 1; group <= 4 && start < 0; group++)
        g_match_info_fetch_pos (match, group, &start, &end);
      if (start < 0)
        continue;

      link = g_strndup (body + start, end - start);
      if ((new_link = take_image (plan, base, link)) == NULL)
        continue;

      g_string_append_len (out, body + copied, start - copied);
      g_string_append (out, new_link);
      copied = end;
    }

  if (copied == 0)
    return;

  g_string_append (out, body + copied);
  byline_post_set_body (plan->work, out->str);
}

/**
 * byline_export_place_images:
 * @target: where the post goes
 *
 * Decides where each image goes once the post's own place is known, and
 * notes the copies as changes.
 */
void
byline_export_place_images (BylineExportPlan *plan,
                            GFile            *target)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) root = g_object_ref (byline_site_get_root (plan->site));

  if (!keeps_images_beside (plan))
    folder = g_object_ref (byline_site_get_folder (plan->site, BYLINE_SITE_FOLDER_ASSETS));
  else if (byline_site_get_kind (plan->site) == BYLINE_SITE_HUGO)
    folder = g_file_get_parent (target);
  else
    folder = byline_naming_asset_folder (target);

  for (guint i = 0; i < plan->images->len; i++)
    {
      BylineExportImage *image = &g_array_index (plan->images, BylineExportImage, i);
      g_autofree char *source = g_file_get_path (image->source);
      g_autofree char *relative = NULL;

      g_set_object (&image->target, g_file_get_child (folder, image->name));
      relative = g_file_get_relative_path (root, image->target);
      byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_COPY_IMAGE,
                                     image->is_present
                                     ? _("Links the image %s as “%s”, the copy already at %s")
                                     : _("Copies the image %s to %s and links it as “%s”"),
                                     source,
                                     image->is_present ? image->link : relative,
                                     image->is_present ? relative : image->link);
    }
}

/**
 * byline_export_copy_images:
 *
 * Copies the images into the site: beside the post, replacing its older
 * copies; into the shared folder, never over another file.
 */
gboolean
byline_export_copy_images (BylineExportPlan  *plan,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autofree char *site_path = g_file_get_path (byline_site_get_root (plan->site));

  for (guint i = 0; i < plan->images->len; i++)
    {
      BylineExportImage *image = &g_array_index (plan->images, BylineExportImage, i);
      g_autofree char *path = g_file_get_path (image->target);
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (image->is_present)
        continue;

      if (!byline_path_resolves_inside (site_path, path))
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                       _("%s leads outside the site; Byline will not write there"), path);
          return FALSE;
        }

      if (!(info = g_file_query_info (image->source, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                      G_FILE_QUERY_INFO_NONE, cancellable, error)))
        return FALSE;
      if (g_file_info_get_size (info) > MAX_IMAGE_SIZE)
        {
          g_autofree char *name = g_file_get_basename (image->source);

          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_LIMIT,
                       _("The image %s is too large to copy into the site"), name);
          return FALSE;
        }

      if (!byline_path_make_parent (image->target, cancellable, error) ||
          !(bytes = g_file_load_bytes (image->source, cancellable, NULL, error)))
        return FALSE;

      if (keeps_images_beside (plan)
          ? !byline_path_replace (image->target, bytes, NULL, NULL, cancellable, error)
          : !byline_path_write_new (image->target, bytes, error))
        return FALSE;
    }

  return TRUE;
}
