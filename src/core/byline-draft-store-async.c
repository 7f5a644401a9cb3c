/* byline-draft-store-async.c: the draft store's calls that run off the
 * main thread, one at a time and in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-draft-store-private.h"

/* What one asynchronous call asked for, run by the drafts' own thread. */
typedef struct {
  GTaskThreadFunc  func;
  char            *id;
  GFile           *file;
  char            *etag;
  GBytes          *contents;
  BylineDraft     *draft;
} Job;

static void
job_free (Job *job)
{
  g_free (job->id);
  g_clear_object (&job->file);
  g_free (job->etag);
  g_clear_pointer (&job->contents, g_bytes_unref);
  g_clear_pointer (&job->draft, byline_draft_unref);
  g_free (job);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  GTask *task = data;
  Job *job = g_task_get_task_data (task);

  job->func (task, g_task_get_source_object (task), job, g_task_get_cancellable (task));
  g_object_unref (task);
}

/* All draft I/O runs on one thread, in the order it was asked for: a write
 * queued before a delete of the same draft can never land after it and
 * bring the draft back. */
static void
queue_job (GTask *task,
           Job   *job)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_job, NULL, 1, FALSE, NULL));

  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_thread_pool_push (pool, task, NULL);
}

static GTask *
new_task (BylineDraftStore    *self,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  return task;
}

static void
return_boolean (GTask    *task,
                gboolean  ok,
                GError   *error)
{
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok = byline_draft_store_write_bytes (source_object, job->id, job->file, job->etag,
                                                job->contents, cancellable, &error);

  return_boolean (task, ok, error);
}

/**
 * byline_draft_store_write_async:
 *
 * Like byline_draft_store_write(); the post's bytes are taken when this is
 * called, and written off the main thread.
 */
void
byline_draft_store_write_async (BylineDraftStore    *self,
                                const char          *id,
                                BylinePost          *post,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (BYLINE_IS_POST (post));

  task = new_task (self, byline_draft_store_write_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = write_thread;
  job->id = g_strdup (id);
  job->file = byline_post_get_file (post) != NULL ? g_object_ref (byline_post_get_file (post)) : NULL;
  job->etag = g_strdup (byline_post_get_etag (post));
  job->contents = byline_post_serialize (post);
  queue_job (task, job);
}

gboolean
byline_draft_store_write_finish (BylineDraftStore  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *drafts = byline_draft_store_list (source_object, cancellable, &error);

  if (drafts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref);
}

void
byline_draft_store_list_async (BylineDraftStore    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));

  task = new_task (self, byline_draft_store_list_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = list_thread;
  queue_job (task, job);
}

/**
 * byline_draft_store_list_finish:
 *
 * Returns: (transfer full) (element-type BylineDraft): the drafts, oldest
 *   first
 */
GPtrArray *
byline_draft_store_list_finish (BylineDraftStore  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  BylinePost *post = byline_draft_store_read (source_object, job->draft, cancellable, &error);

  if (post == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, post, g_object_unref);
}

void
byline_draft_store_read_async (BylineDraftStore    *self,
                               BylineDraft         *draft,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (draft != NULL);

  task = new_task (self, byline_draft_store_read_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = read_thread;
  job->draft = byline_draft_ref (draft);
  queue_job (task, job);
}

/**
 * byline_draft_store_read_finish:
 *
 * Returns: (transfer full) (nullable): the post
 */
BylinePost *
byline_draft_store_read_finish (BylineDraftStore  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
delete_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok = byline_draft_store_delete (source_object, job->id, cancellable, &error);

  return_boolean (task, ok, error);
}

void
byline_draft_store_delete_async (BylineDraftStore    *self,
                                 const char          *id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);

  task = new_task (self, byline_draft_store_delete_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = delete_thread;
  job->id = g_strdup (id);
  queue_job (task, job);
}

gboolean
byline_draft_store_delete_finish (BylineDraftStore  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
