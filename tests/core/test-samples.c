/* test-samples.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post.h"
#include "test-samples.h"

/* The front matter of data/samples/000_5003afbe905b0950.txt, a Hexo news
 * post with a list, quoted URLs and an RFC 1123 date. */
char *
test_sample_front_matter (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                            "000_5003afbe905b0950.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (byline_front_matter_get_text (byline_post_get_front_matter (post)));
}
