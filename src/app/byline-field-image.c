/* byline-field-image.c
 *
 * The thumbnail never blocks typing: it is looked up a moment after the
 * last keystroke, read with GIO (local files) or libsoup (remote images,
 * only when the preferences allow remote content) and decoded in a worker
 * thread. A new address cancels the load of the old one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "byline-field-image.h"

#define LOOKUP_DELAY_MS 300
#define FETCH_TIMEOUT_S 20

struct _BylineFieldImage
{
  AdwEntryRow       parent_instance;

  BylineFieldHints *hints;
  GFile            *post_file;
  GSettings        *settings;
  SoupSession      *session;
  GCancellable     *cancellable;
  guint             lookup_source;

  GtkPicture       *picture;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldImage, byline_field_image, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static void
show_placeholder (BylineFieldImage *self,
                  const char       *why)
{
  g_autoptr(GtkIconPaintable) icon = NULL;
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

  icon = gtk_icon_theme_lookup_icon (theme, "image-x-generic-symbolic", NULL, 32,
                                     gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                     gtk_widget_get_direction (GTK_WIDGET (self)), 0);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (icon));
  gtk_picture_set_content_fit (self->picture, GTK_CONTENT_FIT_SCALE_DOWN);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->picture), why);
  g_clear_object (&self->cancellable);
}

static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GdkTexture *texture = gdk_texture_new_from_bytes (task_data, &error);

  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

static void
decoded_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  BylineFieldImage *self = BYLINE_FIELD_IMAGE (object);
  g_autoptr(GdkTexture) texture = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  texture = g_task_propagate_pointer (G_TASK (result), NULL);

  if (texture == NULL)
    {
      show_placeholder (self, _("The image cannot be read"));
      return;
    }

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_picture_set_content_fit (self->picture, GTK_CONTENT_FIT_COVER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->picture), NULL);
  g_clear_object (&self->cancellable);
}

static void
decode (BylineFieldImage *self,
        GBytes           *bytes)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, decoded_cb, NULL);

  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, decode_thread);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BylineFieldImage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (bytes == NULL || !SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (message)))
    {
      show_placeholder (self, _("The image cannot be downloaded"));
      return;
    }

  decode (self, bytes);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(BylineFieldImage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (bytes == NULL)
    {
      show_placeholder (self, _("There is no image at this address"));
      return;
    }

  decode (self, bytes);
}

static gboolean
is_remote (GFile *file)
{
  return g_file_has_uri_scheme (file, "http") || g_file_has_uri_scheme (file, "https");
}

static gboolean
lookup_cb (gpointer user_data)
{
  BylineFieldImage *self = user_data;
  const char *reference = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autoptr(GFile) file = byline_field_hints_locate_image (self->hints, reference, self->post_file);

  self->lookup_source = 0;

  if (file == NULL)
    {
      show_placeholder (self, *reference == '\0' ? _("No image") : _("Byline cannot show images at this address"));
      return G_SOURCE_REMOVE;
    }

  self->cancellable = g_cancellable_new ();

  if (!is_remote (file))
    {
      g_file_load_bytes_async (file, self->cancellable, read_cb, g_object_ref (self));
      return G_SOURCE_REMOVE;
    }

  if (!g_settings_get_boolean (self->settings, "load-remote-content"))
    {
      show_placeholder (self, _("Remote images are not loaded; the preferences can allow them"));
      return G_SOURCE_REMOVE;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);
    g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_GET, uri);

    if (message == NULL)
      {
        show_placeholder (self, _("Byline cannot show images at this address"));
        return G_SOURCE_REMOVE;
      }

    if (self->session == NULL)
      self->session = soup_session_new_with_options ("timeout", FETCH_TIMEOUT_S, NULL);
    soup_session_send_and_read_async (self->session, message, G_PRIORITY_LOW, self->cancellable,
                                      fetched_cb, g_object_ref (self));
  }

  return G_SOURCE_REMOVE;
}

/* Looks the image up a moment after the address last changed. */
static void
schedule_lookup (BylineFieldImage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->lookup_source, g_source_remove);

  self->lookup_source = g_timeout_add (LOOKUP_DELAY_MS, lookup_cb, self);
}

static void
byline_field_image_show_value (BylineField *field,
                               BylineNode  *value)
{
  byline_field_show_text (GTK_EDITABLE (field), value);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_image_show_value;
}

static void
changed_cb (BylineFieldImage *self)
{
  schedule_lookup (self);
  byline_field_emit_text (BYLINE_FIELD (self), gtk_editable_get_text (GTK_EDITABLE (self)));
}

static void
byline_field_image_dispose (GObject *object)
{
  BylineFieldImage *self = (BylineFieldImage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->lookup_source, g_source_remove);

  G_OBJECT_CLASS (byline_field_image_parent_class)->dispose (object);
}

static void
byline_field_image_finalize (GObject *object)
{
  BylineFieldImage *self = (BylineFieldImage *)object;

  g_clear_object (&self->hints);
  g_clear_object (&self->post_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (byline_field_image_parent_class)->finalize (object);
}

static void
byline_field_image_class_init (BylineFieldImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_field_image_dispose;
  object_class->finalize = byline_field_image_finalize;
}

static void
byline_field_image_init (BylineFieldImage *self)
{
  self->settings = g_settings_new (APP_ID);

  self->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->picture), 48, 36);
  gtk_widget_set_valign (GTK_WIDGET (self->picture), GTK_ALIGN_CENTER);
  gtk_widget_set_overflow (GTK_WIDGET (self->picture), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self->picture), "byline-thumbnail");
  gtk_picture_set_alternative_text (self->picture, _("Thumbnail of the image"));
}

/**
 * byline_field_image_new:
 * @hints: what finds the image an address names
 * @post_file: (nullable): the post, for addresses relative to it
 */
GtkWidget *
byline_field_image_new (const char       *path,
                        const char       *key,
                        const char       *label,
                        BylineFieldHints *hints,
                        GFile            *post_file)
{
  BylineFieldImage *self = g_object_new (BYLINE_TYPE_FIELD_IMAGE, NULL);

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (hints), NULL);

  self->hints = g_object_ref (hints);
  g_set_object (&self->post_file, post_file);

  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->picture));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
  g_signal_connect_object (self->settings, "changed::load-remote-content",
                           G_CALLBACK (schedule_lookup), self,
                           G_CONNECT_SWAPPED);
  schedule_lookup (self);

  return GTK_WIDGET (self);
}

/**
 * byline_field_image_get_picture:
 *
 * Returns: (transfer none): the thumbnail
 */
GtkPicture *
byline_field_image_get_picture (BylineFieldImage *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_IMAGE (self), NULL);

  return self->picture;
}

/**
 * byline_field_image_is_loading:
 *
 * Whether the thumbnail is still being looked up or read.
 */
gboolean
byline_field_image_is_loading (BylineFieldImage *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_IMAGE (self), FALSE);

  return self->lookup_source != 0 || self->cancellable != NULL;
}
