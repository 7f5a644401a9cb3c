/* byline-preview-job.h: rendering a post for the preview off the main
 * thread, from a copy of its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-html-patch.h"
#include "byline-renderer.h"

G_BEGIN_DECLS

/**
 * BylinePreviewJob:
 *
 * The fields up to @page are what the job reads, set on the main thread
 * before it runs; the others are what it makes, read after it finished.
 */
typedef struct {
  BylineRenderer    *renderer;
  /* What the last render of the body left, for the next. */
  BylineRenderCache *render_cache;
  /* The front matter's text and format, when the header is to be
   * rendered; %NULL with @renders_header for a post without one. */
  gboolean           renders_header;
  char              *front_matter;
  BylineFormat       format;
  char              *body;
  BylineBodyKind     body_kind;
  guint              body_line;
  char              *asset_folder;
  /* The body the page shows, its source and where that starts; %NULL to
   * fill the page's body anew. Without the source, the body is always
   * rendered again. */
  GBytes            *shown_body;
  GBytes            *shown_source;
  guint              shown_body_line;
  guint              shown_body_lines;
  /* Whether to make the page itself, with the user's style. */
  gboolean           renders_page;
  char              *user_css;

  char              *page;
  char              *header;
  GBytes            *body_html;
  guint              body_lines;
  /* %NULL when the body did not change. */
  BylineHtmlPatch   *patch;
} BylinePreviewJob;

BylinePreviewJob *byline_preview_job_new        (BylineRenderer       *renderer,
                                                 BylineRenderCache    *render_cache);
void              byline_preview_job_free       (BylinePreviewJob     *job);
void              byline_preview_job_run_async  (BylinePreviewJob     *job,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
BylinePreviewJob *byline_preview_job_run_finish (GAsyncResult         *result,
                                                 GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylinePreviewJob, byline_preview_job_free)

G_END_DECLS
