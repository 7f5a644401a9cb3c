/* byline-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-preferences-window.h"
#include "byline-spell-checker.h"

struct _BylinePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  /* The languages of the spelling language row, after "Automatic". */
  GStrv                 languages;

  GtkSwitch            *remote_switch;
  GtkSwitch            *line_numbers_switch;
  GtkSwitch            *spell_check_switch;
  AdwComboRow          *language_row;
  AdwActionRow         *css_row;
  GtkWidget            *clear_css_button;
};

G_DEFINE_FINAL_TYPE (BylinePreferencesWindow, byline_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_css_row (BylinePreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "preview-css");
  g_autofree char *display = NULL;

  if (*path == '\0')
    {
      adw_action_row_set_subtitle (self->css_row, _("The preview’s own style"));
      gtk_widget_set_visible (self->clear_css_button, FALSE);
      return;
    }

  display = g_filename_display_name (path);
  adw_action_row_set_subtitle (self->css_row, display);
  gtk_widget_set_visible (self->clear_css_button, TRUE);
}

static void
css_response_cb (GtkNativeDialog         *dialog,
                 int                      response,
                 BylinePreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_settings_set_string (self->settings, "preview-css", path);
    }

  g_object_unref (dialog);
}

static void
choose_css_clicked_cb (BylinePreferencesWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Choose a Style Sheet"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Style Sheets"));
  gtk_file_filter_add_mime_type (filter, "text/css");
  gtk_file_filter_add_suffix (filter, "css");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_signal_connect (dialog, "response", G_CALLBACK (css_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
clear_css_clicked_cb (BylinePreferencesWindow *self)
{
  g_settings_set_string (self->settings, "preview-css", "");
}

static void
language_selected_cb (BylinePreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  g_settings_set_string (self->settings, "spell-check-language",
                         selected == 0 || selected > g_strv_length (self->languages)
                         ? "" : self->languages[selected - 1]);
}

/* Lists the dictionaries enchant has; "Automatic" follows the desktop's
 * language. */
static void
fill_languages (BylinePreferencesWindow *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *current = g_settings_get_string (self->settings, "spell-check-language");
  guint selected = 0;

  self->languages = byline_spell_checker_list_languages (byline_spell_checker_get_default ());

  gtk_string_list_append (model, _("Automatic"));
  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      gtk_string_list_append (model, self->languages[i]);
      if (g_strcmp0 (current, self->languages[i]) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->language_row, selected);
  g_signal_connect_object (self->language_row, "notify::selected",
                           G_CALLBACK (language_selected_cb), self, G_CONNECT_SWAPPED);
}

static void
byline_preferences_window_dispose (GObject *object)
{
  BylinePreferencesWindow *self = (BylinePreferencesWindow *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->languages, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (byline_preferences_window_parent_class)->dispose (object);
}

static void
byline_preferences_window_class_init (BylinePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, remote_switch);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, line_numbers_switch);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, spell_check_switch);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, css_row);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, clear_css_button);
  gtk_widget_class_bind_template_callback (widget_class, choose_css_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_css_clicked_cb);
}

static void
byline_preferences_window_init (BylinePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BylinePreferencesWindow *
byline_preferences_window_new (GSettings *settings)
{
  BylinePreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (BYLINE_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "load-remote-content", self->remote_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-line-numbers", self->line_numbers_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "spell-check", self->spell_check_switch, "active", G_SETTINGS_BIND_DEFAULT);
  fill_languages (self);
  g_signal_connect_object (settings, "changed::preview-css",
                           G_CALLBACK (update_css_row), self, G_CONNECT_SWAPPED);
  update_css_row (self);

  return self;
}
