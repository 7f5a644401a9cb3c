/* byline-file-monitor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-file-monitor.h"

/* A program that writes a file sends several events in a row; the file is
 * looked at once they settle. */
#define SETTLE_MS 100

struct _BylineFileMonitor
{
  GObject          parent_instance;

  GFile           *file;
  char            *etag;
  GFileMonitor    *monitor;
  GCancellable    *query;
  guint            settle_source;
  gboolean         paused;

  BylineDiskState  state;
  /* What was on disk at the last look, so that a second change made by
   * another program is told apart from the first. */
  char            *disk_etag;
};

G_DEFINE_FINAL_TYPE (BylineFileMonitor, byline_file_monitor, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stop_check (BylineFileMonitor *self)
{
  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_cancellable_cancel (self->query);
  g_clear_object (&self->query);
}

static void
set_state (BylineFileMonitor *self,
           BylineDiskState    state,
           const char        *disk_etag)
{
  gboolean is_news = self->state != state ||
                     (state == BYLINE_DISK_STATE_CHANGED && g_strcmp0 (self->disk_etag, disk_etag) != 0);

  self->state = state;
  g_free (self->disk_etag);
  self->disk_etag = g_strdup (disk_etag);

  if (is_news)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
query_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(BylineFileMonitor) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *etag;

  info = g_file_query_info_finish (G_FILE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->query);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      set_state (self, BYLINE_DISK_STATE_DELETED, NULL);
      return;
    }

  /* A file that cannot be read for a while (a permission being changed)
   * says nothing about its text. */
  if (info == NULL)
    return;

  etag = g_file_info_get_etag (info);
  if (self->etag != NULL && g_strcmp0 (etag, self->etag) == 0)
    set_state (self, BYLINE_DISK_STATE_UNCHANGED, etag);
  else
    set_state (self, BYLINE_DISK_STATE_CHANGED, etag);
}

static gboolean
settle_cb (gpointer user_data)
{
  BylineFileMonitor *self = user_data;

  self->settle_source = 0;
  self->query = g_cancellable_new ();
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           self->query, query_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
schedule_check (BylineFileMonitor *self)
{
  if (self->paused || self->file == NULL)
    return;

  stop_check (self);
  self->settle_source = g_timeout_add (SETTLE_MS, settle_cb, self);
}

static void
monitor_changed_cb (BylineFileMonitor *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  /* Every event is a hint only: what counts is the etag on disk. */
  schedule_check (self);
}

static void
byline_file_monitor_dispose (GObject *object)
{
  BylineFileMonitor *self = (BylineFileMonitor *)object;

  stop_check (self);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (byline_file_monitor_parent_class)->dispose (object);
}

static void
byline_file_monitor_finalize (GObject *object)
{
  BylineFileMonitor *self = (BylineFileMonitor *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->disk_etag, g_free);

  G_OBJECT_CLASS (byline_file_monitor_parent_class)->finalize (object);
}

static void
byline_file_monitor_class_init (BylineFileMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_file_monitor_dispose;
  object_class->finalize = byline_file_monitor_finalize;

  /**
   * BylineFileMonitor::changed:
   *
   * The file on disk is no longer as it was at the last look: written by
   * another program (again), deleted, or back as the post knows it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
byline_file_monitor_init (BylineFileMonitor *self)
{
}

BylineFileMonitor *
byline_file_monitor_new (void)
{
  return g_object_new (BYLINE_TYPE_FILE_MONITOR, NULL);
}

/**
 * byline_file_monitor_watch:
 * @file: (nullable): the post's file, or %NULL for a post that has none
 * @etag: (nullable): the etag @file had when the post was read from it or
 *   saved to it; %NULL when unknown, so that any file there is a change
 *
 * Watches @file from now on, and looks at it once at once: a draft restored
 * after a crash learns that way that its file changed in the meantime.
 */
void
byline_file_monitor_watch (BylineFileMonitor *self,
                           GFile             *file,
                           const char        *etag)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BYLINE_IS_FILE_MONITOR (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  stop_check (self);
  g_free (self->etag);
  self->etag = g_strdup (etag);

  if (self->file == NULL || file == NULL || !g_file_equal (self->file, file))
    {
      if (self->monitor != NULL)
        g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
      g_set_object (&self->file, file);

      if (file != NULL)
        self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed",
                                 G_CALLBACK (monitor_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      else if (error != NULL)
        g_debug ("Cannot watch for changes on disk: %s", error->message);
    }

  set_state (self, BYLINE_DISK_STATE_UNCHANGED, etag);
  schedule_check (self);
}

/**
 * byline_file_monitor_get_file:
 *
 * Returns: (transfer none) (nullable): the file watched
 */
GFile *
byline_file_monitor_get_file (BylineFileMonitor *self)
{
  g_return_val_if_fail (BYLINE_IS_FILE_MONITOR (self), NULL);

  return self->file;
}

/**
 * byline_file_monitor_set_paused:
 *
 * Pauses while the post itself writes its file, since the writer's own
 * save is no change by another program; the save then gives the new etag
 * through byline_file_monitor_watch(). Resuming looks at the file again.
 */
void
byline_file_monitor_set_paused (BylineFileMonitor *self,
                                gboolean           paused)
{
  g_return_if_fail (BYLINE_IS_FILE_MONITOR (self));

  self->paused = !!paused;
  if (self->paused)
    stop_check (self);
  else
    schedule_check (self);
}

BylineDiskState
byline_file_monitor_get_state (BylineFileMonitor *self)
{
  g_return_val_if_fail (BYLINE_IS_FILE_MONITOR (self), BYLINE_DISK_STATE_UNCHANGED);

  return self->state;
}
