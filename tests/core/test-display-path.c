/* test-display-path.c: folders as the window and the menus show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-display-path.h"

static void
assert_display (const char *path,
                const char *expected)
{
  g_autofree char *display = byline_display_path (path);

  g_assert_cmpstr (display, ==, expected);
}

static void
test_home (void)
{
  g_autofree char *blog = g_build_filename (g_get_home_dir (), "sites", "blog", NULL);
  g_autofree char *home_like = g_strconcat (g_get_home_dir (), "-old", NULL);

  assert_display (blog, "~/sites/blog");
  assert_display (g_get_home_dir (), "~");
  /* A folder whose name only starts as the home's is not in it. */
  assert_display (home_like, home_like);
  assert_display ("/srv/www/blog", "/srv/www/blog");
}

/* In the Flatpak sandbox, what the user chose arrives as
 * $XDG_RUNTIME_DIR/doc/<id>/<name>. */
static void
test_document_portal (void)
{
  g_autofree char *site = g_build_filename (g_get_user_runtime_dir (), "doc", "1a2b3c4d", "my-site", NULL);
  g_autofree char *posts = g_build_filename (site, "source", "_posts", NULL);
  g_autofree char *chinese = g_build_filename (g_get_user_runtime_dir (), "doc", "9f8e7d6c", "新闻", NULL);
  g_autofree char *id_only = g_build_filename (g_get_user_runtime_dir (), "doc", "1a2b3c4d", NULL);

  assert_display (site, "my-site");
  assert_display (posts, "my-site/source/_posts");
  assert_display (chinese, "新闻");
  assert_display (id_only, id_only);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/display-path/home", test_home);
  g_test_add_func ("/display-path/document-portal", test_document_portal);

  return g_test_run ();
}
