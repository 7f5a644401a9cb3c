/* test-draft-store.c: unsaved work kept beside, never over, the writer's
 * file, and read back as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "byline-draft-store.h"
#include "byline-error.h"

#define NEW_PARAGRAPH "\n<p>A new first paragraph, typed before the crash.</p>"

static GFile *
copy_sample (void)
{
  g_autoptr(GFile) sample = g_file_new_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                                       "000_5003afbe905b0950.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-drafts-XXXXXX", &error);
  GFile *copy;

  g_assert_no_error (error);
  copy = g_file_new_build_filename (dir, "post.md", NULL);
  g_file_copy (sample, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  return copy;
}

static char *
read_text (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
serialize (BylinePost *post)
{
  g_autoptr(GBytes) bytes = byline_post_serialize (post);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GStrv
list_folder (BylineDraftStore *store)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (byline_draft_store_get_folder (store)), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    g_strv_builder_add (names, name);

  return g_strv_builder_end (names);
}

static void
test_write_read_delete (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(GFile) file = copy_sample ();
  g_autofree char *original = read_text (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  g_autoptr(BylinePost) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *expected = NULL;
  g_autofree char *restored_text = NULL;
  g_autofree char *edited_body = NULL;
  g_autofree char *after_draft = NULL;
  g_autofree char *after_save = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *state_dir = g_build_filename (g_get_user_state_dir (), "byline", "drafts", NULL);
  BylineDraft *draft;

  g_assert_no_error (error);
  g_assert_cmpstr (g_file_peek_path (byline_draft_store_get_folder (store)), ==, state_dir);

  edited_body = g_strconcat (NEW_PARAGRAPH, byline_post_get_body (post), NULL);
  byline_post_set_body (post, edited_body);
  expected = serialize (post);
  g_assert_true (byline_draft_store_write (store, "0f3e-draft", post, NULL, &error));
  g_assert_no_error (error);

  /* The writer's own file is left alone. */
  after_draft = read_text (file);
  g_assert_cmpstr (after_draft, ==, original);

  drafts = byline_draft_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (byline_draft_get_id (draft), ==, "0f3e-draft");
  g_assert_true (g_file_equal (byline_draft_get_file (draft), file));
  g_assert_cmpstr (byline_draft_get_etag (draft), ==, byline_post_get_etag (post));
  g_assert_cmpint (g_date_time_difference (now, byline_draft_get_saved (draft)), <, 60 * G_TIME_SPAN_SECOND);

  restored = byline_draft_store_read (store, draft, NULL, &error);
  g_assert_no_error (error);
  restored_text = serialize (restored);
  g_assert_cmpstr (restored_text, ==, expected);
  g_assert_true (g_file_equal (byline_post_get_file (restored), file));
  g_assert_cmpstr (byline_post_get_etag (restored), ==, byline_post_get_etag (post));
  g_assert_cmpint (byline_post_get_body_kind (restored), ==, byline_post_get_body_kind (post));

  /* The restored post saves to the original file. */
  g_assert_true (byline_post_save (restored, NULL, BYLINE_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  after_save = read_text (file);
  g_assert_cmpstr (after_save, ==, expected);

  g_assert_true (byline_draft_store_delete (store, "0f3e-draft", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = byline_draft_store_list (store, NULL, &error);
  g_assert_cmpuint (drafts->len, ==, 0);
  names = list_folder (store);
  g_assert_cmpuint (g_strv_length (names), ==, 0);

  /* Forgetting a draft that is gone is no error. */
  g_assert_true (byline_draft_store_delete (store, "0f3e-draft", NULL, &error));
  g_assert_no_error (error);
}

static void
test_restored_post_notices_change_on_disk (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(GFile) file = copy_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
  g_autoptr(BylinePost) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *on_disk = NULL;

  g_assert_no_error (error);
  byline_post_set_body (post, NEW_PARAGRAPH);
  g_assert_true (byline_draft_store_write (store, "changed", post, NULL, &error));

  /* Another program writes the file after the crash. */
  g_usleep (10 * 1000);
  g_file_replace_contents (file, "theirs\n", 7, NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);

  drafts = byline_draft_store_list (store, NULL, &error);
  restored = byline_draft_store_read (store, g_ptr_array_index (drafts, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (byline_post_save (restored, NULL, BYLINE_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_CHANGED_ON_DISK);
  on_disk = read_text (file);
  g_assert_cmpstr (on_disk, ==, "theirs\n");
}

static void
test_new_post_replaced_atomically (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(BylinePost) post = byline_post_new ();
  g_autoptr(BylinePost) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  struct stat st;

  byline_post_set_body (post, "first words");
  g_assert_true (byline_draft_store_write (store, "new-post", post, NULL, &error));
  byline_post_set_body (post, "first words, and more");
  g_assert_true (byline_draft_store_write (store, "new-post", post, NULL, &error));
  g_assert_no_error (error);

  /* One draft, its latest text, and no temporary file left behind. */
  names = list_folder (store);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) names, "new-post.post"));
  g_assert_true (g_strv_contains ((const char * const *) names, "new-post.draft"));

  drafts = byline_draft_store_list (store, NULL, &error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_null (byline_draft_get_file (g_ptr_array_index (drafts, 0)));
  restored = byline_draft_store_read (store, g_ptr_array_index (drafts, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_post_get_body (restored), ==, "first words, and more");
  g_assert_null (byline_post_get_file (restored));

  /* Only the writer may read their drafts. */
  g_assert_cmpint (g_stat (g_file_peek_path (byline_draft_store_get_folder (store)), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
write_junk (BylineDraftStore *store,
            const char       *name,
            const char       *contents)
{
  g_autoptr(GFile) file = g_file_get_child (byline_draft_store_get_folder (store), name);
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_list_skips_what_is_not_a_draft (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(BylinePost) post = byline_post_new ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;

  drafts = byline_draft_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  byline_post_set_body (post, "kept");
  g_assert_true (byline_draft_store_write (store, "good", post, NULL, &error));

  /* A key file whose bytes never made it, as a crash between the two writes
   * would leave; a key file that is not one; a stray file. */
  write_junk (store, "cut-short.draft", "[Draft]\nSaved=2026-01-01T00:00:00Z\n");
  write_junk (store, "garbage.draft", "not a key file");
  write_junk (store, "garbage.post", "text");
  write_junk (store, "notes.txt", "text");
  write_junk (store, "bad.name.draft", "[Draft]\nSaved=2026-01-01T00:00:00Z\n");
  write_junk (store, "bad.name.post", "text");

  drafts = byline_draft_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (byline_draft_get_id (g_ptr_array_index (drafts, 0)), ==, "good");
}

static void
test_ids_stay_inside_the_store (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(BylinePost) post = byline_post_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_draft_id_is_valid ("6a2f0d1e-0c4b-4d0e-9d3a-2f1b7c9e8a01"));
  g_assert_false (byline_draft_id_is_valid (""));
  g_assert_false (byline_draft_id_is_valid ("../post"));
  g_assert_false (byline_draft_id_is_valid ("a/b"));
  g_assert_false (byline_draft_id_is_valid (NULL));

  g_assert_false (byline_draft_store_write (store, "../escape", post, NULL, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (byline_draft_store_delete (store, "../escape", NULL, &error));
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
}

typedef struct {
  guint      pending;
  GPtrArray *drafts;
} AsyncState;

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_draft_store_write_finish (BYLINE_DRAFT_STORE (object), result, &error));
  g_assert_no_error (error);
  state->pending--;
}

static void
delete_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_draft_store_delete_finish (BYLINE_DRAFT_STORE (object), result, &error));
  g_assert_no_error (error);
  state->pending--;
}

static void
list_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->drafts = byline_draft_store_list_finish (BYLINE_DRAFT_STORE (object), result, &error);
  g_assert_no_error (error);
  state->pending--;
}

static void
wait_for (AsyncState *state)
{
  while (state->pending > 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_async_calls_run_in_order (void)
{
  g_autoptr(BylineDraftStore) store = byline_draft_store_new_for_user ();
  g_autoptr(BylinePost) post = byline_post_new ();
  AsyncState state = { 0, NULL };

  /* A save that follows an autosave at once must not see the autosave's
   * draft come back after its delete. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *body = g_strdup_printf ("version %u", i);

      byline_post_set_body (post, body);
      byline_draft_store_write_async (store, "racing", post, NULL, write_done_cb, &state);
      state.pending++;
    }
  byline_draft_store_delete_async (store, "racing", NULL, delete_done_cb, &state);
  byline_draft_store_write_async (store, "kept", post, NULL, write_done_cb, &state);
  byline_draft_store_list_async (store, NULL, list_done_cb, &state);
  state.pending += 3;
  wait_for (&state);

  g_assert_cmpuint (state.drafts->len, ==, 1);
  g_assert_cmpstr (byline_draft_get_id (g_ptr_array_index (state.drafts, 0)), ==, "kept");
  g_ptr_array_unref (state.drafts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/draft-store/write-read-delete", test_write_read_delete);
  g_test_add_func ("/draft-store/restored-post-notices-change-on-disk", test_restored_post_notices_change_on_disk);
  g_test_add_func ("/draft-store/new-post-replaced-atomically", test_new_post_replaced_atomically);
  g_test_add_func ("/draft-store/list-skips-what-is-not-a-draft", test_list_skips_what_is_not_a_draft);
  g_test_add_func ("/draft-store/ids-stay-inside-the-store", test_ids_stay_inside_the_store);
  g_test_add_func ("/draft-store/async-calls-run-in-order", test_async_calls_run_in_order);

  return g_test_run ();
}
