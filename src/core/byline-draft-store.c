/* byline-draft-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "byline-draft-store.h"
#include "byline-error.h"

/* Each draft is two files named after its id: the post's bytes, exactly as
 * a save would write them, and a key file saying where they belong. The key
 * file is written last and deleted first, so a draft that is listed always
 * has its bytes. */
#define CONTENTS_SUFFIX ".post"
#define INFO_SUFFIX     ".draft"
#define INFO_GROUP      "Draft"
#define MAX_ID_LENGTH   64

struct _BylineDraft
{
  gatomicrefcount  ref_count;
  char            *id;
  GFile           *file;
  char            *etag;
  GDateTime       *saved;
};

G_DEFINE_BOXED_TYPE (BylineDraft, byline_draft, byline_draft_ref, byline_draft_unref)

struct _BylineDraftStore
{
  GObject  parent_instance;

  GFile   *folder;
};

G_DEFINE_FINAL_TYPE (BylineDraftStore, byline_draft_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

BylineDraft *
byline_draft_ref (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
byline_draft_unref (BylineDraft *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_clear_object (&self->file);
  g_free (self->etag);
  g_clear_pointer (&self->saved, g_date_time_unref);
  g_free (self);
}

const char *
byline_draft_get_id (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

/**
 * byline_draft_get_file:
 *
 * Returns: (transfer none) (nullable): the post's own file, which a restored
 *   draft saves to; %NULL for a post that was never saved
 */
GFile *
byline_draft_get_file (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->file;
}

/**
 * byline_draft_get_etag:
 *
 * Returns: (nullable): the etag the post's file had when it was opened or
 *   last saved, so that saving a restored draft still notices a change made
 *   on disk since
 */
const char *
byline_draft_get_etag (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->etag;
}

/**
 * byline_draft_get_saved:
 *
 * Returns: (transfer none): when the draft was written
 */
GDateTime *
byline_draft_get_saved (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->saved;
}

static void
byline_draft_store_finalize (GObject *object)
{
  BylineDraftStore *self = (BylineDraftStore *)object;

  g_clear_object (&self->folder);

  G_OBJECT_CLASS (byline_draft_store_parent_class)->finalize (object);
}

static void
byline_draft_store_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BylineDraftStore *self = BYLINE_DRAFT_STORE (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_draft_store_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BylineDraftStore *self = BYLINE_DRAFT_STORE (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_draft_store_class_init (BylineDraftStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_draft_store_finalize;
  object_class->get_property = byline_draft_store_get_property;
  object_class->set_property = byline_draft_store_set_property;

  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_draft_store_init (BylineDraftStore *self)
{
}

/**
 * byline_draft_store_new:
 * @folder: a local folder of its own, created when the first draft is
 *   written
 */
BylineDraftStore *
byline_draft_store_new (GFile *folder)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  return g_object_new (BYLINE_TYPE_DRAFT_STORE,
                       "folder", folder,
                       NULL);
}

/**
 * byline_draft_store_new_for_user:
 *
 * Returns: (transfer full): the store in the user's state folder
 *   (`~/.local/state/byline/drafts`), which no backup or sync tool mistakes
 *   for documents
 */
BylineDraftStore *
byline_draft_store_new_for_user (void)
{
  g_autoptr(GFile) folder = g_file_new_build_filename (g_get_user_state_dir (),
                                                       PACKAGE_NAME, "drafts", NULL);

  return byline_draft_store_new (folder);
}

/**
 * byline_draft_store_get_folder:
 *
 * Returns: (transfer none): where the drafts are kept
 */
GFile *
byline_draft_store_get_folder (BylineDraftStore *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);

  return self->folder;
}

/**
 * byline_draft_id_is_valid:
 *
 * Whether @id can name a draft: letters, digits and dashes only, so that an
 * id read from a session file can never point outside the store.
 */
gboolean
byline_draft_id_is_valid (const char *id)
{
  gsize length = 0;

  if (id == NULL)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++, length++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return length > 0 && length <= MAX_ID_LENGTH;
}

static GFile *
get_draft_file (BylineDraftStore *self,
                const char       *id,
                const char       *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (self->folder, name);
}

static gboolean
check_id (const char  *id,
          GError     **error)
{
  if (byline_draft_id_is_valid (id))
    return TRUE;

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("“%s” is not the name of a draft"), id);
  return FALSE;
}

static gboolean
ensure_folder (BylineDraftStore  *self,
               GError           **error)
{
  const char *path = g_file_peek_path (self->folder);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Drafts can only be kept in a local folder"));
      return FALSE;
    }

  /* Drafts hold the writer's unpublished text: only they may read them. */
  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the drafts folder “%s”: %s"),
                   name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static GBytes *
info_to_bytes (GFile      *file,
               const char *etag)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  char *data;
  gsize length;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (info, INFO_GROUP, "File", uri);
    }
  if (etag != NULL)
    g_key_file_set_string (info, INFO_GROUP, "Etag", etag);
  g_key_file_set_string (info, INFO_GROUP, "Saved", saved);

  data = g_key_file_to_data (info, &length, NULL);
  return g_bytes_new_take (data, length);
}

static gboolean
replace_bytes (GFile         *file,
               GBytes        *bytes,
               GCancellable  *cancellable,
               GError       **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* Written to a temporary file renamed over the old one: a crash in the
   * middle leaves the previous draft, never half of one. */
  return g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

static gboolean
write_draft (BylineDraftStore  *self,
             const char        *id,
             GFile             *file,
             const char        *etag,
             GBytes            *contents,
             GCancellable      *cancellable,
             GError           **error)
{
  g_autoptr(GFile) contents_file = NULL;
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GBytes) info = NULL;

  if (!check_id (id, error) || !ensure_folder (self, error))
    return FALSE;

  contents_file = get_draft_file (self, id, CONTENTS_SUFFIX);
  info_file = get_draft_file (self, id, INFO_SUFFIX);
  info = info_to_bytes (file, etag);

  return replace_bytes (contents_file, contents, cancellable, error) &&
         replace_bytes (info_file, info, cancellable, error);
}

/**
 * byline_draft_store_write:
 * @id: the draft's name, one for each open post (see byline_draft_id_is_valid())
 * @post: the post, its body up to date
 *
 * Keeps @post's bytes, as saving it would write them, with its file and
 * etag, replacing the draft of the same @id atomically. Never writes to the
 * post's own file. Blocks; see byline_draft_store_write_async().
 */
gboolean
byline_draft_store_write (BylineDraftStore  *self,
                          const char        *id,
                          BylinePost        *post,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (BYLINE_IS_POST (post), FALSE);

  contents = byline_post_serialize (post);
  return write_draft (self, id, byline_post_get_file (post), byline_post_get_etag (post),
                      contents, cancellable, error);
}

static BylineDraft *
read_info (BylineDraftStore *self,
           const char       *id)
{
  g_autoptr(GFile) info_file = get_draft_file (self, id, INFO_SUFFIX);
  g_autoptr(GFile) contents_file = get_draft_file (self, id, CONTENTS_SUFFIX);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GDateTime) saved_time = NULL;
  BylineDraft *draft;

  if (!g_key_file_load_from_file (info, g_file_peek_path (info_file), G_KEY_FILE_NONE, &error))
    {
      g_debug ("Skipping the draft %s: %s", id, error->message);
      return NULL;
    }

  saved = g_key_file_get_string (info, INFO_GROUP, "Saved", NULL);
  saved_time = saved != NULL ? g_date_time_new_from_iso8601 (saved, NULL) : NULL;
  if (saved_time == NULL || !g_file_query_exists (contents_file, NULL))
    {
      g_debug ("Skipping the draft %s: it is incomplete", id);
      return NULL;
    }

  draft = g_new0 (BylineDraft, 1);
  g_atomic_ref_count_init (&draft->ref_count);
  draft->id = g_strdup (id);
  draft->etag = g_key_file_get_string (info, INFO_GROUP, "Etag", NULL);
  draft->saved = g_steal_pointer (&saved_time);

  uri = g_key_file_get_string (info, INFO_GROUP, "File", NULL);
  if (uri != NULL)
    draft->file = g_file_new_for_uri (uri);

  return draft;
}

static int
compare_saved (gconstpointer a,
               gconstpointer b)
{
  BylineDraft *draft_a = *(BylineDraft **) a;
  BylineDraft *draft_b = *(BylineDraft **) b;

  return g_date_time_compare (draft_a->saved, draft_b->saved);
}

/**
 * byline_draft_store_list:
 *
 * Reads what drafts the store holds, leaving aside files it did not write
 * and drafts cut short by a crash. Blocks; see byline_draft_store_list_async().
 *
 * Returns: (transfer full) (element-type BylineDraft): the drafts, oldest
 *   first; empty when the store's folder does not exist yet
 */
GPtrArray *
byline_draft_store_list (BylineDraftStore  *self,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_draft_unref);
  children = g_file_enumerate_children (self->folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                        cancellable, &local_error);
  if (children == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&drafts);

      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (;;)
    {
      GFileInfo *info = NULL;
      g_autofree char *id = NULL;
      const char *name;
      BylineDraft *draft;

      if (!g_file_enumerator_iterate (children, &info, NULL, cancellable, error))
        return NULL;
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      if (!g_str_has_suffix (name, INFO_SUFFIX))
        continue;

      id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
      if (byline_draft_id_is_valid (id) && (draft = read_info (self, id)))
        g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_saved);
  return g_steal_pointer (&drafts);
}

/**
 * byline_draft_store_read:
 *
 * Reads a draft back as a post. The post's file is the draft's, with the
 * etag it had when the draft was made: saving it writes there, and notices
 * when another program changed the file in the meantime. Blocks; see
 * byline_draft_store_read_async().
 *
 * Returns: (transfer full) (nullable): the post
 */
BylinePost *
byline_draft_store_read (BylineDraftStore  *self,
                         BylineDraft       *draft,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GFile) contents_file = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  BylinePost *post;

  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  contents_file = get_draft_file (self, draft->id, CONTENTS_SUFFIX);
  if (!g_file_load_contents (contents_file, cancellable, &contents, &length, NULL, error))
    return NULL;

  if (!(post = byline_post_new_from_data (contents, length, error)))
    return NULL;

  if (draft->file != NULL)
    byline_post_set_file (post, draft->file, draft->etag);

  return post;
}

static gboolean
delete_if_present (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_delete (file, cancellable, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * byline_draft_store_delete:
 *
 * Forgets the draft named @id, if there is one: its post was saved, or the
 * writer discarded the changes. Blocks; see byline_draft_store_delete_async().
 */
gboolean
byline_draft_store_delete (BylineDraftStore  *self,
                           const char        *id,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autoptr(GFile) contents_file = NULL;
  g_autoptr(GFile) info_file = NULL;

  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!check_id (id, error))
    return FALSE;

  contents_file = get_draft_file (self, id, CONTENTS_SUFFIX);
  info_file = get_draft_file (self, id, INFO_SUFFIX);

  return delete_if_present (info_file, cancellable, error) &&
         delete_if_present (contents_file, cancellable, error);
}

/* What one asynchronous call asked for, run by the drafts' own thread. */
typedef struct {
  GTaskThreadFunc  func;
  char            *id;
  GFile           *file;
  char            *etag;
  GBytes          *contents;
  BylineDraft     *draft;
} Job;

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
queue_job (GTask *task,
           Job   *job)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_job, NULL, 1, FALSE, NULL));

  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_thread_pool_push (pool, task, NULL);
}

static GTask *
new_task (BylineDraftStore    *self,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  return task;
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
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok = write_draft (source_object, job->id, job->file, job->etag,
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
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (BYLINE_IS_POST (post));

  task = new_task (self, byline_draft_store_write_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = write_thread;
  job->id = g_strdup (id);
  job->file = byline_post_get_file (post) != NULL ? g_object_ref (byline_post_get_file (post)) : NULL;
  job->etag = g_strdup (byline_post_get_etag (post));
  job->contents = byline_post_serialize (post);
  queue_job (task, job);
}

gboolean
byline_draft_store_write_finish (BylineDraftStore  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *drafts = byline_draft_store_list (source_object, cancellable, &error);

  if (drafts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref);
}

void
byline_draft_store_list_async (BylineDraftStore    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));

  task = new_task (self, byline_draft_store_list_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = list_thread;
  queue_job (task, job);
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
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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

  if (post == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, post, g_object_unref);
}

void
byline_draft_store_read_async (BylineDraftStore    *self,
                               BylineDraft         *draft,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (draft != NULL);

  task = new_task (self, byline_draft_store_read_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = read_thread;
  job->draft = byline_draft_ref (draft);
  queue_job (task, job);
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
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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
  GTask *task;
  Job *job;

  g_return_if_fail (BYLINE_IS_DRAFT_STORE (self));
  g_return_if_fail (id != NULL);

  task = new_task (self, byline_draft_store_delete_async, cancellable, callback, user_data);
  job = g_new0 (Job, 1);
  job->func = delete_thread;
  job->id = g_strdup (id);
  queue_job (task, job);
}

gboolean
byline_draft_store_delete_finish (BylineDraftStore  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (BYLINE_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
