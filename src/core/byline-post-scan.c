/* byline-post-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "byline-post-peek.h"
#include "byline-post-scan.h"
#include "byline-post.h"
#include "byline-site-dates.h"

/* Most front matter fits in the first 4 KB of a post; only when it does
 * not is more read, up to 1 MB. */
#define HEAD_SIZE     4096
#define MAX_HEAD_SIZE (1024 * 1024)

/* Folders deeper than this are not a site's posts but a loop or a dump. */
#define MAX_DEPTH 32

static gboolean
is_closing_line (const char *line,
                 const char *end,
                 const char *marker)
{
  gsize len = strlen (marker);

  if ((gsize) (end - line) < len || memcmp (line, marker, len) != 0)
    return FALSE;

  for (line += len; line < end && *line != '\n'; line++)
    if (*line != ' ' && *line != '\t' && *line != '\r')
      return FALSE;
  return TRUE;
}

/* Finds where the front matter at the start of @text ends, past its
 * closing line, without parsing it: the post is cut there, so that its
 * body is neither checked nor copied. Returns -1 when the closing line is
 * not in @text, and @length when the post cannot be cut early. */
static gssize
find_head_end (const char *text,
               gsize       length)
{
  static const char * const yaml[] = { "---", "...", NULL };
  static const char * const toml[] = { "+++", NULL };
  static const char * const json[] = { ";;;", NULL };
  static const char * const hexo[] = { "---", ";;;", NULL };
  const char *end = text + length;
  const char *p = text;
  const char * const *closers;
  const char *nl;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t'))
    p++;

  if (is_closing_line (p, end, "---"))
    closers = yaml;
  else if (is_closing_line (p, end, "+++"))
    closers = toml;
  else if (is_closing_line (p, end, ";;;"))
    closers = json;
  else if (p < end && g_ascii_isalpha (*p))
    closers = hexo;
  else
    return p < end && *p == '{' ? (gssize) length : 0;

  for (nl = memchr (p, '\n', end - p); nl != NULL; nl = memchr (nl + 1, '\n', end - nl - 1))
    {
      const char *line = nl + 1;
      const char *line_end = memchr (line, '\n', end - line);

      for (guint i = 0; closers[i] != NULL; i++)
        if (is_closing_line (line, line_end != NULL ? line_end : end, closers[i]))
          return line_end != NULL ? line_end + 1 - text : -1;
    }

  return -1;
}

/* The keys an entry is made of, which are all a listing needs to read. */
enum {
  KEY_TITLE,
  KEY_DATE,
  KEY_DRAFT,
  KEY_CATEGORIES,
  KEY_CATEGORY,
  KEY_TAGS,
  KEY_TAG,
  N_ENTRY_KEYS
};

static const char * const entry_keys[N_ENTRY_KEYS + 1] = {
  "title", "date", "draft", "categories", "category", "tags", "tag", NULL
};

/* What the head of a post gives: the values of the entry's keys, and the
 * whole front matter when it is asked for or had to be parsed. */
typedef struct {
  BylineNode *root;
  BylineNode *values[N_ENTRY_KEYS];
} Head;

static void
head_clear (Head *head)
{
  g_clear_pointer (&head->root, byline_node_unref);
  for (guint i = 0; i < N_ENTRY_KEYS; i++)
    g_clear_pointer (&head->values[i], byline_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Head, head_clear)

/* The value of @key at the top of the front matter, as
 * byline_front_matter_lookup() finds it. */
static BylineNode *
lookup (BylineNode *root,
        const char *key)
{
  int index;

  if (root == NULL || byline_node_get_kind (root) != BYLINE_NODE_MAPPING ||
      (index = byline_node_find_key (root, key)) < 0)
    return NULL;

  return byline_node_get_child (root, (guint) index);
}

static void
look_up_values (Head *head)
{
  for (guint i = 0; i < N_ENTRY_KEYS; i++)
    {
      BylineNode *value = lookup (head->root, entry_keys[i]);

      head->values[i] = value != NULL ? byline_node_ref (value) : NULL;
    }
}

/* Reads a plain front matter at a glance, which also checks that it is
 * UTF-8: only the values of the entry's keys, unless @whole. */
static gboolean
peek_head (const char *text,
           gsize       length,
           gboolean    whole,
           Head       *head)
{
  if (!whole)
    return byline_post_peek_values (text, length, entry_keys, head->values);

  if ((head->root = byline_post_peek_front_matter (text, length)) == NULL)
    return FALSE;
  look_up_values (head);
  return TRUE;
}

static void
parse_head (const char *text,
            gsize       length,
            Head       *head)
{
  g_autoptr(BylinePost) post = byline_post_new_from_data (text, length, NULL);
  BylineFrontMatter *front_matter = post != NULL ? byline_post_get_front_matter (post) : NULL;
  BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;

  head->root = root != NULL ? byline_node_ref (root) : NULL;
  look_up_values (head);
}

/* Reads the front matter of a post from the start of its file, and no
 * more: at a glance when it is plain, else through the post's full parse.
 * The whole front matter is sure to be in @head only when @whole. Returns
 * FALSE for a file that is not UTF-8 text; @head is empty for a post
 * without front matter, or whose front matter has errors. */
static gboolean
read_head (int       fd,
           gboolean  whole,
           Head     *head)
{
  /* Most heads are read into the stack: a 4 KB block from malloc() costs
   * more than reading the file. */
  char first_block[HEAD_SIZE];
  g_autofree char *grown = NULL;
  char *buffer = first_block;
  gsize size = HEAD_SIZE;
  gsize length = 0;
  gboolean at_end = FALSE;

  while (TRUE)
    {
      const char *valid_end;
      gssize head_end;
      gsize usable;
      gsize checked;

      while (length < size && !at_end)
        {
          gssize n = read (fd, buffer + length, size - length);

          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            return FALSE;
          at_end = n == 0;
          length += n;
        }

      head_end = find_head_end (buffer, length);
      if (head_end < 0 && !at_end && size < MAX_HEAD_SIZE)
        {
          /* The front matter goes on past what was read. */
          size = MIN (size * 4, MAX_HEAD_SIZE);
          if (grown == NULL)
            grown = g_memdup2 (first_block, length);
          buffer = grown = g_realloc (grown, size);
          continue;
        }

      /* A NUL in what was read means a binary file, as git and grep judge
       * it. Of a file without front matter nothing is kept, but what was
       * read must still be text. A read may stop inside a character;
       * anything else not UTF-8 means the file is no post. */
      if (memchr (buffer, '\0', length) != NULL)
        return FALSE;
      if (head_end > 0 && peek_head (buffer, head_end, whole, head))
        return TRUE;

      usable = head_end >= 0 ? (gsize) head_end : length;
      checked = head_end == 0 ? length : usable;
      if (!g_utf8_validate_len (buffer, checked, &valid_end))
        {
          if (at_end || buffer + checked - valid_end >= 4)
            return FALSE;
          usable = MIN (usable, (gsize) (valid_end - buffer));
        }

      parse_head (buffer, usable, head);
      return TRUE;
    }
}

/* Adds the terms of @node to @terms, borrowing its strings; the words a
 * string is split into are kept in @words. */
static void
add_terms (GPtrArray  *terms,
           GPtrArray  *words,
           BylineNode *node,
           gboolean    split_words)
{
  if (node == NULL)
    return;

  switch (byline_node_get_kind (node))
    {
    case BYLINE_NODE_SEQUENCE:
      for (guint i = 0; i < byline_node_get_n_children (node); i++)
        add_terms (terms, words, byline_node_get_child (node, i), FALSE);
      break;

    case BYLINE_NODE_STRING:
    case BYLINE_NODE_INTEGER:
    case BYLINE_NODE_FLOAT:
      if (split_words)
        {
          GStrv split = g_strsplit_set (byline_node_get_string (node), " \t", -1);

          g_ptr_array_add (words, split);
          for (guint i = 0; split[i] != NULL; i++)
            if (*split[i] != '\0')
              g_ptr_array_add (terms, split[i]);
        }
      else if (*byline_node_get_string (node) != '\0')
        g_ptr_array_add (terms, (gpointer) byline_node_get_string (node));
      break;

    case BYLINE_NODE_NULL:
    case BYLINE_NODE_BOOLEAN:
    case BYLINE_NODE_TIMESTAMP:
    case BYLINE_NODE_MAPPING:
    default:
      break;
    }
}

/* Reads a list of terms: `categories: [a, b]` everywhere, and for Jekyll
 * also `categories: a b` and the singular `category:`. The terms are
 * borrowed from the values, or from @words. */
static GPtrArray *
read_terms (BylineSite *site,
            BylineNode *plural,
            BylineNode *singular,
            GPtrArray  *words)
{
  GPtrArray *terms = g_ptr_array_new ();
  gboolean is_jekyll = byline_site_get_kind (site) == BYLINE_SITE_JEKYLL;

  add_terms (terms, words, plural, is_jekyll);
  if (is_jekyll)
    add_terms (terms, words, singular, FALSE);

  g_ptr_array_add (terms, NULL);
  return terms;
}

/* Jekyll dates a post without `date` by its file name. */
static GDateTime *
date_from_jekyll_name (BylineSite *site,
                       const char *name)
{
  int year, month, day;

  if (sscanf (name, "%4d-%2d-%2d-", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new (byline_site_get_time_zone (site), year, month, day, 0, 0, 0);
}

/**
 * byline_post_scan_file:
 * @root_path: the site's root, which @path is below
 * @in_drafts: whether @path is in the site's drafts folder
 * @front_matter: (out) (optional) (nullable) (transfer full): the root of
 *   the post's front matter; without it, only the keys the entry shows are
 *   sure to be read
 *
 * Reads the front matter of one post.
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL when @path is
 *   not a text file
 */
BylinePostEntry *
byline_post_scan_file (BylineSite  *site,
                       GRefString  *root_path,
                       const char  *path,
                       gboolean     in_drafts,
                       BylineNode **front_matter)
{
  g_auto(Head) head = { NULL };
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  BylineNode *title_node;
  BylineNode *date_node;
  BylineNode *draft;
  const char *title = NULL;
  g_autofree char *date_text = NULL;
  BylinePostEntry *entry;
  const char *name;
  gboolean is_text;
  GStatBuf st;
  char *dot;
  int fd;

  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    return NULL;
  is_text = read_head (fd, front_matter != NULL, &head);
  g_close (fd, NULL);
  if (!is_text)
    return NULL;

  if ((title_node = head.values[KEY_TITLE]) != NULL)
    title = byline_node_get_string (title_node);
  date_node = head.values[KEY_DATE];

  name = strrchr (path, '/') + 1;
  stem = g_strdup (name);
  if ((dot = strrchr (stem, '.')) != NULL && dot != stem)
    *dot = '\0';
  if (title == NULL || *title == '\0')
    title = stem;

  if (date_node != NULL)
    {
      g_autoptr(BylineDate) parsed = byline_node_read_date (date_node);

      if (parsed != NULL)
        {
          date = byline_date_resolve (parsed, byline_site_get_time_zone (site));
          date_text = g_strdup (byline_date_get_text (parsed));
        }
    }
  if (date == NULL && byline_site_get_kind (site) == BYLINE_SITE_JEKYLL)
    date = date_from_jekyll_name (site, name);
  /* A post without a date has its file's time, which takes one more
   * system call: most posts have a date. */
  if (date == NULL)
    date = g_date_time_new_from_unix_utc (g_stat (path, &st) == 0 ? st.st_mtime : 0);

  draft = head.values[KEY_DRAFT];
  if (byline_site_get_kind (site) == BYLINE_SITE_HUGO)
    in_drafts = draft != NULL && byline_node_get_kind (draft) == BYLINE_NODE_BOOLEAN &&
                byline_node_get_boolean (draft);

  categories = read_terms (site, head.values[KEY_CATEGORIES], head.values[KEY_CATEGORY], words);
  tags = read_terms (site, head.values[KEY_TAGS], head.values[KEY_TAG], words);
  entry = byline_post_entry_new (root_path, path + g_ref_string_length (root_path) + 1, title, date, date_text,
                                 (const char * const *) categories->pdata,
                                 (const char * const *) tags->pdata, in_drafts);

  if (front_matter != NULL)
    *front_matter = g_steal_pointer (&head.root);
  return entry;
}

/* The site's root, which all its entries share. */
static GRefString *
site_root_path (BylineSite *site)
{
  g_autofree char *path = g_file_get_path (byline_site_get_root (site));

  return g_ref_string_new_intern (path);
}

static gboolean
is_post_file (BylineSite *site,
              const char *name)
{
  static const char * const extensions[] = { ".md", ".markdown", ".html", ".htm", NULL };

  if (byline_site_get_kind (site) == BYLINE_SITE_HUGO && g_str_has_prefix (name, "_index."))
    return FALSE;

  for (guint i = 0; extensions[i] != NULL; i++)
    if (g_str_has_suffix (name, extensions[i]))
      return TRUE;
  return FALSE;
}

typedef struct {
  char  *path;
  guint  depth;
} PendingDir;

static void
clear_pending_dir (PendingDir *dir)
{
  g_free (dir->path);
}

typedef struct {
  char     *path;
  gboolean  in_drafts;
} PostFile;

static void
clear_post_file (PostFile *file)
{
  g_free (file->path);
}

/* Lists the post files of @folder and its subfolders, not following
 * links. */
static gboolean
list_folder (BylineSite    *site,
             const char    *folder,
             gboolean       in_drafts,
             GArray        *files,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (PendingDir));
  PendingDir first = { g_strdup (folder), 0 };

  g_array_set_clear_func (pending, (GDestroyNotify) clear_pending_dir);
  g_array_append_val (pending, first);

  while (pending->len > 0)
    {
      PendingDir *last = &g_array_index (pending, PendingDir, pending->len - 1);
      g_autofree char *dir_path = g_steal_pointer (&last->path);
      guint depth = last->depth;
      struct dirent *dirent;
      DIR *handle;

      g_array_remove_index_fast (pending, pending->len - 1);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if ((handle = opendir (dir_path)) == NULL)
        continue;

      while ((dirent = readdir (handle)) != NULL)
        {
          g_autofree char *path = NULL;
          unsigned char type = dirent->d_type;

          if (dirent->d_name[0] == '.')
            continue;

          path = g_strconcat (dir_path, G_DIR_SEPARATOR_S, dirent->d_name, NULL);
          if (type == DT_UNKNOWN)
            {
              struct stat st;

              if (lstat (path, &st) != 0)
                continue;
              type = S_ISDIR (st.st_mode) ? DT_DIR : S_ISREG (st.st_mode) ? DT_REG : DT_LNK;
            }

          if (type == DT_DIR && depth < MAX_DEPTH)
            {
              PendingDir child = { g_steal_pointer (&path), depth + 1 };

              g_array_append_val (pending, child);
            }
          else if (type == DT_REG && is_post_file (site, dirent->d_name))
            {
              PostFile file = { g_steal_pointer (&path), in_drafts };

              g_array_append_val (files, file);
            }
        }

      closedir (handle);
    }

  return TRUE;
}

/* Whether the scan keeps @entry, and makes ready what @flags ask of it. */
static gboolean
keeps_entry (BylinePostEntry      *entry,
             BylinePostIndexFlags  flags)
{
  if ((flags & BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS) == 0 && byline_post_entry_is_draft (entry))
    return FALSE;

  /* Made here, in the scan's threads, a search needs no more than a look. */
  if ((flags & BYLINE_POST_INDEX_FLAGS_SEARCHABLE) != 0)
    byline_post_entry_get_search_text (entry);

  return TRUE;
}

/* The files of a scan are shared among threads, each taking the next
 * chunk of them. */
typedef struct {
  BylineSite           *site;
  GRefString           *root_path;
  GArray               *files;
  int                   next;
  BylinePostIndexFlags  flags;
  BylinePostScanFunc    func;
  gpointer              user_data;
  GCancellable         *cancellable;

  /* Held while @func runs and while @taxonomy grows. */
  GMutex                lock;
  BylineTaxonomy       *taxonomy;
} Scan;

#define CHUNK_SIZE 64

static gpointer
scan_files (gpointer data)
{
  Scan *scan = data;
  g_autoptr(BylineTaxonomy) taxonomy = byline_taxonomy_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean counts_terms = (scan->flags & BYLINE_POST_INDEX_FLAGS_COUNT_TERMS) != 0;

  while (!g_cancellable_is_cancelled (scan->cancellable))
    {
      guint start = (guint) g_atomic_int_add (&scan->next, CHUNK_SIZE);
      guint end = MIN (start + CHUNK_SIZE, scan->files->len);

      if (start >= scan->files->len)
        break;

      for (guint i = start; i < end; i++)
        {
          const PostFile *file = &g_array_index (scan->files, PostFile, i);
          g_autoptr(BylineNode) front_matter = NULL;
          BylinePostEntry *entry = byline_post_scan_file (scan->site, scan->root_path, file->path,
                                                          file->in_drafts, counts_terms ? &front_matter : NULL);

          if (entry == NULL)
            continue;
          if (!keeps_entry (entry, scan->flags))
            {
              g_object_unref (entry);
              continue;
            }

          if (counts_terms)
            byline_taxonomy_add (taxonomy, entry, front_matter);
          g_ptr_array_add (found, entry);
        }

      g_mutex_lock (&scan->lock);
      for (guint i = 0; i < found->len; i++)
        scan->func (g_ptr_array_index (found, i), scan->user_data);
      g_mutex_unlock (&scan->lock);
      g_ptr_array_set_size (found, 0);
    }

  g_mutex_lock (&scan->lock);
  byline_taxonomy_merge (scan->taxonomy, taxonomy);
  g_mutex_unlock (&scan->lock);

  return NULL;
}

/* A scan behind a window leaves the computer to the window first: the
 * posts come a little later, and typing and scrolling never wait. */
static gpointer
scan_files_in_background (gpointer data)
{
#ifdef __linux__
  /* Linux gives each thread a nice value of its own. */
  setpriority (PRIO_PROCESS, (id_t) gettid (), 10);
#endif

  return scan_files (data);
}

/**
 * byline_post_scan_folders:
 * @taxonomy: where the categories, tags and keys of the posts are counted,
 *   with %BYLINE_POST_INDEX_FLAGS_COUNT_TERMS
 * @in_background: whether the scan runs behind a user interface, at a low
 *   priority, in threads of its own
 * @func: called with each post, in no particular order, from the scan's
 *   threads but never from two at once
 *
 * Scans the site's posts (and drafts, with
 * %BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS), reading only the start of
 * each file. Parsing front matter costs more than reading it, so the
 * files are shared among as many threads as the computer has cores.
 */
gboolean
byline_post_scan_folders (BylineSite            *site,
                          BylinePostIndexFlags   flags,
                          BylineTaxonomy        *taxonomy,
                          gboolean               in_background,
                          BylinePostScanFunc     func,
                          gpointer               user_data,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(GRefString) root_path = site_root_path (site);
  g_autofree char *posts = g_file_get_path (byline_site_get_folder (site, BYLINE_SITE_FOLDER_POSTS));
  g_autofree char *drafts = g_file_get_path (byline_site_get_folder (site, BYLINE_SITE_FOLDER_DRAFTS));
  g_autoptr(GArray) files = g_array_new (FALSE, FALSE, sizeof (PostFile));
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  guint n_threads = CLAMP (g_get_num_processors (), 1, 4);
  Scan scan = { 0 };

  g_array_set_clear_func (files, (GDestroyNotify) clear_post_file);
  scan.flags = flags;

  if (!list_folder (site, posts, FALSE, files, cancellable, error) ||
      ((flags & BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS) != 0 && strcmp (posts, drafts) != 0 &&
       !list_folder (site, drafts, TRUE, files, cancellable, error)))
    return FALSE;

  scan.site = site;
  scan.root_path = root_path;
  scan.files = files;
  scan.func = func;
  scan.user_data = user_data;
  scan.cancellable = cancellable;
  scan.taxonomy = taxonomy;
  g_mutex_init (&scan.lock);

  for (guint i = in_background ? 0 : 1; i < n_threads && i * CHUNK_SIZE < files->len; i++)
    g_ptr_array_add (threads, g_thread_new ("byline-scan",
                                            in_background ? scan_files_in_background : scan_files,
                                            &scan));
  if (!in_background)
    scan_files (&scan);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  g_mutex_clear (&scan.lock);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
is_below (const char *path,
          const char *folder)
{
  gsize length = strlen (folder);

  return strncmp (path, folder, length) == 0 && (path[length] == '\0' || path[length] == G_DIR_SEPARATOR);
}

/**
 * byline_post_scan_path:
 * @path: a file or folder of the site
 * @func: called with each post found
 *
 * Reads again what is at @path, after a change: the post there, or the
 * posts in the folder and the folders inside it. A path outside the site's
 * posts and drafts folders, gone, or not a post, finds nothing.
 *
 * Returns: whether @path is a file; when it is not, the posts once below
 *   it are gone or were just found again
 */
gboolean
byline_post_scan_path (BylineSite            *site,
                       BylinePostIndexFlags   flags,
                       const char            *path,
                       BylineTaxonomy        *taxonomy,
                       BylinePostScanFunc     func,
                       gpointer               user_data,
                       GCancellable          *cancellable)
{
  g_autoptr(GRefString) root_path = site_root_path (site);
  g_autofree char *posts = g_file_get_path (byline_site_get_folder (site, BYLINE_SITE_FOLDER_POSTS));
  g_autofree char *drafts = g_file_get_path (byline_site_get_folder (site, BYLINE_SITE_FOLDER_DRAFTS));
  g_autoptr(GArray) files = g_array_new (FALSE, FALSE, sizeof (PostFile));
  gboolean include_drafts = (flags & BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS) != 0;
  gboolean counts_terms = (flags & BYLINE_POST_INDEX_FLAGS_COUNT_TERMS) != 0;
  gboolean in_drafts;
  const char *name = strrchr (path, G_DIR_SEPARATOR);
  struct stat st;

  g_array_set_clear_func (files, (GDestroyNotify) clear_post_file);

  if (lstat (path, &st) != 0)
    return FALSE;

  in_drafts = strcmp (posts, drafts) != 0 && is_below (path, drafts);
  if ((!in_drafts && !is_below (path, posts)) || (in_drafts && !include_drafts) ||
      name == NULL || name[1] == '.')
    return S_ISREG (st.st_mode);

  if (S_ISDIR (st.st_mode))
    list_folder (site, path, in_drafts, files, cancellable, NULL);
  else if (S_ISREG (st.st_mode) && is_post_file (site, name + 1))
    {
      PostFile file = { g_strdup (path), in_drafts };

      g_array_append_val (files, file);
    }

  for (guint i = 0; i < files->len; i++)
    {
      const PostFile *file = &g_array_index (files, PostFile, i);
      g_autoptr(BylineNode) front_matter = NULL;
      g_autoptr(BylinePostEntry) entry = byline_post_scan_file (site, root_path, file->path,
                                                                file->in_drafts,
                                                                counts_terms ? &front_matter : NULL);

      if (entry == NULL || !keeps_entry (entry, flags))
        continue;

      if (counts_terms)
        byline_taxonomy_add (taxonomy, entry, front_matter);
      func (entry, user_data);
    }

  return S_ISREG (st.st_mode);
}
