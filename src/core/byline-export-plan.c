/* byline-export-plan.c: the plan an export is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-export-private.h"

#define UTF8_BOM "\xef\xbb\xbf"

static void
clear_change (BylineExportChange *change)
{
  g_free (change->description);
}

static void
clear_warning (BylineExportWarning *warning)
{
  g_free (warning->message);
}

static void
clear_image (BylineExportImage *image)
{
  g_clear_object (&image->source);
  g_free (image->name);
  g_free (image->link);
  g_clear_object (&image->target);
}

/* Finds the marker lines around the front matter of @plan's copy: what
 * the file holds between the leading blank lines and the front matter
 * text, and between that text and the body. */
/**
 * byline_export_plan_find_markers:
 *
 * Notes the marker lines of the plan's copy of the post, after a change
 * of its front matter.
 */
void
byline_export_plan_find_markers (BylineExportPlan *plan)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  g_autoptr(GBytes) bytes = byline_post_serialize (plan->work);
  const char *text = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  const char *fm_text;
  const char *p;
  const char *fm_start;
  const char *body_start;
  const char *nl;

  g_clear_pointer (&plan->opener, g_free);
  g_clear_pointer (&plan->closer, g_free);
  if (front_matter == NULL)
    return;

  fm_text = byline_front_matter_get_text (front_matter);
  p = text + (byline_post_has_bom (plan->work) ? strlen (UTF8_BOM) : 0) +
      strlen (byline_post_get_leading_text (plan->work));
  body_start = text + length - strlen (byline_post_get_body (plan->work));

  /* Hugo's JSON and Hexo's marker-less YAML start with the front matter
   * itself; the others with a marker line. */
  nl = strchr (p, '\n');
  fm_start = nl != NULL ? nl + 1 : p + strlen (p);
  if (strncmp (fm_start, fm_text, strlen (fm_text)) != 0)
    fm_start = p;

  plan->opener = g_strndup (p, fm_start - p);
  plan->closer = g_strndup (fm_start + strlen (fm_text),
                            body_start - (fm_start + strlen (fm_text)));
}

BylineExportPlan *
byline_export_plan_new (BylineSite        *site,
                        BylinePost        *post,
                        BylineExportFlags  flags,
                        gboolean           as_html,
                        gboolean           copy_images,
                        GDateTime         *now)
{
  BylineExportPlan *plan = g_new0 (BylineExportPlan, 1);
  g_autoptr(GBytes) bytes = byline_post_serialize (post);
  g_autoptr(GError) error = NULL;
  GFile *file = byline_post_get_file (post);

  plan->site = g_object_ref (site);
  plan->post_file = file != NULL ? g_object_ref (file) : NULL;
  plan->flags = flags;
  plan->as_html = as_html;
  plan->copy_images = copy_images;
  plan->now = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();

  /* A post's own bytes always split again. */
  plan->original = byline_post_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  plan->work = byline_post_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  byline_export_plan_find_markers (plan);

  plan->changes = g_array_new (FALSE, TRUE, sizeof (BylineExportChange));
  g_array_set_clear_func (plan->changes, (GDestroyNotify) clear_change);
  plan->warnings = g_array_new (FALSE, TRUE, sizeof (BylineExportWarning));
  g_array_set_clear_func (plan->warnings, (GDestroyNotify) clear_warning);
  plan->images = g_array_new (FALSE, TRUE, sizeof (BylineExportImage));
  g_array_set_clear_func (plan->images, (GDestroyNotify) clear_image);

  return plan;
}

void
byline_export_plan_free (BylineExportPlan *plan)
{
  g_clear_object (&plan->site);
  g_clear_object (&plan->post_file);
  g_clear_pointer (&plan->now, g_date_time_unref);
  g_clear_object (&plan->original);
  g_clear_object (&plan->work);
  g_clear_pointer (&plan->opener, g_free);
  g_clear_pointer (&plan->closer, g_free);
  g_clear_pointer (&plan->changes, g_array_unref);
  g_clear_pointer (&plan->warnings, g_array_unref);
  g_clear_pointer (&plan->images, g_array_unref);
  g_clear_object (&plan->wanted);
  g_clear_object (&plan->free_target);
  g_clear_pointer (&plan->etag, g_free);
  g_clear_pointer (&plan->contents, g_bytes_unref);
  g_free (plan);
}

void
byline_export_plan_add_change (BylineExportPlan       *plan,
                               BylineExportChangeKind  kind,
                               const char             *format,
                               ...)
{
  BylineExportChange change = { kind, NULL };
  va_list args;

  va_start (args, format);
  change.description = g_strdup_vprintf (format, args);
  va_end (args);

  g_array_append_val (plan->changes, change);
}

void
byline_export_plan_add_warning (BylineExportPlan        *plan,
                                BylineExportWarningKind  kind,
                                const char              *format,
                                ...)
{
  BylineExportWarning warning = { kind, NULL };
  va_list args;

  va_start (args, format);
  warning.message = g_strdup_vprintf (format, args);
  va_end (args);

  g_array_append_val (plan->warnings, warning);
}

/**
 * byline_export_plan_set_error:
 * @key: a top-level key of the post's front matter
 *
 * Sets an error at the place of @key's value in the writer's file, before
 * any fix moved its lines.
 */
void
byline_export_plan_set_error (BylineExportPlan  *plan,
                              const char        *key,
                              GError           **error,
                              const char        *format,
                              ...)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->original);
  BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;
  BylineNode *node = root != NULL ? byline_node_lookup (root, key) : NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node == NULL || !byline_node_has_span (node))
    {
      g_set_error_literal (error, BYLINE_ERROR, BYLINE_ERROR_INVALID, message);
      return;
    }

  byline_set_located_error (error, BYLINE_ERROR_INVALID,
                            byline_post_get_front_matter_line (plan->original) + byline_node_get_line (node) - 1,
                            byline_node_get_column (node), "%s", message);
}
