/* byline-post-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-entry.h"

struct _BylinePostEntry
{
  GObject    parent_instance;

  GFile     *file;
  char      *path;
  char      *title;
  GDateTime *date;
  char      *date_text;
  GStrv      categories;
  GStrv      tags;
  gboolean   is_draft;
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

  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->date_text, g_free);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->tags, g_strfreev);

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
      g_value_set_object (value, self->file);
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

/**
 * byline_post_entry_new:
 * @file: the post's file
 * @path: the file's path relative to the site
 * @title: the title, or the file's name when the post has none
 * @date: (nullable): when the post is dated, as its site reads it
 * @date_text: (nullable): the date as written
 * @categories: (nullable): the post's categories
 * @tags: (nullable): the post's tags
 * @is_draft: whether it is a draft
 */
BylinePostEntry *
byline_post_entry_new (GFile              *file,
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

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_POST_ENTRY, NULL);
  self->file = g_object_ref (file);
  self->path = g_strdup (path);
  self->title = g_strdup (title);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
  self->date_text = g_strdup (date_text);
  self->categories = g_strdupv ((char **) (categories != NULL ? categories : none));
  self->tags = g_strdupv ((char **) (tags != NULL ? tags : none));
  self->is_draft = !!is_draft;

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
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return self->file;
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

  return (const char * const *) self->categories;
}

const char * const *
byline_post_entry_get_tags (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), NULL);

  return (const char * const *) self->tags;
}

gboolean
byline_post_entry_is_draft (BylinePostEntry *self)
{
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (self), FALSE);

  return self->is_draft;
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
      int order = g_date_time_compare (b->date, a->date);

      if (order != 0)
        return order;
    }
  else if (a->date != NULL || b->date != NULL)
    return a->date != NULL ? -1 : 1;

  return strcmp (a->path, b->path);
}

static BylineNode *
strv_to_node (GStrv strv)
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
