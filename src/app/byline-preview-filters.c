/* byline-preview-filters.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WebKit applies content rules in the web process to every load a page
 * makes, images, frames, style sheets and fonts alike, before any request
 * is sent or any file read: what they block never leaves the machine.
 */

#include "config.h"

#include <string.h>

#include "byline-preview-filters.h"

struct _BylinePreviewFilters
{
  GObject                   parent_instance;

  WebKitUserContentManager *manager;
  GSettings                *settings;
  GCancellable             *cancellable;

  /* The rules for the folders, in force and being compiled. */
  WebKitUserContentFilter  *folder_filter;
  char                     *folder_rules;
  char                     *wanted_folder_rules;

  WebKitUserContentFilter  *network_filter;
  gboolean                  has_failed;
};

G_DEFINE_FINAL_TYPE (BylinePreviewFilters, byline_preview_filters, G_TYPE_OBJECT)

enum {
  CHANGED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each scheme apart: WebKit's rule patterns have no alternation. */
static const char network_rules[] =
  "["
  "{\"trigger\":{\"url-filter\":\"^https?:\"},\"action\":{\"type\":\"block\"}},"
  "{\"trigger\":{\"url-filter\":\"^wss?:\"},\"action\":{\"type\":\"block\"}}"
  "]";

/* A URI as a rule pattern: its characters that patterns give a meaning
 * escaped, then the whole escaped again as a JSON string. */
static void
append_pattern (GString    *out,
                const char *uri)
{
  for (const char *p = uri; *p != '\0'; p++)
    {
      if (strchr (".*+?()[]{}|^$\\", *p) != NULL)
        g_string_append (out, "\\\\");
      if (*p == '"')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Rules that block every file outside @folders. */
static char *
dup_folder_rules (GFile * const *folders,
                  guint          n_folders)
{
  GString *rules = g_string_new ("[{\"trigger\":{\"url-filter\":\"^file:\"},\"action\":{\"type\":\"block\"}}");

  for (guint i = 0; i < n_folders; i++)
    {
      g_autofree char *uri = g_file_get_uri (folders[i]);

      g_string_append (rules, ",{\"trigger\":{\"url-filter\":\"^");
      append_pattern (rules, uri);
      /* The folder itself and what is inside, not its namesakes. */
      if (!g_str_has_suffix (uri, "/"))
        g_string_append_c (rules, '/');
      g_string_append (rules, "\",\"url-filter-is-case-sensitive\":true},"
                              "\"action\":{\"type\":\"ignore-previous-rules\"}}");
    }

  g_string_append_c (rules, ']');
  return g_string_free (rules, FALSE);
}

static WebKitUserContentFilterStore *
get_store (void)
{
  static WebKitUserContentFilterStore *store;

  if (store == NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_cache_dir (), APP_ID, "content-filters", NULL);

      store = webkit_user_content_filter_store_new (path);
    }

  return store;
}

/* Compiled rules are named after what they say. */
static char *
dup_identifier (const char *rules)
{
  g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, rules, -1);

  return g_strconcat ("preview-", checksum, NULL);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  WebKitUserContentFilter *filter;

  filter = webkit_user_content_filter_store_save_finish (WEBKIT_USER_CONTENT_FILTER_STORE (object), result, &error);
  if (filter == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, filter, (GDestroyNotify) webkit_user_content_filter_unref);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  const char *rules = g_task_get_task_data (task);
  WebKitUserContentFilter *filter;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *identifier = NULL;
  GCancellable *cancellable;

  filter = webkit_user_content_filter_store_load_finish (WEBKIT_USER_CONTENT_FILTER_STORE (object), result, NULL);
  if (filter != NULL)
    {
      g_task_return_pointer (task, filter, (GDestroyNotify) webkit_user_content_filter_unref);
      return;
    }

  bytes = g_bytes_new (rules, strlen (rules));
  identifier = dup_identifier (rules);
  cancellable = g_task_get_cancellable (task);
  webkit_user_content_filter_store_save (WEBKIT_USER_CONTENT_FILTER_STORE (object),
                                         identifier, bytes, cancellable,
                                         save_cb, g_steal_pointer (&task));
}

/* Compiles @rules, or finds them compiled already in the user's cache. */
static void
compile_async (const char          *rules,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *identifier = NULL;

  g_return_if_fail (rules != NULL);

  identifier = dup_identifier (rules);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, compile_async);
  g_task_set_task_data (task, g_strdup (rules), g_free);

  webkit_user_content_filter_store_load (get_store (), identifier, cancellable,
                                         load_cb, g_steal_pointer (&task));
}

static WebKitUserContentFilter *
compile_finish (GAsyncResult  *result,
                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fail (BylinePreviewFilters *self,
      const GError         *error)
{
  self->has_failed = TRUE;
  g_signal_emit (self, signals[FAILED], 0, error);
}

static void
folder_rules_compiled_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(BylinePreviewFilters) self = user_data;
  g_autoptr(GError) error = NULL;
  WebKitUserContentFilter *filter;

  filter = compile_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (filter == NULL)
    {
      fail (self, error);
      return;
    }

  if (self->folder_filter != NULL)
    webkit_user_content_manager_remove_filter (self->manager, self->folder_filter);
  g_clear_pointer (&self->folder_filter, webkit_user_content_filter_unref);
  self->folder_filter = filter;
  webkit_user_content_manager_add_filter (self->manager, filter);

  g_free (self->folder_rules);
  self->folder_rules = g_steal_pointer (&self->wanted_folder_rules);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
loads_remote_content (BylinePreviewFilters *self)
{
  return g_settings_get_boolean (self->settings, "load-remote-content");
}

static void
network_rules_compiled_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(BylinePreviewFilters) self = user_data;
  g_autoptr(GError) error = NULL;

  self->network_filter = compile_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (self->network_filter == NULL)
    {
      fail (self, error);
      return;
    }

  if (!loads_remote_content (self))
    webkit_user_content_manager_add_filter (self->manager, self->network_filter);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remote_content_changed_cb (BylinePreviewFilters *self)
{
  if (self->network_filter == NULL)
    return;

  if (loads_remote_content (self))
    webkit_user_content_manager_remove_filter (self->manager, self->network_filter);
  else
    webkit_user_content_manager_add_filter (self->manager, self->network_filter);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
byline_preview_filters_dispose (GObject *object)
{
  BylinePreviewFilters *self = (BylinePreviewFilters *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (byline_preview_filters_parent_class)->dispose (object);
}

static void
byline_preview_filters_finalize (GObject *object)
{
  BylinePreviewFilters *self = (BylinePreviewFilters *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->folder_filter, webkit_user_content_filter_unref);
  g_clear_pointer (&self->folder_rules, g_free);
  g_clear_pointer (&self->wanted_folder_rules, g_free);
  g_clear_pointer (&self->network_filter, webkit_user_content_filter_unref);

  G_OBJECT_CLASS (byline_preview_filters_parent_class)->finalize (object);
}

static void
byline_preview_filters_class_init (BylinePreviewFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_preview_filters_dispose;
  object_class->finalize = byline_preview_filters_finalize;

  /**
   * BylinePreviewFilters::changed:
   *
   * Other rules are in force: what the page loaded under the old ones is
   * to be loaded again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * BylinePreviewFilters::failed:
   * @error: why
   *
   * The rules cannot be compiled: loads cannot be kept in bounds, and
   * byline_preview_filters_apply() says so from now on.
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
byline_preview_filters_init (BylinePreviewFilters *self)
{
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
}

/**
 * byline_preview_filters_new:
 * @manager: the user content of the preview's web view
 *
 * Returns: (transfer full): an object that keeps @manager's content rules
 *   as the preview needs them
 */
BylinePreviewFilters *
byline_preview_filters_new (WebKitUserContentManager *manager)
{
  BylinePreviewFilters *self;

  g_return_val_if_fail (WEBKIT_IS_USER_CONTENT_MANAGER (manager), NULL);

  self = g_object_new (BYLINE_TYPE_PREVIEW_FILTERS, NULL);
  self->manager = g_object_ref (manager);

  g_signal_connect_object (self->settings, "changed::load-remote-content",
                           G_CALLBACK (remote_content_changed_cb), self, G_CONNECT_SWAPPED);
  compile_async (network_rules, self->cancellable, network_rules_compiled_cb, g_object_ref (self));

  return self;
}

/**
 * byline_preview_filters_apply:
 * @folders: (array length=n_folders): the folders the page may read
 *
 * Puts in force the rules that let the page read nothing outside
 * @folders, and nothing from the network unless the user allows it.
 *
 * Returns: whether they are in force; when not, they are being compiled,
 *   and #BylinePreviewFilters::changed follows
 */
gboolean
byline_preview_filters_apply (BylinePreviewFilters *self,
                              GFile * const        *folders,
                              guint                 n_folders)
{
  g_autofree char *rules = NULL;

  g_return_val_if_fail (BYLINE_IS_PREVIEW_FILTERS (self), FALSE);

  if (self->has_failed)
    return FALSE;

  rules = dup_folder_rules (folders, n_folders);
  if (g_strcmp0 (rules, self->folder_rules) == 0)
    return self->network_filter != NULL;

  if (g_strcmp0 (rules, self->wanted_folder_rules) != 0)
    {
      g_free (self->wanted_folder_rules);
      self->wanted_folder_rules = g_steal_pointer (&rules);
      compile_async (self->wanted_folder_rules, self->cancellable,
                     folder_rules_compiled_cb, g_object_ref (self));
    }

  return FALSE;
}
