/* byline-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-document.h"
#include "byline-error.h"

struct _BylineDocument
{
  GObject          parent_instance;

  BylinePost      *post;
  GtkSourceBuffer *buffer;
  gulong           front_matter_handler;
  BylineFileMonitor *file_monitor;
  /* The site the post's file is in, found off the main thread, and the
   * file it was looked for from. */
  BylineSite      *site;
  GFile           *site_file;
  GCancellable    *site_cancellable;

  gboolean         front_matter_modified;
  gboolean         read_only;
  gboolean         busy;
  gboolean         loading;
};

G_DEFINE_FINAL_TYPE (BylineDocument, byline_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POST,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  PROP_BUSY,
  PROP_SITE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_busy (BylineDocument *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_front_matter_modified (BylineDocument *self,
                           gboolean        modified)
{
  gboolean was_modified = byline_document_get_modified (self);

  self->front_matter_modified = modified;
  if (was_modified != byline_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
front_matter_text_changed_cb (BylineDocument    *self,
                              GParamSpec        *pspec,
                              BylineFrontMatter *front_matter)
{
  set_front_matter_modified (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
buffer_changed_cb (BylineDocument  *self,
                   GtkSourceBuffer *buffer)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
buffer_modified_changed_cb (BylineDocument  *self,
                            GtkSourceBuffer *buffer)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Puts the cursor on @line, or on the last line when the text is shorter:
 * a post reloaded after a change on disk stays where the writer was. */
static void
place_cursor_on_line (BylineDocument *self,
                      int             line)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (self->buffer), &iter, line);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &iter);
}

static int
get_cursor_line (BylineDocument *self)
{
  GtkTextIter iter;
  GtkTextMark *insert = gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->buffer));

  gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, insert);
  return gtk_text_iter_get_line (&iter);
}

static void
follow_front_matter (BylineDocument *self)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (self->post);

  if (front_matter != NULL)
    self->front_matter_handler =
      g_signal_connect_object (front_matter, "notify::text",
                               G_CALLBACK (front_matter_text_changed_cb), self,
                               G_CONNECT_SWAPPED);
}

static void
set_post (BylineDocument *self,
          BylinePost     *post)
{
  BylineFrontMatter *front_matter;
  int cursor_line = get_cursor_line (self);

  if (self->post != NULL)
    {
      front_matter = byline_post_get_front_matter (self->post);
      if (front_matter != NULL)
        g_clear_signal_handler (&self->front_matter_handler, front_matter);
    }

  g_set_object (&self->post, post);
  follow_front_matter (self);

  /* Loading a body is not an edit: it is neither undoable nor unsaved. */
  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), byline_post_get_body (post), -1);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self->buffer), FALSE);
  place_cursor_on_line (self, cursor_line);
  self->loading = FALSE;

  set_front_matter_modified (self, FALSE);
  byline_file_monitor_watch (self->file_monitor, byline_post_get_file (post), byline_post_get_etag (post));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POST]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
byline_document_dispose (GObject *object)
{
  BylineDocument *self = (BylineDocument *)object;

  g_clear_object (&self->post);
  g_clear_object (&self->buffer);
  g_clear_object (&self->file_monitor);
  g_cancellable_cancel (self->site_cancellable);
  g_clear_object (&self->site_cancellable);
  g_clear_object (&self->site);
  g_clear_object (&self->site_file);

  G_OBJECT_CLASS (byline_document_parent_class)->dispose (object);
}

static void
byline_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BylineDocument *self = BYLINE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_POST:
      g_value_set_object (value, self->post);
      break;
    case PROP_FILE:
      g_value_set_object (value, byline_document_get_file (self));
      break;
    case PROP_TITLE:
      g_value_take_string (value, byline_document_dup_title (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, byline_document_get_modified (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_SITE:
      g_value_set_object (value, self->site);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_document_class_init (BylineDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_document_dispose;
  object_class->get_property = byline_document_get_property;

  properties[PROP_POST] =
    g_param_spec_object ("post", NULL, NULL,
                         BYLINE_TYPE_POST,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SITE] =
    g_param_spec_object ("site", NULL, NULL,
                         BYLINE_TYPE_SITE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineDocument::changed:
   *
   * The post's front matter or body changed, by an edit or a load.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A file caught half written is read again at its next change. */
  if (!byline_document_load_finish (BYLINE_DOCUMENT (object), result, &error))
    g_debug ("Could not reload the post: %s", error->message);
}

static void
file_monitor_changed_cb (BylineDocument    *self,
                         BylineFileMonitor *file_monitor)
{
  switch (byline_file_monitor_get_state (file_monitor))
    {
    case BYLINE_DISK_STATE_CHANGED:
      /* With nothing of the writer's to lose, the post follows the file. */
      if (!byline_document_get_modified (self) && !self->busy)
        byline_document_load_async (self, byline_file_monitor_get_file (file_monitor),
                                    NULL, reload_cb, NULL);
      break;

    case BYLINE_DISK_STATE_DELETED:
      /* The text now lives only here: closing must ask, and autosave keep it. */
      gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self->buffer), TRUE);
      break;

    case BYLINE_DISK_STATE_UNCHANGED:
    default:
      break;
    }
}

static void
set_site (BylineDocument *self,
          BylineSite     *site)
{
  /* A post moved within its site keeps the same site. */
  if (site != NULL && self->site != NULL &&
      g_file_equal (byline_site_get_root (site), byline_site_get_root (self->site)) &&
      byline_site_get_kind (site) == byline_site_get_kind (self->site))
    return;

  if (g_set_object (&self->site, site))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITE]);
}

static void
site_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BylineDocument) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSite) site = byline_site_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL && !g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_NO_SITE))
    g_debug ("Could not read the post’s site: %s", error->message);

  set_site (self, site);
}

/* A post opened from a site belongs to it: New Post, Publish and Export
 * follow that site. */
static void
file_changed_cb (BylineDocument *self)
{
  GFile *file = byline_document_get_file (self);

  /* A save in place is no move to another site. */
  if (file != NULL && self->site_file != NULL && g_file_equal (file, self->site_file))
    return;
  g_set_object (&self->site_file, file);

  g_cancellable_cancel (self->site_cancellable);
  g_clear_object (&self->site_cancellable);

  if (file == NULL)
    {
      set_site (self, NULL);
      return;
    }

  self->site_cancellable = g_cancellable_new ();
  byline_site_load_async (file, self->site_cancellable, site_loaded_cb, g_object_ref (self));
}

static void
byline_document_init (BylineDocument *self)
{
  self->buffer = gtk_source_buffer_new (NULL);
  self->post = byline_post_new ();
  self->file_monitor = byline_file_monitor_new ();

  g_signal_connect_object (self->file_monitor, "changed",
                           G_CALLBACK (file_monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->buffer, "changed",
                           G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "modified-changed",
                           G_CALLBACK (buffer_modified_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::file", G_CALLBACK (file_changed_cb), NULL);
}

BylineDocument *
byline_document_new (void)
{
  return g_object_new (BYLINE_TYPE_DOCUMENT, NULL);
}

/**
 * byline_document_get_post:
 *
 * Returns: (transfer none): the post; its body is brought up to date with
 *   the buffer by byline_document_sync_body()
 */
BylinePost *
byline_document_get_post (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return self->post;
}

GtkSourceBuffer *
byline_document_get_buffer (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return self->buffer;
}

/**
 * byline_document_get_file_monitor:
 *
 * Returns: (transfer none): what tells when another program changes or
 *   deletes the post's file
 */
BylineFileMonitor *
byline_document_get_file_monitor (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return self->file_monitor;
}

/**
 * byline_document_restore:
 * @post: a post read back from a draft
 *
 * Shows @post as unsaved changes: saving writes it to its file, which
 * still asks first when another program changed that file since.
 */
void
byline_document_restore (BylineDocument *self,
                         BylinePost     *post)
{
  g_return_if_fail (BYLINE_IS_DOCUMENT (self));
  g_return_if_fail (BYLINE_IS_POST (post));

  set_post (self, post);
  gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self->buffer), TRUE);
}

/**
 * byline_document_get_site:
 *
 * Returns: (transfer none) (nullable): the Hexo, Jekyll or Hugo site the
 *   post's file is in, once found
 */
BylineSite *
byline_document_get_site (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return self->site;
}

/**
 * byline_document_get_front_matter:
 *
 * Returns: (transfer none) (nullable): the post's front matter
 */
BylineFrontMatter *
byline_document_get_front_matter (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return byline_post_get_front_matter (self->post);
}

/**
 * byline_document_ensure_front_matter:
 * @format: the language of a new front matter
 *
 * Gives a post without front matter an empty one, so that fields can be
 * added to it.
 *
 * Returns: (transfer none): the post's front matter
 */
BylineFrontMatter *
byline_document_ensure_front_matter (BylineDocument *self,
                                     BylineFormat    format)
{
  BylineFrontMatter *front_matter;

  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  front_matter = byline_post_get_front_matter (self->post);
  if (front_matter != NULL)
    return front_matter;

  front_matter = byline_post_ensure_front_matter (self->post, format);
  follow_front_matter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POST]);

  return front_matter;
}

/**
 * byline_document_get_file:
 *
 * Returns: (transfer none) (nullable): the post's file
 */
GFile *
byline_document_get_file (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return byline_post_get_file (self->post);
}

/**
 * byline_document_dup_title:
 *
 * Returns: (transfer full): the name to show for the document: its file's
 *   name, or "New Post"
 */
char *
byline_document_dup_title (BylineDocument *self)
{
  GFile *file;

  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  file = byline_document_get_file (self);
  if (file == NULL)
    return g_strdup (_("New Post"));

  return g_file_get_basename (file);
}

gboolean
byline_document_get_modified (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), FALSE);

  return self->front_matter_modified ||
         gtk_text_buffer_get_modified (GTK_TEXT_BUFFER (self->buffer));
}

/**
 * byline_document_get_read_only:
 *
 * Whether the file cannot be written, as the installed sample: Save then
 * asks where to save instead.
 */
gboolean
byline_document_get_read_only (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), FALSE);

  return self->read_only;
}

gboolean
byline_document_get_busy (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), FALSE);

  return self->busy;
}

/**
 * byline_document_sync_body:
 *
 * Copies the buffer's text into the post, before rendering or saving.
 */
void
byline_document_sync_body (BylineDocument *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_return_if_fail (BYLINE_IS_DOCUMENT (self));

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  text = gtk_text_iter_get_slice (&start, &end);
  byline_post_set_body (self->post, text);
}

static void
query_writable_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineDocument *self = g_task_get_source_object (task);
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, NULL);

  self->read_only = info != NULL &&
                    g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) &&
                    !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);

  set_post (self, g_task_get_task_data (task));
  set_busy (self, FALSE);
  g_task_return_boolean (task, TRUE);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineDocument *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;
  BylinePost *post = byline_post_load_finish (result, &error);

  if (post == NULL)
    {
      set_busy (self, FALSE);
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, post, g_object_unref);
  g_file_query_info_async (byline_post_get_file (post),
                           G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                           G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT,
                           cancellable,
                           query_writable_cb,
                           g_steal_pointer (&task));
}

/**
 * byline_document_load_async:
 *
 * Reads @file off the main thread and shows it. On failure the document
 * keeps what it had.
 */
void
byline_document_load_async (BylineDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BYLINE_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_document_load_async);

  set_busy (self, TRUE);
  byline_post_load_async (file, cancellable, load_cb, g_steal_pointer (&task));
}

gboolean
byline_document_load_finish (BylineDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineDocument *self = g_task_get_source_object (task);
  GError *error = NULL;

  set_busy (self, FALSE);

  if (!byline_post_save_finish (BYLINE_POST (object), result, &error))
    {
      gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self->buffer), TRUE);
      set_front_matter_modified (self, TRUE);
      byline_file_monitor_set_paused (self->file_monitor, FALSE);
      g_task_return_error (task, error);
      return;
    }

  byline_file_monitor_watch (self->file_monitor, byline_post_get_file (self->post),
                             byline_post_get_etag (self->post));
  byline_file_monitor_set_paused (self->file_monitor, FALSE);

  self->read_only = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_task_return_boolean (task, TRUE);
}

/**
 * byline_document_save_async:
 * @file: (nullable): a new location, or %NULL to save in place
 *
 * Saves atomically; fails with %BYLINE_ERROR_CHANGED_ON_DISK when another
 * program changed the file, unless @flags say to overwrite.
 */
void
byline_document_save_async (BylineDocument      *self,
                            GFile               *file,
                            BylineSaveFlags      flags,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BYLINE_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || byline_document_get_file (self) != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_document_save_async);

  byline_document_sync_body (self);

  /* Marked saved now, so that an edit typed while the file is written
   * marks the document modified again; a failed save marks it back. */
  gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self->buffer), FALSE);
  set_front_matter_modified (self, FALSE);

  /* The writer's own save is no change by another program. */
  byline_file_monitor_set_paused (self->file_monitor, TRUE);
  set_busy (self, TRUE);
  byline_post_save_async (self->post, file, flags, cancellable, save_cb, g_steal_pointer (&task));
}

gboolean
byline_document_save_finish (BylineDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
