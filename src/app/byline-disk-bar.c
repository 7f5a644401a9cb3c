/* byline-disk-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-disk-bar.h"

enum {
  RESPONSE_KEEP_MINE = 1,
  RESPONSE_RELOAD = 2,
};

struct _BylineDiskBar
{
  AdwBin          parent_instance;

  BylineDocument *document;
  /* The writer chose their text over the file's last change; the next
   * change asks again. */
  gboolean        kept_mine;

  GtkInfoBar     *info_bar;
  GtkLabel       *label;
  GtkWidget      *keep_button;
  GtkWidget      *reload_button;
};

G_DEFINE_FINAL_TYPE (BylineDiskBar, byline_disk_bar, ADW_TYPE_BIN)

static void
update (BylineDiskBar *self)
{
  BylineFileMonitor *file_monitor = byline_document_get_file_monitor (self->document);
  g_autofree char *name = byline_document_dup_title (self->document);
  g_autofree char *text = NULL;
  gboolean shown = FALSE;
  gboolean changed = FALSE;

  switch (byline_file_monitor_get_state (file_monitor))
    {
    case BYLINE_DISK_STATE_CHANGED:
      /* Without local edits the document reloads by itself. */
      changed = TRUE;
      shown = byline_document_get_modified (self->document) && !self->kept_mine;
      text = g_strdup_printf (_("“%s” was changed by another program. Reload it, or keep your version: saving then asks before replacing theirs."),
                              name);
      break;

    case BYLINE_DISK_STATE_DELETED:
      shown = TRUE;
      text = g_strdup_printf (_("“%s” was deleted from disk. Save the post to write it again."),
                              name);
      break;

    case BYLINE_DISK_STATE_UNCHANGED:
    default:
      break;
    }

  gtk_label_set_text (self->label, text != NULL ? text : "");
  gtk_widget_set_visible (self->keep_button, changed);
  gtk_widget_set_visible (self->reload_button, changed);
  gtk_widget_set_visible (GTK_WIDGET (self), shown);
}

static void
file_monitor_changed_cb (BylineDiskBar *self)
{
  self->kept_mine = FALSE;
  update (self);
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BylineDiskBar) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_document_load_finish (BYLINE_DOCUMENT (object), result, &error))
    {
      gtk_label_set_text (self->label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
    }
}

static void
response_cb (BylineDiskBar *self,
             int            response,
             GtkInfoBar    *info_bar)
{
  GFile *file = byline_file_monitor_get_file (byline_document_get_file_monitor (self->document));

  switch (response)
    {
    case RESPONSE_KEEP_MINE:
      self->kept_mine = TRUE;
      update (self);
      break;

    case RESPONSE_RELOAD:
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      if (file != NULL)
        byline_document_load_async (self->document, file, NULL, reload_cb, g_object_ref (self));
      break;

    default:
      break;
    }
}

static void
byline_disk_bar_dispose (GObject *object)
{
  BylineDiskBar *self = (BylineDiskBar *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_DISK_BAR);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (byline_disk_bar_parent_class)->dispose (object);
}

static void
byline_disk_bar_class_init (BylineDiskBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_disk_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-disk-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineDiskBar, info_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineDiskBar, label);
  gtk_widget_class_bind_template_child (widget_class, BylineDiskBar, keep_button);
  gtk_widget_class_bind_template_child (widget_class, BylineDiskBar, reload_button);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
byline_disk_bar_init (BylineDiskBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * byline_disk_bar_set_document:
 *
 * Shows what happens on disk to @document's file. Set once.
 */
void
byline_disk_bar_set_document (BylineDiskBar  *self,
                              BylineDocument *document)
{
  g_return_if_fail (BYLINE_IS_DISK_BAR (self));
  g_return_if_fail (BYLINE_IS_DOCUMENT (document));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (byline_document_get_file_monitor (document), "changed",
                           G_CALLBACK (file_monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified",
                           G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}
