/* byline-export-write.c: writing an export into its site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-export-private.h"
#include "byline-naming.h"
#include "byline-path.h"

static gboolean
write_post (BylineExportPlan        *plan,
            GFile                   *target,
            BylineExportResolution   resolution,
            GCancellable            *cancellable,
            GError                 **error)
{
  gboolean replaces = plan->collision != BYLINE_EXPORT_COLLISION_NONE &&
                      resolution == BYLINE_EXPORT_RESOLUTION_OVERWRITE;
  const char *etag = NULL;

  if (!replaces)
    return byline_path_write_new (target, plan->contents, error);

  /* Updating the post's own file: refuse if it changed on disk since the
   * writer opened it. */
  if (plan->post_file != NULL && g_file_equal (target, plan->post_file))
    etag = plan->etag;

  return byline_path_replace (target, plan->contents, etag, NULL, cancellable, error);
}

/**
 * byline_export_write:
 *
 * Writes the planned export: images first, then the post, each through a
 * temporary file. Another post is replaced only if @resolution says so.
 *
 * Returns: (transfer full) (nullable): the written post
 */
GFile *
byline_export_write (BylineExportPlan        *plan,
                     BylineExportResolution   resolution,
                     GCancellable            *cancellable,
                     GError                 **error)
{
  GFile *target = byline_export_final_target (plan, resolution);
  g_autofree char *path = g_file_get_path (target);
  g_autofree char *folder = NULL;
  BylineSiteFolder site_folder;

  if (resolution == BYLINE_EXPORT_RESOLUTION_CANCEL && plan->collision != BYLINE_EXPORT_COLLISION_NONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   _("The export was cancelled: a post is in its place"));
      return NULL;
    }

  /* Links may have changed since the plan was made. */
  site_folder = byline_export_target_folder (plan);
  folder = g_file_get_path (byline_site_get_folder (plan->site, site_folder));
  if (!byline_site_contains (plan->site, target, site_folder))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE,
                   _("%s leads outside %s; Byline will not write there"), path, folder);
      return NULL;
    }

  if (!byline_path_make_parent (target, cancellable, error) ||
      !byline_export_copy_images (plan, cancellable, error) ||
      !write_post (plan, target, resolution, cancellable, error))
    return NULL;

  return g_object_ref (target);
}
