/* bench-site.c: Byline against the floor of the disk and against what
 * writers run today, on synthetic sites of 1,000 to 100,000 posts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by `meson test --benchmark` (or `build-aux/dev bench`), which gives
 * the programs it needs:
 *
 *   bench-site --byline-cli=PATH --make-site=PATH --throughput=PATH
 *              --bench-js=PATH [--sizes=1000,10000,100000] [--folder=DIR]
 *
 * For each size, make-site writes a Hexo site (plus a 1 MB and a 10 MB
 * post). Then, in the same run:
 *
 * - the floor: reading the first 4 KB of every post, one after the other,
 *   and `byline-cli list` of the site, each with a cold cache (when root may
 *   drop the kernel's caches) and a warm one;
 * - Hexo's front matter parser (hexo-front-matter) and gray-matter reading
 *   every post and parsing its front matter, in Node, timed from inside;
 * - on the 1,000-post site: rendering every body with Byline's renderer,
 *   marked (Hexo's default) and markdown-it, and Byline's round trip;
 *   then the same on the 10 MB post alone.
 *
 * Each warm figure is the best of three runs (one at 100,000 posts); peak
 * memory is the largest resident size of the process (getrusage). The
 * figures print as Markdown tables, as the README shows them.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>


typedef struct {
  double  seconds;
  double  peak_mb;
  guint   posts;
  guint64 bytes;
  char   *output;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *byline_cli;
static char *make_site;
static char *throughput;
static char *bench_js;
static char *sizes_text;
static char *folder;
static gboolean can_drop_caches;

static double
now (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

/* Runs @argv with its output in a file, and measures its time and peak
 * memory. */
static gboolean
run_child (const char * const *argv,
           Run                *run)
{
  g_autofree char *output_path = g_build_filename (folder, "output.txt", NULL);
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  double start;
  pid_t pid;
  int status;
  int error;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, output_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  start = now ();
  error = posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  if (error != 0)
    {
      g_printerr ("Cannot run %s: %s\n", argv[0], g_strerror (error));
      return FALSE;
    }
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  run->seconds = now () - start;
  run->peak_mb = usage.ru_maxrss / 1024.0;

  g_clear_pointer (&run->output, g_free);
  g_file_get_contents (output_path, &run->output, NULL, NULL);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s failed:\n%s\n", argv[0], run->output != NULL ? run->output : "");
      return FALSE;
    }

  return TRUE;
}

/* Reads the JSON line of bench-throughput or bench.mjs into @run: their
 * own clock, without start-up. */
static gboolean
run_timed_child (const char * const *argv,
                 Run                *run)
{
  if (!run_child (argv, run))
    return FALSE;

  if (sscanf (run->output, "{\"seconds\": %lf, \"posts\": %u, \"bytes\": %" G_GUINT64_FORMAT "}",
              &run->seconds, &run->posts, &run->bytes) != 3 &&
      sscanf (run->output, "{\"seconds\":%lf,\"posts\":%u,\"bytes\":%" G_GUINT64_FORMAT "}",
              &run->seconds, &run->posts, &run->bytes) != 3)
    {
      g_printerr ("%s printed no figures: %s\n", argv[0], run->output);
      return FALSE;
    }

  return TRUE;
}

/* Keeps the fastest of @repeats runs, and the largest peak memory. */
static gboolean
best_of (gboolean          (*func) (const char * const *, Run *),
         const char * const *argv,
         guint               repeats,
         Run                *best)
{
  best->seconds = G_MAXDOUBLE;
  best->peak_mb = 0;

  for (guint i = 0; i < repeats; i++)
    {
      g_auto(Run) run = { 0 };

      if (!func (argv, &run))
        return FALSE;
      if (run.seconds < best->seconds)
        {
          double peak = MAX (best->peak_mb, run.peak_mb);

          run_clear (best);
          *best = run;
          best->peak_mb = peak;
          run.output = NULL;
        }
      else
        best->peak_mb = MAX (best->peak_mb, run.peak_mb);
    }

  return TRUE;
}

static gboolean
drop_caches (void)
{
  int fd;
  gboolean done;

  if (!can_drop_caches)
    return FALSE;

  sync ();
  fd = g_open ("/proc/sys/vm/drop_caches", O_WRONLY | O_CLOEXEC, 0);
  done = fd >= 0 && write (fd, "3", 1) == 1;
  if (fd >= 0)
    g_close (fd, NULL);
  return done;
}

/* The floor: the first 4 KB of every post of @posts, read in order. */
static double
read_heads (const char *posts,
            guint      *n_posts)
{
  g_autoptr(GDir) dir = g_dir_open (posts, 0, NULL);
  double start = now ();
  const char *name;
  char buffer[4096];

  *n_posts = 0;
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (posts, name, NULL);
      int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

      if (fd < 0)
        continue;
      if (read (fd, buffer, sizeof buffer) > 0)
        (*n_posts)++;
      g_close (fd, NULL);
    }

  return now () - start;
}

static double
best_read_heads (const char *posts,
                 guint       repeats,
                 guint      *n_posts)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < repeats; i++)
    best = MIN (best, read_heads (posts, n_posts));
  return best;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; p != NULL && (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

static char *
read_first_line (const char * const *argv)
{
  g_autofree char *out = NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL) || out == NULL)
    return g_strdup ("unknown");
  return g_strndup (out, strcspn (out, "\n"));
}

static char *
cpu_model (void)
{
  g_autofree char *cpuinfo = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL) &&
      (line = strstr (cpuinfo, "model name")) != NULL &&
      (line = strchr (line, ':')) != NULL)
    return g_strstrip (g_strndup (line + 1, strcspn (line + 1, "\n")));
  return g_strdup ("unknown");
}

static void
print_machine (void)
{
  g_autofree char *cpu = cpu_model ();
  g_autofree char *node = read_first_line ((const char *[]) { "node", "--version", NULL });
  struct utsname name;

  uname (&name);
  g_print ("Machine: %u cores (`nproc`), %s (/proc/cpuinfo), Linux %s, Node.js %s.\n",
           g_get_num_processors (), cpu, name.release, node);
  g_print ("Cold runs: %s.\n\n", can_drop_caches
           ? "after `sync; echo 3 > /proc/sys/vm/drop_caches`, as root"
           : "none: dropping the kernel's caches needs root, so every figure is warm");
}

static char *
format_seconds (double seconds)
{
  if (seconds < 0)
    return g_strdup ("–");
  return g_strdup_printf (seconds < 1 ? "%.3f s" : "%.2f s", seconds);
}

static char *
format_ratio (double numerator,
              double denominator)
{
  if (numerator < 0 || denominator <= 0)
    return g_strdup ("–");
  return g_strdup_printf ("%.2f×", numerator / denominator);
}

static gboolean
make_sites (GStrv sizes)
{
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      g_autofree char *site = g_strdup_printf ("%s/site-%s", folder, sizes[i]);
      g_autofree char *config = g_build_filename (site, "_config.yml", NULL);
      g_auto(Run) run = { 0 };

      if (g_file_test (config, G_FILE_TEST_EXISTS))
        continue;
      if (!run_child ((const char *[]) { make_site, sizes[i], site, NULL }, &run))
        return FALSE;
      g_printerr ("%s", run.output);
    }

  return TRUE;
}

static guint64
folder_bytes (const char *posts)
{
  g_autoptr(GDir) dir = g_dir_open (posts, 0, NULL);
  guint64 total = 0;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (posts, name, NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        total += st.st_size;
    }

  return total;
}

/* One row of the listing table. */
static gboolean
bench_list (const char *size)
{
  g_autofree char *site = g_strdup_printf ("%s/site-%s", folder, size);
  g_autofree char *posts = g_build_filename (site, "source", "_posts", NULL);
  const char *list_argv[] = { byline_cli, "list", "--site", site, NULL };
  const char *hexo_argv[] = { "node", bench_js, "hexo-front-matter", posts, NULL };
  const char *gray_argv[] = { "node", bench_js, "gray-matter", posts, NULL };
  guint repeats = g_ascii_strtoull (size, NULL, 10) >= 100000 ? 1 : 3;
  g_auto(Run) list_cold = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) hexo = { 0 };
  g_auto(Run) gray = { 0 };
  double floor_cold = -1;
  double floor_warm;
  guint n_posts;
  g_autofree char *s[10] = { NULL };

  list_cold.seconds = -1;
  if (drop_caches ())
    floor_cold = read_heads (posts, &n_posts);
  if (drop_caches () && !run_child (list_argv, &list_cold))
    return FALSE;

  floor_warm = best_read_heads (posts, repeats, &n_posts);
  if (!best_of (run_child, list_argv, repeats, &list) ||
      !best_of (run_timed_child, hexo_argv, repeats, &hexo) ||
      !best_of (run_timed_child, gray_argv, repeats, &gray))
    return FALSE;

  if (count_lines (list.output) != n_posts || hexo.posts != n_posts || gray.posts != n_posts)
    {
      g_printerr ("The tools saw different numbers of posts: list %u, hexo-front-matter %u, "
                  "gray-matter %u, files %u\n", count_lines (list.output), hexo.posts, gray.posts, n_posts);
      return FALSE;
    }

  s[0] = format_seconds (floor_cold);
  s[1] = format_seconds (list_cold.seconds);
  s[2] = format_ratio (list_cold.seconds, floor_cold);
  s[3] = format_seconds (floor_warm);
  s[4] = format_seconds (list.seconds);
  s[5] = format_ratio (list.seconds, floor_warm);
  s[6] = format_seconds (hexo.seconds);
  s[7] = format_ratio (hexo.seconds, list.seconds);
  s[8] = format_seconds (gray.seconds);
  s[9] = format_ratio (gray.seconds, list.seconds);
  g_print ("| %u | %.0f MB | %s | %s (%s) | %s | %s (%s) | %s (%s) | %s (%s) | %.0f MB | %.0f MB | %.0f MB |\n",
           n_posts, folder_bytes (posts) / 1e6,
           s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
           list.peak_mb, hexo.peak_mb, gray.peak_mb);
  return TRUE;
}

static char *
format_speed (const Run *run,
              const Run *byline)
{
  double speed = run->bytes / 1e6 / run->seconds;
  g_autofree char *time = format_seconds (run->seconds);

  if (byline == NULL)
    return g_strdup_printf ("%.1f MB/s (%s, %.0f MB)", speed, time, run->peak_mb);
  return g_strdup_printf ("%.1f MB/s (%s, %.0f MB; Byline %.1f× faster)", speed, time,
                          run->peak_mb, run->seconds / byline->seconds);
}

/* One row of the rendering table, on the posts at @path. */
static gboolean
bench_render (const char *label,
              const char *path)
{
  const char *render_argv[] = { throughput, "render", path, NULL };
  const char *roundtrip_argv[] = { throughput, "roundtrip", path, NULL };
  const char *marked_argv[6] = { "node", bench_js, "marked", path, NULL, NULL };
  const char *markdown_it_argv[6] = { "node", bench_js, "markdown-it", path, NULL, NULL };
  g_autofree char *marked_path = NULL;
  g_auto(Run) render = { 0 };
  g_auto(Run) roundtrip = { 0 };
  g_auto(Run) marked = { 0 };
  g_auto(Run) markdown_it = { 0 };
  g_autofree char *s[4] = { NULL };

  /* bench.mjs takes a folder, or files after it. */
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      marked_path = g_path_get_dirname (path);
      marked_argv[3] = markdown_it_argv[3] = marked_path;
      marked_argv[4] = markdown_it_argv[4] = path;
    }

  if (!best_of (run_timed_child, render_argv, 3, &render) ||
      !best_of (run_timed_child, roundtrip_argv, 3, &roundtrip) ||
      !best_of (run_timed_child, marked_argv, 3, &marked) ||
      !best_of (run_timed_child, markdown_it_argv, 3, &markdown_it))
    return FALSE;

  s[0] = format_speed (&render, NULL);
  s[1] = format_speed (&marked, &render);
  s[2] = format_speed (&markdown_it, &render);
  s[3] = format_speed (&roundtrip, NULL);
  g_print ("| %s | %.1f MB | %s | %s | %s | %s |\n", label, render.bytes / 1e6, s[0], s[1], s[2], s[3]);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  g_autofree char *first_posts = NULL;
  g_autofree char *large_post = NULL;
  g_autofree char *js_folder = NULL;
  g_autofree char *js_modules = NULL;
  gboolean keep = FALSE;
  gboolean made_folder = FALSE;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "byline-cli", 0, 0, G_OPTION_ARG_FILENAME, &byline_cli, "byline-cli to measure", "PATH" },
    { "make-site", 0, 0, G_OPTION_ARG_FILENAME, &make_site, "The site generator", "PATH" },
    { "throughput", 0, 0, G_OPTION_ARG_FILENAME, &throughput, "bench-throughput", "PATH" },
    { "bench-js", 0, 0, G_OPTION_ARG_FILENAME, &bench_js, "tests/bench/js/bench.mjs", "PATH" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Numbers of posts, apart by commas", "N,N" },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME, &folder, "Where the sites go (kept there)", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the sites", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      byline_cli == NULL || make_site == NULL || throughput == NULL || bench_js == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Give --byline-cli, --make-site, --throughput and --bench-js");
      return 2;
    }

  js_folder = g_path_get_dirname (bench_js);
  js_modules = g_build_filename (js_folder, "node_modules", NULL);
  if (!g_file_test (js_modules, G_FILE_TEST_IS_DIR))
    {
      g_printerr ("Run `npm ci` in tests/bench/js first (build-aux/dev bench does)\n");
      return 2;
    }

  sizes = g_strsplit (sizes_text != NULL ? sizes_text : "1000,10000,100000", ",", -1);
  if (folder == NULL)
    {
      folder = g_dir_make_tmp ("byline-bench-XXXXXX", &error);
      made_folder = TRUE;
    }
  if (folder == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  can_drop_caches = getuid () == 0 && access ("/proc/sys/vm/drop_caches", W_OK) == 0;
  ok = make_sites (sizes);
  print_machine ();

  g_print ("Listing a site: `byline-cli list` (the whole process) against the floor of reading the first 4 KB of "
           "every post, and Node tools reading every post and parsing its front matter (warm; times inside Node, "
           "so without its start-up). Ratios: list against the floor, the others against list.\n\n");
  g_print ("| posts | size | floor, cold | list, cold | floor, warm | list, warm | hexo-front-matter | gray-matter | "
           "peak memory: list | hexo-front-matter | gray-matter |\n");
  g_print ("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (guint i = 0; ok && sizes[i] != NULL; i++)
    ok = bench_list (sizes[i]);

  first_posts = g_strdup_printf ("%s/site-%s/source/_posts", folder, sizes[0]);
  large_post = g_build_filename (first_posts, "large-10mb.md", NULL);
  g_print ("\nRendering bodies as Markdown (raw HTML kept) and Byline's round trip (split, serialise, compare): "
           "throughput, time, peak memory.\n\n");
  g_print ("| posts | bodies | Byline render | marked | markdown-it | Byline round trip |\n");
  g_print ("|---|---:|---:|---:|---:|---:|\n");
  if (ok)
    {
      g_autofree char *label = g_strdup_printf ("the %s-post site", sizes[0]);

      ok = bench_render (label, first_posts) && bench_render ("the 10 MB post", large_post);
    }

  if (made_folder && !keep)
    {
      const char *rm_argv[] = { "rm", "-rf", folder, NULL };

      g_spawn_sync (NULL, (char **) rm_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }

  return ok ? 0 : 1;
}
