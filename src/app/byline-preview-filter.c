/* byline-preview-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WebKit applies content rules in the web process to every load a page
 * makes, images, frames, style sheets and fonts alike, before any request
 * is sent or any file read: what they block never leaves the machine.
 */

#include "config.h"

#include <string.h>

#include "byline-preview-filter.h"

/* Each scheme apart: WebKit's rule patterns have no alternation. */
static const char network_rules[] =
  "["
  "{\"trigger\":{\"url-filter\":\"^https?:\"},\"action\":{\"type\":\"block\"}},"
  "{\"trigger\":{\"url-filter\":\"^wss?:\"},\"action\":{\"type\":\"block\"}}"
  "]";

/**
 * byline_preview_filter_rules_for_network:
 *
 * Returns: rules that block every load over the network
 */
const char *
byline_preview_filter_rules_for_network (void)
{
  return network_rules;
}

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

/**
 * byline_preview_filter_rules_for_folders:
 * @folders: (array length=n_folders): the folders the preview may read
 *
 * Returns: (transfer full): rules that block every file outside @folders
 */
char *
byline_preview_filter_rules_for_folders (GFile * const *folders,
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

/**
 * byline_preview_filter_compile_async:
 *
 * Compiles @rules, or finds them compiled already in the user's cache.
 */
void
byline_preview_filter_compile_async (const char          *rules,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *identifier = NULL;

  g_return_if_fail (rules != NULL);

  identifier = dup_identifier (rules);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_preview_filter_compile_async);
  g_task_set_task_data (task, g_strdup (rules), g_free);

  webkit_user_content_filter_store_load (get_store (), identifier, cancellable,
                                         load_cb, g_steal_pointer (&task));
}

/**
 * byline_preview_filter_compile_finish:
 *
 * Returns: (transfer full): the compiled rules
 */
WebKitUserContentFilter *
byline_preview_filter_compile_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
