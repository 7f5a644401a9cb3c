/* byline-window-posts.c: new posts, publishing drafts and exporting posts,
 * as the window's site makes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-export-dialog.h"
#include "byline-site-posts.h"
#include "byline-window-private.h"

typedef struct _PostRequest PostRequest;

/* What a request does in a worker thread: the file it makes or moves. */
typedef GFile *(*PostJob) (PostRequest   *request,
                           GCancellable  *cancellable,
                           GError       **error);

struct _PostRequest {
  BylineWindow   *window;
  BylineSite     *site;
  BylinePage     *page;
  GFile          *file;

  /* A new post's: the dialog's fields, read when it answers. */
  GtkEditable    *title_entry;
  GtkCheckButton *draft_check;
  char           *title;
  gboolean        is_draft;

  PostJob         job;
};

static PostRequest *
post_request_new (BylineWindow *window,
                  BylineSite   *site,
                  BylinePage   *page)
{
  PostRequest *request = g_new0 (PostRequest, 1);
  GFile *file = page != NULL ? byline_document_get_file (byline_page_get_document (page)) : NULL;

  request->window = g_object_ref (window);
  request->site = g_object_ref (site);
  request->page = page != NULL ? g_object_ref (page) : NULL;
  request->file = file != NULL ? g_object_ref (file) : NULL;

  return request;
}

static void
post_request_free (PostRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->site);
  g_clear_object (&request->page);
  g_clear_object (&request->file);
  g_clear_pointer (&request->title, g_free);
  g_free (request);
}

static char *
dup_site_relative (BylineSite *site,
                   GFile      *file)
{
  char *relative = g_file_get_relative_path (byline_site_get_root (site), file);

  return relative != NULL ? relative : g_file_get_parse_name (file);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  PostRequest *request = task_data;
  GError *error = NULL;
  GFile *file = request->job (request, cancellable, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

/* Takes @request, and does its @job off the main thread. */
static void
run_job (PostRequest         *request,
         PostJob              job,
         GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (NULL, request->window->cancellable, done, NULL);

  request->job = job;
  g_task_set_source_tag (task, run_job);
  g_task_set_task_data (task, request, (GDestroyNotify) post_request_free);
  g_task_run_in_thread (task, job_thread);
}

/* Returns the job's file, or tells the writer why there is none: the
 * @failure and the error's message. */
static GFile *
finish_job (GAsyncResult *result,
            const char   *failure)
{
  PostRequest *request = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GFile *file = g_task_propagate_pointer (G_TASK (result), &error);

  if (file == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: what failed, then why. */
      g_autofree char *message = g_strdup_printf (_("%s: %s"), failure, error->message);

      byline_window_show_error (request->window, message);
    }

  return file;
}

/* Gives @dialog a Cancel answer and the suggested one, @id. */
static void
add_answers (AdwMessageDialog *dialog,
             const char       *id,
             const char       *label)
{
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), id, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, id);
  adw_message_dialog_set_close_response (dialog, "cancel");
}

/* New post */

static GFile *
create_job (PostRequest   *request,
            GCancellable  *cancellable,
            GError       **error)
{
  return byline_site_create_post (request->site, request->title, request->is_draft,
                                  NULL, cancellable, error);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PostRequest *request = g_task_get_task_data (G_TASK (result));
  g_autoptr(GFile) file = finish_job (result, _("Could not make the post"));

  if (file != NULL)
    byline_window_open (request->window, file);
}

static void
new_post_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PostRequest      *request)
{
  if (g_strcmp0 (response, "create") != 0)
    {
      post_request_free (request);
      return;
    }

  request->title = g_strstrip (g_strdup (gtk_editable_get_text (request->title_entry)));
  request->is_draft = gtk_check_button_get_active (request->draft_check);
  request->title_entry = NULL;
  request->draft_check = NULL;
  run_job (request, create_job, created_cb);
}

static void
title_changed_cb (GtkEditable      *entry,
                  AdwMessageDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "create", *title != '\0');
}

static void
new_post_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  BylineWindow *self = user_data;
  g_autofree char *name = NULL;
  PostRequest *request;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *check;

  /* Without a site, a new post is a page of its own, saved where the
   * writer says. */
  if (self->site == NULL)
    {
      byline_window_add_page (self);
      return;
    }

  name = byline_site_dup_name (self->site);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("New Post"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("A post of “%s”, named and filled in as %s makes new posts."),
                                  name, byline_site_get_kind_name (self->site));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Title"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  check = gtk_check_button_new_with_mnemonic (_("Start as a _Draft"));
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), check);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  add_answers (ADW_MESSAGE_DIALOG (dialog), "create", _("_Create"));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);

  request = post_request_new (self, self->site, NULL);
  request->title_entry = GTK_EDITABLE (entry);
  request->draft_check = GTK_CHECK_BUTTON (check);
  g_signal_connect (entry, "changed", G_CALLBACK (title_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (new_post_response_cb), request);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Publishing a draft */

static GFile *
publish_job (PostRequest   *request,
             GCancellable  *cancellable,
             GError       **error)
{
  return byline_site_publish_draft (request->site, request->file, NULL, cancellable, error);
}

static void
published_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(BylineWindow) self = user_data;
  BylineDocument *document = BYLINE_DOCUMENT (object);
  g_autoptr(GError) error = NULL;

  byline_file_monitor_set_paused (byline_document_get_file_monitor (document), FALSE);
  if (!byline_document_load_finish (document, result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the published post: %s"), error->message);

      byline_window_show_error (self, message);
    }
}

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PostRequest *request = g_task_get_task_data (G_TASK (result));
  BylineDocument *document = byline_page_get_document (request->page);
  g_autoptr(GFile) published = finish_job (result, _("Could not publish the draft"));
  g_autofree char *relative = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *message = NULL;

  if (published == NULL)
    {
      byline_file_monitor_set_paused (byline_document_get_file_monitor (document), FALSE);
      return;
    }

  /* The page follows its post to where it now lives. A toast's title is
   * markup. */
  relative = dup_site_relative (request->site, published);
  escaped = g_markup_escape_text (relative, -1);
  message = g_strdup_printf (_("Published as %s"), escaped);
  adw_toast_overlay_add_toast (request->window->toast_overlay, adw_toast_new (message));
  byline_document_load_async (document, published, request->window->cancellable,
                              published_loaded_cb, g_object_ref (request->window));
}

static void
start_publish (PostRequest *request)
{
  /* The draft moving is Byline's own doing, not another program's. */
  byline_file_monitor_set_paused (byline_document_get_file_monitor (byline_page_get_document (request->page)),
                                  TRUE);
  run_job (request, publish_job, published_cb);
}

static void
saved_before_publish_cb (BylinePage *page,
                         gboolean    saved,
                         gpointer    user_data)
{
  PostRequest *request = user_data;

  if (saved)
    start_publish (request);
  else
    post_request_free (request);
}

static void
publish_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PostRequest      *request)
{
  if (g_strcmp0 (response, "publish") != 0)
    {
      post_request_free (request);
      return;
    }

  /* What is published is what the writer sees. */
  if (byline_document_get_modified (byline_page_get_document (request->page)))
    byline_window_save_page (request->window, request->page, saved_before_publish_cb, request);
  else
    start_publish (request);
}

static gboolean
is_draft (BylineDocument *document)
{
  BylineSite *site = byline_document_get_site (document);
  GFile *file = byline_document_get_file (document);

  return site != NULL && file != NULL &&
         byline_site_is_draft (site, file, byline_document_get_post (document));
}

static void
publish_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BylineWindow *self = user_data;
  BylinePage *page = byline_window_get_current_page (self);
  BylineDocument *document = page != NULL ? byline_page_get_document (page) : NULL;
  g_autofree char *name = NULL;
  BylineSite *site;
  GtkWidget *dialog;

  if (document == NULL || byline_document_get_busy (document) || !is_draft (document))
    return;

  site = byline_document_get_site (document);
  name = byline_document_dup_title (document);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Publish the Draft?"), NULL);
  if (byline_site_get_kind (site) == BYLINE_SITE_HUGO)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("“%s” will be a draft no more, dated now, and the site will build it."),
                                    name);
  else
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("“%s” moves from the drafts into the site’s posts, dated now, and the site will build it."),
                                    name);

  add_answers (ADW_MESSAGE_DIALOG (dialog), "publish", _("_Publish"));

  g_signal_connect (dialog, "response", G_CALLBACK (publish_response_cb),
                    post_request_new (self, site, page));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export */

static void
exported_cb (BylineWindow *self,
             GFile        *written)
{
  g_autoptr(GFile) folder = g_file_get_parent (written);
  g_autofree char *uri = g_file_get_uri (folder);
  g_autofree char *path = g_file_get_parse_name (written);
  /* A toast's title is markup. */
  g_autofree char *escaped = g_markup_escape_text (path, -1);
  g_autofree char *title = g_strdup_printf (_("Exported to %s"), escaped);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("Open Folder"));
  adw_toast_set_action_name (toast, "win.open-folder");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
start_export (BylineWindow *self,
              BylineSite   *site)
{
  BylinePage *page = byline_window_get_current_page (self);
  BylineDocument *document = page != NULL ? byline_page_get_document (page) : NULL;
  BylineExportDialog *dialog;

  if (document == NULL)
    return;

  byline_document_sync_body (document);
  dialog = byline_export_dialog_new (GTK_WINDOW (self), site, byline_document_get_post (document));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BylineWindow *self = user_data;
  BylinePage *page = byline_window_get_current_page (self);
  BylineDocument *document = page != NULL ? byline_page_get_document (page) : NULL;
  BylineSite *site;

  if (document == NULL || byline_document_get_busy (document))
    return;

  /* A post goes into its own site, else into the window's, else into the
   * site the writer opens for it. */
  if ((site = byline_document_get_site (document)) == NULL)
    site = self->site;

  if (site != NULL)
    start_export (self, site);
  else
    byline_window_choose_site (self, _("Export into Which Site?"), start_export);
}

static void
open_folder_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  gtk_show_uri (GTK_WINDOW (user_data), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static const GActionEntry post_actions[] = {
  { "new-post", new_post_action_cb },
  { "publish", publish_action_cb },
  { "export", export_action_cb },
  { "open-folder", open_folder_action_cb, "s" },
};

static void
set_action_enabled (BylineWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_post_actions (BylineWindow *self)
{
  gboolean is_idle = self->document != NULL && !byline_document_get_busy (self->document);

  set_action_enabled (self, "export", is_idle);
  set_action_enabled (self, "publish", is_idle && is_draft (self->document));
}

/* A Hugo post is a draft by its front matter, which any edit may change. */
static void
document_changed_cb (BylineWindow *self)
{
  BylineSite *site = byline_document_get_site (self->document);

  if (site != NULL && byline_site_get_kind (site) == BYLINE_SITE_HUGO)
    update_post_actions (self);
}

void
byline_window_posts_init (BylineWindow *self)
{
  static const char * const signals[] = { "notify::busy", "notify::file", "notify::site" };

  g_action_map_add_action_entries (G_ACTION_MAP (self), post_actions, G_N_ELEMENTS (post_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_group_connect_swapped (self->document_signals, signals[i],
                                    G_CALLBACK (update_post_actions), self);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_connect_object (self->tab_view, "notify::selected-page",
                           G_CALLBACK (update_post_actions), self, G_CONNECT_SWAPPED);
  update_post_actions (self);
}
