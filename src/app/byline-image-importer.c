/* byline-image-importer.c: images dropped or pasted into the body, copied
 * into the post's site and linked where they fell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-image-importer.h"
#include "byline-markup.h"
#include "byline-post-images.h"

struct _BylineImageImporter
{
  GObject         parent_instance;

  GtkTextView    *view;
  BylineDocument *document;
  BylineBodyKind  kind;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (BylineImageImporter, byline_image_importer, G_TYPE_OBJECT)

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Images added at one place: copied one after the other, so that their
 * links come in the order they were given, one a line. */
typedef struct {
  BylineImageImporter *self;
  GtkTextBuffer       *buffer;
  GFile               *post_file;
  GtkTextMark         *mark;
  GQueue               files;
  GBytes              *contents;
  char                *name;
  guint                n_added;
} Batch;

static void
batch_free (Batch *batch)
{
  if (!gtk_text_mark_get_deleted (batch->mark))
    gtk_text_buffer_delete_mark (batch->buffer, batch->mark);
  g_clear_object (&batch->mark);
  g_queue_clear_full (&batch->files, g_object_unref);
  g_clear_pointer (&batch->contents, g_bytes_unref);
  g_clear_pointer (&batch->name, g_free);
  g_clear_object (&batch->post_file);
  g_clear_object (&batch->buffer);
  g_clear_object (&batch->self);
  g_free (batch);
}

static void
fail (BylineImageImporter *self,
      const char          *name,
      const GError        *error)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("Could not add the image “%s”: %s"), name, error->message);
  g_signal_emit (self, signals[FAILED], 0, message);
}

static void add_next (Batch *batch);

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Batch *batch = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = byline_post_images_add_finish (result, NULL, &error);
  g_autofree char *markup = NULL;
  GtkTextIter where;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      batch_free (batch);
      return;
    }

  if (link == NULL)
    {
      fail (batch->self, batch->name, error);
      add_next (batch);
      return;
    }

  markup = byline_markup_image (batch->self->kind, link);
  gtk_text_buffer_get_iter_at_mark (batch->buffer, &where, batch->mark);

  gtk_text_buffer_begin_user_action (batch->buffer);
  if (batch->n_added++ > 0)
    gtk_text_buffer_insert (batch->buffer, &where, "\n", -1);
  gtk_text_buffer_insert (batch->buffer, &where, markup, -1);
  gtk_text_buffer_end_user_action (batch->buffer);

  add_next (batch);
}

static void
add_next (Batch *batch)
{
  g_autoptr(GFile) source = g_queue_pop_head (&batch->files);
  g_autoptr(GBytes) contents = g_steal_pointer (&batch->contents);

  if (source == NULL && contents == NULL)
    {
      batch_free (batch);
      return;
    }

  if (source != NULL)
    {
      g_free (batch->name);
      batch->name = g_file_get_basename (source);
    }

  byline_post_images_add_async (batch->post_file, source, contents, batch->name,
                                batch->self->cancellable, added_cb, batch);
}

static gboolean
has_image (GSList *files)
{
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && byline_post_images_is_image_name (name))
        return TRUE;
    }

  return FALSE;
}

/* Starts a batch at @where, or says why images cannot be added. */
static Batch *
new_batch (BylineImageImporter *self,
           const GtkTextIter   *where)
{
  GFile *post_file = self->document != NULL ? byline_document_get_file (self->document) : NULL;
  Batch *batch;

  if (post_file == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0,
                     _("Save the post before adding images: they are copied beside it or into its site"));
      return NULL;
    }

  batch = g_new0 (Batch, 1);
  batch->self = g_object_ref (self);
  batch->buffer = g_object_ref (gtk_text_iter_get_buffer (where));
  batch->post_file = g_object_ref (post_file);
  batch->mark = g_object_ref (gtk_text_buffer_create_mark (batch->buffer, NULL, where, FALSE));
  g_queue_init (&batch->files);

  return batch;
}

/**
 * byline_image_importer_add_files:
 * @files: (element-type GFile): files dropped or pasted
 * @where: the place in the view's buffer to link them
 *
 * Copies the images among @files into the post's images folder (see
 * byline_post_images_folder()), off the main thread, and links each at
 * @where as it arrives.
 *
 * Returns: whether any of @files is an image
 */
gboolean
byline_image_importer_add_files (BylineImageImporter *self,
                                 GSList              *files,
                                 const GtkTextIter   *where)
{
  Batch *batch;

  g_return_val_if_fail (BYLINE_IS_IMAGE_IMPORTER (self), FALSE);
  g_return_val_if_fail (where != NULL, FALSE);

  if (!has_image (files))
    return FALSE;

  if ((batch = new_batch (self, where)) == NULL)
    return TRUE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && byline_post_images_is_image_name (name))
        g_queue_push_tail (&batch->files, g_object_ref (l->data));
    }

  add_next (batch);
  return TRUE;
}

/**
 * byline_image_importer_add_bytes:
 * @contents: an image's bytes, as pasted
 * @name: the file name to give it
 * @where: the place in the view's buffer to link it
 *
 * Writes a pasted image into the post's images folder, off the main
 * thread, and links it at @where.
 */
void
byline_image_importer_add_bytes (BylineImageImporter *self,
                                 GBytes              *contents,
                                 const char          *name,
                                 const GtkTextIter   *where)
{
  Batch *batch;

  g_return_if_fail (BYLINE_IS_IMAGE_IMPORTER (self));
  g_return_if_fail (contents != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (where != NULL);

  if ((batch = new_batch (self, where)) == NULL)
    return;

  batch->contents = g_bytes_ref (contents);
  batch->name = g_strdup (name);
  add_next (batch);
}

static gboolean
drop_cb (BylineImageImporter *self,
         const GValue        *value,
         double               x,
         double               y,
         GtkDropTarget       *target)
{
  GSList *files = g_value_get_boxed (value);
  GtkTextIter where;
  int buffer_x, buffer_y;

  if (self->view == NULL)
    return FALSE;

  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
  gtk_text_view_get_iter_at_location (self->view, &where, buffer_x, buffer_y);

  return byline_image_importer_add_files (self, files, &where);
}

/* Files that are no images are left to the view, which inserts their
 * addresses as it does without Byline. */
static void
drop_value_cb (BylineImageImporter *self,
               GParamSpec          *pspec,
               GtkDropTarget       *target)
{
  const GValue *value = gtk_drop_target_get_value (target);

  if (value != NULL && !has_image (g_value_get_boxed (value)))
    gtk_drop_target_reject (target);
}

static void
insert_pasted_texture (BylineImageImporter *self,
                       GdkTexture          *texture)
{
  g_autoptr(GBytes) png = gdk_texture_save_to_png_bytes (texture);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter cursor;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  /* Translators: the file name of an image pasted into a post. */
  byline_image_importer_add_bytes (self, png, _("pasted-image.png"), &cursor);
}

static void
read_texture_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(BylineImageImporter) self = user_data;
  g_autoptr(GdkTexture) texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (object), result, NULL);

  if (texture != NULL && self->view != NULL)
    insert_pasted_texture (self, texture);
}

static void
read_files_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BylineImageImporter) self = user_data;
  GdkClipboard *clipboard = GDK_CLIPBOARD (object);
  const GValue *value = gdk_clipboard_read_value_finish (clipboard, result, NULL);
  GtkTextBuffer *buffer;
  GtkTextIter cursor;

  if (self->view == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));

  /* Files that are no images paste as the text they come with. */
  if (value == NULL || !byline_image_importer_add_files (self, g_value_get_boxed (value), &cursor))
    gtk_text_buffer_paste_clipboard (buffer, clipboard, NULL, gtk_text_view_get_editable (self->view));
}

/* Images on the clipboard, as files or as a picture without text, are
 * added to the post; anything else pastes as usual. */
static void
paste_clipboard_cb (BylineImageImporter *self,
                    GtkTextView         *view)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (view));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    {
      g_signal_stop_emission_by_name (view, "paste-clipboard");
      gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT,
                                      self->cancellable, read_files_cb, g_object_ref (self));
    }
  else if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE) &&
           !gdk_content_formats_contain_gtype (formats, G_TYPE_STRING))
    {
      g_signal_stop_emission_by_name (view, "paste-clipboard");
      gdk_clipboard_read_texture_async (clipboard, self->cancellable, read_texture_cb, g_object_ref (self));
    }
}

static void
byline_image_importer_dispose (GObject *object)
{
  BylineImageImporter *self = (BylineImageImporter *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (byline_image_importer_parent_class)->dispose (object);
}

static void
byline_image_importer_class_init (BylineImageImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_image_importer_dispose;

  /**
   * BylineImageImporter::failed:
   * @message: what went wrong, for the writer
   *
   * An image could not be added.
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
byline_image_importer_init (BylineImageImporter *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * byline_image_importer_new:
 *
 * Adds the images dropped on @view or pasted into it to the post.
 */
BylineImageImporter *
byline_image_importer_new (GtkTextView *view)
{
  BylineImageImporter *self;
  GtkDropTarget *target;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (BYLINE_TYPE_IMAGE_IMPORTER, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);

  /* Before the view's own drop target, which would insert the files'
   * addresses as text; the files are read while they hover, to leave
   * those that are no images to it. */
  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  gtk_drop_target_set_preload (target, TRUE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (target), GTK_PHASE_CAPTURE);
  g_signal_connect_object (target, "notify::value", G_CALLBACK (drop_value_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (view, "paste-clipboard", G_CALLBACK (paste_clipboard_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * byline_image_importer_set_document:
 * @document: (nullable): the post images are added to
 */
void
byline_image_importer_set_document (BylineImageImporter *self,
                                    BylineDocument      *document)
{
  g_return_if_fail (BYLINE_IS_IMAGE_IMPORTER (self));
  g_return_if_fail (document == NULL || BYLINE_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
}

/**
 * byline_image_importer_set_body_kind:
 *
 * Says whether links are written in Markdown or in HTML.
 */
void
byline_image_importer_set_body_kind (BylineImageImporter *self,
                                     BylineBodyKind       kind)
{
  g_return_if_fail (BYLINE_IS_IMAGE_IMPORTER (self));

  self->kind = kind;
}
