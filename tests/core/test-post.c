/* test-post.c: splitting posts and writing them back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post.h"

static void
test_round_trip_without_front_matter (void)
{
  const char *text = "Just a body\n\n---\n\nwith a rule\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_new_from_data (text, strlen (text), &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  g_assert_null (byline_post_get_front_matter (post));
  bytes = byline_post_serialize (post);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), text, strlen (text));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/post/round-trip/no-front-matter", test_round_trip_without_front_matter);

  return g_test_run ();
}
