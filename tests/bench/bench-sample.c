/* bench-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-sample.h"

/**
 * bench_load_sample:
 *
 * Loads the post named by the benchmark's only argument, as the sample.
 *
 * Returns: (transfer full) (nullable): the post, or %NULL after saying
 *   what went wrong
 */
BylinePost *
bench_load_sample (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  BylinePost *sample;
  gsize length;

  if (argc != 2)
    {
      g_printerr ("Usage: %s SAMPLE-POST\n", argv[0]);
      return NULL;
    }

  if (!g_file_get_contents (argv[1], &contents, &length, &error) ||
      !(sample = byline_post_new_from_data (contents, length, &error)))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  return sample;
}
