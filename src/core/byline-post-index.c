/* byline-post-index.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-index.h"
#include "byline-post-scan.h"

/* The first rows reach the list at once; after them, rows come in batches
 * large enough that the list is not redrawn for every post. */
#define FIRST_BATCH_SIZE 64
#define BATCH_SIZE       2048
#define BATCH_INTERVAL   (100 * G_TIME_SPAN_MILLISECOND)

struct _BylinePostIndex
{
  GObject         parent_instance;

  BylineSite     *site;
  GPtrArray      *entries;
  BylineTaxonomy *taxonomy;

  /* Each load has its number; batches of an older load are dropped. */
  guint           generation;
  guint           is_loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylinePostIndex, byline_post_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_IS_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return BYLINE_TYPE_POST_ENTRY;
}

static guint
get_n_items (GListModel *model)
{
  return BYLINE_POST_INDEX (model)->entries->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  BylinePostIndex *self = BYLINE_POST_INDEX (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
byline_post_index_finalize (GObject *object)
{
  BylinePostIndex *self = (BylinePostIndex *)object;

  g_clear_object (&self->site);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->taxonomy, byline_taxonomy_free);

  G_OBJECT_CLASS (byline_post_index_parent_class)->finalize (object);
}

static void
byline_post_index_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BylinePostIndex *self = BYLINE_POST_INDEX (object);

  switch (prop_id)
    {
    case PROP_IS_LOADING:
      g_value_set_boolean (value, self->is_loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_post_index_class_init (BylinePostIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_post_index_finalize;
  object_class->get_property = byline_post_index_get_property;

  properties[PROP_IS_LOADING] =
    g_param_spec_boolean ("is-loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_post_index_init (BylinePostIndex *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->taxonomy = byline_taxonomy_new ();
}

/**
 * byline_post_index_new:
 *
 * Returns: (transfer full): an empty index of @site's posts; fill it with
 *   byline_post_index_load() or byline_post_index_load_async()
 */
BylinePostIndex *
byline_post_index_new (BylineSite *site)
{
  BylinePostIndex *self;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);

  self = g_object_new (BYLINE_TYPE_POST_INDEX, NULL);
  self->site = g_object_ref (site);
  return self;
}

/**
 * byline_post_index_get_site:
 *
 * Returns: (transfer none): the site
 */
BylineSite *
byline_post_index_get_site (BylinePostIndex *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), NULL);

  return self->site;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return byline_post_entry_compare (*(BylinePostEntry **) a, *(BylinePostEntry **) b);
}

static void
set_loading (BylinePostIndex *self,
             gboolean         is_loading)
{
  if (self->is_loading == !!is_loading)
    return;

  self->is_loading = !!is_loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_LOADING]);
}

static void
start_load (BylinePostIndex *self)
{
  guint removed = self->entries->len;

  self->generation++;
  g_ptr_array_set_size (self->entries, 0);
  g_clear_pointer (&self->taxonomy, byline_taxonomy_free);
  self->taxonomy = byline_taxonomy_new ();
  set_loading (self, TRUE);

  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
}

static void
collect_entry (BylinePostEntry *entry,
               gpointer         user_data)
{
  g_ptr_array_add (user_data, g_object_ref (entry));
}

/**
 * byline_post_index_load:
 * @flags: whether drafts are listed too
 *
 * Lists the site's posts, newest first, reading only the start of each
 * file. Blocks; see byline_post_index_load_async().
 */
gboolean
byline_post_index_load (BylinePostIndex       *self,
                        BylinePostIndexFlags   flags,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), FALSE);

  start_load (self);
  ok = byline_post_scan_folders (self->site, flags, self->taxonomy, collect_entry, entries,
                                 cancellable, error);
  set_loading (self, FALSE);
  if (!ok)
    return FALSE;

  g_ptr_array_sort (entries, compare_entries);
  g_ptr_array_extend_and_steal (self->entries, g_steal_pointer (&entries));
  if (self->entries->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->entries->len);

  return TRUE;
}

/* Puts the sorted @batch into the sorted list, telling the list about each
 * run of new rows where it lands. */
static void
merge_batch (BylinePostIndex *self,
             GPtrArray       *batch)
{
  g_autoptr(GPtrArray) merged = g_ptr_array_new_full (self->entries->len + batch->len, g_object_unref);
  guint old = 0;
  guint run_start = 0;
  guint run_length = 0;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  for (guint new = 0; old < self->entries->len || new < batch->len;)
    {
      gboolean take_new = new < batch->len &&
                          (old >= self->entries->len ||
                           compare_entries (&g_ptr_array_index (batch, new),
                                            &g_ptr_array_index (self->entries, old)) < 0);

      if (take_new)
        {
          if (run_length == 0)
            run_start = merged->len;
          run_length++;
          g_ptr_array_add (merged, g_object_ref (g_ptr_array_index (batch, new++)));
        }
      else
        {
          if (run_length > 0)
            {
              guint run[2] = { run_start, run_length };

              g_array_append_vals (runs, run, 1);
              run_length = 0;
            }
          g_ptr_array_add (merged, g_object_ref (g_ptr_array_index (self->entries, old++)));
        }
    }
  if (run_length > 0)
    {
      guint run[2] = { run_start, run_length };

      g_array_append_vals (runs, run, 1);
    }

  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&merged);

  /* Runs in increasing order: each position counts the rows added before. */
  for (guint i = 0; i < runs->len; i++)
    {
      const guint *run = &g_array_index (runs, guint, i * 2);

      g_list_model_items_changed (G_LIST_MODEL (self), run[0], 0, run[1]);
    }
}

typedef struct {
  BylinePostIndex *self;
  guint            generation;
  GPtrArray       *entries;
} Batch;

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->self);
  g_clear_pointer (&batch->entries, g_ptr_array_unref);
  g_free (batch);
}

static gboolean
deliver_batch_cb (gpointer data)
{
  Batch *batch = data;

  if (batch->generation == batch->self->generation)
    merge_batch (batch->self, batch->entries);

  return G_SOURCE_REMOVE;
}

typedef struct {
  BylinePostIndexFlags  flags;
  guint                 generation;
  GMainContext         *context;
  BylinePostIndex      *self;
  GPtrArray            *pending;
  guint                 n_delivered;
  gint64                last_delivery;
  BylineTaxonomy       *taxonomy;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_pointer (&data->context, g_main_context_unref);
  g_clear_object (&data->self);
  g_clear_pointer (&data->pending, g_ptr_array_unref);
  g_clear_pointer (&data->taxonomy, byline_taxonomy_free);
  g_free (data);
}

static void
send_batch (LoadData *data)
{
  Batch *batch;

  if (data->pending->len == 0)
    return;

  batch = g_new0 (Batch, 1);
  batch->self = g_object_ref (data->self);
  batch->generation = data->generation;
  batch->entries = g_steal_pointer (&data->pending);
  g_ptr_array_sort (batch->entries, compare_entries);

  data->n_delivered += batch->entries->len;
  data->last_delivery = g_get_monotonic_time ();
  data->pending = g_ptr_array_new_with_free_func (g_object_unref);

  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, deliver_batch_cb,
                              batch, (GDestroyNotify) batch_free);
}

static void
queue_entry (BylinePostEntry *entry,
             gpointer         user_data)
{
  LoadData *data = user_data;

  g_ptr_array_add (data->pending, g_object_ref (entry));

  if (data->n_delivered == 0
      ? data->pending->len >= FIRST_BATCH_SIZE
      : (data->pending->len >= BATCH_SIZE ||
         g_get_monotonic_time () - data->last_delivery >= BATCH_INTERVAL))
    send_batch (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;

  if (!byline_post_scan_folders (data->self->site, data->flags, data->taxonomy, queue_entry, data,
                                 cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  send_batch (data);
  g_task_return_boolean (task, TRUE);
}

/**
 * byline_post_index_load_async:
 *
 * Lists the site's posts in a worker thread. The list fills in batches as
 * the posts are read, the first ones at once, always newest first; the
 * categories, tags and keys are known when it finishes.
 */
void
byline_post_index_load_async (BylinePostIndex       *self,
                              BylinePostIndexFlags   flags,
                              GCancellable          *cancellable,
                              GAsyncReadyCallback    callback,
                              gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (BYLINE_IS_POST_INDEX (self));

  start_load (self);

  data = g_new0 (LoadData, 1);
  data->flags = flags;
  data->generation = self->generation;
  data->context = g_main_context_ref_thread_default ();
  data->self = g_object_ref (self);
  data->pending = g_ptr_array_new_with_free_func (g_object_unref);
  data->taxonomy = byline_taxonomy_new ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_post_index_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
byline_post_index_load_finish (BylinePostIndex  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  LoadData *data;

  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (data->generation == self->generation)
    {
      g_clear_pointer (&self->taxonomy, byline_taxonomy_free);
      self->taxonomy = g_steal_pointer (&data->taxonomy);
      set_loading (self, FALSE);
    }

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
byline_post_index_is_loading (BylinePostIndex *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), FALSE);

  return self->is_loading;
}

/**
 * byline_post_index_get_categories:
 *
 * Returns: (transfer full) (element-type BylineTerm): the categories the
 *   posts use, the most used first
 */
GArray *
byline_post_index_get_categories (BylinePostIndex *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), NULL);

  return byline_taxonomy_list_terms (self->taxonomy->categories);
}

/**
 * byline_post_index_get_tags:
 *
 * Returns: (transfer full) (element-type BylineTerm): the tags the posts
 *   use, the most used first
 */
GArray *
byline_post_index_get_tags (BylinePostIndex *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), NULL);

  return byline_taxonomy_list_terms (self->taxonomy->tags);
}

/**
 * byline_post_index_get_keys:
 *
 * Returns: (transfer full) (element-type BylineKeyUse): the front matter
 *   keys the posts use, with the kinds of their values, the most used
 *   first
 */
GArray *
byline_post_index_get_keys (BylinePostIndex *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_INDEX (self), NULL);

  return byline_taxonomy_list_keys (self->taxonomy);
}
