/* test-recovery.c: a real kill in the middle of an edit, a real restart,
 * and the edit restored
 *
 * The test drives the installed-to-be program, not this process: it starts
 * `byline FILE` (BYLINE_PROGRAM) on a copy of the sample, types into it,
 * kills it with SIGKILL once the draft is on disk, starts `byline` again
 * without files, and answers the offer to restore, all as a writer would:
 *
 * - Everything the program keeps goes to the test's temporary XDG folders,
 *   which the child inherits (G_TEST_OPTION_ISOLATE_DIRS-like, see
 *   byline_test_app_init()). Settings use the memory backend and are
 *   forgotten with the process; the drafts and the list of open posts are
 *   files in the state folder, which is why they survive the kill.
 * - Keys reach the program through xdotool (XTEST) on the Xvfb display,
 *   as a keyboard's would: typing goes to the body, which has the focus
 *   once a post opens; Alt+R is the Restore button's mnemonic and Ctrl+S
 *   saves. No test-only hook exists in the program.
 * - Progress is read from what a writer could see or check: the window's
 *   title (the file's name, with "• " while there are unsaved changes) and
 *   the files themselves. Each wait polls with a deadline, so a missing
 *   step fails with its name instead of hanging.
 *
 * Killing with SIGKILL leaves the program no chance to write anything: all
 * that comes back was on disk before the kill, which is the promise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>

#include "byline-draft-store.h"
#include "byline-test-app.h"

#define TYPED "Typed before the crash. "
#define POLL_MS 200
#define WAIT_SECONDS 60

static void
send_keys (const char *keys)
{
  g_free (byline_test_xdotool ((const char *[]) { "key", "--clearmodifiers", keys, NULL }));
}

static GSubprocess *
start_byline (GFile *file)
{
  const char *program = g_getenv ("BYLINE_PROGRAM");
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_assert_nonnull (program);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, program, path, NULL);
  g_assert_no_error (error);

  return process;
}

typedef gboolean (*Check) (gpointer user_data);

/* Polls @check, as the program runs in another process. */
static void
poll_until (Check       check,
            gpointer    user_data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_TIME_SPAN_SECOND;

  while (!check (user_data))
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

/* Waits for the program's window to show @title, and gives it the
 * keyboard. */
static void
wait_for_window (GSubprocess *process,
                 const char  *title)
{
  WindowWait wait = { process, title, NULL };
  g_autofree char *what = g_strdup_printf ("a window titled “%s”", title);

  poll_until (window_titled, &wait, what);
  g_free (byline_test_xdotool ((const char *[]) { "windowfocus", "--sync", wait.window, NULL }));
  g_free (wait.window);
}

static gboolean
draft_has_typing (gpointer user_data)
{
  g_autoptr(GPtrArray) drafts = byline_draft_store_list (user_data, NULL, NULL);

  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    {
      g_autoptr(BylinePost) post = byline_draft_store_read (user_data, g_ptr_array_index (drafts, i), NULL, NULL);

      if (post != NULL && strstr (byline_post_get_body (post), TYPED) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
file_has_typing (gpointer user_data)
{
  g_autofree char *text = byline_test_read_file (user_data);

  return strstr (text, TYPED) != NULL;
}

static gboolean
no_drafts (gpointer user_data)
{
  g_autoptr(GPtrArray) drafts = byline_draft_store_list (user_data, NULL, NULL);

  return drafts != NULL && drafts->len == 0;
}

static void
test_kill_and_restore (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autofree char *original = byline_test_read_file (file);
  g_autofree char *after_kill = NULL;
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;

  first = start_byline (file);
  wait_for_window (first, "post.md");
  g_free (byline_test_xdotool ((const char *[]) { "type", "--delay", "40", TYPED, NULL }));
  wait_for_window (first, "• post.md");
  poll_until (draft_has_typing, store, "the autosaved draft");

  g_subprocess_send_signal (first, SIGKILL);
  g_subprocess_wait (first, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (first));
  g_assert_cmpint (g_subprocess_get_term_sig (first), ==, SIGKILL);

  /* The writer's file was never written behind their back. */
  after_kill = byline_test_read_file (file);
  g_assert_cmpstr (after_kill, ==, original);

  /* Started again without files, it shows the post as it is on disk and
   * offers the draft. */
  second = start_byline (NULL);
  wait_for_window (second, "post.md");
  send_keys ("alt+r");
  wait_for_window (second, "• post.md");
  send_keys ("ctrl+s");
  poll_until (file_has_typing, file, "the restored edit to be saved");
  poll_until (no_drafts, store, "the draft to go once saved");

  send_keys ("ctrl+q");
  g_subprocess_wait_check (second, NULL, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/recovery/kill-and-restore", test_kill_and_restore);

  return g_test_run ();
}
