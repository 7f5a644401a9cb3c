/* byline-session-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-draft-store.h"
#include "byline-error.h"
#include "byline-session-state.h"

/* The state is kept as GVariant text: a list of windows, each with the
 * index of its selected post and its posts as (file URI, draft id) pairs,
 * either of which may be empty. GVariant's parser does the quoting, and a
 * person can still read the file. */
#define STATE_TYPE "a(ua(ss))"

typedef struct {
  char *uri;
  char *draft_id;
} Post;

typedef struct {
  GArray *posts;
  guint   selected;
} Window;

struct _BylineSessionState
{
  gatomicrefcount  ref_count;
  GArray          *windows;
};

G_DEFINE_BOXED_TYPE (BylineSessionState, byline_session_state,
                     byline_session_state_ref, byline_session_state_unref)

static void
clear_post (Post *post)
{
  g_free (post->uri);
  g_free (post->draft_id);
}

static void
clear_window (Window *window)
{
  g_array_unref (window->posts);
}

BylineSessionState *
byline_session_state_new (void)
{
  BylineSessionState *self = g_new0 (BylineSessionState, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->windows = g_array_new (FALSE, TRUE, sizeof (Window));
  g_array_set_clear_func (self->windows, (GDestroyNotify) clear_window);

  return self;
}

BylineSessionState *
byline_session_state_ref (BylineSessionState *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
byline_session_state_unref (BylineSessionState *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->windows);
  g_free (self);
}

/**
 * byline_session_state_add_window:
 *
 * Returns: the new window's index
 */
guint
byline_session_state_add_window (BylineSessionState *self)
{
  Window window = { NULL, 0 };

  g_return_val_if_fail (self != NULL, 0);

  window.posts = g_array_new (FALSE, TRUE, sizeof (Post));
  g_array_set_clear_func (window.posts, (GDestroyNotify) clear_post);
  g_array_append_val (self->windows, window);

  return self->windows->len - 1;
}

static Window *
get_window (BylineSessionState *self,
            guint               window)
{
  return &g_array_index (self->windows, Window, window);
}

static Post *
get_post (BylineSessionState *self,
          guint               window,
          guint               post)
{
  return &g_array_index (get_window (self, window)->posts, Post, post);
}

/**
 * byline_session_state_add_post:
 * @file: (nullable): the post's file, %NULL for a post never saved
 * @draft_id: (nullable): the draft that keeps the post's unsaved changes
 *
 * Adds a post at the end of @window's tabs. A post needs a file or a draft
 * to come back; one with neither is left out.
 */
void
byline_session_state_add_post (BylineSessionState *self,
                               guint               window,
                               GFile              *file,
                               const char         *draft_id,
                               gboolean            selected)
{
  Window *w;
  Post post;

  g_return_if_fail (self != NULL);
  g_return_if_fail (window < self->windows->len);
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (draft_id == NULL || byline_draft_id_is_valid (draft_id));

  if (file == NULL && draft_id == NULL)
    return;

  w = get_window (self, window);
  post.uri = file != NULL ? g_file_get_uri (file) : NULL;
  post.draft_id = g_strdup (draft_id);
  if (selected)
    w->selected = w->posts->len;
  g_array_append_val (w->posts, post);
}

guint
byline_session_state_get_n_windows (BylineSessionState *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->windows->len;
}

guint
byline_session_state_get_n_posts (BylineSessionState *self,
                                  guint               window)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (window < self->windows->len, 0);

  return get_window (self, window)->posts->len;
}

/**
 * byline_session_state_get_file:
 *
 * Returns: (transfer full) (nullable): the post's file
 */
GFile *
byline_session_state_get_file (BylineSessionState *self,
                               guint               window,
                               guint               post)
{
  const char *uri;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (post < byline_session_state_get_n_posts (self, window), NULL);

  uri = get_post (self, window, post)->uri;
  return uri != NULL ? g_file_new_for_uri (uri) : NULL;
}

/**
 * byline_session_state_get_draft_id:
 *
 * Returns: (nullable): the draft of the post's unsaved changes
 */
const char *
byline_session_state_get_draft_id (BylineSessionState *self,
                                   guint               window,
                                   guint               post)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (post < byline_session_state_get_n_posts (self, window), NULL);

  return get_post (self, window, post)->draft_id;
}

/**
 * byline_session_state_get_selected:
 *
 * Returns: the index of the post shown in @window
 */
guint
byline_session_state_get_selected (BylineSessionState *self,
                                   guint               window)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (window < self->windows->len, 0);

  return get_window (self, window)->selected;
}

GBytes *
byline_session_state_to_bytes (BylineSessionState *self)
{
  g_auto(GVariantBuilder) windows = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE (STATE_TYPE));
  g_autoptr(GVariant) state = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->windows->len; i++)
    {
      Window *window = get_window (self, i);
      g_auto(GVariantBuilder) posts = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(ss)"));

      for (guint j = 0; j < window->posts->len; j++)
        {
          Post *post = get_post (self, i, j);

          g_variant_builder_add (&posts, "(ss)",
                                 post->uri != NULL ? post->uri : "",
                                 post->draft_id != NULL ? post->draft_id : "");
        }

      g_variant_builder_add (&windows, "(ua(ss))", window->selected, &posts);
    }

  state = g_variant_ref_sink (g_variant_builder_end (&windows));
  text = g_variant_print (state, FALSE);

  return g_bytes_new_take (g_strconcat (text, "\n", NULL), strlen (text) + 1);
}

/**
 * byline_session_state_new_from_bytes:
 *
 * Reads a state written by byline_session_state_to_bytes(), leaving out
 * posts with neither file nor valid draft.
 *
 * Returns: (transfer full) (nullable): the state, or %NULL when @bytes is
 *   not one
 */
BylineSessionState *
byline_session_state_new_from_bytes (GBytes  *bytes,
                                     GError **error)
{
  g_autoptr(BylineSessionState) self = NULL;
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GVariantIter) windows = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) parse_error = NULL;
  GVariantIter *posts;
  guint selected;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  text = g_strndup (data, length);
  state = g_variant_parse (G_VARIANT_TYPE (STATE_TYPE), text, NULL, NULL, &parse_error);
  if (state == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("The list of open posts cannot be read: %s"), parse_error->message);
      return NULL;
    }

  self = byline_session_state_new ();
  g_variant_get (state, STATE_TYPE, &windows);
  while (g_variant_iter_next (windows, "(ua(ss))", &selected, &posts))
    {
      guint window = byline_session_state_add_window (self);
      const char *uri;
      const char *draft_id;

      for (guint i = 0; g_variant_iter_next (posts, "(&s&s)", &uri, &draft_id); i++)
        {
          g_autoptr(GFile) file = *uri != '\0' ? g_file_new_for_uri (uri) : NULL;

          if (!byline_draft_id_is_valid (draft_id))
            draft_id = NULL;

          byline_session_state_add_post (self, window, file, draft_id, i == selected);
        }

      g_variant_iter_free (posts);
    }

  return g_steal_pointer (&self);
}

/**
 * byline_session_state_get_user_file:
 *
 * Returns: (transfer full): where the user's session is kept, beside the
 *   drafts in their state folder
 */
GFile *
byline_session_state_get_user_file (void)
{
  return g_file_new_build_filename (g_get_user_state_dir (), PACKAGE_NAME, "session.gvariant", NULL);
}

/**
 * byline_session_state_load:
 *
 * Reads the state kept in @file. Blocks.
 *
 * Returns: (transfer full) (nullable): the state; an empty one when @file
 *   does not exist, as on the first start
 */
BylineSessionState *
byline_session_state_load (GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return byline_session_state_new ();

      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return byline_session_state_new_from_bytes (bytes, error);
}

/**
 * byline_session_state_save:
 *
 * Writes the state to @file atomically, creating its folder, readable by
 * the user alone. Blocks.
 */
gboolean
byline_session_state_save (BylineSessionState  *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GError             **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  folder = g_file_get_parent (file);
  if (!g_file_make_directory_with_parents (folder, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  bytes = byline_session_state_to_bytes (self);
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}
