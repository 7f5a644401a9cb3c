/* fuzz-naming.c: file names and paths built from any title, category and
 * relative path, in Hexo, Jekyll and Hugo sites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slug is a file name part: UTF-8, not empty, not hidden, no slash, no
 * control character, at most 200 bytes. (A slug need not give itself
 * again: Hexo lowers the case after it folds diacritics, so that `Ƕ` gives
 * `ƕ`, and `ƕ` gives `hv`; Byline names files as Hexo does.)
 * The path a site's pattern makes from it stays in the posts (or drafts)
 * folder, and so does every alternative name for it. A relative path
 * from the input is either refused or confined to the posts folder, also
 * through a symbolic link that leads out of the site.
 *
 * The input's first byte picks the site, the draft flag and the
 * alternative; the next four give the date; the rest is the text.
 */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-naming.h"
#include "byline-path.h"
#include "byline-site.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Each site is a folder of files: a name, then its contents, or NULL for a
 * folder. */
static const char * const site_files[][9] = {
  { "_config.yml", "title: Blog\n", "source/_posts", NULL, NULL },
  { "_config.yml",
    "new_post_name: :year/:i_month/:category/:title-:hash.md\n"
    "filename_case: 1\n"
    "default_category: 未分类\n"
    "timezone: Asia/Shanghai\n",
    "source/_posts", NULL, "source/_drafts", NULL, NULL },
  { "_config.yml", "title: Notes\n", "_posts", NULL, "_drafts", NULL, NULL },
  { "hugo.yaml", "title: Notes\n", "content/posts/one/index.md", "---\n---\n", NULL },
};

static char *sites_folder;
static BylineSite *sites[G_N_ELEMENTS (site_files)];

/* libFuzzer keeps the input of an abort(), not of g_error()'s trap. */
static void
fail (const char *what,
      const char *text)
{
  g_printerr ("%s: “%s”\n", what, text);
  abort ();
}

/* Removes a folder and all in it, never following a link. */
static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_remove (path);
}

static void
remove_sites (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    g_clear_object (&sites[i]);
  remove_tree (sites_folder);
  g_clear_pointer (&sites_folder, g_free);
}

static BylineSite *
make_site (guint index)
{
  g_autofree char *root = g_strdup_printf ("%s/site-%u", sites_folder, index);
  g_autofree char *posts = NULL;
  g_autofree char *away = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  BylineSite *site;

  for (guint i = 0; site_files[index][i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (root, site_files[index][i], NULL);
      g_autofree char *parent = g_path_get_dirname (path);

      if (site_files[index][i + 1] == NULL)
        g_mkdir_with_parents (path, 0755);
      else if (g_mkdir_with_parents (parent, 0755) != 0 ||
               !g_file_set_contents (path, site_files[index][i + 1], -1, NULL))
        g_error ("Cannot make %s", path);
    }

  file = g_file_new_for_path (root);
  if (!(site = byline_site_load (file, NULL, &error)))
    g_error ("%s", error->message);

  /* A link from the posts folder to the top of the file system, with a
   * space in its name, which no slug has: a post named after the link
   * would rightly be refused. */
  posts = g_file_get_path (byline_site_get_folder (site, BYLINE_SITE_FOLDER_POSTS));
  g_mkdir_with_parents (posts, 0755);
  away = g_build_filename (posts, "away link", NULL);
  if (symlink ("/", away) != 0)
    g_error ("Cannot link %s", away);

  return site;
}

static void
make_sites (void)
{
  if (sites_folder != NULL)
    return;

  sites_folder = g_dir_make_tmp ("byline-fuzz-naming-XXXXXX", NULL);
  g_assert (sites_folder != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    sites[i] = make_site (i);
  atexit (remove_sites);
}

static void
check_slug (const char *slug)
{
  if (!g_utf8_validate (slug, -1, NULL) || *slug == '\0' || *slug == '.' ||
      strlen (slug) > 200 || strchr (slug, '/') != NULL)
    fail ("Not a file name part", slug);

  for (const char *p = slug; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      fail ("A control character in a slug", slug);
}

/* Whether @file is inside @folder once links are followed. */
static gboolean
is_confined (GFile *folder,
             GFile *file)
{
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *path = g_file_get_path (file);

  return byline_path_resolves_inside (folder_path, path);
}

static void
check_alternative (BylineSite *site,
                   GFile      *target,
                   GFile      *folder,
                   guint       n,
                   const char *text)
{
  g_autoptr(GFile) alternative = byline_naming_alternative (site, target, n);
  g_autofree char *name = g_file_get_basename (alternative);

  if (g_file_equal (alternative, target) || !is_confined (folder, alternative))
    fail ("An alternative name leaves the folder or is the same", text);
  if (*name == '.' || strlen (name) > 255 || !g_utf8_validate (name, -1, NULL))
    fail ("An alternative is no file name", text);
}

static void
check_post_path (BylineSite *site,
                 const char *title,
                 GDateTime  *date,
                 gboolean    is_draft,
                 guint       n)
{
  BylineSiteFolder kind = is_draft ? BYLINE_SITE_FOLDER_DRAFTS : BYLINE_SITE_FOLDER_POSTS;
  GFile *folder = byline_site_get_folder (site, kind);
  g_autofree char *slug = byline_naming_slug (site, title);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  check_slug (slug);

  path = byline_naming_post_path (site, slug, date, title, is_draft, ".md");
  if (!g_utf8_validate (path, -1, NULL) || !g_str_has_suffix (path, ".md"))
    fail ("A post path is no Markdown file name", path);

  if (!(target = byline_naming_confine (site, kind, path, &error)))
    fail ("A post path from a title is refused", path);
  if (!is_confined (folder, target))
    fail ("A post path leaves its folder", path);

  name = g_file_get_basename (target);
  if (*name == '.' || strlen (name) > 255)
    fail ("A post's file name is hidden or too long", path);

  check_alternative (site, target, folder, n, title);
}

static void
check_relative (BylineSite *site,
                const char *relative)
{
  GFile *folder = byline_site_get_folder (site, BYLINE_SITE_FOLDER_POSTS);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = byline_naming_confine (site, BYLINE_SITE_FOLDER_POSTS, relative, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE))
        fail ("A path is refused without saying it is outside", relative);
      return;
    }

  if (!byline_path_is_safe_relative (relative) || !is_confined (folder, file))
    fail ("A path outside the posts folder is let through", relative);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;
  BylineSite *site;
  guint32 seconds;

  if (size < 5)
    return 0;

  make_sites ();
  site = sites[data[0] % G_N_ELEMENTS (sites)];
  /* Dates from 1970 to 2106, in UTC. */
  seconds = (guint32) data[1] << 24 | (guint32) data[2] << 16 | (guint32) data[3] << 8 | data[4];
  date = g_date_time_new_from_unix_utc (seconds);
  text = g_strndup ((const char *) data + 5, size - 5);

  check_relative (site, text);
  if (g_utf8_validate (text, -1, NULL))
    check_post_path (site, text, date, (data[0] & 4) != 0, 1 + (data[0] >> 3));

  return 0;
}
