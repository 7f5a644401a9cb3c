/* byline-window-actions.c: what the window's menus, buttons and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-error.h"
#include "byline-window-private.h"

static GtkFileFilter *
new_post_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Posts"));
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_suffix (filter, "md");
  gtk_file_filter_add_suffix (filter, "markdown");
  gtk_file_filter_add_suffix (filter, "html");

  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          byline_window_open (self, file);
        }
    }

  g_object_unref (dialog);
}

static void
open_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BylineWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) posts = new_post_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Posts"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  byline_window_start_chooser (self, GTK_FILE_CHOOSER (dialog), FALSE);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), posts);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct {
  BylineWindow   *window;
  BylinePage     *page;
  GFile          *file;
  BylineSaveDone  done;
  gpointer        user_data;
} SaveRequest;

static SaveRequest *
save_request_new (BylineWindow   *window,
                  BylinePage     *page,
                  GFile          *file,
                  BylineSaveDone  done,
                  gpointer        user_data)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->window = g_object_ref (window);
  request->page = g_object_ref (page);
  request->file = file != NULL ? g_object_ref (file) : NULL;
  request->done = done;
  request->user_data = user_data;

  return request;
}

/* Ends a save request, telling whoever asked for it how it went. */
static void
save_request_finish (SaveRequest *request,
                     gboolean     saved)
{
  if (request->done != NULL)
    request->done (request->page, saved, request->user_data);

  g_clear_object (&request->window);
  g_clear_object (&request->page);
  g_clear_object (&request->file);
  g_free (request);
}

static void start_save (SaveRequest     *request,
                        BylineSaveFlags  flags);

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SaveRequest      *request)
{
  if (g_strcmp0 (response, "overwrite") == 0)
    start_save (request, BYLINE_SAVE_FLAGS_OVERWRITE_CHANGES);
  else
    save_request_finish (request, FALSE);
}

static void
ask_overwrite (SaveRequest *request)
{
  BylineDocument *document = byline_page_get_document (request->page);
  g_autofree char *name = byline_document_dup_title (document);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (request->window),
                                   _("File Changed on Disk"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Another program changed “%s” since it was opened. Saving replaces those changes with yours."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SaveRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (byline_document_save_finish (BYLINE_DOCUMENT (object), result, &error))
    {
      save_request_finish (request, TRUE);
      return;
    }

  if (g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_CHANGED_ON_DISK))
    {
      ask_overwrite (request);
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      name = byline_document_dup_title (BYLINE_DOCUMENT (object));
      message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
      byline_window_show_error (request->window, message);
    }

  save_request_finish (request, FALSE);
}

static void
start_save (SaveRequest     *request,
            BylineSaveFlags  flags)
{
  byline_document_save_async (byline_page_get_document (request->page), request->file, flags,
                              request->window->cancellable, save_cb, request);
}

/**
 * byline_window_save_page:
 * @done: (nullable): called when the save ends
 *
 * Saves @page's post in place; a post without a file of its own, or one
 * that cannot be written (the bundled sample), asks where to save instead.
 */
void
byline_window_save_page (BylineWindow   *self,
                         BylinePage     *page,
                         BylineSaveDone  done,
                         gpointer        user_data)
{
  BylineDocument *document;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (BYLINE_IS_PAGE (page));

  document = byline_page_get_document (page);
  if (byline_document_get_file (document) == NULL || byline_document_get_read_only (document))
    {
      byline_window_save_page_as (self, page, done, user_data);
      return;
    }

  start_save (save_request_new (self, page, NULL, done, user_data), BYLINE_SAVE_FLAGS_NONE);
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     SaveRequest     *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      request->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      start_save (request, BYLINE_SAVE_FLAGS_NONE);
    }
  else
    save_request_finish (request, FALSE);

  g_object_unref (dialog);
}

/**
 * byline_window_save_page_as:
 * @done: (nullable): called when the save ends
 *
 * Asks where to save @page's post, then saves it there.
 */
void
byline_window_save_page_as (BylineWindow   *self,
                            BylinePage     *page,
                            BylineSaveDone  done,
                            gpointer        user_data)
{
  BylineDocument *document;
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (BYLINE_IS_PAGE (page));

  document = byline_page_get_document (page);
  dialog = gtk_file_chooser_native_new (_("Save Post As"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  name = byline_document_get_file (document) != NULL ? byline_document_dup_title (document)
                                                      : g_strdup (_("New Post.md"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb),
                    save_request_new (self, page, NULL, done, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BylineWindow *self = user_data;
  BylinePage *page = byline_window_get_current_page (self);

  if (page != NULL)
    byline_window_save_page (self, page, NULL, NULL);
}

static void
save_as_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BylineWindow *self = user_data;
  BylinePage *page = byline_window_get_current_page (self);

  if (page != NULL)
    byline_window_save_page_as (self, page, NULL, NULL);
}

static void
close_page_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  BylineWindow *self = user_data;
  AdwTabPage *tab = adw_tab_view_get_selected_page (self->tab_view);

  if (tab != NULL)
    adw_tab_view_close_page (self->tab_view, tab);
}

static const GActionEntry window_actions[] = {
  { "open", open_action_cb },
  { "save", save_action_cb },
  { "save-as", save_as_action_cb },
  { "close-page", close_page_action_cb },
};

static void
update_save_actions (BylineWindow *self)
{
  static const char * const names[] = { "save", "save-as" };
  gboolean enabled = self->document != NULL && !byline_document_get_busy (self->document);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

/* Settings shown as toggles in the window. */
static const char * const setting_keys[] = { "show-form", "show-editor", "show-preview", "spell-check" };

/* An action made from a setting follows the setting for as long as it
 * lives, and would tell a window that is gone: it goes with the window. */
static void
remove_setting_actions_cb (BylineWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (setting_keys); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), setting_keys[i]);
}

void
byline_window_actions_init (BylineWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (setting_keys); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, setting_keys[i]);

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }

  g_signal_connect (self, "destroy", G_CALLBACK (remove_setting_actions_cb), NULL);
  g_signal_group_connect_swapped (self->document_signals, "notify::busy",
                                  G_CALLBACK (update_save_actions), self);
  g_signal_connect_object (self->tab_view, "notify::selected-page",
                           G_CALLBACK (update_save_actions), self, G_CONNECT_SWAPPED);
  update_save_actions (self);
}
