/* byline-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "byline-application.h"
#include "byline-preferences-window.h"
#include "byline-session-state.h"
#include "byline-window.h"

struct _BylineApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  BylineSession  *session;
  /* The first activation or open restores what the last run left. */
  gboolean        has_restored;
};

G_DEFINE_FINAL_TYPE (BylineApplication, byline_application, ADW_TYPE_APPLICATION)

BylineApplication *
byline_application_new (void)
{
  return g_object_new (BYLINE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/byline/Byline",
                       NULL);
}

/**
 * byline_application_get_sample:
 *
 * Returns: (transfer full): the bundled sample post, from the source tree
 *   when running uninstalled (BYLINE_DATADIR), else from the installed data
 */
GFile *
byline_application_get_sample (void)
{
  const char *datadir = g_getenv ("BYLINE_DATADIR");

  if (datadir == NULL || *datadir == '\0')
    datadir = PKGDATADIR;

  return g_file_new_build_filename (datadir, "samples", "000_5003afbe905b0950.txt", NULL);
}

GSettings *
byline_application_get_settings (BylineApplication *self)
{
  g_return_val_if_fail (BYLINE_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * byline_application_get_session:
 *
 * Returns: (transfer none): what keeps unsaved work and the open posts
 *   across restarts; set from the application's startup on
 */
BylineSession *
byline_application_get_session (BylineApplication *self)
{
  g_return_val_if_fail (BYLINE_IS_APPLICATION (self), NULL);

  return self->session;
}

static BylineWindow *
get_active_window (BylineApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return BYLINE_IS_WINDOW (window) ? BYLINE_WINDOW (window) : NULL;
}

static void
show_window (BylineApplication *self)
{
  BylineWindow *window = get_active_window (self);

  if (window == NULL)
    {
      g_autoptr(GFile) sample = byline_application_get_sample ();

      window = byline_window_new (self);
      byline_window_open (window, sample);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(BylineApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean opened = byline_session_restore_finish (BYLINE_SESSION (object), result, &error);

  if (error != NULL)
    g_debug ("Could not restore the last session: %s", error->message);

  if (!opened)
    show_window (self);

  g_application_release (G_APPLICATION (self));
}

/* Returns FALSE when the last run was restored already. */
static gboolean
restore_once (BylineApplication *self,
              gboolean           reopen_posts)
{
  if (self->has_restored)
    return FALSE;

  self->has_restored = TRUE;
  g_application_hold (G_APPLICATION (self));
  byline_session_restore_async (self->session, reopen_posts, NULL, restored_cb, g_object_ref (self));
  return TRUE;
}

static void
byline_application_activate (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);

  /* Without files to open, the posts of the last run come back. */
  if (!restore_once (self, TRUE))
    show_window (self);
}

static void
byline_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  BylineApplication *self = BYLINE_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      BylineWindow *window = byline_window_new (self);

      byline_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }

  /* Drafts a crash left are offered even so. */
  restore_once (self, FALSE);
}

static void
byline_application_startup (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  g_autoptr(BylineDraftStore) store = NULL;
  g_autoptr(GFile) state_file = NULL;

  G_APPLICATION_CLASS (byline_application_parent_class)->startup (app);

  gtk_source_init ();
  self->settings = g_settings_new (APP_ID);
  store = byline_draft_store_new_for_user ();
  state_file = byline_session_state_get_user_file ();
  self->session = byline_session_new (GTK_APPLICATION (self), store, state_file);
  gtk_window_set_default_icon_name (APP_ID);
}

static void
byline_application_shutdown (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);

  g_clear_object (&self->settings);
  g_clear_object (&self->session);

  G_APPLICATION_CLASS (byline_application_parent_class)->shutdown (app);
}

static void
byline_application_class_init (BylineApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = byline_application_activate;
  app_class->open = byline_application_open;
  app_class->startup = byline_application_startup;
  app_class->shutdown = byline_application_shutdown;
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BylineApplication *self = user_data;
  static const char *developers[] = { "The Byline developers", NULL };

  adw_show_about_window (GTK_WINDOW (get_active_window (self)),
                         "application-name", _("Byline"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Byline developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/byline/byline",
                         "issue-url", "https://github.com/byline/byline/issues",
                         "developers", developers,
                         /* Translators: put your names here, one a line. */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Byline developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BylineApplication *self = user_data;
  BylinePreferencesWindow *preferences = byline_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (get_active_window (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
new_window_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  BylineWindow *window = byline_window_new (BYLINE_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BylineApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Each window asks about its own unsaved changes before it goes. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "new-window", new_window_action_cb },
  { "preferences", preferences_action_cb },
  { "quit", quit_action_cb },
};

static void
byline_application_init (BylineApplication *self)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.show-form", { "F7", NULL } },
    { "win.show-editor", { "F8", NULL } },
    { "win.show-preview", { "F9", NULL } },
    { "win.spell-check", { "<Shift>F7", NULL } },
    { "win.close-page", { "<Control>w", NULL } },
    { "win.new-post", { "<Control>n", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.open-site", { "<Control><Shift>o", NULL } },
    { "win.show-library", { "<Control><Shift>l", NULL } },
    { "win.search-library", { "<Control><Shift>f", NULL } },
    { "window.close", { "<Control><Shift>w", NULL } },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}
