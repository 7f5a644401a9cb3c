/* byline-export-describe.c: an export's plan in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-export.h"

static char *
site_relative (BylineExport *self,
               GFile        *file)
{
  char *relative = g_file_get_relative_path (byline_site_get_root (byline_export_get_site (self)), file);

  return relative != NULL ? relative : g_file_get_path (file);
}

static char *
describe_collision (BylineExport *self)
{
  BylineExportResolution resolution = byline_export_get_resolution (self);
  g_autofree char *wanted = NULL;
  g_autofree char *target = NULL;

  if (byline_export_get_collision (self) == BYLINE_EXPORT_COLLISION_NONE)
    return NULL;

  wanted = site_relative (self, byline_export_get_collision_file (self));
  target = site_relative (self, byline_export_get_target (self));

  if (byline_export_get_collision (self) == BYLINE_EXPORT_COLLISION_SAME_POST &&
      resolution == BYLINE_EXPORT_RESOLUTION_OVERWRITE)
    return g_strdup_printf (_("This post is at %s already and will be updated."), wanted);

  switch (resolution)
    {
    case BYLINE_EXPORT_RESOLUTION_OVERWRITE:
      return g_strdup_printf (_("Another post is at %s and will be replaced."), wanted);
    case BYLINE_EXPORT_RESOLUTION_CANCEL:
      return g_strdup_printf (_("A post is at %s already; nothing will be written."), wanted);
    case BYLINE_EXPORT_RESOLUTION_KEEP_BOTH:
    default:
      return g_strdup_printf (_("A post is at %s already; it is kept, and the export goes to %s."),
                              wanted, target);
    }
}

/**
 * byline_export_describe:
 *
 * Returns: (transfer full): the plan in words, for a terminal
 */
char *
byline_export_describe (BylineExport *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *target = NULL;
  g_autofree char *root = NULL;
  g_autofree char *collision = NULL;

  g_return_val_if_fail (BYLINE_IS_EXPORT (self), NULL);

  target = site_relative (self, byline_export_get_target (self));
  root = g_file_get_path (byline_site_get_root (byline_export_get_site (self)));
  g_string_append_printf (out, _("Export to %s in the %s site %s"),
                          target, byline_site_get_kind_name (byline_export_get_site (self)), root);
  g_string_append_c (out, '\n');

  if ((collision = describe_collision (self)) != NULL)
    g_string_append_printf (out, "%s\n", collision);

  if (byline_export_get_n_changes (self) > 0)
    g_string_append_printf (out, "%s\n", _("Changes:"));
  for (guint i = 0; i < byline_export_get_n_changes (self); i++)
    g_string_append_printf (out, "  - %s\n", byline_export_get_change_description (self, i));

  if (byline_export_get_n_warnings (self) > 0)
    g_string_append_printf (out, "%s\n", _("Warnings:"));
  for (guint i = 0; i < byline_export_get_n_warnings (self); i++)
    g_string_append_printf (out, "  - %s\n", byline_export_get_warning_message (self, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}
