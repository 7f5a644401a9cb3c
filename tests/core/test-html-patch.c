/* test-html-patch.c: patches that keep the preview's nodes where an edit
 * leaves them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-html-patch.h"

/* A patch in a line: the elements entered as `name@index/count`, then
 * `replace FROM+REMOVED/COUNT` (or `replace all`), then the new HTML in
 * brackets, after the number of nodes it makes (or `opaque`). */
static char *
describe (BylineHtmlPatch *patch)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < patch->path->len; i++)
    {
      BylineHtmlPatchStep *step = &g_array_index (patch->path, BylineHtmlPatchStep, i);

      g_string_append_printf (out, "%s@%u/%u ", step->name, step->index, step->n_children);
    }

  if (patch->removes_all)
    g_string_append (out, "replace all");
  else
    g_string_append_printf (out, "replace %u+%u/%u", patch->from, patch->n_removed, patch->n_children);

  if (patch->is_opaque)
    g_string_append_printf (out, " opaque [%s]", patch->inserted);
  else if (*patch->inserted != '\0')
    g_string_append_printf (out, " %u [%s]", patch->n_inserted, patch->inserted);

  return g_string_free (out, FALSE);
}

static void
assert_patch (const char *old_html,
              const char *new_html,
              int         before_shift,
              int         after_shift,
              const char *expected)
{
  g_autoptr(BylineHtmlPatch) patch = byline_html_patch_new (old_html, new_html, before_shift, after_shift);
  g_autofree char *description = describe (patch);

  g_assert_cmpstr (description, ==, expected);
}

static void
test_typing_in_a_paragraph (void)
{
  assert_patch ("<p data-line=\"1\">one</p>\n<p data-line=\"3\">two</p>\n<p data-line=\"5\">three</p>\n",
                "<p data-line=\"1\">one</p>\n<p data-line=\"3\">twos</p>\n<p data-line=\"5\">three</p>\n",
                0, 0,
                "p@2/6 replace 0+1/1 1 [twos]");
}

static void
test_new_paragraph_moves_lines (void)
{
  /* Enter twice after "one": the paragraphs below move two lines down and
   * are kept, their lines shifted. */
  assert_patch ("<p data-line=\"1\">one</p>\n<p data-line=\"3\">two</p>\n",
                "<p data-line=\"1\">one</p>\n<p data-line=\"3\">new</p>\n<p data-line=\"5\">two</p>\n",
                0, 2,
                "replace 2+0/4 2 [<p data-line=\"3\">new</p>\n]");
}

static void
test_line_shift_alone (void)
{
  g_autoptr(BylineHtmlPatch) same = byline_html_patch_new ("<p data-line=\"4\">a</p>", "<p data-line=\"4\">a</p>", 0, 0);
  g_autoptr(BylineHtmlPatch) shifted = byline_html_patch_new ("<p data-line=\"4\">a</p>", "<p data-line=\"5\">a</p>", 1, 1);
  g_autofree char *description = describe (shifted);

  g_assert_true (byline_html_patch_is_empty (same));
  g_assert_false (byline_html_patch_is_empty (shifted));
  g_assert_cmpstr (description, ==, "replace 1+0/1");
}

static void
test_wrapper_is_entered (void)
{
  /* The sample's shape: one <div> around the whole body. */
  assert_patch ("\n<div data-line=\"11\">\n<p>one</p><p>two</p>\n</div>\n",
                "\n<div data-line=\"11\">\n<p>one</p><p>too</p>\n</div>\n",
                0, 0,
                "div@1/3 p@2/4 replace 0+1/1 1 [too]");
}

static void
test_unsafe_levels_are_replaced_whole (void)
{
  /* A <div> ends the open <p>: a browser makes three nodes of this. */
  assert_patch ("<p>a<div>b</div></p>", "<p>a<div>c</div></p>", 0, 0,
                "replace all opaque [<p>a<div>c</div></p>]");
  /* Unclosed paragraphs, as people write them. */
  assert_patch ("<p>one<p>two", "<p>one<p>twos", 0, 0,
                "replace all opaque [<p>one<p>twos]");
  /* From a level that cannot be cut to one that can. */
  assert_patch ("<p>one<p>two", "<p>one</p><p>two</p>", 0, 0,
                "replace all 2 [<p>one</p><p>two</p>]");
  assert_patch ("<ul><li>a<li>b</li></li></ul>", "<ul><li>a<li>c</li></li></ul>", 0, 0,
                "replace all opaque [<ul><li>a<li>c</li></li></ul>]");
  assert_patch ("<a href=\"x\">a<a href=\"y\">b</a></a>", "<a href=\"x\">a<a href=\"y\">c</a></a>", 0, 0,
                "replace all opaque [<a href=\"x\">a<a href=\"y\">c</a></a>]");
  assert_patch ("<table>x<tr><td>1</td></tr></table>", "<table>x<tr><td>2</td></tr></table>", 0, 0,
                "replace all opaque [<table>x<tr><td>2</td></tr></table>]");
  assert_patch ("<!DOCTYPE html><p>a</p>", "<!DOCTYPE html><p>b</p>", 0, 0,
                "replace all opaque [<!DOCTYPE html><p>b</p>]");
  assert_patch ("</p><p>a</p>", "</p><p>b</p>", 0, 0,
                "replace all opaque [</p><p>b</p>]");
  assert_patch ("<b><p>a</b></p>", "<b><p>b</b></p>", 0, 0,
                "replace all opaque [<b><p>b</b></p>]");
}

static void
test_elements_kept_whole (void)
{
  /* Tables and preformatted text parse differently as fragments: an edit
   * inside replaces them whole. */
  assert_patch ("<table><tbody><tr><td>1</td></tr></tbody></table>\n<p>x</p>",
                "<table><tbody><tr><td>2</td></tr></tbody></table>\n<p>x</p>",
                0, 0,
                "replace 0+1/3 1 [<table><tbody><tr><td>2</td></tr></tbody></table>]");
  assert_patch ("<pre><code>a\n</code></pre>", "<pre><code>b\n</code></pre>", 0, 0,
                "replace 0+1/1 1 [<pre><code>b\n</code></pre>]");
}

static void
test_raw_text_and_comments (void)
{
  /* Markup inside a style sheet or a comment is text to a browser. */
  assert_patch ("<style>p::after { content: \"</div><p>\" }</style><p>a</p>",
                "<style>p::after { content: \"</div><p>\" }</style><p>b</p>",
                0, 0,
                "p@1/2 replace 0+1/1 1 [b]");
  assert_patch ("<!-- <div> --><p>a</p>", "<!-- <div> --><p>b</p>", 0, 0,
                "p@1/2 replace 0+1/1 1 [b]");
  /* A `<` that starts no tag is text. */
  assert_patch ("<p>a < b</p>", "<p>a < c</p>", 0, 0,
                "p@0/1 replace 0+1/1 1 [a < c]");
  /* Void elements, and SVG with its own self-closing tags. */
  assert_patch ("<p>a<br>b<img src=\"x\"></p><svg><path d=\"M0\"/><g></g></svg>",
                "<p>a<br>c<img src=\"x\"></p><svg><path d=\"M0\"/><g></g></svg>",
                0, 0,
                "p@0/2 replace 2+1/4 1 [c]");
  /* HTML inside SVG ends the SVG early. */
  assert_patch ("<svg><p>a</p></svg>", "<svg><p>b</p></svg>", 0, 0,
                "replace all opaque [<svg><p>b</p></svg>]");
}

static void
test_scripts_make_no_node (void)
{
  /* With JavaScript markup off, WebKit drops scripts as it parses: they
   * join the piece after them, or the one before at the end. */
  assert_patch ("<p>a</p><script>x</script><p>b</p>", "<p>a</p><script>x</script><p>c</p>", 0, 0,
                "p@1/2 replace 0+1/1 1 [c]");
  /* A script that changes changes no node. */
  assert_patch ("<p>a</p><script>x</script>", "<p>a</p><script>y</script>", 0, 0,
                "p@0/1 replace 1+0/1");
  /* The text on both sides makes one node. */
  assert_patch ("a<script>x</script>b", "a<script>x</script>c", 0, 0,
                "replace 0+1/1 1 [a<script>x</script>c]");
  assert_patch ("<script>x</script>", "<script>y</script>", 0, 0, "replace 0+0/0");
}

static void
test_names_and_case (void)
{
  assert_patch ("<DIV Class=\"a\"><P>x</P></div>", "<DIV Class=\"a\"><P>y</P></div>", 0, 0,
                "div@0/1 p@0/1 replace 0+1/1 1 [y]");
  /* A changed start tag replaces the element. */
  assert_patch ("<div class=\"a\"><p>x</p></div>", "<div class=\"b\"><p>x</p></div>", 0, 0,
                "replace 0+1/1 1 [<div class=\"b\"><p>x</p></div>]");
}

static void
test_fill (void)
{
  g_autoptr(BylineHtmlPatch) fill = byline_html_patch_new_fill ("<h2 data-line=\"1\">A</h2>\n<p>b</p>");
  g_autoptr(BylineHtmlPatch) opaque = byline_html_patch_new_fill ("<p>a<p>b");
  g_autofree char *description = describe (fill);
  g_autofree char *opaque_description = describe (opaque);

  g_assert_cmpstr (description, ==, "replace all 3 [<h2 data-line=\"1\">A</h2>\n<p>b</p>]");
  g_assert_cmpstr (opaque_description, ==, "replace all opaque [<p>a<p>b]");
}

static void
test_equal_shifted (void)
{
  static const char a[] = "<p data-line=\"9\">x</p><li data-line=\"10\">";
  static const char b[] = "<p data-line=\"12\">x</p><li data-line=\"13\">";

  g_assert_true (byline_html_equal_shifted (a, strlen (a), b, strlen (b), 3));
  g_assert_false (byline_html_equal_shifted (a, strlen (a), b, strlen (b), 2));
  g_assert_false (byline_html_equal_shifted (a, strlen (a), b, strlen (b) - 1, 3));
  g_assert_true (byline_html_equal_shifted ("", 0, "", 0, 5));
  g_assert_false (byline_html_equal_shifted ("a", 1, "", 0, 0));
}

static void
test_every_cut_of_the_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                               "000_5003afbe905b0950.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);

  /* Each deletion of a run of bytes plans a patch whose new HTML is part
   * of the new text, whatever it breaks. */
  for (gsize at = 0; at < length; at += 97)
    {
      g_autoptr(GString) edited = g_string_new_len (text, length);
      g_autoptr(BylineHtmlPatch) patch = NULL;

      g_string_erase (edited, at, MIN (13, length - at));
      patch = byline_html_patch_new (text, edited->str, 0, 0);
      g_assert_nonnull (strstr (edited->str, patch->inserted));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/html-patch/typing", test_typing_in_a_paragraph);
  g_test_add_func ("/html-patch/new-paragraph", test_new_paragraph_moves_lines);
  g_test_add_func ("/html-patch/line-shift", test_line_shift_alone);
  g_test_add_func ("/html-patch/wrapper", test_wrapper_is_entered);
  g_test_add_func ("/html-patch/unsafe-levels", test_unsafe_levels_are_replaced_whole);
  g_test_add_func ("/html-patch/kept-whole", test_elements_kept_whole);
  g_test_add_func ("/html-patch/raw-text", test_raw_text_and_comments);
  g_test_add_func ("/html-patch/scripts", test_scripts_make_no_node);
  g_test_add_func ("/html-patch/names", test_names_and_case);
  g_test_add_func ("/html-patch/fill", test_fill);
  g_test_add_func ("/html-patch/equal-shifted", test_equal_shifted);
  g_test_add_func ("/html-patch/sample-cuts", test_every_cut_of_the_sample);

  return g_test_run ();
}
