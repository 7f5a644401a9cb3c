/* byline-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-export-dialog.h"

struct _BylineExportDialog
{
  AdwWindow             parent_instance;

  BylineSite           *site;
  BylinePost           *post;
  /* The plan shown; %NULL until the first is made. */
  BylineExport         *export;
  GCancellable         *cancellable;
  /* The rows made for the plan shown, which the next plan replaces. */
  GPtrArray            *plan_rows;
  gboolean              is_writing;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *export_button;
  GtkStack             *stack;
  AdwActionRow         *target_row;
  AdwActionRow         *site_row;
  GtkWidget            *update_row;
  AdwPreferencesGroup  *collision_group;
  AdwActionRow         *keep_both_row;
  AdwActionRow         *replace_row;
  GtkCheckButton       *keep_both_check;
  AdwPreferencesGroup  *changes_group;
  AdwPreferencesGroup  *warnings_group;
  GtkWidget            *images_row;
  GtkSwitch            *draft_switch;
  GtkSwitch            *images_switch;
};

G_DEFINE_FINAL_TYPE (BylineExportDialog, byline_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
site_relative (BylineExportDialog *self,
               GFile              *file)
{
  char *relative = g_file_get_relative_path (byline_site_get_root (self->site), file);

  return relative != NULL ? relative : g_file_get_parse_name (file);
}

static void
show_error (BylineExportDialog *self,
            const char         *message)
{
  /* A toast's title is markup. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
add_plan_row (BylineExportDialog  *self,
              AdwPreferencesGroup *group,
              const char          *text,
              const char          *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);

  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->plan_rows, row);
}

static void
clear_plan_rows (BylineExportDialog *self)
{
  for (guint i = 0; i < self->plan_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->plan_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->plan_rows, 0);
}

static void
show_target (BylineExportDialog *self)
{
  g_autofree char *target = site_relative (self, byline_export_get_target (self->export));

  adw_action_row_set_subtitle (self->target_row, target);
}

static void
show_collision (BylineExportDialog *self)
{
  BylineExportCollision collision = byline_export_get_collision (self->export);
  gboolean is_other = collision == BYLINE_EXPORT_COLLISION_OTHER_POST;

  gtk_widget_set_visible (self->update_row, collision == BYLINE_EXPORT_COLLISION_SAME_POST);
  gtk_widget_set_visible (GTK_WIDGET (self->collision_group), is_other);

  if (is_other)
    {
      g_autofree char *wanted = site_relative (self, byline_export_get_collision_file (self->export));
      g_autofree char *renamed = site_relative (self, byline_export_get_target (self->export));
      g_autofree char *keep = g_strdup_printf (_("The export goes to %s"), renamed);
      g_autofree char *replace = g_strdup_printf (_("The post at %s is lost"), wanted);
      g_autofree char *description = g_strdup_printf (_("A different post is at %s already."), wanted);

      /* A new plan starts from the choice that keeps every post. */
      gtk_check_button_set_active (self->keep_both_check, TRUE);
      adw_preferences_group_set_description (self->collision_group, description);
      adw_action_row_set_subtitle (self->keep_both_row, keep);
      adw_action_row_set_subtitle (self->replace_row, replace);
    }
}

static void
show_plan (BylineExportDialog *self)
{
  g_autofree char *site_name = byline_site_dup_name (self->site);
  g_autofree char *root = g_file_get_parse_name (byline_site_get_root (self->site));
  g_autofree char *site = g_strdup_printf (_("%s (%s) in %s"), site_name,
                                           byline_site_get_kind_name (self->site), root);
  guint n_changes = byline_export_get_n_changes (self->export);
  guint n_warnings = byline_export_get_n_warnings (self->export);

  show_target (self);
  adw_action_row_set_subtitle (self->site_row, site);
  show_collision (self);

  clear_plan_rows (self);
  for (guint i = 0; i < n_changes; i++)
    add_plan_row (self, self->changes_group, byline_export_get_change_description (self->export, i), NULL);
  for (guint i = 0; i < n_warnings; i++)
    add_plan_row (self, self->warnings_group, byline_export_get_warning_message (self->export, i),
                  "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), n_changes > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), n_warnings > 0);
  gtk_widget_set_visible (self->images_row,
                          byline_export_get_n_images (self->export) > 0 ||
                          !byline_export_get_copy_images (self->export));

  gtk_stack_set_visible_child_name (self->stack, "plan");
  gtk_widget_set_sensitive (self->export_button, TRUE);
}

static void
planned_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BylineExportDialog) self = user_data;
  BylineExport *export = BYLINE_EXPORT (object);
  g_autoptr(GError) error = NULL;

  if (!byline_export_plan_finish (export, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  g_set_object (&self->export, export);
  show_plan (self);
}

/* Plans the export with the options chosen, in a worker thread. */
static void
plan (BylineExportDialog *self)
{
  g_autoptr(BylineExport) export = NULL;
  BylineExportFlags flags = gtk_switch_get_active (self->draft_switch) ? BYLINE_EXPORT_FLAGS_DRAFT
                                                                       : BYLINE_EXPORT_FLAGS_NONE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  export = byline_export_new (self->site, self->post, flags);
  byline_export_set_copy_images (export, gtk_switch_get_active (self->images_switch));

  gtk_widget_set_sensitive (self->export_button, FALSE);
  byline_export_plan_async (export, NULL, self->cancellable, planned_cb, g_object_ref (self));
}

static void
options_changed_cb (BylineExportDialog *self)
{
  if (self->site != NULL)
    plan (self);
}

static void
resolution_toggled_cb (BylineExportDialog *self)
{
  if (self->export == NULL || byline_export_get_collision (self->export) != BYLINE_EXPORT_COLLISION_OTHER_POST)
    return;

  byline_export_set_resolution (self->export,
                                gtk_check_button_get_active (self->keep_both_check)
                                ? BYLINE_EXPORT_RESOLUTION_KEEP_BOTH
                                : BYLINE_EXPORT_RESOLUTION_OVERWRITE);
  show_target (self);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BylineExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) written = byline_export_execute_finish (BYLINE_EXPORT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->is_writing = FALSE;
  if (written == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export the post: %s"), error->message);

      show_error (self, message);
      gtk_widget_set_sensitive (self->export_button, TRUE);
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, written);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
export_clicked_cb (BylineExportDialog *self)
{
  if (self->export == NULL || self->is_writing)
    return;

  self->is_writing = TRUE;
  gtk_widget_set_sensitive (self->export_button, FALSE);
  byline_export_execute_async (self->export, self->cancellable, written_cb, g_object_ref (self));
}

static void
byline_export_dialog_dispose (GObject *object)
{
  BylineExportDialog *self = (BylineExportDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->export);
  g_clear_object (&self->post);
  g_clear_object (&self->site);

  G_OBJECT_CLASS (byline_export_dialog_parent_class)->dispose (object);
}

static void
byline_export_dialog_finalize (GObject *object)
{
  BylineExportDialog *self = (BylineExportDialog *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->plan_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (byline_export_dialog_parent_class)->finalize (object);
}

static void
byline_export_dialog_class_init (BylineExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_export_dialog_dispose;
  object_class->finalize = byline_export_dialog_finalize;

  /**
   * BylineExportDialog::exported:
   * @file: the post written into the site
   *
   * The export was confirmed and written; the dialog is gone.
   */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, site_row);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, update_row);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, collision_group);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, keep_both_row);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, replace_row);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, keep_both_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, changes_group);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, images_row);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, draft_switch);
  gtk_widget_class_bind_template_child (widget_class, BylineExportDialog, images_switch);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, resolution_toggled_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
byline_export_dialog_init (BylineExportDialog *self)
{
  self->plan_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * byline_export_dialog_new:
 * @site: the site to export into
 * @post: the post, as the writer has it; it is read, never changed
 *
 * Returns: (transfer none): a dialog that plans the export at once and
 *   shows the plan; it writes nothing until the writer presses Export
 */
BylineExportDialog *
byline_export_dialog_new (GtkWindow  *parent,
                          BylineSite *site,
                          BylinePost *post)
{
  BylineExportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (BYLINE_IS_POST (post), NULL);

  self = g_object_new (BYLINE_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->site = g_object_ref (site);
  self->post = g_object_ref (post);
  plan (self);

  return self;
}

/**
 * byline_export_dialog_get_export:
 *
 * Returns: (transfer none) (nullable): the export as planned and shown,
 *   or %NULL before its plan is made
 */
BylineExport *
byline_export_dialog_get_export (BylineExportDialog *self)
{
  g_return_val_if_fail (BYLINE_IS_EXPORT_DIALOG (self), NULL);

  return self->export;
}
