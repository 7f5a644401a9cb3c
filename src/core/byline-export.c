/* byline-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-export-private.h"
#include "byline-naming.h"
#include "byline-path.h"
#include "byline-site-dates.h"

struct _BylineExport
{
  GObject                 parent_instance;

  BylineSite             *site;
  BylinePost             *post;
  BylineExportFlags       flags;
  gboolean                as_html;
  gboolean                has_as_html;
  gboolean                copy_images;
  BylineExportResolution  resolution;

  /* The last plan made; %NULL before the first. */
  BylineExportPlan       *plan;
};

G_DEFINE_FINAL_TYPE (BylineExport, byline_export, G_TYPE_OBJECT)

static void
byline_export_finalize (GObject *object)
{
  BylineExport *self = (BylineExport *)object;

  g_clear_object (&self->site);
  g_clear_object (&self->post);
  g_clear_pointer (&self->plan, byline_export_plan_free);

  G_OBJECT_CLASS (byline_export_parent_class)->finalize (object);
}

static void
byline_export_class_init (BylineExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_export_finalize;
}

static void
byline_export_init (BylineExport *self)
{
  self->copy_images = TRUE;
}

/**
 * byline_export_new:
 * @site: the site to export into
 * @post: the post; it is read, never changed
 * @flags: whether the post goes among the drafts
 *
 * Returns: (transfer full): an export to plan with byline_export_plan()
 */
BylineExport *
byline_export_new (BylineSite        *site,
                   BylinePost        *post,
                   BylineExportFlags  flags)
{
  BylineExport *self;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (BYLINE_IS_POST (post), NULL);

  self = g_object_new (BYLINE_TYPE_EXPORT, NULL);
  self->site = g_object_ref (site);
  self->post = g_object_ref (post);
  self->flags = flags;

  return self;
}

static BylineExportResolution
default_resolution (BylineExportCollision collision)
{
  return collision == BYLINE_EXPORT_COLLISION_SAME_POST ? BYLINE_EXPORT_RESOLUTION_OVERWRITE
                                                        : BYLINE_EXPORT_RESOLUTION_KEEP_BOTH;
}

/* Places the images for the target @resolution gives, replacing the
 * changes an earlier placing noted. */
static void
place_images (BylineExportPlan       *plan,
              BylineExportResolution  resolution)
{
  for (guint i = plan->changes->len; i > 0; i--)
    if (g_array_index (plan->changes, BylineExportChange, i - 1).kind == BYLINE_EXPORT_CHANGE_COPY_IMAGE)
      g_array_remove_index (plan->changes, i - 1);

  byline_export_place_images (plan, byline_export_final_target (plan, resolution));
}

static gboolean
make_plan (BylineExportPlan  *plan,
           GCancellable      *cancellable,
           GError           **error)
{
  if (!byline_export_fix_post (plan, error))
    return FALSE;

  byline_export_find_images (plan);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !byline_export_choose_target (plan, error))
    return FALSE;

  place_images (plan, default_resolution (plan->collision));
  plan->contents = byline_export_assemble (plan);
  return TRUE;
}

static BylineExportPlan *
start_plan (BylineExport *self,
            GDateTime    *now)
{
  gboolean as_html = self->has_as_html ? self->as_html : byline_export_wants_html (self->site, self->post);
  BylineExportPlan *plan = byline_export_plan_new (self->site, self->post, self->flags,
                                                   as_html, self->copy_images, now);

  plan->etag = g_strdup (byline_post_get_etag (self->post));
  return plan;
}

static void
take_plan (BylineExport     *self,
           BylineExportPlan *plan)
{
  g_clear_pointer (&self->plan, byline_export_plan_free);
  self->plan = plan;
  self->as_html = plan->as_html;
  self->resolution = default_resolution (plan->collision);
}

/**
 * byline_export_plan:
 * @now: (nullable): the time of the export, or %NULL for now
 *
 * Works out the export without writing anything: where the post goes, the
 * changes the site's generator needs, what is in the way, the images to
 * copy, and the bytes to write. Plan again after changing an option.
 */
gboolean
byline_export_plan (BylineExport  *self,
                    GDateTime     *now,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(BylineExportPlan) plan = NULL;

  g_return_val_if_fail (BYLINE_IS_EXPORT (self), FALSE);

  plan = start_plan (self, now);
  if (!make_plan (plan, cancellable, error))
    return FALSE;

  take_plan (self, g_steal_pointer (&plan));
  return TRUE;
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BylineExportPlan *plan = g_steal_pointer ((BylineExportPlan **) task_data);
  GError *error = NULL;

  if (make_plan (plan, cancellable, &error))
    g_task_return_pointer (task, plan, (GDestroyNotify) byline_export_plan_free);
  else
    {
      byline_export_plan_free (plan);
      g_task_return_error (task, error);
    }
}

static void
free_plan_slot (gpointer data)
{
  BylineExportPlan **slot = data;

  g_clear_pointer (slot, byline_export_plan_free);
  g_free (slot);
}

/**
 * byline_export_plan_async:
 *
 * Like byline_export_plan(), in a worker thread. The post is read when
 * this is called.
 */
void
byline_export_plan_async (BylineExport        *self,
                          GDateTime           *now,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  BylineExportPlan **slot;

  g_return_if_fail (BYLINE_IS_EXPORT (self));

  slot = g_new0 (BylineExportPlan *, 1);
  *slot = start_plan (self, now);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_export_plan_async);
  g_task_set_task_data (task, slot, free_plan_slot);
  g_task_run_in_thread (task, plan_thread);
}

gboolean
byline_export_plan_finish (BylineExport  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  BylineExportPlan *plan;

  g_return_val_if_fail (BYLINE_IS_EXPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!(plan = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  take_plan (self, plan);
  return TRUE;
}

/**
 * byline_export_get_site:
 *
 * Returns: (transfer none): the site
 */
BylineSite *
byline_export_get_site (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);

  return self->site;
}

/**
 * byline_export_get_post:
 *
 * Returns: (transfer none): the post, as the writer has it
 */
BylinePost *
byline_export_get_post (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);

  return self->post;
}

/**
 * byline_export_get_as_html:
 *
 * Returns: whether the post goes out as a `.html` content file, which a
 *   Hugo site without `unsafe` needs to keep a raw HTML body
 */
gboolean
byline_export_get_as_html (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), FALSE);

  return self->has_as_html ? self->as_html : byline_export_wants_html (self->site, self->post);
}

void
byline_export_set_as_html (BylineExport *self,
                           gboolean      as_html)
{
  g_return_if_fail (BYLINE_IS_EXPORT (self));

  self->as_html = !!as_html;
  self->has_as_html = TRUE;
}

gboolean
byline_export_get_copy_images (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), TRUE);

  return self->copy_images;
}

/**
 * byline_export_set_copy_images:
 *
 * Whether the local images the post shows are copied into the site, with
 * their links rewritten (the default).
 */
void
byline_export_set_copy_images (BylineExport *self,
                               gboolean      copy_images)
{
  g_return_if_fail (BYLINE_IS_EXPORT (self));

  self->copy_images = !!copy_images;
}

/**
 * byline_export_get_target:
 *
 * Returns: (transfer none): where the post will be written, given the
 *   chosen resolution of a collision
 */
GFile *
byline_export_get_target (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  return byline_export_final_target (self->plan, self->resolution);
}

BylineExportCollision
byline_export_get_collision (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), BYLINE_EXPORT_COLLISION_NONE);
  g_return_val_if_fail (self->plan != NULL, BYLINE_EXPORT_COLLISION_NONE);

  return self->plan->collision;
}

/**
 * byline_export_get_resolution:
 *
 * Returns: what happens to a post in the way: the same post is updated
 *   (overwrite), another post is kept and the export takes the next free
 *   name (keep both)
 */
BylineExportResolution
byline_export_get_resolution (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), BYLINE_EXPORT_RESOLUTION_KEEP_BOTH);

  return self->resolution;
}

void
byline_export_set_resolution (BylineExport           *self,
                              BylineExportResolution  resolution)
{
  g_return_if_fail (BYLINE_IS_EXPORT (self));
  g_return_if_fail (self->plan != NULL);

  if (self->resolution == resolution)
    return;

  self->resolution = resolution;
  place_images (self->plan, resolution);
}

guint
byline_export_get_n_changes (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), 0);

  return self->plan != NULL ? self->plan->changes->len : 0;
}

BylineExportChangeKind
byline_export_get_change_kind (BylineExport *self,
                               guint         index)
{
  g_return_val_if_fail (index < byline_export_get_n_changes (self), 0);

  return g_array_index (self->plan->changes, BylineExportChange, index).kind;
}

const char *
byline_export_get_change_description (BylineExport *self,
                                      guint         index)
{
  g_return_val_if_fail (index < byline_export_get_n_changes (self), NULL);

  return g_array_index (self->plan->changes, BylineExportChange, index).description;
}

gboolean
byline_export_has_change (BylineExport           *self,
                          BylineExportChangeKind  kind)
{
  for (guint i = 0; i < byline_export_get_n_changes (self); i++)
    if (byline_export_get_change_kind (self, i) == kind)
      return TRUE;
  return FALSE;
}

guint
byline_export_get_n_warnings (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), 0);

  return self->plan != NULL ? self->plan->warnings->len : 0;
}

BylineExportWarningKind
byline_export_get_warning_kind (BylineExport *self,
                                guint         index)
{
  g_return_val_if_fail (index < byline_export_get_n_warnings (self), 0);

  return g_array_index (self->plan->warnings, BylineExportWarning, index).kind;
}

const char *
byline_export_get_warning_message (BylineExport *self,
                                   guint         index)
{
  g_return_val_if_fail (index < byline_export_get_n_warnings (self), NULL);

  return g_array_index (self->plan->warnings, BylineExportWarning, index).message;
}

gboolean
byline_export_has_warning (BylineExport            *self,
                           BylineExportWarningKind  kind)
{
  for (guint i = 0; i < byline_export_get_n_warnings (self); i++)
    if (byline_export_get_warning_kind (self, i) == kind)
      return TRUE;
  return FALSE;
}

guint
byline_export_get_n_images (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), 0);

  return self->plan != NULL ? self->plan->images->len : 0;
}

/**
 * byline_export_get_image_source:
 *
 * Returns: (transfer none): the image the post shows
 */
GFile *
byline_export_get_image_source (BylineExport *self,
                                guint         index)
{
  g_return_val_if_fail (index < byline_export_get_n_images (self), NULL);

  return g_array_index (self->plan->images, BylineExportImage, index).source;
}

/**
 * byline_export_get_image_target:
 *
 * Returns: (transfer none): where the image's copy goes in the site
 */
GFile *
byline_export_get_image_target (BylineExport *self,
                                guint         index)
{
  g_return_val_if_fail (index < byline_export_get_n_images (self), NULL);

  return g_array_index (self->plan->images, BylineExportImage, index).target;
}

/**
 * byline_export_get_contents:
 *
 * Returns: (transfer none): the bytes the export writes
 */
GBytes *
byline_export_get_contents (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  return self->plan->contents;
}

/**
 * byline_export_get_collision_file:
 *
 * Returns: (transfer none) (nullable): the post in the export's way, when
 *   there is a collision
 */
GFile *
byline_export_get_collision_file (BylineExport *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  return self->plan->collision != BYLINE_EXPORT_COLLISION_NONE ? self->plan->wanted : NULL;
}

/**
 * byline_export_execute:
 *
 * Writes the planned export: images first, then the post, each through a
 * temporary file so that no half-written file is ever seen. Another post
 * is replaced only if the resolution says so.
 *
 * Returns: (transfer full) (nullable): the written post
 */
GFile *
byline_export_execute (BylineExport  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  return byline_export_write (self->plan, self->resolution, cancellable, error);
}

static void
execute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  BylineExport *self = source_object;
  GError *error = NULL;
  GFile *file = byline_export_write (self->plan, self->resolution, cancellable, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

/**
 * byline_export_execute_async:
 *
 * Like byline_export_execute(), in a worker thread. Do not plan again
 * until it finishes.
 */
void
byline_export_execute_async (BylineExport        *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BYLINE_IS_EXPORT (self));
  g_return_if_fail (self->plan != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_export_execute_async);
  g_task_run_in_thread (task, execute_thread);
}

/**
 * byline_export_execute_finish:
 *
 * Returns: (transfer full) (nullable): the written post
 */
GFile *
byline_export_execute_finish (BylineExport  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
