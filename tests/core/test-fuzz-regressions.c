/* test-fuzz-regressions.c: the inputs on which the front matter fuzz
 * targets once found a bug, replayed with the targets' own checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "../fuzz/fuzz-front-matter.h"

static void
replay_folder (BylineFormat  format,
               const char   *name)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "fuzz", name, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *file_name;
  guint n_inputs = 0;

  g_assert_nonnull (dir);
  while ((file_name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, file_name, NULL);
      g_autofree char *data = NULL;
      gsize size;

      g_assert_true (g_file_get_contents (path, &data, &size, NULL));
      g_test_message ("%s", file_name);
      fuzz_front_matter (format, (const guint8 *) data, size);
      n_inputs++;
    }

  g_assert_cmpuint (n_inputs, >, 0);
}

static void
test_toml (void)
{
  replay_folder (BYLINE_FORMAT_TOML, "toml");
}

static void
test_json (void)
{
  replay_folder (BYLINE_FORMAT_JSON, "json");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/fuzz-regressions/toml", test_toml);
  g_test_add_func ("/fuzz-regressions/json", test_json);

  return g_test_run ();
}
