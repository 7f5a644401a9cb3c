/* byline-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-display-path.h"
#include "byline-error.h"
#include "byline-window-private.h"

G_DEFINE_FINAL_TYPE (BylineWindow, byline_window, ADW_TYPE_APPLICATION_WINDOW)

BylineWindow *
byline_window_new (BylineApplication *application)
{
  return g_object_new (BYLINE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static char *
dup_page_title (BylineDocument *document)
{
  g_autofree char *name = byline_document_dup_title (document);

  if (!byline_document_get_modified (document))
    return g_steal_pointer (&name);

  /* Translators: the name of a post with unsaved changes. */
  return g_strdup_printf (_("• %s"), name);
}

static void
update_title (BylineWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Byline"));
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), _("Byline"));
      return;
    }

  title = dup_page_title (self->document);
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  file = byline_document_get_file (self->document);
  if (file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;

      if (path != NULL)
        subtitle = byline_display_path (path);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
}

static void
update_tab_title (AdwTabPage     *tab,
                  GParamSpec     *pspec,
                  BylineDocument *document)
{
  g_autofree char *title = dup_page_title (document);

  adw_tab_page_set_title (tab, title);
  adw_tab_page_set_loading (tab, byline_document_get_busy (document));
  adw_tab_page_set_needs_attention (tab, FALSE);
}

static void
selected_page_changed_cb (BylineWindow *self)
{
  BylinePage *page = byline_window_get_current_page (self);
  BylineDocument *document = page != NULL ? byline_page_get_document (page) : NULL;

  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, self->document);
  update_title (self);
}

/**
 * byline_window_show_error:
 *
 * Tells the user about a failure without getting in the way of their work.
 */
void
byline_window_show_error (BylineWindow *self,
                          const char   *message)
{
  AdwToast *toast;

  g_return_if_fail (BYLINE_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * byline_window_get_current_page:
 *
 * Returns: (transfer none) (nullable): the page shown
 */
BylinePage *
byline_window_get_current_page (BylineWindow *self)
{
  AdwTabPage *tab;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  tab = adw_tab_view_get_selected_page (self->tab_view);
  return tab != NULL ? BYLINE_PAGE (adw_tab_page_get_child (tab)) : NULL;
}

/**
 * byline_window_add_page:
 *
 * Returns: (transfer none): a new empty page, selected
 */
BylinePage *
byline_window_add_page (BylineWindow *self)
{
  BylinePage *page;
  AdwTabPage *tab;
  BylineDocument *document;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  page = byline_page_new ();
  document = byline_page_get_document (page);
  tab = adw_tab_view_append (self->tab_view, GTK_WIDGET (page));

  g_signal_connect_object (document, "notify::title", G_CALLBACK (update_tab_title), tab, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (update_tab_title), tab, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::busy", G_CALLBACK (update_tab_title), tab, G_CONNECT_SWAPPED);
  update_tab_title (tab, NULL, document);

  adw_tab_view_set_selected_page (self->tab_view, tab);
  return page;
}

/**
 * byline_window_get_tab_view:
 *
 * Returns: (transfer none): the tabs, one for each open post
 */
AdwTabView *
byline_window_get_tab_view (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->tab_view;
}

/**
 * byline_window_find_page:
 *
 * Returns: (transfer none) (nullable): the page that shows @file
 */
BylinePage *
byline_window_find_page (BylineWindow *self,
                         GFile        *file)
{
  int n;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  n = adw_tab_view_get_n_pages (self->tab_view);

  for (int i = 0; i < n; i++)
    {
      BylinePage *page = BYLINE_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i)));
      GFile *page_file = byline_document_get_file (byline_page_get_document (page));

      if (page_file != NULL && g_file_equal (page_file, file))
        return page;
    }

  return NULL;
}

typedef struct {
  BylineWindow *window;
  BylinePage   *page;
  GFile        *file;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->page);
  g_clear_object (&request->file);
  g_free (request);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  LoadRequest *request = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_document_load_finish (BYLINE_DOCUMENT (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *name = g_file_get_parse_name (request->file);
      g_autofree char *message = byline_error_format_for_file (error, name);
      AdwTabPage *tab = adw_tab_view_get_page (request->window->tab_view, GTK_WIDGET (request->page));

      byline_window_show_error (request->window, message);

      /* A page opened only for this file goes again. */
      if (tab != NULL && byline_page_is_empty (request->page))
        adw_tab_view_close_page (request->window->tab_view, tab);
    }
  else if (error == NULL && request->page == byline_window_get_current_page (request->window))
    {
      /* A post just opened is ready for writing, as in a text editor. */
      gtk_widget_grab_focus (GTK_WIDGET (byline_page_get_source_view (request->page)));
    }

  load_request_free (request);
}

/**
 * byline_window_open:
 *
 * Shows @file: the page that has it already, else a new page (or the
 * current one when it is empty), loaded off the main thread.
 */
void
byline_window_open (BylineWindow *self,
                    GFile        *file)
{
  BylinePage *page;
  LoadRequest *request;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((page = byline_window_find_page (self, file)))
    {
      adw_tab_view_set_selected_page (self->tab_view,
                                      adw_tab_view_get_page (self->tab_view, GTK_WIDGET (page)));
      return;
    }

  page = byline_window_get_current_page (self);
  if (page == NULL || !byline_page_is_empty (page))
    page = byline_window_add_page (self);

  request = g_new0 (LoadRequest, 1);
  request->window = g_object_ref (self);
  request->page = g_object_ref (page);
  request->file = g_object_ref (file);

  byline_document_load_async (byline_page_get_document (page), file, self->cancellable,
                              load_cb, request);
}

static GtkWidget *
new_save_changes_dialog (BylineWindow *self,
                         GPtrArray    *modified)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);

  if (modified->len == 1)
    {
      BylineDocument *document = byline_page_get_document (g_ptr_array_index (modified, 0));
      g_autofree char *name = byline_document_dup_title (document);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” has unsaved changes. Changes you do not save are lost."),
                                      name);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
    }
  else
    {
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "%u post has unsaved changes. Changes you do not save are lost.",
                                                   "%u posts have unsaved changes. Changes you do not save are lost.",
                                                   modified->len),
                                      modified->len);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard All"),
                                        "save", _("_Save All"),
                                        NULL);
    }

  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}

static void
tab_saved_cb (BylinePage *page,
              gboolean    saved,
              gpointer    user_data)
{
  BylineWindow *self = user_data;
  AdwTabPage *tab = adw_tab_view_get_page (self->tab_view, GTK_WIDGET (page));

  if (tab != NULL)
    adw_tab_view_close_page_finish (self->tab_view, tab, saved);
}

static void
close_tab_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       AdwTabPage       *tab)
{
  BylineWindow *self = BYLINE_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  BylinePage *page = BYLINE_PAGE (adw_tab_page_get_child (tab));

  if (g_strcmp0 (response, "save") == 0)
    byline_window_save_page (self, page, tab_saved_cb, self);
  else
    adw_tab_view_close_page_finish (self->tab_view, tab, g_strcmp0 (response, "discard") == 0);
}

static gboolean
close_page_cb (BylineWindow *self,
               AdwTabPage   *tab)
{
  BylinePage *page = BYLINE_PAGE (adw_tab_page_get_child (tab));
  g_autoptr(GPtrArray) modified = g_ptr_array_new ();
  GtkWidget *dialog;

  if (!byline_document_get_modified (byline_page_get_document (page)))
    {
      adw_tab_view_close_page_finish (self->tab_view, tab, TRUE);
      return GDK_EVENT_STOP;
    }

  g_ptr_array_add (modified, page);
  dialog = new_save_changes_dialog (self, modified);
  g_signal_connect (dialog, "response", G_CALLBACK (close_tab_response_cb), tab);
  gtk_window_present (GTK_WINDOW (dialog));

  return GDK_EVENT_STOP;
}

static gboolean
close_if_empty_cb (gpointer user_data)
{
  BylineWindow *self = user_data;

  if (adw_tab_view_get_n_pages (self->tab_view) == 0)
    gtk_window_destroy (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static void
pages_changed_cb (BylineWindow *self)
{
  /* The window goes with its last post, once the dialog or action that
   * closed the post is done with the window. */
  if (adw_tab_view_get_n_pages (self->tab_view) == 0 && gtk_widget_get_realized (GTK_WIDGET (self)))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_if_empty_cb,
                     g_object_ref (self), g_object_unref);
}

static GPtrArray *
collect_modified_pages (BylineWindow *self)
{
  GPtrArray *modified = g_ptr_array_new ();
  int n = adw_tab_view_get_n_pages (self->tab_view);

  for (int i = 0; i < n; i++)
    {
      BylinePage *page = BYLINE_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i)));

      if (byline_document_get_modified (byline_page_get_document (page)))
        g_ptr_array_add (modified, page);
    }

  return modified;
}

static void
window_saved_cb (BylinePage *page,
                 gboolean    saved,
                 gpointer    user_data)
{
  BylineWindow *self = user_data;
  g_autoptr(GPtrArray) modified = collect_modified_pages (self);

  if (saved && modified->len == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
close_window_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          BylineWindow     *self)
{
  g_autoptr(GPtrArray) modified = NULL;

  if (g_strcmp0 (response, "discard") == 0)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (g_strcmp0 (response, "save") != 0)
    return;

  modified = collect_modified_pages (self);
  for (guint i = 0; i < modified->len; i++)
    byline_window_save_page (self, g_ptr_array_index (modified, i), window_saved_cb, self);
}

static gboolean
byline_window_close_request (GtkWindow *window)
{
  BylineWindow *self = BYLINE_WINDOW (window);
  g_autoptr(GPtrArray) modified = collect_modified_pages (self);
  GtkWidget *dialog;

  if (modified->len == 0)
    return GTK_WINDOW_CLASS (byline_window_parent_class)->close_request (window);

  dialog = new_save_changes_dialog (self, modified);
  g_signal_connect (dialog, "response", G_CALLBACK (close_window_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return GDK_EVENT_STOP;
}

static void
byline_window_dispose (GObject *object)
{
  BylineWindow *self = (BylineWindow *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document);

  /* The tab view drops its pages as it goes; that is no page closing. The
   * bar lets go of the view first, or it would follow it into disposal. */
  if (self->tab_view != NULL)
    g_signal_handlers_disconnect_by_data (self->tab_view, self);
  if (self->tab_bar != NULL)
    adw_tab_bar_set_view (self->tab_bar, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_WINDOW);

  G_OBJECT_CLASS (byline_window_parent_class)->dispose (object);
}

static void
byline_window_finalize (GObject *object)
{
  BylineWindow *self = (BylineWindow *)object;

  g_clear_object (&self->document_signals);
  g_clear_object (&self->settings);
  g_clear_object (&self->site);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (byline_window_parent_class)->finalize (object);
}

static void
byline_window_class_init (BylineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = byline_window_dispose;
  object_class->finalize = byline_window_finalize;

  window_class->close_request = byline_window_close_request;

  g_type_ensure (BYLINE_TYPE_PAGE);
  g_type_ensure (BYLINE_TYPE_LIBRARY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, tab_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, tab_view);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library_paned);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, site_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, site_name_label);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, site_kind_label);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, recent_sites_section);
  gtk_widget_class_bind_template_callback (widget_class, selected_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_page_cb);
}

static void
byline_window_init (BylineWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();

  self->document_signals = g_signal_group_new (BYLINE_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::title", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified", G_CALLBACK (update_title), self);

  g_signal_connect_object (self->tab_view, "notify::n-pages",
                           G_CALLBACK (pages_changed_cb), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  byline_window_actions_init (self);
  byline_window_site_init (self);
  byline_window_posts_init (self);
  byline_window_add_page (self);
}
