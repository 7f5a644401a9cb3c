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

static Job *
job_new (GTaskThreadFunc func)
{
  Job *job = g_new0 (Job, 1);

  job->func = func;
  return job;
}

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
queue_job (BylineDraftStore    *self,
           Job                 *job,
           gpointer             source_tag,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  static GThreadPool *pool;
  GTask *task;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_job, NULL, 1, FALSE, NULL));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_thread_pool_push (pool, task, NULL);
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
return_pointer (GTask          *task,
                gpointer        pointer,
                GDestroyNotify  destroy,
                GError         *error)
{
  if (pointer != NULL)
    g_task_return_pointer (task, pointer, destroy);
  else
    g_task_return_error (task, error);
}

static gboolean
propagate_boolean (BylineDraftStore  *self,
                   GAsyncResult      *result,
                   GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gpointer
propagate_pointer (BylineDraftStore  *self,
                   GAsyncResult      *result,
                   GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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
  GFile *file;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (BYLINE_IS_POST (post));

  file = byline_post_get_file (post);
  job = job_new (write_thread);
  job->id = g_strdup (id);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->etag = g_strdup (byline_post_get_etag (post));
  job->contents = byline_post_serialize (post);
  queue_job (self, job, byline_draft_store_write_async, cancellable, callback, user_data);
}

gboolean
byline_draft_store_write_finish (BylineDraftStore  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  return propagate_boolean (self, result, error);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *drafts = byline_draft_store_list (source_object, cancellable, &error);

  return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref, error);
}

void
byline_draft_store_list_async (BylineDraftStore    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));

  queue_job (self, job_new (list_thread), byline_draft_store_list_async,
             cancellable, callback, user_data);
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
  return propagate_pointer (self, result, error);
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

  return_pointer (task, post, g_object_unref, error);
}

void
byline_draft_store_read_async (BylineDraftStore    *self,
                               BylineDraft         *draft,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (draft != NULL);

  job = job_new (read_thread);
  job->draft = byline_draft_ref (draft);
  queue_job (self, job, byline_draft_store_read_async, cancellable, callback, user_data);
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
  return propagate_pointer (self, result, error);
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
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);

  job = job_new (delete_thread);
  job->id = g_strdup (id);
  queue_job (self, job, byline_draft_store_delete_async, cancellable, callback, user_data);
}

gboolean
byline_draft_store_delete_finish (BylineDraftStore  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  return propagate_boolean (self, result, error);
}
