/* byline-draft-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "byline-draft-store-private.h"
#include "byline-error.h"

/* Each draft is two files named after its id: the post's bytes, exactly as
 * a save would write them, and a key file saying where they belong. The key
 * file is written last and deleted first, so a draft that is listed always
 * has its bytes. */
#define CONTENTS_SUFFIX ".post"
#define INFO_SUFFIX     ".draft"
#define INFO_GROUP      "Draft"
#define MAX_ID_LENGTH   64

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

/* Writes @contents as the draft named @id of a post whose file is @file,
 * read when it had @etag. */
gboolean
byline_draft_store_write_bytes (BylineDraftStore  *self,
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
  return byline_draft_store_write_bytes (self, id, byline_post_get_file (post),
                                         byline_post_get_etag (post), contents,
                                         cancellable, error);
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
  g_autoptr(GFile) file = NULL;
  g_autofree char *etag = NULL;

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

  uri = g_key_file_get_string (info, INFO_GROUP, "File", NULL);
  file = uri != NULL ? g_file_new_for_uri (uri) : NULL;
  etag = g_key_file_get_string (info, INFO_GROUP, "Etag", NULL);

  return byline_draft_new (id, file, etag, saved_time);
}

static int
compare_saved (gconstpointer a,
               gconstpointer b)
{
  BylineDraft *draft_a = *(BylineDraft **) a;
  BylineDraft *draft_b = *(BylineDraft **) b;

  return g_date_time_compare (byline_draft_get_saved (draft_a), byline_draft_get_saved (draft_b));
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

  contents_file = get_draft_file (self, byline_draft_get_id (draft), CONTENTS_SUFFIX);
  if (!g_file_load_contents (contents_file, cancellable, &contents, &length, NULL, error))
    return NULL;

  if (!(post = byline_post_new_from_data (contents, length, error)))
    return NULL;

  if (byline_draft_get_file (draft) != NULL)
    byline_post_set_file (post, byline_draft_get_file (draft), byline_draft_get_etag (draft));

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
