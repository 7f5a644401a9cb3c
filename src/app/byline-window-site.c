/* byline-window-site.c: the site a window belongs to: opening one, the
 * sites opened lately, the sites its posts bring, and its library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-error.h"
#include "byline-window-private.h"

#define MAX_RECENT_SITES 10

/* Narrower than this, the library and a post do not both fit. */
#define NARROW_WINDOW_WIDTH 900

/**
 * byline_window_get_site:
 *
 * Returns: (transfer none) (nullable): the site the window belongs to
 */
BylineSite *
byline_window_get_site (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->site;
}

/**
 * byline_window_start_chooser:
 * @for_site: whether @chooser asks for a site's folder
 *
 * Opens @chooser in the folder of the window's post, or beside or in its
 * site: where the writer works. Left to itself, GTK 4.8's chooser opens
 * on the recent files, where it ignores a path typed after Ctrl+L.
 */
void
byline_window_start_chooser (BylineWindow   *self,
                             GtkFileChooser *chooser,
                             gboolean        for_site)
{
  GFile *post = self->document != NULL ? byline_document_get_file (self->document) : NULL;
  GFile *root = self->site != NULL ? byline_site_get_root (self->site) : NULL;
  g_autoptr(GFile) folder = NULL;

  /* A site's folder sits beside the other sites; a post, beside the
   * other posts. */
  if (for_site && root != NULL)
    folder = g_file_get_parent (root);
  else if (post != NULL)
    folder = g_file_get_parent (post);
  else if (root != NULL)
    folder = g_object_ref (root);

  /* A folder that is gone leaves the chooser where it would be. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
remember_site (BylineWindow *self,
               GFile        *root)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-sites");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  g_autofree char *path = g_file_get_path (root);
  guint n = 1;

  if (path == NULL)
    return;

  /* The most recent first, each once. */
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT_SITES; i++)
    if (strcmp (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-sites", (const char * const *) updated);
}

static void
forget_site (BylineWindow *self,
             GFile        *root)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-sites");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  g_autofree char *path = g_file_get_path (root);

  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (builder, recent[i]);

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-sites", (const char * const *) updated);
}

/* A folder as the writer knows it: below their home, from `~`. */
static char *
dup_folder_label (const char *path)
{
  const char *home = g_get_home_dir ();
  gsize home_length = strlen (home);
  g_autofree char *display = NULL;

  if (strncmp (path, home, home_length) == 0 && path[home_length] == G_DIR_SEPARATOR)
    {
      display = g_filename_display_name (path + home_length);
      return g_strconcat ("~", display, NULL);
    }

  return g_filename_display_name (path);
}

static void
update_recent_sites (BylineWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-sites");

  g_menu_remove_all (self->recent_sites_section);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = dup_folder_label (recent[i]);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent-site", "s", recent[i]);
      g_menu_append_item (self->recent_sites_section, item);
    }
}

static void
update_site_button (BylineWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *root = NULL;
  g_autofree char *tooltip = NULL;

  if (self->site == NULL)
    {
      gtk_label_set_text (self->site_name_label, _("No Site"));
      gtk_widget_set_visible (GTK_WIDGET (self->site_kind_label), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->site_button), _("Open a Site"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->site_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("No site: open one"), -1);
      return;
    }

  name = byline_site_dup_name (self->site);
  root = dup_folder_label (g_file_peek_path (byline_site_get_root (self->site)));
  /* Translators: the tooltip of the site button: the site's name, its
   * generator (Hexo, Jekyll or Hugo) and its folder. */
  tooltip = g_strdup_printf (_("%s, a %s site in %s"), name, byline_site_get_kind_name (self->site), root);

  gtk_label_set_text (self->site_name_label, name);
  gtk_label_set_text (self->site_kind_label, byline_site_get_kind_name (self->site));
  gtk_widget_set_visible (GTK_WIDGET (self->site_kind_label), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->site_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->site_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
}

/**
 * byline_window_set_site:
 * @site: (nullable): the site
 *
 * Makes @site the window's: its name shows in the header bar, its posts in
 * the library, and New Post makes posts in it.
 */
void
byline_window_set_site (BylineWindow *self,
                        BylineSite   *site)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (site == NULL || BYLINE_IS_SITE (site));

  if (site != NULL && self->site != NULL &&
      g_file_equal (byline_site_get_root (site), byline_site_get_root (self->site)))
    return;

  if (!g_set_object (&self->site, site))
    return;

  if (site != NULL)
    remember_site (self, byline_site_get_root (site));
  update_site_button (self);
  byline_library_set_site (self->library, site);
}

typedef struct {
  BylineWindow     *window;
  GFile            *folder;
  BylineSiteOpened  opened;
} OpenSiteRequest;

static void
open_site_request_free (OpenSiteRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->folder);
  g_free (request);
}

static gboolean
is_no_site (const GError *error)
{
  return g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_NO_SITE) ||
         g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND);
}

static void
show_site_error (BylineWindow *self,
                 const GError *error)
{
  GtkWidget *dialog;

  if (is_no_site (error))
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("No Site Found"), NULL);
      /* Translators: why no site was found, then what to do about it. */
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("%s. %s"), error->message,
                                      _("A Hexo or Jekyll site has a _config.yml, a Hugo site a hugo.toml or config.toml; choose the folder that holds it."));
    }
  else
    dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Site"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
site_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  OpenSiteRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSite) site = byline_site_load_finish (result, &error);

  if (site != NULL)
    {
      byline_window_set_site (request->window, site);
      g_settings_set_boolean (request->window->settings, "show-library", TRUE);
      if (request->opened != NULL)
        request->opened (request->window, request->window->site);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* A recent site that is no more goes from the list. */
      if (is_no_site (error))
        forget_site (request->window, request->folder);
      show_site_error (request->window, error);
    }

  open_site_request_free (request);
}

static OpenSiteRequest *
open_site_request_new (BylineWindow     *window,
                       BylineSiteOpened  opened)
{
  OpenSiteRequest *request = g_new0 (OpenSiteRequest, 1);

  request->window = g_object_ref (window);
  request->opened = opened;
  return request;
}

/* Takes @request, to be done with @folder. */
static void
open_site (OpenSiteRequest *request,
           GFile           *folder)
{
  request->folder = g_object_ref (folder);
  byline_site_load_async (folder, request->window->cancellable, site_opened_cb, request);
}

/**
 * byline_window_open_site:
 * @folder: the site's folder, or a folder inside it
 *
 * Finds the site @folder belongs to, off the main thread, and makes it the
 * window's; tells the writer when there is none.
 */
void
byline_window_open_site (BylineWindow *self,
                         GFile        *folder)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  open_site (open_site_request_new (self, NULL), folder);
}

static void
choose_site_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         OpenSiteRequest *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      open_site (request, folder);
    }
  else
    open_site_request_free (request);

  g_object_unref (dialog);
}

/**
 * byline_window_choose_site:
 * @title: the title of the folder chooser
 * @opened: (nullable): what to do with the site once it is the window's
 *
 * Asks for a site's folder, then opens the site as
 * byline_window_open_site() does.
 */
void
byline_window_choose_site (BylineWindow     *self,
                           const char       *title,
                           BylineSiteOpened  opened)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  byline_window_start_chooser (self, GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (choose_site_response_cb),
                    open_site_request_new (self, opened));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_site_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  byline_window_choose_site (user_data, _("Open Site"), NULL);
}

static void
open_recent_site_action_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  BylineWindow *self = user_data;
  g_autoptr(GFile) folder = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  byline_window_open_site (self, folder);
}

static void
search_library_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  BylineWindow *self = user_data;

  g_settings_set_boolean (self->settings, "show-library", TRUE);
  byline_library_focus_search (self->library);
}

static const GActionEntry site_actions[] = {
  { "open-site", open_site_action_cb },
  { "open-recent-site", open_recent_site_action_cb, "s" },
  { "search-library", search_library_action_cb },
};

/* A window without a site takes the site of the first post that has one. */
static void
document_site_cb (BylineWindow   *self,
                  GParamSpec     *pspec,
                  BylineDocument *document)
{
  BylineSite *site = byline_document_get_site (document);

  if (site != NULL && self->site == NULL)
    byline_window_set_site (self, site);
}

static void
page_attached_cb (BylineWindow *self,
                  AdwTabPage   *tab)
{
  BylineDocument *document = byline_page_get_document (BYLINE_PAGE (adw_tab_page_get_child (tab)));

  g_signal_connect_object (document, "notify::site", G_CALLBACK (document_site_cb), self,
                           G_CONNECT_SWAPPED);
  document_site_cb (self, NULL, document);
}

static void
open_post_cb (BylineWindow *self,
              GFile        *file)
{
  byline_window_open (self, file);

  /* In a narrow window the library leaves the post room. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) < NARROW_WINDOW_WIDTH)
    g_settings_set_boolean (self->settings, "show-library", FALSE);
}

/* An action made from a setting lives as long as the setting: it goes
 * with the window, which it would otherwise tell of changes. */
static void
remove_setting_action_cb (BylineWindow *self)
{
  g_action_map_remove_action (G_ACTION_MAP (self), "show-library");
}

void
byline_window_site_init (BylineWindow *self)
{
  g_autoptr(GAction) show_library = g_settings_create_action (self->settings, "show-library");

  g_action_map_add_action_entries (G_ACTION_MAP (self), site_actions, G_N_ELEMENTS (site_actions), self);
  g_action_map_add_action (G_ACTION_MAP (self), show_library);
  g_signal_connect (self, "destroy", G_CALLBACK (remove_setting_action_cb), NULL);

  g_settings_bind (self->settings, "show-library", self->library, "visible", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "library-width", self->library_paned, "position", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::recent-sites", G_CALLBACK (update_recent_sites), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tab_view, "page-attached", G_CALLBACK (page_attached_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "open-post", G_CALLBACK (open_post_cb), self,
                           G_CONNECT_SWAPPED);

  update_recent_sites (self);
  update_site_button (self);
}
