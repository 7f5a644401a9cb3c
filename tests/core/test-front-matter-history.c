/* test-front-matter-history.c: undo and redo of front matter edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-front-matter-history.h"

static void
set_title (BylineFrontMatter *front_matter,
           const char        *title)
{
  g_autoptr(GError) error = NULL;

  byline_front_matter_set_string (front_matter, "title", title, &error);
  g_assert_no_error (error);
}

static void
test_undo_redo (void)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, "title: a\ncomments: false\n");
  g_autoptr(BylineFrontMatterHistory) history = byline_front_matter_history_new (front_matter);
  g_autoptr(BylineNode) yes = byline_node_new_boolean (TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_false (byline_front_matter_history_can_undo (history));
  g_assert_false (byline_front_matter_history_undo (history));

  set_title (front_matter, "b");
  byline_front_matter_set (front_matter, "comments", yes, &error);
  g_assert_no_error (error);
  g_assert_true (byline_front_matter_history_can_undo (history));

  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: b\ncomments: false\n");
  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: a\ncomments: false\n");
  g_assert_false (byline_front_matter_history_can_undo (history));

  g_assert_true (byline_front_matter_history_redo (history));
  g_assert_true (byline_front_matter_history_redo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: b\ncomments: true\n");
  g_assert_false (byline_front_matter_history_can_redo (history));

  /* A new edit after an undo forgets the undone steps. */
  g_assert_true (byline_front_matter_history_undo (history));
  set_title (front_matter, "c");
  g_assert_false (byline_front_matter_history_can_redo (history));
  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: b\ncomments: false\n");
}

static void
test_typing_is_one_step (void)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, "title: a\nauthor: x\n");
  g_autoptr(BylineFrontMatterHistory) history = byline_front_matter_history_new (front_matter);

  byline_front_matter_history_set_group (history, "title");
  set_title (front_matter, "H");
  set_title (front_matter, "He");
  set_title (front_matter, "Hel");
  byline_front_matter_history_set_group (history, NULL);

  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: a\nauthor: x\n");
  g_assert_false (byline_front_matter_history_can_undo (history));
  g_assert_true (byline_front_matter_history_redo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: Hel\nauthor: x\n");
}

static void
set_author (BylineFrontMatterHistory *history,
            const char               *author)
{
  g_autoptr(BylineNode) value = byline_node_new_string (author);
  g_autoptr(GError) error = NULL;

  byline_front_matter_history_set (history, "author", value, "author", &error);
  g_assert_no_error (error);
}

static void
test_typing_keeps_style (void)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, "author: ZAKER\ndate: x\n");
  g_autoptr(BylineFrontMatterHistory) history = byline_front_matter_history_new (front_matter);

  /* Cleared, the value needs quotes; typed again, it does not. */
  set_author (history, "");
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "author: \"\"\ndate: x\n");
  set_author (history, "新");
  set_author (history, "新华社");
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "author: 新华社\ndate: x\n");

  /* Typed back to where it began, the run leaves no step. */
  set_author (history, "ZAKER");
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "author: ZAKER\ndate: x\n");
  g_assert_false (byline_front_matter_history_can_undo (history));
}

static void
test_closed_step (void)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, "title: a\n");
  g_autoptr(BylineFrontMatterHistory) history = byline_front_matter_history_new (front_matter);

  byline_front_matter_history_set_group (history, "title");
  set_title (front_matter, "ab");
  /* The writer left the field and came back: a second step. */
  byline_front_matter_history_close_step (history);
  set_title (front_matter, "abc");

  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: ab\n");
  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: a\n");
}

static void
test_raw_text_is_a_step (void)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, "title: a\n");
  g_autoptr(BylineFrontMatterHistory) history = byline_front_matter_history_new (front_matter);

  /* A text that does not parse is kept, and undone like any other. */
  byline_front_matter_set_text (front_matter, "title: [a\n");
  g_assert_nonnull (byline_front_matter_get_error (front_matter));
  g_assert_true (byline_front_matter_history_undo (history));
  g_assert_null (byline_front_matter_get_error (front_matter));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, "title: a\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/front-matter-history/undo-redo", test_undo_redo);
  g_test_add_func ("/front-matter-history/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/front-matter-history/typing-keeps-style", test_typing_keeps_style);
  g_test_add_func ("/front-matter-history/closed-step", test_closed_step);
  g_test_add_func ("/front-matter-history/raw-text", test_raw_text_is_a_step);

  return g_test_run ();
}
