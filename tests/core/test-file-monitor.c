/* test-file-monitor.c: changes made on disk by another program are noticed,
 * the writer's own saves are not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-file-monitor.h"

#define WAIT_SECONDS 30

typedef struct {
  BylineFileMonitor *monitor;
  GFile             *file;
  guint              changes;
} Fixture;

static char *
write_file (GFile      *file,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  char *etag = NULL;

  g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                           &etag, NULL, &error);
  g_assert_no_error (error);
  return etag;
}

static void
changed_cb (BylineFileMonitor *monitor,
            Fixture           *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-monitor-XXXXXX", &error);
  g_autofree char *etag = NULL;

  g_assert_no_error (error);
  fixture->file = g_file_new_build_filename (dir, "post.md", NULL);
  etag = write_file (fixture->file, "---\ntitle: mine\n---\nbody\n");

  fixture->monitor = byline_file_monitor_new ();
  g_signal_connect (fixture->monitor, "changed", G_CALLBACK (changed_cb), fixture);
  byline_file_monitor_watch (fixture->monitor, fixture->file, etag);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_get_parent (fixture->file);

  g_assert_finalize_object (fixture->monitor);
  g_file_delete (fixture->file, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
  g_clear_object (&fixture->file);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_for_state (Fixture         *fixture,
                BylineDiskState  state,
                guint            changes)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);

  while ((fixture->changes < changes || byline_file_monitor_get_state (fixture->monitor) != state) &&
         !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (source);
}

static void
test_change_by_another_program (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *etag = NULL;

  run_for (300);
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_cmpint (byline_file_monitor_get_state (fixture->monitor), ==, BYLINE_DISK_STATE_UNCHANGED);

  etag = write_file (fixture->file, "---\ntitle: theirs\n---\nbody\n");
  wait_for_state (fixture, BYLINE_DISK_STATE_CHANGED, 1);

  /* A second change is news again. */
  g_free (write_file (fixture->file, "---\ntitle: theirs, again\n---\nbody\n"));
  wait_for_state (fixture, BYLINE_DISK_STATE_CHANGED, 2);

  /* Reading the file again makes it the post's. */
  g_free (etag);
  etag = write_file (fixture->file, "---\ntitle: read again\n---\nbody\n");
  byline_file_monitor_watch (fixture->monitor, fixture->file, etag);
  wait_for_state (fixture, BYLINE_DISK_STATE_UNCHANGED, 3);
  g_assert_true (g_file_equal (byline_file_monitor_get_file (fixture->monitor), fixture->file));
}

static void
test_deletion (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_file_delete (fixture->file, NULL, &error);
  g_assert_no_error (error);
  wait_for_state (fixture, BYLINE_DISK_STATE_DELETED, 1);

  /* Written again by someone else: a change, not the post's text. */
  g_free (write_file (fixture->file, "back\n"));
  wait_for_state (fixture, BYLINE_DISK_STATE_CHANGED, 2);
}

static void
test_own_save_is_no_change (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *etag = NULL;

  byline_file_monitor_set_paused (fixture->monitor, TRUE);
  etag = write_file (fixture->file, "---\ntitle: saved by me\n---\nbody\n");
  run_for (400);
  byline_file_monitor_watch (fixture->monitor, fixture->file, etag);
  byline_file_monitor_set_paused (fixture->monitor, FALSE);
  run_for (400);

  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_cmpint (byline_file_monitor_get_state (fixture->monitor), ==, BYLINE_DISK_STATE_UNCHANGED);
}

static void
test_stale_etag_seen_at_once (Fixture       *fixture,
                              gconstpointer  data)
{
  /* A draft restored after a crash carries the etag its file had then. */
  byline_file_monitor_watch (fixture->monitor, fixture->file, "0:0");
  wait_for_state (fixture, BYLINE_DISK_STATE_CHANGED, 1);

  byline_file_monitor_watch (fixture->monitor, NULL, NULL);
  g_assert_null (byline_file_monitor_get_file (fixture->monitor));
  g_assert_cmpint (byline_file_monitor_get_state (fixture->monitor), ==, BYLINE_DISK_STATE_UNCHANGED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/file-monitor/change-by-another-program", Fixture, NULL,
              fixture_set_up, test_change_by_another_program, fixture_tear_down);
  g_test_add ("/file-monitor/deletion", Fixture, NULL,
              fixture_set_up, test_deletion, fixture_tear_down);
  g_test_add ("/file-monitor/own-save-is-no-change", Fixture, NULL,
              fixture_set_up, test_own_save_is_no_change, fixture_tear_down);
  g_test_add ("/file-monitor/stale-etag-seen-at-once", Fixture, NULL,
              fixture_set_up, test_stale_etag_seen_at_once, fixture_tear_down);

  return g_test_run ();
}
