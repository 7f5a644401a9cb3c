/* bench-throughput.c: how fast the core renders posts and gives back their
 * bytes, on the posts of a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run: bench-throughput render|roundtrip PATH, where PATH is a post or a
 * folder of posts. Prints one JSON line, as tests/bench/js/bench.mjs does:
 * {"seconds", "posts", "bytes"}.
 *
 * render: the body of each post, split from its front matter before the
 * clock starts, rendered as Markdown (as Hexo renders a .md post) by the
 * preview's renderer. roundtrip: each file split into its parts and
 * serialised again, which must give back its bytes.
 */

#include "config.h"

#include <locale.h>

#include "byline-post.h"
#include "byline-renderer.h"

static void
add_posts (GPtrArray  *paths,
           const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (paths, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) || g_str_has_suffix (name, ".md"))
        add_posts (paths, child);
    }
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

static double
render (GPtrArray *paths,
        guint64   *bytes)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(GPtrArray) posts = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 start;

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GBytes) contents = read_file (g_ptr_array_index (paths, i));
      g_autoptr(GError) error = NULL;
      BylinePost *post = byline_post_new_from_data (g_bytes_get_data (contents, NULL),
                                                    g_bytes_get_size (contents), &error);

      if (post == NULL)
        g_error ("%s: %s", (char *) g_ptr_array_index (paths, i), error->message);
      g_ptr_array_add (posts, post);
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < posts->len; i++)
    {
      BylinePost *post = g_ptr_array_index (posts, i);
      const char *body = byline_post_get_body (post);
      g_autofree char *html = byline_renderer_render_body (renderer, body, BYLINE_BODY_MARKDOWN,
                                                           byline_post_get_body_line (post), "post");

      g_assert (html != NULL);
      *bytes += strlen (body);
    }

  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static double
roundtrip (GPtrArray *paths,
           guint64   *bytes)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  gint64 start;

  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (files, read_file (g_ptr_array_index (paths, i)));

  start = g_get_monotonic_time ();
  for (guint i = 0; i < files->len; i++)
    {
      GBytes *contents = g_ptr_array_index (files, i);
      g_autoptr(BylinePost) post = byline_post_new_from_data (g_bytes_get_data (contents, NULL),
                                                              g_bytes_get_size (contents), NULL);
      g_autoptr(GBytes) saved = post != NULL ? byline_post_serialize (post) : NULL;

      if (saved == NULL || !g_bytes_equal (saved, contents))
        g_error ("%s does not come back byte for byte", (char *) g_ptr_array_index (paths, i));
      *bytes += g_bytes_get_size (contents);
    }

  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint64 bytes = 0;
  double seconds;

  setlocale (LC_ALL, "");
  if (argc != 3 || (strcmp (argv[1], "render") != 0 && strcmp (argv[1], "roundtrip") != 0))
    {
      g_printerr ("Usage: %s render|roundtrip PATH\n", argv[0]);
      return 2;
    }

  add_posts (paths, argv[2]);
  if (strcmp (argv[1], "render") == 0)
    seconds = render (paths, &bytes);
  else
    seconds = roundtrip (paths, &bytes);

  g_print ("{\"seconds\": %.6f, \"posts\": %u, \"bytes\": %" G_GUINT64_FORMAT "}\n", seconds, paths->len, bytes);
  return 0;
}
