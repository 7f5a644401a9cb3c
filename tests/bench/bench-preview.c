/* bench-preview.c: how fast the preview follows typing and how soon the
 * app shows its first preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under a display: `xvfb-run -a dbus-run-session -- meson test -C build
 * --benchmark --verbose bench-preview`. It prints, for Markdown posts of
 * 10 KB, 200 KB and 2 MB, the time from a keystroke in the buffer to the
 * page's DOM holding it (median and 95th percentile), the longest the main
 * loop was held while typing, and the worker's render throughput; then the
 * time from main() to the first painted preview of the sample.
 */

#include "config.h"

#include <time.h>

#include "byline-application.h"
#include "byline-preview-job.h"
#include "byline-test-app.h"

#define BENCH_WORLD "bench"

/* A gap between keystrokes, as a fast typist leaves. */
#define KEYSTROKE_GAP_MS 30

typedef struct {
  gboolean done;
  gint64   time;
} Arrival;

static void
arrived_cb (WebKitUserContentManager *manager,
            JSCValue                 *value,
            Arrival                  *arrival)
{
  arrival->time = g_get_monotonic_time ();
  arrival->done = TRUE;
}

/* Tells when the body holds @text: the nodes a patch changes are checked,
 * not the whole body. */
static const char watch_script[] =
  "const body = document.getElementById ('byline-body');"
  "const observer = new MutationObserver (records => {"
  "  for (const record of records) {"
  "    const nodes = record.target === body ? [...record.addedNodes] : [record.target];"
  "    if (nodes.some (node => node.textContent.includes (value))) {"
  "      observer.disconnect ();"
  "      window.webkit.messageHandlers.bench.postMessage ('arrived');"
  "      return;"
  "    }"
  "  }"
  "});"
  "observer.observe (body, { childList: true, subtree: true, characterData: true });";

static void
watch_for (WebKitWebView *web_view,
           const char    *text)
{
  GVariantDict arguments;

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "value", "s", text);
  webkit_web_view_call_async_javascript_function (web_view, watch_script, -1, g_variant_dict_end (&arguments),
                                                  BENCH_WORLD, NULL, NULL, NULL, NULL);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *times,
            double  fraction)
{
  guint index = MIN (times->len - 1, (guint) (fraction * times->len));

  return g_array_index (times, gint64, index) / 1000.0;
}

/* Runs one iteration of the main loop, and returns how long it took to
 * dispatch what was ready: the time the loop was held, not the time it
 * waited. */
static gint64
iterate_timing_dispatch (void)
{
  GMainContext *context = g_main_context_default ();
  GPollFD fds[64];
  int priority;
  int timeout;
  int n_fds;
  gint64 start;

  g_main_context_acquire (context);
  g_main_context_prepare (context, &priority);
  n_fds = g_main_context_query (context, priority, &timeout, fds, G_N_ELEMENTS (fds));
  g_assert_cmpint (n_fds, <=, G_N_ELEMENTS (fds));
  g_poll (fds, n_fds, timeout);
  g_main_context_check (context, priority, fds, n_fds);

  start = g_get_monotonic_time ();
  g_main_context_dispatch (context);
  g_main_context_release (context);

  return g_get_monotonic_time () - start;
}

static void
iterate_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

static void
measure_typing (const char *name,
                gsize       size,
                guint       n_keystrokes)
{
  static const char keys[] = "ZqXjKw";
  g_autoptr(GString) post = byline_test_make_markdown_post (size);
  g_autoptr(GFile) file = byline_test_write_file (NULL, "post.md", post->str, post->len);
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) typed = g_string_new (NULL);
  BylineWindow *window = byline_test_open_window (file);
  WebKitWebView *web_view = byline_preview_get_web_view (byline_test_preview (window));
  WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (web_view);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_document_get_buffer (byline_test_document (window)));
  gint64 longest_dispatch = 0;
  Arrival arrival;
  GtkTextIter iter;
  gulong handler;

  webkit_user_content_manager_register_script_message_handler (manager, "bench", BENCH_WORLD);
  handler = g_signal_connect (manager, "script-message-received::bench", G_CALLBACK (arrived_cb), &arrival);
  byline_test_wait_preview (window);

  /* At the end of a paragraph half way down. */
  gtk_text_buffer_get_iter_at_line (buffer, &iter, gtk_text_buffer_get_line_count (buffer) / 2);
  gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_insert_at_cursor (buffer, " ", 1);
  byline_test_wait_preview (window);

  for (guint i = 0; i < n_keystrokes; i++)
    {
      gint64 start;
      gint64 latency;

      g_string_append_c (typed, keys[i % (sizeof keys - 1)]);
      arrival.done = FALSE;
      watch_for (web_view, typed->str);

      start = g_get_monotonic_time ();
      gtk_text_buffer_insert_at_cursor (buffer, &typed->str[typed->len - 1], 1);
      while (!arrival.done)
        {
          gint64 dispatch = iterate_timing_dispatch ();

          longest_dispatch = MAX (longest_dispatch, dispatch);
        }

      latency = arrival.time - start;
      g_array_append_val (latencies, latency);
      iterate_for (KEYSTROKE_GAP_MS);
    }

  g_array_sort (latencies, compare_times);
  g_print ("%-8s %5zu KB: keystroke to DOM median %6.1f ms, p95 %6.1f ms, max %6.1f ms;"
           " longest main-loop dispatch %5.1f ms (%u keystrokes)\n",
           name, post->len / 1024,
           percentile (latencies, 0.5), percentile (latencies, 0.95), percentile (latencies, 1.0),
           longest_dispatch / 1000.0, n_keystrokes);

  g_signal_handler_disconnect (manager, handler);
  webkit_user_content_manager_unregister_script_message_handler (manager, "bench", BENCH_WORLD);
  byline_test_close_window (window);
}

typedef struct {
  BylinePreviewJob *job;
  gboolean          done;
} JobResult;

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  JobResult *job_result = user_data;

  job_result->job = byline_preview_job_run_finish (result, NULL);
  job_result->done = TRUE;
}

static gboolean
job_done (gpointer user_data)
{
  return ((JobResult *) user_data)->done;
}

/* Renders @body in the worker, planning a patch from @shown when given. */
static BylinePreviewJob *
run_job (BylineRenderer    *renderer,
         BylineRenderCache *cache,
         const char        *body,
         GBytes            *shown,
         gint64            *elapsed)
{
  BylinePreviewJob *job = byline_preview_job_new (renderer, cache);
  JobResult result = { NULL, FALSE };
  gint64 start = g_get_monotonic_time ();

  job->body = g_strdup (body);
  job->body_kind = BYLINE_BODY_MARKDOWN;
  job->body_line = 5;
  if (shown != NULL)
    {
      job->shown_body = g_bytes_ref (shown);
      job->shown_body_line = 5;
    }

  byline_preview_job_run_async (job, NULL, job_done_cb, &result);
  byline_test_wait_until (job_done, &result, "a render");
  *elapsed = g_get_monotonic_time () - start;

  return result.job;
}

static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1000000.0;
}

/* What the worker does for an edit, here on this thread: the processor
 * time it takes, whatever else the machine runs. */
static double
measure_edit_cpu (BylineRenderer *renderer,
                  const char     *before,
                  const char     *body,
                  const char     *shown_html)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(BylineRenderCache) cache = byline_render_cache_new ();
      g_autofree char *shown = byline_renderer_render_body_cached (renderer, cache, before,
                                                                   BYLINE_BODY_MARKDOWN, 5, NULL);
      double start = thread_cpu_ms ();
      g_autofree char *html = byline_renderer_render_body_cached (renderer, cache, body,
                                                                  BYLINE_BODY_MARKDOWN, 5, NULL);
      g_autoptr(BylineHtmlPatch) patch = byline_html_patch_new (shown_html, html, 0, 0);

      best = MIN (best, thread_cpu_ms () - start);
    }

  return best;
}

static void
measure_render (const char *name,
                gsize       size)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(BylineRenderCache) cache = byline_render_cache_new ();
  g_autoptr(GString) post = byline_test_make_markdown_post (size);
  g_autofree char *before = NULL;
  g_autoptr(BylinePreviewJob) fill = NULL;
  g_autoptr(BylinePreviewJob) update = NULL;
  gint64 fill_time;
  gint64 update_time;
  double cpu;

  fill = run_job (renderer, cache, post->str, NULL, &fill_time);
  before = g_strdup (post->str);
  g_string_insert (post, post->len / 2, "x");
  update = run_job (renderer, cache, post->str, fill->body_html, &update_time);
  cpu = measure_edit_cpu (renderer, before, post->str, g_bytes_get_data (fill->body_html, NULL));

  g_print ("%-8s %5zu KB: worker render and plan %6.1f MB/s (%.1f ms) for the first show,"
           " %6.1f MB/s (%.1f ms) for an edit; an edit takes %.1f ms of processor time (%.1f MB/s)\n",
           name, post->len / 1024,
           (double) post->len / fill_time, fill_time / 1000.0,
           (double) post->len / update_time, update_time / 1000.0,
           cpu, post->len / 1024.0 / 1024.0 / (cpu / 1000.0));
}

static void
print_load (void)
{
  g_autofree char *load = NULL;

  /* Other programs slow every figure here down: they are read with it. */
  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("Load average: %s", load);
}

typedef struct {
  gint64        start;
  gint64        painted;
  BylineWindow *window;
  guint         source;
} Startup;

static void
painted_cb (WebKitUserContentManager *manager,
            JSCValue                 *value,
            Startup                  *startup)
{
  startup->painted = g_get_monotonic_time ();
  g_application_quit (g_application_get_default ());
}

/* Two animation frames after the body came in, WebKit has painted it. */
static gboolean
poll_preview_cb (gpointer user_data)
{
  Startup *startup = user_data;
  WebKitWebView *web_view;
  WebKitUserContentManager *manager;

  if (startup->window == NULL || !byline_preview_is_up_to_date (byline_test_preview (startup->window)))
    return G_SOURCE_CONTINUE;

  web_view = byline_preview_get_web_view (byline_test_preview (startup->window));
  manager = webkit_web_view_get_user_content_manager (web_view);
  webkit_user_content_manager_register_script_message_handler (manager, "bench", BENCH_WORLD);
  g_signal_connect (manager, "script-message-received::bench", G_CALLBACK (painted_cb), startup);
  webkit_web_view_evaluate_javascript (web_view,
                                       "requestAnimationFrame (() => requestAnimationFrame (() =>"
                                       " window.webkit.messageHandlers.bench.postMessage ('painted')))",
                                       -1, BENCH_WORLD, NULL, NULL, NULL, NULL);
  startup->source = 0;
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 Startup        *startup)
{
  startup->window = BYLINE_WINDOW (window);
}

static void
measure_startup (gint64 start)
{
  g_autoptr(BylineApplication) application = byline_application_new ();
  g_autoptr(GFile) sample = byline_test_sample ();
  g_autofree char *path = g_file_get_path (sample);
  char *argv[] = { (char *) "byline", path, NULL };
  Startup startup = { start, 0, NULL, 0 };

  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), &startup);
  startup.source = g_timeout_add (5, poll_preview_cb, &startup);
  g_application_run (G_APPLICATION (application), 2, argv);
  g_clear_handle_id (&startup.source, g_source_remove);
  if (startup.window != NULL)
    byline_test_close_window (startup.window);

  g_print ("The app, from main () to the first painted preview of the sample: %.0f ms\n",
           (startup.painted - startup.start) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  gint64 start = g_get_monotonic_time ();

  byline_test_app_init (&argc, &argv);
  print_load ();

  /* First, while no web process runs yet. */
  measure_startup (start);

  measure_typing ("Markdown", 10 * 1024, 100);
  measure_typing ("Markdown", 200 * 1024, 100);
  measure_typing ("Markdown", 2 * 1024 * 1024, 30);

  measure_render ("Markdown", 10 * 1024);
  measure_render ("Markdown", 200 * 1024);
  measure_render ("Markdown", 2 * 1024 * 1024);
  print_load ();

  return 0;
}
