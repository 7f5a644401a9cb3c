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
#include "byline-test-program.h"

#define TYPED "Typed before the crash. "

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

  first = byline_test_program_start (file);
  byline_test_program_wait_window (first, "post.md");
  byline_test_program_type (TYPED);
  byline_test_program_wait_window (first, "• post.md");
  byline_test_program_poll (draft_has_typing, store, "the autosaved draft");

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
  second = byline_test_program_start (NULL);
  byline_test_program_wait_window (second, "post.md");
  byline_test_program_send_keys ("alt+r");
  byline_test_program_wait_window (second, "• post.md");
  byline_test_program_send_keys ("ctrl+s");
  byline_test_program_poll (file_has_typing, file, "the restored edit to be saved");
  byline_test_program_poll (no_drafts, store, "the draft to go once saved");

  byline_test_program_send_keys ("ctrl+q");
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
