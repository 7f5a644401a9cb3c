/* test-hostile.c: files that would crash an editor or cost a writer data:
 * each gives a clear error at its place, and the file on disk stays as it
 * was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-lint.h"
#include "byline-post.h"
#include "byline-renderer.h"
#include "hostile.h"

/* The subprocess of a test finds its file here. */
#define HOSTILE_FILE_VARIABLE "BYLINE_HOSTILE_FILE"

static void
assert_located (const GError *error,
                GQuark        domain,
                int           code,
                guint         line,
                guint         column)
{
  guint error_line = 0, error_column = 0;

  g_assert_error (error, domain, code);
  g_assert_true (byline_error_get_location (error, &error_line, &error_column));
  g_assert_cmpuint (error_line, ==, line);
  g_assert_cmpuint (error_column, ==, column);
}

/* Loads @contents from a file, which must fail with @code at @line and
 * @column, and leave the file as it was. */
static void
assert_load_refused (const char *contents,
                     gssize      length,
                     int         code,
                     guint       line,
                     guint       column,
                     const char *words)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write (folder, "post.md", contents, length);
  g_autoptr(HostileSnapshot) before = hostile_snapshot_new (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);

  g_assert_null (post);
  assert_located (error, BYLINE_ERROR, code, line, column);
  g_assert_nonnull (strstr (error->message, words));
  hostile_assert_untouched (before);
}

static void
test_invalid_utf8 (void)
{
  assert_load_refused (HOSTILE_INVALID_UTF8, -1, BYLINE_ERROR_ENCODING, 2, 13, "not valid UTF-8");
}

static void
test_nul_byte (void)
{
  assert_load_refused (HOSTILE_NUL_BYTE, HOSTILE_NUL_BYTE_LENGTH, BYLINE_ERROR_ENCODING, 4, 13, "NUL byte");
}

static void
test_binary_file (void)
{
  assert_load_refused (HOSTILE_BINARY, HOSTILE_BINARY_LENGTH, BYLINE_ERROR_ENCODING, 1, 1, "not valid UTF-8");
}

static void
test_huge_post (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write_huge (folder, "huge.md", 100 * 1024 * 1024);
  g_autoptr(HostileSnapshot) before = hostile_snapshot_new (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);

  /* A size, not a place: the file is refused before it is read. */
  g_assert_null (post);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_nonnull (strstr (error->message, "100.0\u00a0MiB; the limit is 64.0\u00a0MiB"));
  hostile_assert_untouched (before);
}

/* A post whose front matter Byline refuses: it opens, with the error at
 * its place; the front matter cannot be edited; saving it unedited gives
 * back its bytes. */
static void
assert_front_matter_refused (const char *contents,
                             int         code,
                             guint       line,
                             guint       column)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write (folder, "post.md", contents, -1);
  g_autoptr(HostileSnapshot) before = hostile_snapshot_new (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) edit_error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  BylineFrontMatter *front_matter;

  g_assert_no_error (error);
  error = byline_lint_parse_error (post);
  assert_located (error, BYLINE_ERROR, code, line, column);

  front_matter = byline_post_get_front_matter (post);
  if (front_matter != NULL)
    g_assert_false (byline_front_matter_set_string (front_matter, "title", "New", &edit_error));

  bytes = byline_post_serialize (post);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, strlen (contents));
  hostile_assert_untouched (before);
}

static void
test_deep_nesting (void)
{
  static const struct {
    char  format;
    guint column;
  } cases[] = {
    { 'y', 515 },
    { 't', 517 },
    { 'j', 517 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *contents = hostile_deep_nesting (cases[i].format, 10000);

      assert_front_matter_refused (contents, BYLINE_ERROR_LIMIT, 3, cases[i].column);
    }
}

static void
test_deep_body (void)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autofree char *quotes = g_strnfill (10000, '>');
  g_autoptr(GString) html = g_string_new (NULL);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *rendered_quotes = NULL;
  g_autofree char *rendered_html = NULL;
  g_autofree char *rendered_list = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (html, "<div>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (html, "</div>");
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (list, "%*s- item\n", i * 2, "");

  /* Ten thousand levels of quotes, of HTML elements and two thousand of
   * lists render without exhausting the stack. */
  rendered_quotes = byline_renderer_render_body (renderer, quotes, BYLINE_BODY_MARKDOWN, 1, "post");
  rendered_html = byline_renderer_render_body (renderer, html->str, BYLINE_BODY_MARKDOWN, 1, "post");
  rendered_list = byline_renderer_render_body (renderer, list->str, BYLINE_BODY_MARKDOWN, 1, "post");
  g_assert_nonnull (strstr (rendered_quotes, "<blockquote"));
  g_assert_nonnull (strstr (rendered_html, "<div><div>"));
  g_assert_nonnull (strstr (rendered_list, "<li"));
}

static void
test_alias_bomb (void)
{
  assert_front_matter_refused (HOSTILE_ALIAS_BOMB, BYLINE_ERROR_LIMIT, 7, 8);
}

static void
test_unterminated (void)
{
  assert_front_matter_refused (HOSTILE_UNTERMINATED, BYLINE_ERROR_PARSE, 1, 1);
}

static void
test_folder (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = g_build_filename (folder, "post.md", NULL);
  g_autoptr(HostileSnapshot) before = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BylinePost) post = byline_post_new_from_data (HOSTILE_POST, strlen (HOSTILE_POST), NULL);
  g_autoptr(BylinePost) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) save_error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  before = hostile_snapshot_new (path);

  loaded = byline_post_load (file, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "This is a folder, not a post");

  g_assert_false (byline_post_save (post, file, BYLINE_SAVE_FLAGS_NONE, NULL, &save_error));
  g_assert_error (save_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  hostile_assert_untouched (before);
  hostile_assert_folder_holds (folder, "post.md");
}

static void
test_deleted_before_save (void)
{
  g_autofree char *folder = hostile_folder_new ();
  g_autofree char *path = hostile_write (folder, "post.md", HOSTILE_POST, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* The design's promise: a post deleted while open is written again on
   * save, with the writer's edits. */
  byline_front_matter_set_string (byline_post_get_front_matter (post), "title", "Written again", &error);
  g_assert_no_error (error);
  g_assert_true (byline_post_save (post, NULL, BYLINE_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "---\ntitle: Written again\ndate: 2021-09-02 16:11:00\n---\nBody.\n");
  hostile_assert_folder_holds (folder, "post.md");
}

/* Saves the post of the parent test, with a new title, and reports how it
 * went on standard output. */
static void
save_in_subprocess (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv (HOSTILE_FILE_VARIABLE));
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);

  g_assert_no_error (error);
  byline_front_matter_set_string (byline_post_get_front_matter (post), "title", "Changed", &error);
  g_assert_no_error (error);

  if (byline_post_save (post, NULL, BYLINE_SAVE_FLAGS_NONE, NULL, &error))
    g_print ("saved\n");
  else
    g_print ("%s %d: %s\n", g_quark_to_string (error->domain), error->code, error->message);
}

/* Runs the current test again in a subprocess that saves @path. */
static void
save_elsewhere (const char *path)
{
  g_setenv (HOSTILE_FILE_VARIABLE, path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (HOSTILE_FILE_VARIABLE);
  g_test_trap_assert_passed ();
}

/* Root may write any file, so the save runs in a subprocess that gives up
 * root's privileges first. A read-only bind mount or tmpfs would need
 * mount rights that containers (and CI) rarely grant; changing user needs
 * nothing but being root. */
static void
test_read_only (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(HostileSnapshot) before = NULL;
  g_autofree char *expected = NULL;

  if (g_test_subprocess ())
    {
      hostile_drop_privileges (NULL);
      save_in_subprocess ();
      return;
    }

  folder = hostile_folder_new ();
  path = hostile_write (folder, "post.md", HOSTILE_POST, -1);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = hostile_snapshot_new (path);

  save_elsewhere (path);
  expected = g_strdup_printf ("g-io-error-quark %d: *%s*: Permission denied\n", G_IO_ERROR_PERMISSION_DENIED, path);
  g_test_trap_assert_stdout (expected);
  hostile_assert_untouched (before);
  hostile_assert_folder_holds (folder, "post.md");
}

/* A full disk, as the save sees it: the subprocess may write no file past
 * HOSTILE_FILE_SIZE_LIMIT bytes, and the post has become larger. */
static void
test_full_disk (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(HostileSnapshot) before = NULL;

  if (g_test_subprocess ())
    {
      hostile_limit_file_size (NULL);
      save_in_subprocess ();
      return;
    }

  folder = hostile_folder_new ();
  contents = hostile_long_post (4 * HOSTILE_FILE_SIZE_LIMIT);
  path = hostile_write (folder, "post.md", contents, -1);
  before = hostile_snapshot_new (path);

  save_elsewhere (path);
  g_test_trap_assert_stdout ("g-io-error-quark 0: Could not write the file: Error writing to file: File too large. "
                             "The file on disk was left as it was.\n");
  hostile_assert_untouched (before);
  hostile_assert_folder_holds (folder, "post.md");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/hostile/nul-byte", test_nul_byte);
  g_test_add_func ("/hostile/binary-file", test_binary_file);
  g_test_add_func ("/hostile/huge-post", test_huge_post);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/deep-body", test_deep_body);
  g_test_add_func ("/hostile/alias-bomb", test_alias_bomb);
  g_test_add_func ("/hostile/unterminated", test_unterminated);
  g_test_add_func ("/hostile/folder", test_folder);
  g_test_add_func ("/hostile/deleted-before-save", test_deleted_before_save);
  g_test_add_func ("/hostile/read-only", test_read_only);
  g_test_add_func ("/hostile/full-disk", test_full_disk);

  return g_test_run ();
}
