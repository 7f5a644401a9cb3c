/* byline-field-kind.c
 *
 * The names below are those Hexo, Jekyll, Hugo and their popular themes
 * give the keys of a post. Generators compare some keys without case (Hugo
 * reads `publishDate` and `publishdate` alike), so names match without
 * case too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-kind.h"

static const char * const switch_keys[] = {
  "comments", "draft", "published", "toc", "sticky", "hidden", "mathjax",
  "math", "katex", "headless", "disableNunjucks", "render_with_liquid",
  NULL
};

static const char * const date_keys[] = {
  "date", "updated", "lastmod", "publishDate", "expiryDate", "modified",
  "pubDate", "last_modified_at",
  NULL
};

static const char * const list_keys[] = {
  "categories", "tags", "keywords", "aliases", "series", "authors",
  NULL
};

static const char * const image_keys[] = {
  "headimg", "thumbnail", "cover", "image", "featured_image", "banner",
  "top_img", "cover_image", "og_image", "thumb",
  NULL
};

static const char * const multiline_keys[] = {
  "description", "excerpt", "summary", "abstract",
  NULL
};

static const char * const number_keys[] = {
  "weight", "order",
  NULL
};

static gboolean
name_in (const char         *key,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (key, names[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
byline_field_key_is_date (const char *key)
{
  g_return_val_if_fail (key != NULL, FALSE);

  return name_in (key, date_keys);
}

gboolean
byline_field_key_is_title (const char *key)
{
  g_return_val_if_fail (key != NULL, FALSE);

  return g_ascii_strcasecmp (key, "title") == 0;
}

/**
 * byline_field_kind_for_key:
 *
 * The control a key's name calls for, before any value is known: for a
 * field being added, or a key written without a value.
 */
BylineFieldKind
byline_field_kind_for_key (const char *key)
{
  g_return_val_if_fail (key != NULL, BYLINE_FIELD_KIND_TEXT);

  if (name_in (key, switch_keys))
    return BYLINE_FIELD_KIND_SWITCH;
  if (name_in (key, date_keys))
    return BYLINE_FIELD_KIND_DATE;
  if (name_in (key, list_keys))
    return BYLINE_FIELD_KIND_LIST;
  if (name_in (key, image_keys))
    return BYLINE_FIELD_KIND_IMAGE;
  if (name_in (key, multiline_keys))
    return BYLINE_FIELD_KIND_MULTILINE;
  if (name_in (key, number_keys))
    return BYLINE_FIELD_KIND_NUMBER;

  return BYLINE_FIELD_KIND_TEXT;
}

static gboolean
is_absent (const BylineNode *value)
{
  return value == NULL || byline_node_get_kind (value) == BYLINE_NODE_NULL;
}

static gboolean
is_string (const BylineNode *value)
{
  return byline_node_get_kind (value) == BYLINE_NODE_STRING;
}

static gboolean
is_date (const BylineNode *value)
{
  g_autoptr(BylineDate) date = NULL;

  if (byline_node_get_kind (value) == BYLINE_NODE_TIMESTAMP)
    return TRUE;
  if (!is_string (value))
    return FALSE;

  date = byline_date_parse (byline_node_get_string (value), NULL);
  return date != NULL;
}

/* A chip shows a word or a number; nested lists (Hexo's category
 * hierarchies) and mappings need the raw editor. */
static gboolean
is_word_list (const BylineNode *value)
{
  if (is_string (value))
    return TRUE;
  if (byline_node_get_kind (value) != BYLINE_NODE_SEQUENCE)
    return FALSE;

  for (guint i = 0; i < byline_node_get_n_children (value); i++)
    {
      switch (byline_node_get_kind (byline_node_get_child (value, i)))
        {
        case BYLINE_NODE_STRING:
        case BYLINE_NODE_INTEGER:
        case BYLINE_NODE_FLOAT:
          break;
        case BYLINE_NODE_NULL:
        case BYLINE_NODE_BOOLEAN:
        case BYLINE_NODE_TIMESTAMP:
        case BYLINE_NODE_SEQUENCE:
        case BYLINE_NODE_MAPPING:
        default:
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * byline_field_kind_accepts:
 * @value: (nullable): the value, or %NULL for a key not yet written
 *
 * Whether a control of @kind can show @value as it is and write it back
 * without changing its type: a switch holds only booleans, a date field
 * only what reads as a date. An absent or empty value fits every control.
 */
gboolean
byline_field_kind_accepts (BylineFieldKind   kind,
                           const char       *key,
                           const BylineNode *value)
{
  g_return_val_if_fail (key != NULL, FALSE);

  if (is_absent (value))
    return TRUE;

  switch (kind)
    {
    case BYLINE_FIELD_KIND_TEXT:
    case BYLINE_FIELD_KIND_MULTILINE:
    case BYLINE_FIELD_KIND_IMAGE:
      return is_string (value);
    case BYLINE_FIELD_KIND_SWITCH:
      return byline_node_get_kind (value) == BYLINE_NODE_BOOLEAN;
    case BYLINE_FIELD_KIND_DATE:
      return is_date (value);
    case BYLINE_FIELD_KIND_LIST:
      return is_word_list (value);
    case BYLINE_FIELD_KIND_NUMBER:
      return byline_node_get_kind (value) == BYLINE_NODE_INTEGER ||
             byline_node_get_kind (value) == BYLINE_NODE_FLOAT;
    case BYLINE_FIELD_KIND_GROUP:
      return byline_node_get_kind (value) == BYLINE_NODE_MAPPING;
    case BYLINE_FIELD_KIND_RAW:
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * byline_field_kind_for_value:
 * @value: (nullable): the key's value
 *
 * The control for a value found in a post: its type decides first, then
 * the key's name tells a date, an image, a paragraph or a list of words
 * among strings. A string under a date's name that does not read as a date
 * stays text, so the writer can see and fix it.
 */
BylineFieldKind
byline_field_kind_for_value (const char       *key,
                             const BylineNode *value)
{
  BylineFieldKind by_name;

  g_return_val_if_fail (key != NULL, BYLINE_FIELD_KIND_RAW);

  if (is_absent (value))
    return byline_field_kind_for_key (key);

  switch (byline_node_get_kind (value))
    {
    case BYLINE_NODE_BOOLEAN:
      return BYLINE_FIELD_KIND_SWITCH;
    case BYLINE_NODE_INTEGER:
    case BYLINE_NODE_FLOAT:
      return BYLINE_FIELD_KIND_NUMBER;
    case BYLINE_NODE_TIMESTAMP:
      return BYLINE_FIELD_KIND_DATE;
    case BYLINE_NODE_MAPPING:
      return BYLINE_FIELD_KIND_GROUP;
    case BYLINE_NODE_SEQUENCE:
      return is_word_list (value) ? BYLINE_FIELD_KIND_LIST : BYLINE_FIELD_KIND_RAW;
    case BYLINE_NODE_STRING:
      break;
    case BYLINE_NODE_NULL:
    default:
      g_return_val_if_reached (BYLINE_FIELD_KIND_RAW);
    }

  by_name = byline_field_kind_for_key (key);
  switch (by_name)
    {
    case BYLINE_FIELD_KIND_DATE:
      return is_date (value) ? BYLINE_FIELD_KIND_DATE : BYLINE_FIELD_KIND_TEXT;
    case BYLINE_FIELD_KIND_IMAGE:
    case BYLINE_FIELD_KIND_MULTILINE:
    case BYLINE_FIELD_KIND_LIST:
      return by_name;
    case BYLINE_FIELD_KIND_TEXT:
    case BYLINE_FIELD_KIND_SWITCH:
    case BYLINE_FIELD_KIND_NUMBER:
    case BYLINE_FIELD_KIND_GROUP:
    case BYLINE_FIELD_KIND_RAW:
    default:
      return strchr (byline_node_get_string (value), '\n') != NULL ? BYLINE_FIELD_KIND_MULTILINE
                                                                   : BYLINE_FIELD_KIND_TEXT;
    }
}

/**
 * byline_field_kind_empty_value:
 * @format: the language the value is written in
 *
 * Returns: (transfer full) (nullable): the value a new field of @kind
 *   starts with; %NULL for a date, which has no empty value (the caller
 *   picks the moment). A YAML list starts as no value at all (`tags:`, as
 *   Hexo's scaffolds write it), so that its first item is written as the
 *   file's other lists are; TOML, which has no null, gets `[]` and `""`.
 */
BylineNode *
byline_field_kind_empty_value (BylineFieldKind kind,
                               BylineFormat    format)
{
  switch (kind)
    {
    case BYLINE_FIELD_KIND_TEXT:
    case BYLINE_FIELD_KIND_MULTILINE:
    case BYLINE_FIELD_KIND_IMAGE:
      return byline_node_new_string ("");
    case BYLINE_FIELD_KIND_SWITCH:
      return byline_node_new_boolean (FALSE);
    case BYLINE_FIELD_KIND_LIST:
      return format == BYLINE_FORMAT_YAML ? byline_node_new_null () : byline_node_new_sequence ();
    case BYLINE_FIELD_KIND_NUMBER:
      return byline_node_new_integer (0);
    case BYLINE_FIELD_KIND_GROUP:
      return byline_node_new_mapping ();
    case BYLINE_FIELD_KIND_RAW:
      return format == BYLINE_FORMAT_TOML ? byline_node_new_string ("") : byline_node_new_null ();
    case BYLINE_FIELD_KIND_DATE:
      return NULL;
    default:
      g_return_val_if_reached (NULL);
    }
}
