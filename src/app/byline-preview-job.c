/* byline-preview-job.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-preview-job.h"

BylinePreviewJob *
byline_preview_job_new (BylineRenderer    *renderer,
                        BylineRenderCache *render_cache)
{
  BylinePreviewJob *job = g_new0 (BylinePreviewJob, 1);

  job->renderer = g_object_ref (renderer);
  job->render_cache = g_object_ref (render_cache);

  return job;
}

void
byline_preview_job_free (BylinePreviewJob *job)
{
  if (job == NULL)
    return;

  g_clear_object (&job->renderer);
  g_clear_object (&job->render_cache);
  g_free (job->front_matter);
  g_free (job->body);
  g_free (job->asset_folder);
  g_clear_pointer (&job->shown_body, g_bytes_unref);
  g_clear_pointer (&job->shown_source, g_bytes_unref);
  g_free (job->user_css);
  g_free (job->page);
  g_free (job->header);
  g_clear_pointer (&job->body_html, g_bytes_unref);
  g_clear_pointer (&job->patch, byline_html_patch_free);
  g_free (job);
}

static guint
count_lines (const char *text)
{
  guint lines = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    lines++;

  return lines;
}

/* The page around an empty body: the body comes in as a patch once the
 * page is shown, so that the page knows how its nodes were cut. */
static char *
render_page (BylinePreviewJob *job)
{
  g_autoptr(BylinePost) post = byline_post_new ();

  if (job->front_matter != NULL)
    byline_front_matter_set_text (byline_post_ensure_front_matter (post, job->format), job->front_matter);

  return byline_renderer_render_page (job->renderer, post, job->user_css);
}

static char *
render_header (BylinePreviewJob *job)
{
  g_autoptr(BylineFrontMatter) front_matter = NULL;

  if (job->front_matter == NULL)
    return byline_renderer_render_header (job->renderer, NULL);

  front_matter = byline_front_matter_new (job->format, job->front_matter);
  return byline_renderer_render_header (job->renderer, byline_front_matter_get_root (front_matter));
}

/* Whether the body is where and as the page shows it, as when only the
 * front matter changed without moving the body's lines. */
static gboolean
is_body_shown (BylinePreviewJob *job)
{
  return job->shown_body != NULL && job->shown_source != NULL &&
         job->body_line == job->shown_body_line &&
         strcmp (job->body, g_bytes_get_data (job->shown_source, NULL)) == 0;
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  BylinePreviewJob *job = task_data;
  char *body_html;
  int before_shift;
  int after_shift;

  if (job->renders_page)
    job->page = render_page (job);
  if (job->renders_header)
    job->header = render_header (job);

  if (is_body_shown (job))
    {
      job->body_html = g_bytes_ref (job->shown_body);
      job->body_lines = job->shown_body_lines;
      g_task_return_pointer (task, job, (GDestroyNotify) byline_preview_job_free);
      return;
    }

  body_html = byline_renderer_render_body_cached (job->renderer, job->render_cache, job->body,
                                                  job->body_kind, job->body_line, job->asset_folder);
  job->body_html = g_bytes_new_take (body_html, strlen (body_html) + 1);
  job->body_lines = count_lines (job->body);

  if (job->shown_body == NULL)
    {
      job->patch = byline_html_patch_new_fill (body_html);
    }
  else
    {
      before_shift = (int) job->body_line - (int) job->shown_body_line;
      after_shift = before_shift + (int) job->body_lines - (int) job->shown_body_lines;
      job->patch = byline_html_patch_new (g_bytes_get_data (job->shown_body, NULL), body_html,
                                          before_shift, after_shift);
    }

  g_task_return_pointer (task, job, (GDestroyNotify) byline_preview_job_free);
}

/**
 * byline_preview_job_run_async:
 * @job: (transfer full): what to render
 *
 * Renders the header and the body in a worker thread, and plans the patch
 * that brings the page from what it shows to them.
 */
void
byline_preview_job_run_async (BylinePreviewJob    *job,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (job != NULL);
  g_return_if_fail (job->body != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_preview_job_run_async);
  /* The job goes back with the result, which frees it if nobody asks. */
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, run_thread);
}

/**
 * byline_preview_job_run_finish:
 *
 * Returns: (transfer full): the job, with what it made
 */
BylinePreviewJob *
byline_preview_job_run_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
