/* byline-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-path.h"

/**
 * byline_path_is_inside:
 * @folder: an absolute, canonical path
 * @path: an absolute, canonical path
 *
 * Returns: whether @path is @folder or below it, by the letters of the
 *   paths alone
 */
gboolean
byline_path_is_inside (const char *folder,
                       const char *path)
{
  gsize len;

  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  len = strlen (folder);
  while (len > 1 && folder[len - 1] == '/')
    len--;

  if (strncmp (folder, path, len) != 0)
    return FALSE;

  return path[len] == '\0' || path[len] == '/' || (len == 1 && folder[0] == '/');
}

/**
 * byline_path_resolve:
 * @path: an absolute path, which need not exist
 *
 * Follows every symbolic link in @path: the part that exists is resolved
 * by the file system, the rest is appended as written.
 *
 * Returns: (transfer full) (nullable): the real path, or %NULL when a part
 *   of @path is a link that leads nowhere (writing through it would create
 *   a file wherever it points)
 */
char *
byline_path_resolve (const char *path)
{
  g_autofree char *canonical = NULL;
  g_autofree char *existing = NULL;
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *real = NULL;
  GString *out;

  g_return_val_if_fail (path != NULL && g_path_is_absolute (path), NULL);

  canonical = g_canonicalize_filename (path, NULL);
  existing = g_strdup (canonical);

  while ((real = realpath (existing, NULL)) == NULL)
    {
      struct stat st;
      char *parent;

      if (errno != ENOENT || lstat (existing, &st) == 0)
        return NULL;

      g_ptr_array_add (missing, g_path_get_basename (existing));
      parent = g_path_get_dirname (existing);
      g_free (existing);
      existing = parent;
    }

  out = g_string_new (real);
  for (guint i = missing->len; i > 0; i--)
    {
      if (out->len == 0 || out->str[out->len - 1] != '/')
        g_string_append_c (out, '/');
      g_string_append (out, g_ptr_array_index (missing, i - 1));
    }

  return g_string_free (out, FALSE);
}

/**
 * byline_path_resolves_inside:
 *
 * Returns: whether @path, with its symbolic links followed, is inside
 *   @folder with its own links followed
 */
gboolean
byline_path_resolves_inside (const char *folder,
                             const char *path)
{
  g_autofree char *real_folder = NULL;
  g_autofree char *real_path = NULL;

  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  real_folder = byline_path_resolve (folder);
  real_path = byline_path_resolve (path);

  return real_folder != NULL && real_path != NULL &&
         byline_path_is_inside (real_folder, real_path);
}

/**
 * byline_path_is_safe_relative:
 *
 * Returns: whether @relative names a place below a folder: not absolute,
 *   with no empty, `.` or `..` part and no part too long for a file name
 */
gboolean
byline_path_is_safe_relative (const char *relative)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (relative != NULL, FALSE);

  if (*relative == '\0' || g_path_is_absolute (relative))
    return FALSE;

  parts = g_strsplit (relative, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] == '\0' || strcmp (parts[i], ".") == 0 || strcmp (parts[i], "..") == 0 ||
        strlen (parts[i]) > 255)
      return FALSE;

  return TRUE;
}

static gboolean
write_all (int           fd,
           const char   *data,
           gsize         length,
           GError      **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s", g_strerror (saved_errno));
          return FALSE;
        }
      data += written;
      length -= written;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* For file systems without hard links: creating the file exclusively still
 * never replaces another, though a crash can leave it half written. */
static gboolean
create_exclusively (const char  *path,
                    GBytes      *bytes,
                    GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  gboolean ok;

  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_EXISTS,
                     _("%s exists already"), path);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  ok = write_all (fd, data, length, error);
  g_close (fd, NULL);
  if (!ok)
    g_unlink (path);
  return ok;
}

/**
 * byline_path_write_new:
 * @file: where to write; its folder must exist
 * @bytes: the whole file
 *
 * Writes a new file atomically: the bytes go to a temporary file beside
 * it, which is then linked in under @file's name only if that name is
 * free. Never replaces a file: fails with %BYLINE_ERROR_EXISTS instead.
 */
gboolean
byline_path_write_new (GFile   *file,
                       GBytes  *bytes,
                       GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *temp = NULL;
  gsize length;
  const char *data;
  int fd;
  int link_errno = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  path = g_file_get_path (file);
  dir = g_path_get_dirname (path);
  temp = g_build_filename (dir, ".byline-XXXXXX", NULL);
  data = g_bytes_get_data (bytes, &length);

  if ((fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!write_all (fd, data, length, error))
    {
      g_close (fd, NULL);
      g_unlink (temp);
      return FALSE;
    }
  g_close (fd, NULL);

  if (link (temp, path) != 0)
    link_errno = errno;
  g_unlink (temp);

  if (link_errno == 0)
    return TRUE;

  if (link_errno == EEXIST)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_EXISTS,
                   _("%s exists already"), path);
      return FALSE;
    }

  return create_exclusively (path, bytes, error);
}

/* Gives up a half-written file. Closing a stream of g_file_replace() moves
 * its temporary file over the original even after a write failed, so that
 * a full disk would leave a truncated post; closed with a cancelled
 * cancellable, it removes the temporary file and keeps the original. A file
 * that was created for this write is removed. */
static void
abandon_write (GFileOutputStream *stream,
               GFile             *file,
               gboolean           is_new)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
  if (is_new)
    g_file_delete (file, NULL, NULL);
}

/**
 * byline_path_replace:
 * @file: the file to write
 * @bytes: its new contents
 * @etag: (nullable): the entity tag @file had when it was read, or %NULL to
 *   write whatever is there now
 * @new_etag: (out) (optional): the entity tag of the written file
 *
 * Writes @file whole or not at all. An existing file is replaced through a
 * temporary file beside it, keeping its permissions; a file that does not
 * exist, or no longer does, is created. When a write fails, on a full disk
 * say, the file on disk keeps its old contents and nothing else is left.
 * Fails with %BYLINE_ERROR_CHANGED_ON_DISK when @file changed since it had
 * @etag.
 */
gboolean
byline_path_replace (GFile         *file,
                     GBytes        *bytes,
                     const char    *etag,
                     char         **new_etag,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean is_new = TRUE;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);

  stream = g_file_create (file, G_FILE_CREATE_NONE, cancellable, &local_error);
  if (stream == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      is_new = FALSE;
      g_clear_error (&local_error);
      stream = g_file_replace (file, etag, FALSE, G_FILE_CREATE_NONE, cancellable, &local_error);
    }

  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_CHANGED_ON_DISK,
                     _("The file was changed on disk since it was opened"));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, cancellable, &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      abandon_write (stream, file, is_new);
      if (is_new)
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not write the file: %s"), local_error->message);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not write the file: %s. The file on disk was left as it was."),
                     local_error->message);
      return FALSE;
    }

  if (new_etag != NULL)
    *new_etag = g_file_output_stream_get_etag (stream);
  return TRUE;
}

/**
 * byline_path_make_parent:
 *
 * Makes the folder @file goes in, with its own parents, unless it exists.
 */
gboolean
byline_path_make_parent (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  parent = g_file_get_parent (file);
  if (g_file_make_directory_with_parents (parent, cancellable, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * byline_path_set_steal_all:
 * @paths: a set of paths, each owned by the set
 *
 * Empties @paths.
 *
 * Returns: (transfer full) (element-type filename): the paths it held
 */
GPtrArray *
byline_path_set_steal_all (GHashTable *paths)
{
  GPtrArray *stolen = g_ptr_array_new_full (g_hash_table_size (paths), g_free);
  GHashTableIter iter;
  char *path;

  g_hash_table_iter_init (&iter, paths);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (stolen, path);
    }

  return stolen;
}
