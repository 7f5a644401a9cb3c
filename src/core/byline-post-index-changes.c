/* byline-post-index-changes.c: keeping the index up to date as posts are
 * added, changed and removed on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-index-private.h"
#include "byline-path.h"
#include "byline-post-scan.h"

typedef struct {
  BylineSite           *site;
  BylinePostIndexFlags  flags;
  guint                 generation;
  /* The absolute paths read again, and which of them are files. */
  GPtrArray            *paths;
  GArray               *is_file;
  GPtrArray            *entries;
  BylineTaxonomy       *taxonomy;
} Update;

static void
update_free (Update *update)
{
  g_clear_object (&update->site);
  g_clear_pointer (&update->paths, g_ptr_array_unref);
  g_clear_pointer (&update->is_file, g_array_unref);
  g_clear_pointer (&update->entries, g_ptr_array_unref);
  g_clear_pointer (&update->taxonomy, byline_taxonomy_free);
  g_free (update);
}

static void
collect_entry (BylinePostEntry *entry,
               gpointer         user_data)
{
  g_ptr_array_add (user_data, g_object_ref (entry));
}

static void
update_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Update *update = task_data;

  for (guint i = 0; i < update->paths->len; i++)
    {
      gboolean is_file;

      if (g_task_return_error_if_cancelled (task))
        return;

      is_file = byline_post_scan_path (update->site, update->flags,
                                       g_ptr_array_index (update->paths, i),
                                       update->taxonomy, collect_entry, update->entries,
                                       cancellable);
      g_array_append_val (update->is_file, is_file);
    }

  g_ptr_array_sort (update->entries, byline_post_index_compare_entries);
  g_task_return_boolean (task, TRUE);
}

/* Forgets the counts of a post's categories and tags. */
static void
uncount_terms (GHashTable         *counts,
               const char * const *terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, terms[i]));

      if (count > 1)
        g_hash_table_insert (counts, g_strdup (terms[i]), GUINT_TO_POINTER (count - 1));
      else
        g_hash_table_remove (counts, terms[i]);
    }
}

static gboolean
is_replaced (BylinePostEntry *entry,
             GHashTable      *files,
             GPtrArray       *folders)
{
  const char *path = byline_post_entry_get_path (entry);

  if (g_hash_table_contains (files, path))
    return TRUE;

  for (guint i = 0; i < folders->len; i++)
    if (g_str_has_prefix (path, g_ptr_array_index (folders, i)))
      return TRUE;

  return FALSE;
}

/* Takes out the posts at the updated paths and below the updated
 * folders, telling the list of each run of rows removed. */
static void
remove_replaced (BylinePostIndex *self,
                 Update          *update)
{
  g_autofree char *root = g_file_get_path (byline_site_get_root (self->site));
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  gsize root_length = strlen (root);
  guint i;

  for (i = 0; i < update->paths->len; i++)
    {
      const char *path = g_ptr_array_index (update->paths, i);

      if (strncmp (path, root, root_length) != 0 || path[root_length] != G_DIR_SEPARATOR)
        continue;

      g_hash_table_add (files, (gpointer) (path + root_length + 1));
      if (!g_array_index (update->is_file, gboolean, i))
        g_ptr_array_add (folders, g_strconcat (path + root_length + 1, G_DIR_SEPARATOR_S, NULL));
    }

  for (i = self->entries->len; i > 0;)
    {
      guint end = i;

      while (i > 0 && is_replaced (g_ptr_array_index (self->entries, i - 1), files, folders))
        {
          BylinePostEntry *entry = g_ptr_array_index (self->entries, i - 1);

          uncount_terms (self->taxonomy->categories, byline_post_entry_get_categories (entry));
          uncount_terms (self->taxonomy->tags, byline_post_entry_get_tags (entry));
          i--;
        }

      if (i < end)
        {
          g_ptr_array_remove_range (self->entries, i, end - i);
          g_list_model_items_changed (G_LIST_MODEL (self), i, end - i, 0);
        }
      else
        i--;
    }
}

/* Keeps one entry of each file, should a file and its folder both have
 * been read. */
static void
drop_repeated (GPtrArray *entries)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < entries->len;)
    {
      if (g_hash_table_add (seen, (gpointer) byline_post_entry_get_path (g_ptr_array_index (entries, i))))
        i++;
      else
        g_ptr_array_remove_index (entries, i);
    }
}

static void
update_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  BylinePostIndex *self = BYLINE_POST_INDEX (object);
  Update *update = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) || update->generation != self->generation)
    return;

  g_clear_object (&self->updating);

  remove_replaced (self, update);
  drop_repeated (update->entries);
  byline_post_index_merge (self, update->entries);
  byline_taxonomy_merge (self->taxonomy, update->taxonomy);

  byline_post_index_update (self);
}

/**
 * byline_post_index_update:
 *
 * Reads the changed paths again in a worker thread and puts what it finds
 * in the list, unless a load or an update is running: the load reads them
 * itself, and the update reads them when it is done.
 */
void
byline_post_index_update (BylinePostIndex *self)
{
  g_autoptr(GTask) task = NULL;
  Update *update;

  if (self->is_loading || self->updating != NULL || g_hash_table_size (self->changed) == 0)
    return;

  update = g_new0 (Update, 1);
  update->site = g_object_ref (self->site);
  update->flags = self->flags;
  update->generation = self->generation;
  update->paths = byline_path_set_steal_all (self->changed);
  update->is_file = g_array_new (FALSE, FALSE, sizeof (gboolean));
  update->entries = g_ptr_array_new_with_free_func (g_object_unref);
  update->taxonomy = byline_taxonomy_new ();

  self->updating = g_cancellable_new ();
  task = g_task_new (self, self->updating, update_cb, NULL);
  g_task_set_source_tag (task, byline_post_index_update);
  g_task_set_task_data (task, update, (GDestroyNotify) update_free);
  g_task_run_in_thread (task, update_thread);
}

/**
 * byline_post_index_refresh_file:
 * @file: a post, or a folder of posts, added, changed or removed
 *
 * Reads @file again, soon and off the main thread, and updates the list:
 * a new post appears where its date puts it, a changed one moves to its
 * new place, a removed one goes.
 */
void
byline_post_index_refresh_file (BylinePostIndex *self,
                                GFile           *file)
{
  char *path;

  g_return_if_fail (BYLINE_IS_POST_INDEX (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((path = g_file_get_path (file)) == NULL)
    return;

  g_hash_table_add (self->changed, path);
  byline_post_index_update (self);
}

static void
monitor_changed_cb (BylinePostIndex   *self,
                    GPtrArray         *files,
                    BylineTreeMonitor *monitor)
{
  for (guint i = 0; i < files->len; i++)
    {
      char *path = g_file_get_path (g_ptr_array_index (files, i));

      if (path != NULL)
        g_hash_table_add (self->changed, path);
    }

  byline_post_index_update (self);
}

/**
 * byline_post_index_follow_changes:
 *
 * Watches the site's posts and drafts folders from now on, so that the
 * list follows what other programs do to them, in batches. Call it before
 * a load, so that nothing changed during the load is missed. A site of
 * more than a thousand folders is followed in its first thousand only.
 */
void
byline_post_index_follow_changes (BylinePostIndex *self)
{
  g_return_if_fail (BYLINE_IS_POST_INDEX (self));

  if (self->monitor != NULL)
    return;

  self->monitor = byline_tree_monitor_new ();
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  byline_tree_monitor_add (self->monitor, byline_site_get_folder (self->site, BYLINE_SITE_FOLDER_POSTS));
  byline_tree_monitor_add (self->monitor, byline_site_get_folder (self->site, BYLINE_SITE_FOLDER_DRAFTS));
}
