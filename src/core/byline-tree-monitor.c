/* byline-tree-monitor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-tree-monitor.h"
#include "byline-path.h"

#include <dirent.h>
#include <sys/stat.h>

/* Events come in bursts (a save is a create, a write and a rename); they
 * are told of together, at most this long after the first. */
#define BATCH_DELAY_MS 150

/* Each folder costs the system a watch, of which a user has a limited
 * number; a site of more folders is followed in its first ones, the
 * shallowest first. */
#define MAX_FOLDERS 1024

struct _BylineTreeMonitor
{
  GObject       parent_instance;

  /* Path of each watched folder to its GFileMonitor. */
  GHashTable   *monitors;
  /* Paths of the files and folders changed since the last batch. */
  GHashTable   *pending;
  guint         batch_source;
  /* Whether a batch's new folders are being looked into: the next batch
   * waits for it to be told. */
  gboolean      is_telling;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (BylineTreeMonitor, byline_tree_monitor, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
byline_tree_monitor_dispose (GObject *object)
{
  BylineTreeMonitor *self = (BylineTreeMonitor *)object;

  g_clear_handle_id (&self->batch_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->monitors != NULL)
    g_hash_table_remove_all (self->monitors);

  G_OBJECT_CLASS (byline_tree_monitor_parent_class)->dispose (object);
}

static void
byline_tree_monitor_finalize (GObject *object)
{
  BylineTreeMonitor *self = (BylineTreeMonitor *)object;

  g_clear_pointer (&self->monitors, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (byline_tree_monitor_parent_class)->finalize (object);
}

static void
byline_tree_monitor_class_init (BylineTreeMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_tree_monitor_dispose;
  object_class->finalize = byline_tree_monitor_finalize;

  /**
   * BylineTreeMonitor::changed:
   * @files: (element-type GFile): the files and folders added, changed or
   *   removed, each once
   *
   * Tells of a batch of changes. A new folder is watched before its batch
   * is told, so that what is put into it later is told of too.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

/* A cancelled monitor tells of nothing more. */
static void
stop_monitor (gpointer data)
{
  GFileMonitor *monitor = data;

  g_file_monitor_cancel (monitor);
  g_object_unref (monitor);
}

static void
byline_tree_monitor_init (BylineTreeMonitor *self)
{
  self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stop_monitor);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

BylineTreeMonitor *
byline_tree_monitor_new (void)
{
  return g_object_new (BYLINE_TYPE_TREE_MONITOR, NULL);
}

/* Stops watching @path and the folders below it, which are gone. */
static void
forget_folder (BylineTreeMonitor *self,
               const char        *path)
{
  g_autofree char *prefix = g_strconcat (path, G_DIR_SEPARATOR_S, NULL);
  GHashTableIter iter;
  const char *watched;

  g_hash_table_iter_init (&iter, self->monitors);
  while (g_hash_table_iter_next (&iter, (gpointer *) &watched, NULL))
    if (strcmp (watched, path) == 0 || g_str_has_prefix (watched, prefix))
      g_hash_table_iter_remove (&iter);
}

static void look_into_pending (BylineTreeMonitor *self);

static gboolean
batch_cb (gpointer user_data)
{
  BylineTreeMonitor *self = user_data;

  self->batch_source = 0;
  look_into_pending (self);
  return G_SOURCE_REMOVE;
}

static void
note_change (BylineTreeMonitor *self,
             GFile             *file)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    return;

  g_hash_table_add (self->pending, path);
  if (self->batch_source == 0 && !self->is_telling)
    self->batch_source = g_timeout_add (BATCH_DELAY_MS, batch_cb, self);
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    BylineTreeMonitor *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      {
        g_autofree char *path = g_file_get_path (file);

        if (path != NULL)
          forget_folder (self, path);
        note_change (self, file);
      }
      break;

    case G_FILE_MONITOR_EVENT_RENAMED:
      {
        g_autofree char *path = g_file_get_path (file);

        if (path != NULL)
          forget_folder (self, path);
        note_change (self, file);
        if (other_file != NULL)
          note_change (self, other_file);
      }
      break;

    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      note_change (self, file);
      break;

    /* A change is followed by its end, told by the hint. */
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
watch_folder (BylineTreeMonitor *self,
              const char        *path)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  GFileMonitor *monitor;

  if (g_hash_table_contains (self->monitors, path) ||
      g_hash_table_size (self->monitors) >= MAX_FOLDERS)
    return;

  folder = g_file_new_for_path (path);
  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (monitor == NULL)
    {
      g_debug ("Cannot watch %s: %s", path, error->message);
      return;
    }

  g_signal_connect_object (monitor, "changed", G_CALLBACK (monitor_changed_cb), self, 0);
  g_hash_table_insert (self->monitors, g_strdup (path), monitor);
}

typedef struct {
  /* The paths to look at, then the folders found among and below them. */
  GPtrArray *paths;
  GPtrArray *folders;
  guint      room;
  gboolean   tell;
} LookData;

static void
look_data_free (LookData *data)
{
  g_clear_pointer (&data->paths, g_ptr_array_unref);
  g_clear_pointer (&data->folders, g_ptr_array_unref);
  g_free (data);
}

static gboolean
is_folder (const char *path)
{
  struct stat st;

  return lstat (path, &st) == 0 && S_ISDIR (st.st_mode);
}

/* Finds the folders among the paths and below them, breadth first, as
 * many as there is room to watch. */
static void
look_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LookData *data = task_data;

  for (guint i = 0; i < data->paths->len && data->folders->len < data->room; i++)
    if (is_folder (g_ptr_array_index (data->paths, i)))
      g_ptr_array_add (data->folders, g_strdup (g_ptr_array_index (data->paths, i)));

  for (guint next = 0; next < data->folders->len && data->folders->len < data->room; next++)
    {
      const char *folder = g_ptr_array_index (data->folders, next);
      struct dirent *dirent;
      DIR *handle;

      if (g_task_return_error_if_cancelled (task))
        return;
      if ((handle = opendir (folder)) == NULL)
        continue;

      while ((dirent = readdir (handle)) != NULL && data->folders->len < data->room)
        {
          g_autofree char *path = NULL;

          if (dirent->d_name[0] == '.' || (dirent->d_type != DT_DIR && dirent->d_type != DT_UNKNOWN))
            continue;

          path = g_build_filename (folder, dirent->d_name, NULL);
          if (dirent->d_type == DT_DIR || is_folder (path))
            g_ptr_array_add (data->folders, g_steal_pointer (&path));
        }

      closedir (handle);
    }

  g_task_return_boolean (task, TRUE);
}

static void
look_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BylineTreeMonitor *self = BYLINE_TREE_MONITOR (object);
  LookData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    return;

  for (guint i = 0; i < data->folders->len; i++)
    watch_folder (self, g_ptr_array_index (data->folders, i));

  if (!data->tell)
    return;

  for (guint i = 0; i < data->paths->len; i++)
    g_ptr_array_add (files, g_file_new_for_path (g_ptr_array_index (data->paths, i)));
  self->is_telling = FALSE;
  g_signal_emit (self, signals[CHANGED], 0, files);

  /* What changed while this batch was looked into makes the next. */
  if (g_hash_table_size (self->pending) > 0 && self->batch_source == 0)
    self->batch_source = g_timeout_add (BATCH_DELAY_MS, batch_cb, self);
}

static void
look_into (BylineTreeMonitor *self,
           GPtrArray         *paths,
           gboolean           tell)
{
  g_autoptr(GTask) task = NULL;
  LookData *data = g_new0 (LookData, 1);
  guint watched = g_hash_table_size (self->monitors);

  data->paths = g_ptr_array_ref (paths);
  data->folders = g_ptr_array_new_with_free_func (g_free);
  data->room = watched < MAX_FOLDERS ? MAX_FOLDERS - watched : 0;
  data->tell = tell;
  self->is_telling |= tell;

  task = g_task_new (self, self->cancellable, look_cb, NULL);
  g_task_set_source_tag (task, look_into);
  g_task_set_task_data (task, data, (GDestroyNotify) look_data_free);
  g_task_run_in_thread (task, look_thread);
}

static void
look_into_pending (BylineTreeMonitor *self)
{
  g_autoptr(GPtrArray) paths = byline_path_set_steal_all (self->pending);

  if (paths->len > 0)
    look_into (self, paths, TRUE);
}

/**
 * byline_tree_monitor_add:
 * @folder: a local folder, which may not exist yet
 *
 * Watches @folder and, as they are found, the folders inside it.
 */
void
byline_tree_monitor_add (BylineTreeMonitor *self,
                         GFile             *folder)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL;

  g_return_if_fail (BYLINE_IS_TREE_MONITOR (self));
  g_return_if_fail (G_IS_FILE (folder));

  if ((path = g_file_get_path (folder)) == NULL)
    return;

  watch_folder (self, path);
  g_ptr_array_add (paths, g_steal_pointer (&path));
  look_into (self, paths, FALSE);
}

/**
 * byline_tree_monitor_get_n_folders:
 *
 * Returns: how many folders are watched
 */
guint
byline_tree_monitor_get_n_folders (BylineTreeMonitor *self)
{
  g_return_val_if_fail (BYLINE_IS_TREE_MONITOR (self), 0);

  return g_hash_table_size (self->monitors);
}
