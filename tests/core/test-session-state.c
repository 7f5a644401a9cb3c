/* test-session-state.c: the open posts of each window, kept for the next
 * start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-session-state.h"

#define DRAFT_ID "6a2f0d1e-0c4b-4d0e-9d3a-2f1b7c9e8a01"

static BylineSessionState *
round_trip (BylineSessionState *state)
{
  g_autoptr(GBytes) bytes = byline_session_state_to_bytes (state);
  g_autoptr(GError) error = NULL;
  BylineSessionState *read = byline_session_state_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (read);
  return read;
}

static void
assert_file (BylineSessionState *state,
             guint               window,
             guint               post,
             const char         *path)
{
  g_autoptr(GFile) file = byline_session_state_get_file (state, window, post);

  if (path == NULL)
    g_assert_null (file);
  else
    g_assert_cmpstr (g_file_peek_path (file), ==, path);
}

static void
test_round_trip (void)
{
  g_autoptr(BylineSessionState) state = byline_session_state_new ();
  g_autoptr(BylineSessionState) read = NULL;
  g_autoptr(GFile) first = g_file_new_for_path ("/home/writer/site/source/_posts/秋天; a post.md");
  g_autoptr(GFile) second = g_file_new_for_path ("/home/writer/site/source/_posts/b.md");
  guint window;

  window = byline_session_state_add_window (state);
  byline_session_state_add_post (state, window, first, NULL, FALSE);
  byline_session_state_add_post (state, window, NULL, DRAFT_ID, TRUE);
  byline_session_state_add_post (state, window, second, "edited", FALSE);
  window = byline_session_state_add_window (state);
  byline_session_state_add_post (state, window, second, NULL, TRUE);
  /* A post with neither file nor draft, as an empty new page, cannot come
   * back and is left out. */
  byline_session_state_add_post (state, window, NULL, NULL, FALSE);

  read = round_trip (state);
  g_assert_cmpuint (byline_session_state_get_n_windows (read), ==, 2);
  g_assert_cmpuint (byline_session_state_get_n_posts (read, 0), ==, 3);
  assert_file (read, 0, 0, "/home/writer/site/source/_posts/秋天; a post.md");
  g_assert_null (byline_session_state_get_draft_id (read, 0, 0));
  assert_file (read, 0, 1, NULL);
  g_assert_cmpstr (byline_session_state_get_draft_id (read, 0, 1), ==, DRAFT_ID);
  assert_file (read, 0, 2, "/home/writer/site/source/_posts/b.md");
  g_assert_cmpstr (byline_session_state_get_draft_id (read, 0, 2), ==, "edited");
  g_assert_cmpuint (byline_session_state_get_selected (read, 0), ==, 1);
  g_assert_cmpuint (byline_session_state_get_n_posts (read, 1), ==, 1);
  g_assert_cmpuint (byline_session_state_get_selected (read, 1), ==, 0);
}

static void
test_hostile_state (void)
{
  static const char *bad[] = {
    "",
    "not a variant",
    "[(0, [('file:///a.md',)])]",
    "[(0, [('file:///a.md', '', 'extra')])]",
  };
  g_autoptr(BylineSessionState) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) text = g_bytes_new_static (bad[i], strlen (bad[i]));

      g_assert_null (byline_session_state_new_from_bytes (text, &error));
      g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE);
      g_clear_error (&error);
    }

  /* A draft id that would point outside the drafts folder is dropped, and
   * with it a post that has nothing else; a selection past the end stays
   * on the first post. */
  bytes = g_bytes_new_static ("[(7, [('', '../../.bashrc'), ('file:///a.md', '../x')])]", 56);
  read = byline_session_state_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_session_state_get_n_posts (read, 0), ==, 1);
  assert_file (read, 0, 0, "/a.md");
  g_assert_null (byline_session_state_get_draft_id (read, 0, 0));
  g_assert_cmpuint (byline_session_state_get_selected (read, 0), ==, 0);
}

static void
test_saved_and_loaded (void)
{
  g_autoptr(GFile) file = byline_session_state_get_user_file ();
  g_autoptr(BylineSessionState) state = byline_session_state_new ();
  g_autoptr(BylineSessionState) first_start = NULL;
  g_autoptr(BylineSessionState) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = g_build_filename (g_get_user_state_dir (), "byline", NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  g_assert_cmpstr (g_file_peek_path (parent), ==, state_dir);

  /* Nothing kept yet, as on the first start: nothing to reopen. */
  first_start = byline_session_state_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_session_state_get_n_windows (first_start), ==, 0);

  byline_session_state_add_post (state, byline_session_state_add_window (state), NULL, DRAFT_ID, TRUE);
  g_assert_true (byline_session_state_save (state, file, NULL, &error));
  g_assert_no_error (error);

  read = byline_session_state_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_session_state_get_n_posts (read, 0), ==, 1);
  g_assert_cmpstr (byline_session_state_get_draft_id (read, 0, 0), ==, DRAFT_ID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/session-state/round-trip", test_round_trip);
  g_test_add_func ("/session-state/hostile", test_hostile_state);
  g_test_add_func ("/session-state/saved-and-loaded", test_saved_and_loaded);

  return g_test_run ();
}
