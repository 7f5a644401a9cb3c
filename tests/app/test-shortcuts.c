/* test-shortcuts.c: the keyboard shortcuts window lists every shortcut
 *
 * The test asks the real application and a real window with a post open
 * which keys do something: the accelerators of the application's actions
 * (gtk_application_get_accels_for_action) and the shortcut controllers
 * Byline's own widgets add (the form's undo, the chips of a list field).
 * Each must be in the shortcuts window the app shows (gtk/help-overlay.ui,
 * as GtkApplication loads it), and each entry of that window must name an
 * action that exists and has keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-test-app.h"

/* A key as the shortcuts window shows it: the keypad's keys count as the
 * main keys they double. */
typedef struct {
  guint           keyval;
  GdkModifierType modifiers;
} Key;

static Key
key_new (guint           keyval,
         GdkModifierType modifiers)
{
  const char *name = gdk_keyval_name (keyval);
  Key key;

  if (keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    keyval = GDK_KEY_Return;
  else if (name != NULL && g_str_has_prefix (name, "KP_") &&
      gdk_keyval_from_name (name + 3) != GDK_KEY_VoidSymbol)
    keyval = gdk_keyval_from_name (name + 3);

  key.keyval = gdk_keyval_to_lower (keyval);
  key.modifiers = modifiers & gtk_accelerator_get_default_mod_mask ();
  return key;
}

static char *
key_to_string (Key key)
{
  return gtk_accelerator_name (key.keyval, key.modifiers);
}

static gboolean
keys_contain (GArray *keys,
              Key     key)
{
  for (guint i = 0; i < keys->len; i++)
    {
      Key *other = &g_array_index (keys, Key, i);

      if (other->keyval == key.keyval && other->modifiers == key.modifiers)
        return TRUE;
    }

  return FALSE;
}

/* Adds the keys of one accelerator of the shortcuts window; "<Alt>1...9"
 * stands for the keys from <Alt>1 to <Alt>9. */
static void
add_accelerator (GArray     *keys,
                 const char *accelerator)
{
  g_auto(GStrv) range = g_strsplit (accelerator, "...", 2);
  guint first, last;
  GdkModifierType modifiers, last_modifiers;

  g_assert_true (gtk_accelerator_parse (range[0], &first, &modifiers));
  last = first;
  if (range[1] != NULL)
    g_assert_true (gtk_accelerator_parse (range[1], &last, &last_modifiers));

  for (guint keyval = first; keyval <= last; keyval++)
    {
      Key key = key_new (keyval, modifiers);

      g_array_append_val (keys, key);
    }
}

/* What the shortcuts window shows. */
typedef struct {
  GArray    *keys;
  GPtrArray *actions;
} Overlay;

static void
collect_overlay (GtkWidget *widget,
                 gpointer   user_data)
{
  Overlay *overlay = user_data;

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;

      g_object_get (widget, "accelerator", &accelerator, "action-name", &action, NULL);

      if (accelerator != NULL)
        {
          g_auto(GStrv) accelerators = g_strsplit (accelerator, " ", -1);

          for (guint i = 0; accelerators[i] != NULL; i++)
            add_accelerator (overlay->keys, accelerators[i]);
        }
      if (action != NULL)
        g_ptr_array_add (overlay->actions, g_steal_pointer (&action));
    }
}

/* The keys of a trigger, alternatives unfolded. */
static void
collect_trigger (GtkShortcutTrigger *trigger,
                 GArray             *keys)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      collect_trigger (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keys);
      collect_trigger (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keys);
    }
  else
    {
      GtkKeyvalTrigger *keyval = GTK_KEYVAL_TRIGGER (trigger);
      Key key = key_new (gtk_keyval_trigger_get_keyval (keyval),
                         gtk_keyval_trigger_get_modifiers (keyval));

      g_array_append_val (keys, key);
    }
}

/* Whether a widget action ("editor.find") is one of Byline's classes'. */
static gboolean
is_byline_action (GtkWidget          *widget,
                  GtkShortcutAction  *action)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (widget);
  const char *wanted;
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property;

  if (!GTK_IS_NAMED_ACTION (action))
    return FALSE;

  wanted = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
  for (guint i = 0; gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type, &property); i++)
    if (g_str_equal (name, wanted))
      return g_str_has_prefix (g_type_name (owner), "Byline");

  return FALSE;
}

/* The keys Byline's widgets add: their shortcut controllers (GTK's own
 * have names, those an app adds have none), and the key bindings of their
 * classes that run Byline's widget actions. */
static void
collect_widget_shortcuts (GtkWidget *widget,
                          gpointer   user_data)
{
  GArray *keys = user_data;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0;
       g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Byline") && i < g_list_model_get_n_items (controllers);
       i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean is_class_bindings;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      is_class_bindings = g_strcmp0 (gtk_event_controller_get_name (controller), "gtk-widget-class-shortcuts") == 0;
      if (gtk_event_controller_get_name (controller) != NULL && !is_class_bindings)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!is_class_bindings || is_byline_action (widget, gtk_shortcut_get_action (shortcut)))
            collect_trigger (gtk_shortcut_get_trigger (shortcut), keys);
        }
    }
}

static BylineApplication *
start_application (void)
{
  BylineApplication *application = byline_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  return application;
}

/* Whether @window or its application has @detailed_name ("app.quit",
 * "win.save", or a widget action as "window.close"). */
static gboolean
has_action (GtkWindow  *window,
            const char *detailed_name)
{
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (window);
  GType owner;
  const char *action;
  const GVariantType *parameter_type;
  const char *property;

  g_assert_true (g_action_parse_detailed_name (detailed_name, &name, &target, NULL));

  if (g_str_has_prefix (name, "app."))
    return g_action_group_has_action (G_ACTION_GROUP (gtk_window_get_application (window)), name + 4);
  if (g_str_has_prefix (name, "win."))
    return g_action_group_has_action (G_ACTION_GROUP (window), name + 4);

  for (guint i = 0; gtk_widget_class_query_action (widget_class, i, &owner, &action, &parameter_type, &property); i++)
    if (g_str_equal (action, name))
      return TRUE;

  return FALSE;
}

/* One application and one window serve every test: an application id is
 * registered once per process. */
typedef struct {
  BylineApplication *application;
  BylineWindow      *window;
  Overlay            overlay;
} Fixture;

static Fixture *
get_fixture (void)
{
  static Fixture fixture;
  g_autoptr(GFile) post = NULL;
  GtkShortcutsWindow *help;

  if (fixture.window != NULL)
    return &fixture;

  post = byline_test_copy_sample ();
  fixture.application = start_application ();
  fixture.window = byline_test_open_window_in (fixture.application, post);
  byline_test_run_for (200);

  help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture.window));
  g_assert_nonnull (help);

  fixture.overlay.keys = g_array_new (FALSE, FALSE, sizeof (Key));
  fixture.overlay.actions = g_ptr_array_new_with_free_func (g_free);
  byline_test_walk (GTK_WIDGET (help), collect_overlay, &fixture.overlay);

  return &fixture;
}

static void
test_lists_every_accelerator (void)
{
  Fixture *fixture = get_fixture ();
  GtkApplication *application = GTK_APPLICATION (fixture->application);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (application);

  g_assert_cmpuint (g_strv_length (actions), >, 0);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, actions[i]);

      if (g_ptr_array_find_with_equal_func (fixture->overlay.actions, actions[i], g_str_equal, NULL))
        continue;

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
          if (!keys_contain (fixture->overlay.keys, key_new (keyval, modifiers)))
            g_test_fail_printf ("%s (%s) is not in the shortcuts window", accels[j], actions[i]);
        }
    }
}

static void
test_lists_widget_shortcuts (void)
{
  Fixture *fixture = get_fixture ();
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (Key));

  byline_test_walk (GTK_WIDGET (fixture->window), collect_widget_shortcuts, keys);

  /* The form's undo and redo, and the keys of a focused chip. */
  g_assert_cmpuint (keys->len, >=, 5);

  for (guint i = 0; i < keys->len; i++)
    {
      Key key = g_array_index (keys, Key, i);
      g_autofree char *name = key_to_string (key);

      g_test_message ("A widget shortcut: %s", name);
      if (!keys_contain (fixture->overlay.keys, key))
        g_test_fail_printf ("%s is not in the shortcuts window", name);
    }
}

/* An entry naming an action without keys would show none. */
static void
test_entries_have_keys (void)
{
  Fixture *fixture = get_fixture ();
  GtkApplication *application = GTK_APPLICATION (fixture->application);

  g_assert_cmpuint (fixture->overlay.actions->len, >, 0);

  for (guint i = 0; i < fixture->overlay.actions->len; i++)
    {
      const char *action = g_ptr_array_index (fixture->overlay.actions, i);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, action);

      if (!has_action (GTK_WINDOW (fixture->window), action))
        g_test_fail_printf ("The shortcuts window names %s, which is no action", action);
      if (accels[0] == NULL)
        g_test_fail_printf ("The shortcuts window names %s, which has no keys", action);
    }
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/shortcuts/lists-every-accelerator", test_lists_every_accelerator);
  g_test_add_func ("/shortcuts/lists-widget-shortcuts", test_lists_widget_shortcuts);
  g_test_add_func ("/shortcuts/entries-have-keys", test_entries_have_keys);

  return g_test_run ();
}
