/* test-accessibility.c: the app as a screen reader and a keyboard alone
 * use it
 *
 * The tests start the real `byline` and read it over the accessibility
 * bus, as Orca does: every control a screen reader lands on must say
 * what it is (a role) and which one it is (a name). Then a writer who
 * uses only the keyboard opens a post, edits a field and the body, saves
 * and exports it into a site; keys go through xdotool, and the result is
 * read from the files and from what has the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-test-atspi.h"
#include "site-fixture.h"

#define NEW_TITLE "Typed without a mouse"
#define NEW_BODY "A paragraph typed from the keyboard. "
#define MAX_TABS 60
#define HEXO_CONFIG "title: 新闻站\ntimezone: UTC\n"
#define OLD_NEWS "---\ntitle: Old News\ndate: 2021-09-01 08:00:00\ntags: [news]\n---\nOld.\n"

/* A post with a row of every kind the form has: text, multiline text,
 * number, switch, date, list, image, a group of fields and raw text. */
static const char every_kind[] =
  "---\n"
  "title: Every kind of field\n"
  "description: |\n"
  "  Two lines\n"
  "  of text.\n"
  "weight: 12\n"
  "draft: true\n"
  "date: 2021-09-02\n"
  "tags: [news, tech]\n"
  "cover: images/cover.png\n"
  "author:\n"
  "  name: 李雷\n"
  "  url: https://example.com\n"
  "links:\n"
  "  - name: One\n"
  "    url: https://example.com/1\n"
  "---\n"
  "Body.\n";

/* Roles whose objects a screen reader names when it lands on them (ARIA's
 * "name required"): buttons, boxes to tick, text to type in, items to
 * pick. */
static const AtspiRole named_roles[] = {
  ATSPI_ROLE_PUSH_BUTTON, ATSPI_ROLE_TOGGLE_BUTTON, ATSPI_ROLE_CHECK_BOX,
  ATSPI_ROLE_RADIO_BUTTON, ATSPI_ROLE_ENTRY, ATSPI_ROLE_PASSWORD_TEXT,
  ATSPI_ROLE_SPIN_BUTTON, ATSPI_ROLE_COMBO_BOX, ATSPI_ROLE_SLIDER,
  ATSPI_ROLE_TEXT, ATSPI_ROLE_MENU_ITEM, ATSPI_ROLE_CHECK_MENU_ITEM,
  ATSPI_ROLE_RADIO_MENU_ITEM, ATSPI_ROLE_LINK, ATSPI_ROLE_PAGE_TAB,
  ATSPI_ROLE_LIST_ITEM, ATSPI_ROLE_TABLE_CELL,
};

/* Parts of the libraries Byline cannot name, skipped with all they hold,
 * by the window they are in (any when NULL) and the name GTK 4.8 gives an
 * object without one: its class's. */
static const struct {
  const char *window;
  const char *name;
} library_parts[] = {
  /* libadwaita 1.2 gives its tabs' close buttons no name. */
  { NULL, "AdwTabBar" },
  /* AdwPreferencesWindow's search entry, never shown: search-enabled is
   * off. GTK 4.8 reports a hidden stack page's objects as visible. */
  { "Preferences", "GtkSearchEntry" },
};

static gboolean
is_library_part (const char *window,
                 const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (library_parts); i++)
    if ((library_parts[i].window == NULL || g_strcmp0 (library_parts[i].window, window) == 0) &&
        g_str_equal (library_parts[i].name, name))
      return TRUE;

  return FALSE;
}

static gboolean
is_named_role (AtspiRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (named_roles); i++)
    if (named_roles[i] == role)
      return TRUE;

  return FALSE;
}

/* GTK 4.8 gives an object without a name its class's name. */
static gboolean
is_unnamed (const char *name)
{
  g_autoptr(GRegex) class_name = g_regex_new ("^(Gtk|Adw|GtkSource|WebKit|Byline)[A-Z][A-Za-z]*$",
                                              G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);

  return *name == '\0' || g_regex_match (class_name, name, 0, NULL);
}

/* Adds to @problems each visible control under @node without a name, or
 * focusable without a role; @where is the window's title. */
static void
check_names (AtspiAccessible *node,
             const char      *where,
             GPtrArray       *problems)
{
  AtspiRole role = atspi_accessible_get_role (node, NULL);
  g_autofree char *name = byline_test_atspi_get_name (node);
  g_autofree char *role_name = atspi_accessible_get_role_name (node, NULL);
  g_autofree char *here = NULL;
  int n;

  if ((role != ATSPI_ROLE_APPLICATION && !byline_test_atspi_has_state (node, ATSPI_STATE_VISIBLE)) ||
      is_library_part (where, name))
    return;

  here = g_strdup_printf ("%s › %s “%s”", where, role_name, name);

  if (is_named_role (role) && is_unnamed (name))
    g_ptr_array_add (problems, g_strdup_printf ("%s has no name", here));
  if (byline_test_atspi_has_state (node, ATSPI_STATE_FOCUSABLE) &&
      (role == ATSPI_ROLE_UNKNOWN || role == ATSPI_ROLE_INVALID))
    g_ptr_array_add (problems, g_strdup_printf ("%s has no role", here));

  /* A combo box holds the list it pops up, whose items GTK 4.8 does not
   * name after their labels. */
  if (role == ATSPI_ROLE_COMBO_BOX)
    return;

  n = atspi_accessible_get_child_count (node, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(BylineA11yNode) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        check_names (child, role == ATSPI_ROLE_FRAME ? name : where, problems);
    }
}

typedef struct {
  AtspiAccessible *app;
  AtspiRole        role;
  const char      *name;
} Wait;

static gboolean
is_shown (gpointer user_data)
{
  Wait *wait = user_data;
  g_autoptr(BylineA11yNode) found = byline_test_atspi_find_named (wait->app, wait->role, wait->name);

  return found != NULL;
}

/* Waits for a visible object with @role and @name. (GTK 4.8 tells
 * whether an object is visible, never whether it is showing.) */
static void
wait_shown (AtspiAccessible *app,
            AtspiRole        role,
            const char      *name)
{
  Wait wait = { app, role, name };
  g_autofree char *what = g_strdup_printf ("“%s” to show", name);

  byline_test_program_poll (is_shown, &wait, what);
}

static gboolean
is_enabled (gpointer user_data)
{
  Wait *wait = user_data;
  g_autoptr(BylineA11yNode) found = byline_test_atspi_find_named (wait->app, wait->role, wait->name);

  return found != NULL && byline_test_atspi_has_state (found, ATSPI_STATE_SENSITIVE);
}

/* Waits for a visible object with @role and @name to take input, as the
 * export's button does once the plan is made. */
static void
wait_enabled (AtspiAccessible *app,
              AtspiRole        role,
              const char      *name)
{
  Wait wait = { app, role, name };
  g_autofree char *what = g_strdup_printf ("“%s” to be enabled", name);

  byline_test_program_poll (is_enabled, &wait, what);
}

/* Opens the popover of the button named @button, waits for its button
 * named @shown, checks what it shows, and closes it. */
static void
check_popover (AtspiAccessible *app,
               const char      *button,
               const char      *shown,
               GPtrArray       *problems)
{
  g_autoptr(BylineA11yNode) opener = byline_test_atspi_find_named (app, ATSPI_ROLE_PUSH_BUTTON, button);

  g_assert_nonnull (opener);
  byline_test_atspi_activate (opener);
  wait_shown (app, ATSPI_ROLE_PUSH_BUTTON, shown);
  check_names (app, button, problems);
  byline_test_program_send_keys ("Escape");
}

typedef struct {
  AtspiRole   role;
  const char *name;
} Control;

/* The rows of every_kind, as a screen reader finds them. */
static void
assert_every_kind (AtspiAccessible *app)
{
  Control controls[] = {
    { ATSPI_ROLE_TEXT, "Title" }, { ATSPI_ROLE_TEXT, "Description" },
    { ATSPI_ROLE_SPIN_BUTTON, "Weight" }, { ATSPI_ROLE_CHECK_BOX, "Draft" },
    { ATSPI_ROLE_PUSH_BUTTON, "Pick “Date”" }, { ATSPI_ROLE_TABLE_CELL, "Tags: news" },
    { ATSPI_ROLE_TEXT, "Cover Image" }, { ATSPI_ROLE_LIST_ITEM, "Author" },
    { ATSPI_ROLE_TEXT, "links" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      g_autoptr(BylineA11yNode) found = byline_test_atspi_find_named (app, controls[i].role, controls[i].name);

      g_autofree char *role = atspi_role_get_name (controls[i].role);

      if (found == NULL)
        g_test_fail_printf ("The form has no %s “%s”", role, controls[i].name);
    }
}

static GFile *
write_every_kind (void)
{
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  g_autoptr(GFile) folder = g_file_get_parent (sample);

  return byline_test_write_file (folder, "every-kind.md", every_kind, -1);
}

static void
test_every_control_is_named (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", HEXO_CONFIG,
                                            "source/_posts/old-news.md", OLD_NEWS, NULL);
  g_autoptr(GFile) post = write_every_kind ();
  g_autoptr(GSubprocess) process = byline_test_program_start (post);
  g_autoptr(BylineA11yNode) app = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  byline_test_program_wait_window (process, "every-kind.md");
  app = byline_test_atspi_get_app (process);
  wait_shown (app, ATSPI_ROLE_TEXT, "Post Body");

  /* The window with a post open, and the date field's calendar. */
  assert_every_kind (app);
  check_names (app, "byline", problems);
  check_popover (app, "Pick “Date”", "Previous Month", problems);

  /* The preferences. */
  byline_test_program_send_keys ("ctrl+comma");
  wait_shown (app, ATSPI_ROLE_FRAME, "Preferences");
  check_names (app, "byline", problems);
  byline_test_program_send_keys ("Escape");

  /* A site open, with the library of its posts, then the plan of an
   * export and the new post's dialog. Each window that closes is gone
   * before the next look (see byline_test_program_wait_window_closed()). */
  byline_test_program_send_keys ("ctrl+shift+o");
  byline_test_program_wait_window (process, "Open Site");
  byline_test_program_send_keys ("ctrl+l");
  byline_test_program_type (root);
  byline_test_program_send_keys ("Return");
  byline_test_program_wait_window_closed (process, "Open Site");
  wait_shown (app, ATSPI_ROLE_LIST_ITEM, "Old News");
  check_names (app, "byline", problems);

  byline_test_program_send_keys ("ctrl+e");
  byline_test_program_wait_window (process, "Export to Site");
  wait_enabled (app, ATSPI_ROLE_PUSH_BUTTON, "_Export");
  check_names (app, "byline", problems);
  byline_test_program_send_keys ("Escape");
  byline_test_program_wait_window_closed (process, "Export to Site");

  byline_test_program_send_keys ("ctrl+n");
  wait_shown (app, ATSPI_ROLE_PUSH_BUTTON, "_Create");
  check_names (app, "byline", problems);
  byline_test_program_send_keys ("Escape");

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);

  byline_test_program_send_keys ("ctrl+q");
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
has_focus (AtspiAccessible *app,
           Control         *control)
{
  g_autoptr(BylineA11yNode) focused = byline_test_atspi_get_focus (app);
  g_autofree char *name = focused != NULL ? byline_test_atspi_get_name (focused) : NULL;
  g_autofree char *role = focused != NULL ? atspi_accessible_get_role_name (focused, NULL) : NULL;

  if (focused == NULL)
    return FALSE;

  g_test_message ("The focus is on %s “%s”", role, name);
  return byline_test_atspi_is_named (focused, control->role, control->name);
}

/* Presses @key until the object with @role and @name has the focus, as a
 * writer who cannot use a mouse does. */
static void
move_focus_to (AtspiAccessible *app,
               const char      *key,
               AtspiRole        role,
               const char      *name)
{
  Control control = { role, name };

  for (guint i = 0; !has_focus (app, &control); i++)
    {
      if (i == MAX_TABS)
        g_error ("%s never reached “%s”", key, name);
      byline_test_program_send_keys (key);
    }
}

static gboolean
file_has_edits (gpointer user_data)
{
  g_autofree char *text = byline_test_read_file (user_data);

  return strstr (text, "title: '" NEW_TITLE "'\n") != NULL && strstr (text, NEW_BODY) != NULL;
}

/* The post the export wrote among the site's posts, if any. */
static char *
find_exported (const char *root)
{
  g_autofree char *posts = g_build_filename (root, "source", "_posts", NULL);
  g_autoptr(GDir) dir = g_dir_open (posts, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (posts, name, NULL);
      g_autofree char *text = NULL;

      if (g_file_get_contents (path, &text, NULL, NULL) &&
          strstr (text, NEW_TITLE) != NULL && strstr (text, NEW_BODY) != NULL)
        return g_steal_pointer (&text);
    }

  return NULL;
}

static gboolean
is_exported (gpointer user_data)
{
  g_autofree char *text = find_exported (user_data);

  return text != NULL;
}

static void
test_keyboard_only (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", HEXO_CONFIG, "source/_posts", NULL, NULL);
  g_autoptr(GFile) sample = byline_test_sample ();
  g_autoptr(GFile) post = byline_test_copy_sample ();
  g_autofree char *path = g_file_get_path (post);
  g_autoptr(GSubprocess) process = byline_test_program_start (sample);
  g_autoptr(BylineA11yNode) app = NULL;
  g_autofree char *text = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;

  /* The bundled sample shows; Ctrl+O asks for another post, whose path
   * the file chooser takes after Ctrl+L. */
  byline_test_program_wait_window (process, "000_5003afbe905b0950.txt");
  app = byline_test_atspi_get_app (process);
  byline_test_program_send_keys ("ctrl+o");
  byline_test_program_wait_window (process, "Open Posts");
  byline_test_program_send_keys ("ctrl+l");
  byline_test_program_type (path);
  byline_test_program_send_keys ("Return");
  byline_test_program_wait_window (process, "post.md");
  byline_test_program_wait_window_closed (process, "Open Posts");

  /* The body has the focus once the post opens, and Tab writes a tab
   * there: Shift+F6 goes to the pane before, the form, where Shift+Tab
   * leads back to the title's Remove button, then into the title, whose
   * text Ctrl+A selects. (GTK 4.8 and libadwaita 1.2 tell a screen reader
   * nothing of the focus inside an entry row.) */
  byline_test_program_send_keys ("shift+F6");
  move_focus_to (app, "shift+Tab", ATSPI_ROLE_PUSH_BUTTON, "Remove “Title”");
  byline_test_program_send_keys ("shift+Tab");
  byline_test_program_send_keys ("ctrl+a");
  byline_test_program_type (NEW_TITLE);
  byline_test_program_send_keys ("Return");

  byline_test_program_send_keys ("F6");
  move_focus_to (app, "Tab", ATSPI_ROLE_TEXT, "Post Body");
  byline_test_program_send_keys ("ctrl+End");
  byline_test_program_type (NEW_BODY);

  byline_test_program_send_keys ("ctrl+s");
  byline_test_program_poll (file_has_edits, post, "the edits to be saved");

  /* Only the title's line and the body changed. */
  text = byline_test_read_file (post);
  g_assert_nonnull (strstr (text, "categories: \n - 新媒体\n"));

  /* Ctrl+E asks which site to export to, then shows the plan; Alt+E is
   * its Export button's mnemonic. */
  byline_test_program_send_keys ("ctrl+e");
  byline_test_program_wait_window (process, "Export into Which Site?");
  byline_test_program_send_keys ("ctrl+l");
  byline_test_program_type (root);
  byline_test_program_send_keys ("Return");
  byline_test_program_wait_window (process, "Export to Site");
  byline_test_program_wait_window_closed (process, "Export into Which Site?");
  wait_enabled (app, ATSPI_ROLE_PUSH_BUTTON, "_Export");
  byline_test_program_send_keys ("alt+e");
  byline_test_program_poll (is_exported, root, "the post in the site");
  exported = find_exported (root);
  g_assert_nonnull (strstr (exported, "title: '" NEW_TITLE "'\n"));

  byline_test_program_send_keys ("ctrl+q");
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/accessibility/every-control-is-named", test_every_control_is_named);
  g_test_add_func ("/accessibility/keyboard-only", test_keyboard_only);

  return g_test_run ();
}
