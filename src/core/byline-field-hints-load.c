/* byline-field-hints-load.c: finding a post's site and reading what it
 * says about fields, without blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-field-hints-private.h"
#include "byline-site-posts.h"

typedef struct {
  GFile           *post_file;
  char            *content_type;
  BylineSite      *site;
  BylinePostIndex *index;
  BylineSchema    *schema;
  GError          *schema_error;
  char           **scaffold_keys;
  guint            n_pending;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->post_file);
  g_clear_pointer (&data->content_type, g_free);
  g_clear_object (&data->site);
  g_clear_object (&data->index);
  g_clear_object (&data->schema);
  g_clear_error (&data->schema_error);
  g_clear_pointer (&data->scaffold_keys, g_strfreev);
  g_free (data);
}

static void
finish_part (GTask *task)
{
  LoadData *data = g_task_get_task_data (task);
  BylineFieldHints *hints;

  if (--data->n_pending > 0)
    return;

  if (g_task_return_error_if_cancelled (task))
    return;

  hints = byline_field_hints_new (data->site, data->index, data->schema,
                                  (const char * const *) data->scaffold_keys);
  byline_field_hints_take_schema_error (hints, g_steal_pointer (&data->schema_error));
  g_task_return_pointer (task, hints, g_object_unref);
}

static char **
scaffold_keys (BylineSite *site)
{
  g_autoptr(BylinePost) post = byline_site_make_post (site, "Byline", FALSE, NULL, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  BylineFrontMatter *front_matter = post != NULL ? byline_post_get_front_matter (post) : NULL;
  BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;

  for (guint i = 0; root != NULL && byline_node_get_kind (root) == BYLINE_NODE_MAPPING &&
                    i < byline_node_get_n_children (root); i++)
    {
      const char *key = byline_node_get_key_string (root, i);

      if (key != NULL)
        g_strv_builder_add (builder, key);
    }

  return g_strv_builder_end (builder);
}

/* Reads the scaffold and the schema, small files, off the main thread. */
static void
read_site_files_thread (GTask        *part,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  LoadData *data = g_task_get_task_data (G_TASK (task_data));
  g_autoptr(GError) error = NULL;

  data->scaffold_keys = scaffold_keys (data->site);
  data->schema = byline_schema_load (byline_site_get_root (data->site), data->post_file,
                                     data->content_type, cancellable, &error);
  if (data->schema == NULL && !g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND))
    data->schema_error = g_steal_pointer (&error);

  g_task_return_boolean (part, TRUE);
}

static void
site_files_read_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  finish_part (task);
}

static void
index_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);

  /* Without the index, the form still works from the values alone. */
  if (!byline_post_index_load_finish (BYLINE_POST_INDEX (object), result, NULL))
    g_clear_object (&data->index);

  finish_part (task);
}

static void
site_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GTask) part = NULL;

  /* A post outside any site is edited from its own values alone. */
  data->site = byline_site_load_finish (result, NULL);
  if (data->site == NULL)
    {
      data->n_pending = 1;
      finish_part (task);
      return;
    }

  data->n_pending = 2;
  data->index = byline_post_index_new (data->site);
  byline_post_index_load_async (data->index,
                                BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS | BYLINE_POST_INDEX_FLAGS_COUNT_TERMS,
                                cancellable,
                                index_loaded_cb, g_object_ref (task));

  part = g_task_new (NULL, cancellable, site_files_read_cb, g_object_ref (task));
  g_task_set_task_data (part, g_object_ref (task), g_object_unref);
  g_task_run_in_thread (part, read_site_files_thread);
}

/**
 * byline_field_hints_load_async:
 * @post_file: the post
 * @content_type: (nullable): the content type the post names in its
 *   `type` key
 *
 * Finds the post's site and reads its posts, scaffold and content
 * manager's settings without blocking. A post outside any site gets
 * hints with nothing known.
 */
void
byline_field_hints_load_async (GFile               *post_file,
                               const char          *content_type,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (post_file));

  data = g_new0 (LoadData, 1);
  data->post_file = g_object_ref (post_file);
  data->content_type = g_strdup (content_type);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_field_hints_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);

  byline_site_load_async (post_file, cancellable, site_loaded_cb, g_steal_pointer (&task));
}

/**
 * byline_field_hints_load_finish:
 *
 * Returns: (transfer full): the hints, or %NULL when cancelled
 */
BylineFieldHints *
byline_field_hints_load_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
