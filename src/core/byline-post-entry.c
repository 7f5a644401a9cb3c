/* byline-post-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-entry.h"
#include "byline-post-query.h"

/* A site has thousands of entries, made in the scan's threads and freed
 * all at once when a list goes: an entry's strings share one block, and
 * its file is made the first time it is asked for. */
struct _BylinePostEntry
{
  GObject              parent_instance;

  char                *root;
  GFile               *file;
  GDateTime           *date;
  gint64               date_usec;
  gboolean             is_draft;

  /* In @strings. */
  const char          *path;
  const char          *title;
  const char          *date_text;
  const char * const  *categories;
  const char * const  *tags;
  gpointer             strings;

  /* Made at the first search, from whichever thread asks first. */
  char                *search_text;
};

G_DEFINE_FINAL_TYPE (BylinePostEntry, byline_post_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_PATH,
  PROP_TITLE,
  PROP_DATE,
  PROP_DATE_TEXT,
  PROP_CATEGORIES,
  PROP_TAGS,
  PROP_IS_DRAFT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
byline_post_entry_finalize (GObject *object)
{
  BylinePostEntry *self = (BylinePostEntry *)object;

  g_clear_pointer (&self->root, g_ref_string_release);
  g_clear_object (&self->file);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->strings, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (byline_post_entry_parent_class)->finalize (object);
}

static void
byline_post_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BylinePostEntry *self = BYLINE_POST_ENTRY (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, byline_post_entry_get_file (self));
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_DATE_TEXT:
      g_value_set_string (value, self->date_text);
      break;
    case PROP_CATEGORIES:
      g_value_set_boxed (value, self->categories);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_IS_DRAFT:
      g_value_set_boolean (value, self->is_draft);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_post_entry_class_init (BylinePostEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_post_entry_finalize;
  object_class->get_property = byline_post_entry_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATE_TEXT] =
    g_param_spec_string ("date-text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CATEGORIES] =
    g_param_spec_boxed ("categories", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_IS_DRAFT] =
    g_param_spec_boolean ("is-draft", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_post_entry_init (BylinePostEntry *self)
{
}

/* Copies @text to @cursor, and moves @cursor past it. */
static const char *
copy_string (char       **cursor,
             const char  *text)
{
  gsize size = strlen (text) + 1;
  const char *copy = memcpy (*cursor, text, size);

  *cursor += size;
  return copy;
}

/* Copies the strings of @strv to @cursor, their pointers to @pointers. */
static const char * const *
copy_strv (char               **cursor,
           const char         **pointers,
           const char * const  *strv)
{
  gsize n = g_strv_length ((GStrv) strv);

  for (gsize i = 0; i < n; i++)
    pointers[i] = copy_string (cursor, strv[i]);
  pointers[n] = NULL;

  return pointers;
}

static gsize
strv_size (const char * const *strv)
{
  gsize size = 0;

  for (guint i = 0; strv[i] != NULL; i++)
    size += strlen (strv[i]) + 1;
  return size;
}

/**
 * byline_post_entry_new:
 * @root: the site's root folder, which the entries of a site share
 * @path: the post's file, relative to @root
 * @title: the title, or the file's name when the post has none
 * @date: (nullable): when the post is dated, as its site reads it
 * @date_text: (nullable): the date as written
 * @categories: (nullable): the post's categories
 * @tags: (nullable): the post's tags
 * @is_draft: whether it is a draft
 */
BylinePostEntry *
byline_post_entry_new (GRefString         *root,
                       const char         *path,
                       const char         *title,
                       GDateTime          *date,
                       const char         *date_text,
                       const char * const *categories,
                       const char * const *tags,
                       gboolean            is_draft)
{
  static const char * const none[] = { NULL };
  BylinePostEntry *self;
  const char **pointers;
  gsize n_pointers;
  char *cursor;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  categories = categories != NULL ? categories : none;
  tags = tags != NULL ? tags : none;

  self = g_object_new (BYLINE_TYPE_POST_ENTRY, NULL);
  self->root = g_ref_string_acquire (root);
  if (date != NULL)
    {
      self->date = g_date_time_ref (date);
      self->date_usec = g_date_time_to_unix (date) * G_USEC_PER_SEC + g_date_time_get_microsecond (date);
    }
  self->is_draft = !!is_draft;

  n_pointers = g_strv_length ((GStrv) categories) + 1 + g_strv_length ((GStrv) tags) + 1;
  self->strings = g_malloc (n_pointers * sizeof (char *) +
                            strlen (path) + 1 + strlen (title) + 1 +
                            (date_text != NULL ? strlen (date_text) + 1 : 0) +
                            strv_size (categories) + strv_size (tags));
  pointers = self->strings;
  cursor = (char *) (pointers + n_pointers);

  self->path = copy_string (&cursor, path);
  self->title = copy_string (&cursor, title);
  self->date_text = date_text != NULL ? copy_string (&cursor, date_text) : NULL;
  self->categories = copy_strv (&cursor, pointers, categories);
  self->tags = copy_strv (&cursor, pointers + g_strv_length ((GStrv) categories) + 1, tags);

  return self;
}

/**
 * byline_post_entry_get_file:
 *
 * Returns: (transfer none): the post's file
 */
GFile *
byline_post_entry_get_file (BylinePostEntry *self)
{
  GFile *file;

  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  if ((file = g_atomic_pointer_get (&self->file)) != NULL)
    return file;

  file = g_file_new_build_filename (self->root, self->path, NULL);
  if (!g_atomic_pointer_compare_and_exchange (&self->file, NULL, file))
    g_object_unref (file);

  return g_atomic_pointer_get (&self->file);
}

/**
 * byline_post_entry_get_path:
 *
 * Returns: the post's path, relative to the site's root
 */
const char *
byline_post_entry_get_path (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->path;
}

const char *
byline_post_entry_get_title (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->title;
}

/**
 * byline_post_entry_get_date:
 *
 * Returns: (transfer none) (nullable): the post's date, as its site reads
 *   it
 */
GDateTime *
byline_post_entry_get_date (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->date;
}

/**
 * byline_post_entry_get_date_text:
 *
 * Returns: (nullable): the date as the post writes it
 */
const char *
byline_post_entry_get_date_text (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->date_text;
}

const char * const *
byline_post_entry_get_categories (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->categories;
}

const char * const *
byline_post_entry_get_tags (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->tags;
}

gboolean
byline_post_entry_is_draft (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), FALSE);

  return self->is_draft;
}

/**
 * byline_post_entry_get_search_text:
 *
 * Returns: the title, the categories and the tags, one a line, folded by
 *   byline_post_query_fold() for byline_post_query_matches()
 */
const char *
byline_post_entry_get_search_text (BylinePostEntry *self)
{
  g_autoptr(GString) lines = NULL;
  char *text;

  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  if ((text = g_atomic_pointer_get (&self->search_text)) != NULL)
    return text;

  lines = g_string_new (self->title);
  for (guint i = 0; self->categories[i] != NULL; i++)
    g_string_append_printf (lines, "\n%s", self->categories[i]);
  for (guint i = 0; self->tags[i] != NULL; i++)
    g_string_append_printf (lines, "\n%s", self->tags[i]);

  text = byline_post_query_fold (lines->str);
  if (!g_atomic_pointer_compare_and_exchange (&self->search_text, NULL, text))
    g_free (text);

  return g_atomic_pointer_get (&self->search_text);
}

/**
 * byline_post_entry_compare:
 *
 * Orders posts newest first; undated posts come last, and posts of one
 * date by their path.
 */
int
byline_post_entry_compare (BylinePostEntry *a,
                           BylinePostEntry *b)
{
  if (a->date != NULL && b->date != NULL)
    {
      if (a->date_usec != b->date_usec)
        return a->date_usec < b->date_usec ? 1 : -1;
    }
  else if (a->date != NULL || b->date != NULL)
    return a->date != NULL ? -1 : 1;

  return strcmp (a->path, b->path);
}

static BylineNode *
strv_to_node (const char * const *strv)
{
  BylineNode *node = byline_node_new_sequence ();

  for (guint i = 0; strv[i] != NULL; i++)
    {
      g_autoptr(BylineNode) item = byline_node_new_string (strv[i]);

      byline_node_append (node, item);
    }

  return node;
}

/**
 * byline_post_entry_to_node:
 *
 * Returns: (transfer full): the entry as a mapping of title, date (in
 *   RFC 3339), categories, tags, path and draft, for JSON output
 */
BylineNode *
byline_post_entry_to_node (BylinePostEntry *self)
{
  BylineNode *node;
  g_autoptr(BylineNode) title = NULL;
  g_autoptr(BylineNode) date = NULL;
  g_autoptr(BylineNode) categories = NULL;
  g_autoptr(BylineNode) tags = NULL;
  g_autoptr(BylineNode) path = NULL;
  g_autoptr(BylineNode) is_draft = NULL;

  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  node = byline_node_new_mapping ();
  title = byline_node_new_string (self->title);
  if (self->date != NULL)
    {
      /* RFC 3339, as `byline-cli fm` writes dates. */
      g_autofree char *text = g_date_time_format (self->date,
                                                  g_date_time_get_utc_offset (self->date) == 0
                                                  ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%dT%H:%M:%S%:z");

      date = byline_node_new_string (text);
    }
  else
    date = byline_node_new_null ();
  categories = strv_to_node (self->categories);
  tags = strv_to_node (self->tags);
  path = byline_node_new_string (self->path);
  is_draft = byline_node_new_boolean (self->is_draft);

  byline_node_insert (node, "title", title);
  byline_node_insert (node, "date", date);
  byline_node_insert (node, "categories", categories);
  byline_node_insert (node, "tags", tags);
  byline_node_insert (node, "path", path);
  byline_node_insert (node, "draft", is_draft);

  return node;
}
