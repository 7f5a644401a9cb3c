/* byline-test-atspi.c
 *
 * The tests ask the accessibility bus what the program shows, as Orca
 * would: roles, names, states, the focus. The program's tree changes as
 * it runs, so nothing is cached: every question goes to the program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-test-atspi.h"

typedef struct {
  int              pid;
  AtspiAccessible *app;
} AppWait;

static gboolean
app_is_shown (gpointer user_data)
{
  AppWait *wait = user_data;
  g_autoptr(BylineA11yNode) desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);

  for (int i = 0; i < n && wait->app == NULL; i++)
    {
      g_autoptr(BylineA11yNode) app = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (app != NULL &&
          (int) atspi_accessible_get_process_id (app, NULL) == wait->pid &&
          atspi_accessible_get_child_count (app, NULL) > 0)
        wait->app = g_steal_pointer (&app);
    }

  return wait->app != NULL;
}

/**
 * byline_test_atspi_get_app:
 *
 * Waits for @process to show a window on the accessibility bus.
 *
 * Returns: (transfer full): the program's application object
 */
AtspiAccessible *
byline_test_atspi_get_app (GSubprocess *process)
{
  AppWait wait = { 0 };

  /* libatspi asks each program for a cache of its objects, which GTK 4
   * programs have none of, and warns. Warnings stay fatal in the program
   * under test, which inherits G_DEBUG. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (atspi_init () < 0)
    g_error ("The accessibility bus cannot be reached: run the test under dbus-run-session");

  wait.pid = (int) g_ascii_strtoll (g_subprocess_get_identifier (process), NULL, 10);
  byline_test_program_poll (app_is_shown, &wait, "the program on the accessibility bus");
  atspi_accessible_set_cache_mask (wait.app, ATSPI_CACHE_NONE);

  return wait.app;
}

char *
byline_test_atspi_get_name (AtspiAccessible *accessible)
{
  char *name = atspi_accessible_get_name (accessible, NULL);

  return name != NULL ? name : g_strdup ("");
}

gboolean
byline_test_atspi_has_state (AtspiAccessible *accessible,
                             AtspiStateType   state)
{
  g_autoptr(BylineA11yStates) states = atspi_accessible_get_state_set (accessible);

  return states != NULL && atspi_state_set_contains (states, state);
}

/**
 * byline_test_atspi_find:
 *
 * Returns: (transfer full) (nullable): the first accessible under @root,
 *   depth first, that @match accepts
 */
AtspiAccessible *
byline_test_atspi_find (AtspiAccessible      *root,
                        BylineTestAtspiMatch  match,
                        gpointer              user_data)
{
  int n;

  if (match (root, user_data))
    return g_object_ref (root);

  n = atspi_accessible_get_child_count (root, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(BylineA11yNode) child = atspi_accessible_get_child_at_index (root, i, NULL);
      AtspiAccessible *found = child != NULL ? byline_test_atspi_find (child, match, user_data) : NULL;

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * byline_test_atspi_is_named:
 *
 * Whether @accessible is visible, has @role, and a name that starts with
 * @name: GTK 4.8 says the title of a libadwaita row twice ("Title
 * Title").
 */
gboolean
byline_test_atspi_is_named (AtspiAccessible *accessible,
                            AtspiRole        role,
                            const char      *name)
{
  g_autofree char *actual = NULL;

  if (atspi_accessible_get_role (accessible, NULL) != role)
    return FALSE;

  actual = byline_test_atspi_get_name (accessible);
  return g_str_has_prefix (actual, name) && byline_test_atspi_has_state (accessible, ATSPI_STATE_VISIBLE);
}

typedef struct {
  AtspiRole   role;
  const char *name;
} Named;

static gboolean
is_named (AtspiAccessible *accessible,
          gpointer         user_data)
{
  Named *named = user_data;

  return byline_test_atspi_is_named (accessible, named->role, named->name);
}

/**
 * byline_test_atspi_find_named:
 *
 * Returns: (transfer full) (nullable): the first accessible under @root
 *   that byline_test_atspi_is_named() accepts
 */
AtspiAccessible *
byline_test_atspi_find_named (AtspiAccessible *root,
                              AtspiRole        role,
                              const char      *name)
{
  Named named = { role, name };

  return byline_test_atspi_find (root, is_named, &named);
}

static gboolean
is_focused (AtspiAccessible *accessible,
            gpointer         user_data)
{
  return byline_test_atspi_has_state (accessible, ATSPI_STATE_FOCUSED);
}

/**
 * byline_test_atspi_get_focus:
 *
 * Returns: (transfer full) (nullable): what has the keyboard focus
 */
AtspiAccessible *
byline_test_atspi_get_focus (AtspiAccessible *app)
{
  return byline_test_atspi_find (app, is_focused, NULL);
}

static gboolean
has_action (AtspiAccessible *accessible,
            gpointer         user_data)
{
  g_autoptr(BylineA11yAction) action = atspi_accessible_get_action_iface (accessible);

  return action != NULL && atspi_action_get_n_actions (action, NULL) > 0;
}

/**
 * byline_test_atspi_activate:
 *
 * Runs the first action of @accessible, or of the first object under it
 * that has one (GTK 4.8 shows a menu button as a button without actions
 * around the one that opens the menu), as a screen reader's user does to
 * press a button.
 */
void
byline_test_atspi_activate (AtspiAccessible *accessible)
{
  g_autoptr(BylineA11yNode) target = byline_test_atspi_find (accessible, has_action, NULL);
  g_autoptr(BylineA11yAction) action = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (target);
  action = atspi_accessible_get_action_iface (target);
  atspi_action_do_action (action, 0, &error);
  g_assert_no_error (error);
}
