/* byline-test-program.c
 *
 * The program is the one the build makes (BYLINE_PROGRAM), started with
 * the test's environment: its temporary XDG folders, the memory settings
 * backend, the build's schemas and catalogues. It is not told it runs
 * under a test. Keys reach it through xdotool (XTEST) on the test's
 * display, as a keyboard's would, and each wait polls with a deadline, so
 * a missing step fails with its name instead of hanging.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/prctl.h>

#include "byline-test-program.h"

#define POLL_MS 200
#define WAIT_SECONDS 60

/* A test that fails leaves no program behind, which would keep the
 * test's output open. */
static void
die_with_test (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

/**
 * byline_test_program_start:
 * @file: (nullable): the post to open
 *
 * Starts `byline`, with the accessibility bridge on: the tests read what
 * a screen reader reads.
 *
 * Returns: (transfer full): the running program
 */
GSubprocess *
byline_test_program_start (GFile *file)
{
  const char *program = g_getenv ("BYLINE_PROGRAM");
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_assert_nonnull (program);
  g_subprocess_launcher_unsetenv (launcher, "NO_AT_BRIDGE");
  g_subprocess_launcher_set_child_setup (launcher, die_with_test, NULL, NULL);
  process = g_subprocess_launcher_spawn (launcher, &error, program, path, NULL);
  g_assert_no_error (error);

  return process;
}

/**
 * byline_test_program_poll:
 *
 * Checks @condition every so often until it holds, as the program runs in
 * another process; fails the test, naming @what, if it does not within a
 * minute.
 */
void
byline_test_program_poll (BylineTestCondition  condition,
                          gpointer             user_data,
                          const char          *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_TIME_SPAN_SECOND;

  while (!condition (user_data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_usleep (POLL_MS * 1000);
    }
}

typedef struct {
  GSubprocess *process;
  const char  *title;
  char        *window;
} WindowWait;

static gboolean
window_titled (gpointer user_data)
{
  WindowWait *wait = user_data;
  g_autofree char *windows = byline_test_xdotool ((const char *[]) {
    "search", "--onlyvisible", "--pid", g_subprocess_get_identifier (wait->process), NULL });
  g_auto(GStrv) ids = g_strsplit (windows, "\n", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *name = NULL;

      if (*ids[i] == '\0')
        continue;

      name = byline_test_xdotool ((const char *[]) { "getwindowname", ids[i], NULL });
      if (g_strcmp0 (name, wait->title) == 0)
        {
          g_free (wait->window);
          wait->window = g_strdup (ids[i]);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * byline_test_program_wait_window:
 *
 * Waits for a window of @process titled @title, and gives it the
 * keyboard.
 */
void
byline_test_program_wait_window (GSubprocess *process,
                                 const char  *title)
{
  WindowWait wait = { process, title, NULL };
  g_autofree char *what = g_strdup_printf ("a window titled “%s”", title);

  byline_test_program_poll (window_titled, &wait, what);
  g_free (byline_test_xdotool ((const char *[]) { "windowfocus", "--sync", wait.window, NULL }));
  g_free (wait.window);
}

static gboolean
no_window_titled (gpointer user_data)
{
  return !window_titled (user_data);
}

/**
 * byline_test_program_wait_window_closed:
 *
 * Waits until @process shows no window titled @title. A test reading the
 * program over the accessibility bus waits so after closing a window:
 * GTK 4.8 fails a critical check, which the program's G_DEBUG makes fatal,
 * when a window goes between a screen reader counting the windows and
 * asking for the last of them.
 */
void
byline_test_program_wait_window_closed (GSubprocess *process,
                                        const char  *title)
{
  WindowWait wait = { process, title, NULL };
  g_autofree char *what = g_strdup_printf ("the window titled “%s” to close", title);

  byline_test_program_poll (no_window_titled, &wait, what);
  g_free (wait.window);
}

/**
 * byline_test_program_send_keys:
 * @keys: keys as xdotool names them, such as `ctrl+s`
 *
 * Presses @keys in the window that has the keyboard.
 */
void
byline_test_program_send_keys (const char *keys)
{
  g_free (byline_test_xdotool ((const char *[]) { "key", "--clearmodifiers", keys, NULL }));
}

/**
 * byline_test_program_type:
 *
 * Types @text in the window that has the keyboard, a key at a time.
 */
void
byline_test_program_type (const char *text)
{
  g_free (byline_test_xdotool ((const char *[]) { "type", "--delay", "40", text, NULL }));
}
