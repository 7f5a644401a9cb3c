/* byline-field-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-edit.h"
#include "byline-site-dates.h"

/**
 * byline_path_join:
 * @parent: (nullable): a key path, or %NULL for the top level
 *
 * Returns: (transfer full): the path of @key under @parent, with the dots
 *   and backslashes of @key escaped as byline_path_split() reads them
 */
char *
byline_path_join (const char *parent,
                  const char *key)
{
  GString *path;

  g_return_val_if_fail (key != NULL, NULL);

  path = g_string_new (parent);
  if (parent != NULL)
    g_string_append_c (path, '.');

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '.' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }

  return g_string_free (path, FALSE);
}

/**
 * byline_field_date_value:
 * @old_value: (nullable): the date the writer changed, as the post has it
 * @date_time: the instant picked
 *
 * Writes @date_time as the old date was written: the same form, offset and
 * precision, and the same type (a YAML or TOML timestamp stays one, a date
 * in a string stays a string, as Hexo's RFC 1123 dates are).
 *
 * Returns: (transfer full) (nullable): the new value; %NULL when there is
 *   no old date to follow
 */
BylineNode *
byline_field_date_value (const BylineNode *old_value,
                         GDateTime        *date_time)
{
  g_autoptr(BylineDate) old_date = NULL;
  g_autoptr(BylineDate) date = NULL;

  g_return_val_if_fail (date_time != NULL, NULL);

  if (old_value == NULL || !(old_date = byline_node_read_date ((BylineNode *) old_value)))
    return NULL;

  if (!(date = byline_date_with_date_time (old_date, date_time)))
    return NULL;

  if (byline_node_get_kind (old_value) == BYLINE_NODE_TIMESTAMP)
    return byline_node_new_date (date);

  return byline_node_new_string (byline_date_get_text (date));
}

/**
 * byline_field_list_items:
 * @value: (nullable): a list of words, or a single word
 *
 * Returns: (transfer full): the words, as a list field shows them
 */
char **
byline_field_list_items (const BylineNode *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (value == NULL || byline_node_get_kind (value) == BYLINE_NODE_NULL)
    return g_strv_builder_end (builder);

  if (byline_node_is_scalar (value))
    {
      g_strv_builder_add (builder, byline_node_get_string (value));
      return g_strv_builder_end (builder);
    }

  for (guint i = 0; i < byline_node_get_n_children (value); i++)
    {
      BylineNode *item = byline_node_get_child (value, i);

      if (byline_node_is_scalar (item))
        g_strv_builder_add (builder, byline_node_get_string (item));
    }

  return g_strv_builder_end (builder);
}

static BylineNode *
find_item (const BylineNode *old_value,
           const char       *text)
{
  if (old_value == NULL || byline_node_get_kind (old_value) != BYLINE_NODE_SEQUENCE)
    return NULL;

  for (guint i = 0; i < byline_node_get_n_children (old_value); i++)
    {
      BylineNode *item = byline_node_get_child (old_value, i);

      if (byline_node_is_scalar (item) && g_strcmp0 (byline_node_get_string (item), text) == 0)
        return item;
    }

  return NULL;
}

/**
 * byline_field_list_value:
 * @old_value: (nullable): the list the writer changed
 * @items: the words, in order
 *
 * Items kept from the old list keep their type (a tag `2021` stays a
 * number); new items are strings. A single word written without a list
 * (Hexo's `categories: News`) stays so while the list holds one word.
 *
 * Returns: (transfer full): the new value
 */
BylineNode *
byline_field_list_value (const BylineNode   *old_value,
                         const char * const *items)
{
  BylineNode *list;

  g_return_val_if_fail (items != NULL, NULL);

  if (old_value != NULL && byline_node_get_kind (old_value) == BYLINE_NODE_STRING &&
      g_strv_length ((char **) items) == 1)
    {
      if (g_strcmp0 (byline_node_get_string (old_value), items[0]) == 0)
        return byline_node_copy (old_value);
      return byline_node_new_string (items[0]);
    }

  list = byline_node_new_sequence ();
  for (guint i = 0; items[i] != NULL; i++)
    {
      BylineNode *old_item = find_item (old_value, items[i]);
      g_autoptr(BylineNode) item = old_item != NULL ? byline_node_copy (old_item)
                                                    : byline_node_new_string (items[i]);

      byline_node_append (list, item);
    }

  return list;
}

/**
 * byline_field_is_empty:
 * @value: (nullable): a value
 *
 * Whether @value says nothing: absent, null, an empty string, list or
 * mapping.
 */
gboolean
byline_field_is_empty (const BylineNode *value)
{
  if (value == NULL)
    return TRUE;

  switch (byline_node_get_kind (value))
    {
    case BYLINE_NODE_NULL:
      return TRUE;
    case BYLINE_NODE_STRING:
      return *byline_node_get_string (value) == '\0';
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
      return byline_node_get_n_children (value) == 0;
    case BYLINE_NODE_BOOLEAN:
    case BYLINE_NODE_INTEGER:
    case BYLINE_NODE_FLOAT:
    case BYLINE_NODE_TIMESTAMP:
    default:
      return FALSE;
    }
}
