/* hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "hostile.h"

/* The user and group "nobody" on Debian. */
#define NOBODY 65534

/**
 * hostile_folder_new:
 *
 * Makes a folder for a test's files inside the test program's temporary
 * folder (G_TEST_TMPDIR, from G_TEST_OPTION_ISOLATE_DIRS), which GLib
 * removes when the program ends. A test's subprocess shares it, unlike the
 * test's own folders, which the subprocess removes when it ends. Anyone may
 * pass through its parents there and write in it, so that a test that
 * gives up root's privileges still reaches its files, and only a file's
 * own permissions stop it.
 *
 * Returns: (transfer full): the folder
 */
char *
hostile_folder_new (void)
{
  const char *base = g_getenv ("G_TEST_TMPDIR");
  g_autofree char *template = NULL;
  g_autofree char *tmp = g_canonicalize_filename (g_get_tmp_dir (), NULL);
  g_autofree char *parent = NULL;
  char *folder;

  g_assert_nonnull (base);
  template = g_build_filename (base, "hostile-XXXXXX", NULL);
  folder = g_mkdtemp (g_steal_pointer (&template));
  g_assert_nonnull (folder);
  g_assert_cmpint (g_chmod (folder, 0777), ==, 0);

  parent = g_path_get_dirname (folder);
  while (g_str_has_prefix (parent, tmp) && strlen (parent) > strlen (tmp))
    {
      char *up = g_path_get_dirname (parent);

      g_assert_cmpint (g_chmod (parent, 0755), ==, 0);
      g_free (parent);
      parent = up;
    }

  return folder;
}

/**
 * hostile_write:
 * @length: the length of @contents, or -1 when it ends at its first NUL
 *
 * Returns: (transfer full): the path of the file written
 */
char *
hostile_write (const char *folder,
               const char *name,
               const char *contents,
               gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (folder, name, NULL);

  g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  return path;
}

/**
 * hostile_write_huge:
 *
 * Writes a post of @size bytes: a front matter and 64 KB of text, then
 * zeros, which take no room on disk.
 *
 * Returns: (transfer full): the path of the file written
 */
char *
hostile_write_huge (const char *folder,
                    const char *name,
                    goffset     size)
{
  g_autofree char *text = hostile_long_post (64 * 1024);
  char *path = hostile_write (folder, name, text, -1);
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  g_assert_true (g_close (fd, NULL));
  return path;
}

/**
 * hostile_deep_nesting:
 * @format: `y` for YAML, `t` for TOML or `j` for Hugo's JSON
 * @depth: how many lists deep the value of `x` on line 3 is
 *
 * Returns: (transfer full): a post
 */
char *
hostile_deep_nesting (char  format,
                      guint depth)
{
  g_autofree char *open = g_strnfill (depth, '[');
  g_autofree char *close = g_strnfill (depth, ']');

  switch (format)
    {
    case 'y':
      return g_strdup_printf ("---\ntitle: Deep\nx: %s%s\n---\nBody\n", open, close);
    case 't':
      return g_strdup_printf ("+++\ntitle = \"Deep\"\nx = %s%s\n+++\nBody\n", open, close);
    case 'j':
      return g_strdup_printf ("{\n\"title\": \"Deep\",\n\"x\": %s%s\n}\nBody\n", open, close);
    default:
      g_assert_not_reached ();
    }
}

/**
 * hostile_long_post:
 *
 * Returns: (transfer full): a post whose body has @body_size bytes, too
 *   many to save under hostile_limit_file_size() when larger than
 *   %HOSTILE_FILE_SIZE_LIMIT
 */
char *
hostile_long_post (gsize body_size)
{
  g_autofree char *body = g_strnfill (body_size, 'x');

  return g_strconcat (HOSTILE_POST, body, NULL);
}

gboolean
hostile_is_root (void)
{
  return getuid () == 0;
}

/**
 * hostile_drop_privileges:
 *
 * Turns root into the user nobody, for whom file permissions count; does
 * nothing for another user. Only calls that are safe between fork() and
 * exec(), so that it can be a child setup function.
 */
void
hostile_drop_privileges (gpointer user_data)
{
  if (getuid () != 0)
    return;

  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    _exit (125);
}

/**
 * hostile_limit_file_size:
 *
 * Makes every write past %HOSTILE_FILE_SIZE_LIMIT bytes of a file fail
 * with EFBIG, as a full disk fails with ENOSPC: the process is not killed
 * by SIGXFSZ, it sees the error. Only calls that are safe between fork()
 * and exec(), so that it can be a child setup function.
 */
void
hostile_limit_file_size (gpointer user_data)
{
  struct rlimit limit = { HOSTILE_FILE_SIZE_LIMIT, HOSTILE_FILE_SIZE_LIMIT };

  signal (SIGXFSZ, SIG_IGN);
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    _exit (125);
}

static char *
checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);

  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                      (const guchar *) g_mapped_file_get_contents (mapped),
                                      g_mapped_file_get_length (mapped));
}

/**
 * hostile_snapshot_new:
 *
 * Notes what the file at @path is: its contents, size, inode, mode and
 * time of change, for hostile_assert_untouched().
 */
HostileSnapshot *
hostile_snapshot_new (const char *path)
{
  HostileSnapshot *snapshot = g_new0 (HostileSnapshot, 1);

  snapshot->path = g_strdup (path);
  g_assert_cmpint (g_lstat (path, &snapshot->st), ==, 0);
  if (S_ISREG (snapshot->st.st_mode))
    snapshot->checksum = checksum_file (path);

  return snapshot;
}

void
hostile_snapshot_free (HostileSnapshot *snapshot)
{
  g_free (snapshot->path);
  g_free (snapshot->checksum);
  g_free (snapshot);
}

/**
 * hostile_assert_untouched:
 *
 * Asserts that the file is as hostile_snapshot_new() found it: the same
 * file (not a copy renamed over it), the same bytes, mode and time.
 */
void
hostile_assert_untouched (HostileSnapshot *snapshot)
{
  struct stat st;

  g_assert_cmpint (g_lstat (snapshot->path, &st), ==, 0);
  g_assert_cmpuint (st.st_ino, ==, snapshot->st.st_ino);
  g_assert_cmpuint (st.st_mode, ==, snapshot->st.st_mode);
  g_assert_cmpint (st.st_size, ==, snapshot->st.st_size);
  g_assert_cmpint (st.st_mtim.tv_sec, ==, snapshot->st.st_mtim.tv_sec);
  g_assert_cmpint (st.st_mtim.tv_nsec, ==, snapshot->st.st_mtim.tv_nsec);
  if (S_ISREG (st.st_mode))
    {
      g_autofree char *checksum = checksum_file (snapshot->path);

      g_assert_cmpstr (checksum, ==, snapshot->checksum);
    }
}

/**
 * hostile_assert_folder_holds:
 *
 * Asserts that @folder holds @name and nothing else: no temporary file
 * was left behind.
 */
void
hostile_assert_folder_holds (const char *folder,
                             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, name);
  g_assert_null (g_dir_read_name (dir));
}
