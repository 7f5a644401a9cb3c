/* byline-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-preview.h"
#include "byline-preview-filters.h"
#include "byline-preview-job.h"
#include "byline-preview-page.h"

/*
 * The preview shows the post in a page that it loads once, with the post's
 * folder as base URI, and then patches in place from a script world of its
 * own as the post changes, so that the reader keeps their place.
 *
 * Edits are rendered from a copy of the text in a worker thread, and
 * coalesced as GNOME Builder's ide-webkit-page does: while one update is
 * under way, from the copy of the text to the patch applied in the page,
 * edits only mark the preview dirty, and one update follows for all of
 * them. Typing never waits for the preview, and the preview never falls
 * more than one update behind.
 */

typedef enum {
  PAGE_NONE,
  PAGE_LOADING,
  PAGE_READY,
} PageState;

struct _BylinePreview
{
  AdwBin                    parent_instance;

  WebKitWebView            *web_view;
  BylineRenderer           *renderer;
  BylineRenderCache        *render_cache;
  BylineDocument           *document;
  GSettings                *settings;
  GCancellable             *cancellable;
  GFile                    *site_root;
  char                     *user_css;

  BylinePreviewFilters     *filters;

  /* The page, and what it shows. */
  PageState                 page_state;
  gboolean                  is_page_committed;
  char                     *page_uri;
  BylinePreviewJob         *page_job;
  gboolean                  is_header_shown;
  char                     *shown_front_matter;
  GBytes                   *shown_body;
  GBytes                   *shown_source;
  guint                     shown_body_line;
  guint                     shown_body_lines;

  guint                     render_source;
  guint                     is_dirty : 1;
  guint                     is_generating : 1;
};

G_DEFINE_FINAL_TYPE (BylinePreview, byline_preview, ADW_TYPE_BIN)

enum {
  ACTIVATE_LINK,
  LINE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_render (BylinePreview *self);

static gboolean
start_render_cb (gpointer user_data)
{
  BylinePreview *self = user_data;

  self->render_source = 0;
  start_render (self);

  return G_SOURCE_REMOVE;
}

/* Renders once the edit is done with, before GTK lays out and draws it:
 * the worker renders while the window draws. */
static void
queue_render (BylinePreview *self)
{
  self->is_dirty = TRUE;

  if (self->render_source == 0 && !self->is_generating)
    self->render_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, start_render_cb, self, NULL);
}

/* The page shows something other than what was last sent to it: the next
 * update fills header and body anew. */
static void
forget_shown (BylinePreview *self)
{
  self->is_header_shown = FALSE;
  g_clear_pointer (&self->shown_front_matter, g_free);
  g_clear_pointer (&self->shown_body, g_bytes_unref);
  g_clear_pointer (&self->shown_source, g_bytes_unref);
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static GFile *
dup_folder (BylinePreview *self)
{
  GFile *file = self->document != NULL ? byline_document_get_file (self->document) : NULL;

  return file != NULL ? g_file_get_parent (file) : NULL;
}

static char *
dup_page_uri (BylinePreview *self)
{
  g_autoptr(GFile) folder = dup_folder (self);
  g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : NULL;

  if (uri == NULL)
    return g_strdup ("about:blank");

  /* Relative image paths resolve against the post's folder. */
  return g_str_has_suffix (uri, "/") ? g_steal_pointer (&uri) : g_strconcat (uri, "/", NULL);
}

/* Whether the content rules for the post's folders are in force; when
 * not, a render follows once they are. */
static gboolean
are_filters_ready (BylinePreview *self)
{
  g_autoptr(GFile) folder = dup_folder (self);
  GFile *folders[2];
  guint n_folders = 0;

  if (folder != NULL)
    folders[n_folders++] = folder;
  if (self->site_root != NULL)
    folders[n_folders++] = self->site_root;

  return byline_preview_filters_apply (self->filters, folders, n_folders);
}

/* What the page loaded under the old rules is loaded again. */
static void
filters_changed_cb (BylinePreview *self)
{
  forget_shown (self);
  queue_render (self);
}

static void
filters_failed_cb (BylinePreview *self,
                   const GError  *error)
{
  g_autofree char *message = g_strdup_printf (_("The preview cannot be shown safely: %s"), error->message);

  self->page_state = PAGE_NONE;
  g_clear_pointer (&self->page_uri, g_free);
  webkit_web_view_load_plain_text (self->web_view, message);
}

/* The page shows what @job made. */
static void
finish_update (BylinePreview    *self,
               BylinePreviewJob *job)
{
  gsize source_length = strlen (job->body) + 1;

  if (job->renders_header)
    {
      self->is_header_shown = TRUE;
      g_free (self->shown_front_matter);
      self->shown_front_matter = g_steal_pointer (&job->front_matter);
    }

  g_clear_pointer (&self->shown_body, g_bytes_unref);
  self->shown_body = g_steal_pointer (&job->body_html);
  g_clear_pointer (&self->shown_source, g_bytes_unref);
  self->shown_source = g_bytes_new_take (g_steal_pointer (&job->body), source_length);
  self->shown_body_line = job->body_line;
  self->shown_body_lines = job->body_lines;

  self->is_generating = FALSE;
  if (self->is_dirty)
    queue_render (self);
}

typedef struct {
  BylinePreview    *self;
  BylinePreviewJob *job;
} Update;

static void
update_free (Update *update)
{
  g_object_unref (update->self);
  byline_preview_job_free (update->job);
  g_free (update);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Update, update_free)

static void
update_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Update) update = user_data;
  BylinePreview *self = update->self;
  g_autoptr(GError) error = NULL;

  if (byline_preview_page_update_finish (WEBKIT_WEB_VIEW (object), result, &error))
    {
      finish_update (self, update->job);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The page's nodes are not where the patch expected them: it is filled
   * anew. */
  g_debug ("Filling the preview anew: %s", error->message);
  forget_shown (self);
  self->is_generating = FALSE;
  queue_render (self);
}

/* Takes @job. */
static void
send_update (BylinePreview    *self,
             BylinePreviewJob *job)
{
  Update *update;

  if (!job->renders_header && (job->patch == NULL || byline_html_patch_is_empty (job->patch)))
    {
      finish_update (self, job);
      byline_preview_job_free (job);
      return;
    }

  update = g_new (Update, 1);
  update->self = g_object_ref (self);
  update->job = job;
  byline_preview_page_update_async (self->web_view,
                                    job->renders_header ? job->header : NULL,
                                    job->patch,
                                    is_dark (),
                                    self->cancellable,
                                    update_cb, update);
}

static void
render_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BylinePreview) self = user_data;
  g_autoptr(GError) error = NULL;
  BylinePreviewJob *job;

  /* Rendering fails only when the preview went away. */
  job = byline_preview_job_run_finish (result, &error);
  if (job == NULL)
    return;

  if (job->page == NULL)
    {
      if (self->page_state == PAGE_READY)
        {
          send_update (self, job);
          return;
        }

      /* The page went away meanwhile, with its web process. */
      byline_preview_job_free (job);
      self->is_generating = FALSE;
      queue_render (self);
      return;
    }

  /* The page first: the body follows once it is ready. */
  byline_preview_job_free (self->page_job);
  self->page_job = job;
  self->page_state = PAGE_LOADING;
  self->is_page_committed = FALSE;
  webkit_web_view_load_html (self->web_view, job->page,
                             g_str_equal (self->page_uri, "about:blank") ? NULL : self->page_uri);
}

static void
start_render (BylinePreview *self)
{
  g_autofree char *page_uri = NULL;
  BylinePreviewJob *job;
  BylinePost *post;
  BylineFrontMatter *front_matter;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GFile *file;
  const char *text;

  if (self->document == NULL || self->is_generating || !self->is_dirty)
    return;

  if (!are_filters_ready (self))
    return;

  page_uri = dup_page_uri (self);
  if (g_strcmp0 (page_uri, self->page_uri) != 0)
    self->page_state = PAGE_NONE;

  post = byline_document_get_post (self->document);
  front_matter = byline_post_get_front_matter (post);
  text = front_matter != NULL ? byline_front_matter_get_text (front_matter) : NULL;
  buffer = GTK_TEXT_BUFFER (byline_document_get_buffer (self->document));
  file = byline_document_get_file (self->document);

  job = byline_preview_job_new (self->renderer, self->render_cache);
  job->renders_page = self->page_state == PAGE_NONE;
  job->renders_header = job->renders_page || !self->is_header_shown ||
                        g_strcmp0 (text, self->shown_front_matter) != 0;
  if (job->renders_header)
    job->front_matter = g_strdup (text);
  if (front_matter != NULL)
    job->format = byline_front_matter_get_format (front_matter);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  job->body = gtk_text_buffer_get_slice (buffer, &start, &end, TRUE);
  job->body_kind = byline_post_get_body_kind (post);
  job->body_line = byline_post_get_body_line (post);
  job->asset_folder = file != NULL ? byline_asset_folder_name (file) : NULL;
  if (!job->renders_page && self->shown_body != NULL)
    {
      job->shown_body = g_bytes_ref (self->shown_body);
      job->shown_source = g_bytes_ref (self->shown_source);
      job->shown_body_line = self->shown_body_line;
      job->shown_body_lines = self->shown_body_lines;
    }
  if (job->renders_page)
    {
      job->user_css = g_strdup (self->user_css);
      g_free (self->page_uri);
      self->page_uri = g_steal_pointer (&page_uri);
      forget_shown (self);
    }

  self->is_dirty = FALSE;
  self->is_generating = TRUE;
  byline_preview_job_run_async (job, self->cancellable, render_cb, g_object_ref (self));
}

static void
page_ready (BylinePreview *self)
{
  if (self->page_state != PAGE_LOADING || !self->is_page_committed)
    return;

  self->page_state = PAGE_READY;

  /* The style sheet may have changed while the page loaded. */
  if (g_strcmp0 (self->user_css, self->page_job->user_css) != 0)
    byline_preview_page_set_user_style (self->web_view, self->user_css != NULL ? self->user_css : "");

  send_update (self, g_steal_pointer (&self->page_job));
}

static void
load_changed_cb (BylinePreview   *self,
                 WebKitLoadEvent  event)
{
  if (event == WEBKIT_LOAD_COMMITTED)
    self->is_page_committed = TRUE;
  /* The page says when it is ready, before its images load; this is for a
   * page whose script did not run. */
  else if (event == WEBKIT_LOAD_FINISHED)
    page_ready (self);
}

static void
script_message_cb (BylinePreview *self,
                   JSCValue      *value)
{
  g_autoptr(JSCValue) line = NULL;
  g_autoptr(JSCValue) position = NULL;

  if (jsc_value_is_string (value))
    {
      page_ready (self);
      return;
    }

  if (!jsc_value_is_object (value))
    return;

  line = jsc_value_object_get_property (value, "line");
  position = jsc_value_object_get_property (value, "position");
  if (jsc_value_is_number (line) && jsc_value_is_number (position) && jsc_value_to_int32 (line) > 0)
    g_signal_emit (self, signals[LINE_ACTIVATED], 0,
                   (guint) jsc_value_to_int32 (line), jsc_value_to_double (position));
}

static void
web_process_terminated_cb (BylinePreview *self)
{
  /* Waiting for a page that will not come: the update ends here. An
   * update under way otherwise ends when it fails or finds no page. */
  if (self->page_state == PAGE_LOADING)
    {
      g_clear_pointer (&self->page_job, byline_preview_job_free);
      self->is_generating = FALSE;
    }

  /* A new web process starts with the next load. */
  self->page_state = PAGE_NONE;
  g_clear_pointer (&self->page_uri, g_free);
  queue_render (self);
}

static void
dark_changed_cb (BylinePreview *self)
{
  if (self->page_state == PAGE_READY)
    byline_preview_page_set_dark (self->web_view, is_dark ());
}

static void
apply_user_css (BylinePreview *self,
                char          *css)
{
  g_free (self->user_css);
  self->user_css = css;

  if (self->page_state == PAGE_READY)
    byline_preview_page_set_user_style (self->web_view, css != NULL ? css : "");
}

static void
user_css_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(BylinePreview) self = user_data;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, NULL, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The preview goes on with its own style; Preferences shows the
       * file chosen. */
      g_debug ("Cannot read the preview's style sheet: %s", error->message);
    }

  apply_user_css (self, contents);
}

static void
user_css_changed_cb (BylinePreview *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "preview-css");
  g_autoptr(GFile) file = NULL;

  if (*path == '\0')
    {
      apply_user_css (self, NULL);
      return;
    }

  file = g_file_new_for_path (path);
  g_file_load_contents_async (file, self->cancellable, user_css_loaded_cb, g_object_ref (self));
}

static void
byline_preview_dispose (GObject *object)
{
  BylinePreview *self = (BylinePreview *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->filters);

  G_OBJECT_CLASS (byline_preview_parent_class)->dispose (object);
}

static void
byline_preview_finalize (GObject *object)
{
  BylinePreview *self = (BylinePreview *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->renderer);
  g_clear_object (&self->render_cache);
  g_clear_object (&self->site_root);
  g_clear_pointer (&self->user_css, g_free);
  g_clear_pointer (&self->page_uri, g_free);
  g_clear_pointer (&self->page_job, byline_preview_job_free);
  g_clear_pointer (&self->shown_front_matter, g_free);
  g_clear_pointer (&self->shown_body, g_bytes_unref);
  g_clear_pointer (&self->shown_source, g_bytes_unref);

  G_OBJECT_CLASS (byline_preview_parent_class)->finalize (object);
}

static gboolean
byline_preview_activate_link (BylinePreview *self,
                              const char    *uri)
{
  byline_preview_page_show_uri (GTK_WIDGET (self), uri);
  return TRUE;
}

static void
byline_preview_class_init (BylinePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_preview_dispose;
  object_class->finalize = byline_preview_finalize;

  /**
   * BylinePreview::activate-link:
   * @uri: the link's address
   *
   * The reader activated a link, which the preview never follows itself.
   * The default handler opens it in the user's browser.
   *
   * Returns: %TRUE when a handler took care of the link
   */
  signals[ACTIVATE_LINK] =
    g_signal_new_class_handler ("activate-link",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (byline_preview_activate_link),
                                g_signal_accumulator_true_handled, NULL,
                                NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  /**
   * BylinePreview::line-activated:
   * @line: the line of the file where the block clicked starts
   * @position: where the block's top is, as a fraction of the preview's
   *   height
   *
   * The reader clicked a block of the post's body.
   */
  signals[LINE_ACTIVATED] =
    g_signal_new ("line-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_DOUBLE);
}

static gboolean
activate_link_cb (gpointer    user_data,
                  const char *uri)
{
  gboolean handled = FALSE;

  g_signal_emit (user_data, signals[ACTIVATE_LINK], 0, uri, &handled);
  return handled;
}

static void
byline_preview_init (BylinePreview *self)
{
  self->renderer = byline_renderer_new ();
  self->render_cache = byline_render_cache_new ();
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->web_view = byline_preview_page_new_web_view (activate_link_cb, self);

  g_signal_connect_object (self->web_view, "load-changed",
                           G_CALLBACK (load_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->web_view, "web-process-terminated",
                           G_CALLBACK (web_process_terminated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (webkit_web_view_get_user_content_manager (self->web_view),
                           "script-message-received::" BYLINE_PREVIEW_PAGE_WORLD,
                           G_CALLBACK (script_message_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::preview-css",
                           G_CALLBACK (user_css_changed_cb), self, G_CONNECT_SWAPPED);
  user_css_changed_cb (self);

  self->filters = byline_preview_filters_new (webkit_web_view_get_user_content_manager (self->web_view));
  g_signal_connect_object (self->filters, "changed",
                           G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filters, "failed",
                           G_CALLBACK (filters_failed_cb), self, G_CONNECT_SWAPPED);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->web_view));
}

/**
 * byline_preview_set_document:
 *
 * Shows @document, and follows its edits.
 */
void
byline_preview_set_document (BylinePreview  *self,
                             BylineDocument *document)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (BYLINE_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  g_set_object (&self->document, document);
  g_signal_connect_object (document, "changed",
                           G_CALLBACK (queue_render), self, G_CONNECT_SWAPPED);
  queue_render (self);
}

/**
 * byline_preview_set_site_root:
 * @root: (nullable): the folder of the post's site
 *
 * Lets the preview read files anywhere in the site, besides those in the
 * post's own folder.
 */
void
byline_preview_set_site_root (BylinePreview *self,
                              GFile         *root)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (root == NULL || G_IS_FILE (root));

  if (g_set_object (&self->site_root, root))
    queue_render (self);
}

/**
 * byline_preview_scroll_to_line:
 * @line: a line of the post's file, with a fraction for a place within it
 * @position: where in the preview's height to show it, from 0 to 1
 *
 * Scrolls the preview to the block of the body that comes from @line.
 */
void
byline_preview_scroll_to_line (BylinePreview *self,
                               double         line,
                               double         position)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  if (self->page_state == PAGE_READY)
    byline_preview_page_scroll_to_line (self->web_view, line, position);
}

/**
 * byline_preview_is_up_to_date:
 *
 * Returns: whether the page shows the document as it is
 */
gboolean
byline_preview_is_up_to_date (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), FALSE);

  return self->page_state == PAGE_READY && !self->is_dirty && !self->is_generating;
}

/**
 * byline_preview_get_web_view:
 *
 * Returns: (transfer none): the web view showing the post
 */
WebKitWebView *
byline_preview_get_web_view (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), NULL);

  return self->web_view;
}
