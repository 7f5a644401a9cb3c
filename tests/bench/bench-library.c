/* bench-library.c: a site of 100,000 posts opened in the window's library
 *
 * Run under a display (`xvfb-run -a`): bench-library [N] [FOLDER]. Makes a
 * Hexo site of N posts (100,000 by default) in FOLDER (a new temporary
 * folder, removed at the end, by default; an existing site there is
 * reused), opens it in a window as Open Site does, and prints how long the
 * scan took, when the first row was shown, and the longest time the main
 * loop did not answer while the posts were read; then the same for a
 * search typed into the library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-library.h"
#include "byline-window.h"

#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>
#include <time.h>

/* How often the main loop is asked to answer: a gap longer than this is
 * time it was busy. */
#define PROBE_MS 1

typedef struct {
  gint64  start;
  gint64  first_bind;
  gint64  first_shown;
  gint64  last_probe;
  gint64  longest_stall;
  guint   n_probes;
  guint   n_rows_made;
} Timings;

static void
make_site (const char *root,
           guint       n_posts)
{
  g_autofree char *config = g_build_filename (root, "_config.yml", NULL);
  g_autofree char *posts = g_build_filename (root, "source", "_posts", NULL);

  if (g_file_test (config, G_FILE_TEST_EXISTS))
    return;

  g_mkdir_with_parents (posts, 0755);
  for (guint i = 0; i < n_posts; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/post-%06u.md", posts, i);
      g_autofree char *text = g_strdup_printf ("---\n"
                                               "title: '共享服务贸易发展机遇 %u'\n"
                                               "categories:\n - 新媒体\n - source%u\n"
                                               "tags: [news, t%u]\n"
                                               "author: ZAKER\n"
                                               "date: %04u-%02u-%02u %02u:%02u:00\n"
                                               "---\n"
                                               "<p>金秋是收获的时节。Lorem ipsum dolor sit amet, post %u.</p>\n",
                                               i, i % 50, i % 7,
                                               2000 + (i * 7919) % 25, 1 + i % 12, 1 + i % 28,
                                               i % 24, i % 60, i);

      g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL);
    }
  g_file_set_contents (config, "title: Bench\ntimezone: Asia/Shanghai\n", -1, NULL);
}

static void
remove_site (const char *root)
{
  g_autofree char *posts = g_build_filename (root, "source", "_posts", NULL);
  g_autofree char *source = g_build_filename (root, "source", NULL);
  g_autofree char *config = g_build_filename (root, "_config.yml", NULL);
  g_autoptr(GDir) dir = g_dir_open (posts, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (posts, name, NULL);

      g_unlink (path);
    }
  g_rmdir (posts);
  g_rmdir (source);
  g_unlink (config);
  g_rmdir (root);
}

static gboolean
probe_cb (gpointer user_data)
{
  Timings *timings = user_data;
  gint64 now = g_get_monotonic_time ();

  timings->longest_stall = MAX (timings->longest_stall, now - timings->last_probe);
  timings->last_probe = now;
  timings->n_probes++;
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Timings       *timings)
{
  if (timings->first_bind != 0 && timings->first_shown == 0)
    timings->first_shown = g_get_monotonic_time ();
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Timings                  *timings)
{
  timings->n_rows_made++;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Timings                  *timings)
{
  if (timings->first_bind == 0)
    timings->first_bind = g_get_monotonic_time ();
}

static GtkWidget *
find_library (GtkWidget *root)
{
  if (BYLINE_IS_LIBRARY (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_library (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
start_probing (Timings *timings)
{
  timings->start = timings->last_probe = g_get_monotonic_time ();
  timings->longest_stall = 0;
  timings->n_probes = 0;
}

static gboolean
is_loaded (BylineLibrary *library,
           guint          n_posts)
{
  BylinePostIndex *index = byline_library_get_index (library);

  return index != NULL && !byline_post_index_is_loading (index) &&
         g_list_model_get_n_items (G_LIST_MODEL (index)) == n_posts;
}

static void
run_for (gint64 microseconds)
{
  gint64 end = g_get_monotonic_time () + microseconds;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

/* Microseconds of CPU time the calling thread has used. */
static gint64
get_thread_cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static double
ms_since (const Timings *timings,
          gint64         when)
{
  return (when - timings->start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  guint n_posts = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  gboolean is_temporary = argc <= 2;
  g_autofree char *root = !is_temporary ? g_strdup (argv[2]) : g_dir_make_tmp ("byline-bench-XXXXXX", NULL);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GSettings) settings = NULL;
  Timings timings = { 0 };
  GtkListItemFactory *factory;
  gint64 cpu_before;
  gint64 cpu_used;
  BylineLibrary *library;
  BylineWindow *window;
  GListModel *rows;
  gint64 loaded;
  guint probe;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-library needs a display: run it under `xvfb-run -a`\n");
      return 77;
    }

  gtk_init ();
  adw_init ();
  gtk_source_init ();

  make_site (root, n_posts);
  g_print ("site: %s (%u posts, made in %.2f s)\n", root, n_posts, g_timer_elapsed (timer, NULL));

  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "show-library", TRUE);
  window = byline_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  library = BYLINE_LIBRARY (find_library (GTK_WIDGET (window)));
  rows = byline_library_get_model (library);
  factory = gtk_list_view_get_factory (byline_library_get_list_view (library));
  g_signal_connect_after (factory, "setup", G_CALLBACK (setup_cb), &timings);
  g_signal_connect_after (factory, "bind", G_CALLBACK (bind_cb), &timings);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint_cb), &timings);

  /* The machine's own noise first: the window idle, watched alike. */
  probe = g_timeout_add_full (G_PRIORITY_HIGH, PROBE_MS, probe_cb, &timings, NULL);
  start_probing (&timings);
  run_for (G_USEC_PER_SEC);
  g_print ("longest main loop stall with the window idle: %.1f ms\n", timings.longest_stall / 1000.0);

  /* Open Site, as the writer does, with the main loop watched. */
  folder = g_file_new_for_path (root);
  start_probing (&timings);
  cpu_before = get_thread_cpu_time ();
  byline_window_open_site (window, folder);
  while (!is_loaded (library, n_posts))
    g_main_context_iteration (NULL, TRUE);
  loaded = g_get_monotonic_time ();
  cpu_used = get_thread_cpu_time () - cpu_before;
  while (timings.first_shown == 0)
    g_main_context_iteration (NULL, TRUE);

  g_print ("scan of %u posts: %.0f ms\n", n_posts, ms_since (&timings, loaded));
  g_print ("first row bound: %.1f ms, shown (painted): %.1f ms\n",
           ms_since (&timings, timings.first_bind), ms_since (&timings, timings.first_shown));
  g_print ("longest main loop stall during the scan: %.1f ms (%u probes answered)\n",
           timings.longest_stall / 1000.0, timings.n_probes);
  g_print ("main thread busy during the scan: %.0f ms; rows made: %u\n",
           cpu_used / 1000.0, timings.n_rows_made);

  /* A search typed into the library. */
  start_probing (&timings);
  gtk_editable_set_text (byline_library_get_search_entry (library), "source7");
  while (g_list_model_get_n_items (rows) != n_posts / 50 + (n_posts % 50 > 7 ? 1 : 0))
    g_main_context_iteration (NULL, TRUE);
  g_print ("search of %u posts: %.0f ms (the entry's pause included), longest stall %.1f ms\n", n_posts,
           ms_since (&timings, g_get_monotonic_time ()), timings.longest_stall / 1000.0);

  g_source_remove (probe);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  if (is_temporary)
    remove_site (root);
  return 0;
}
