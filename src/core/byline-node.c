/* byline-node.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-node-private.h"

G_DEFINE_BOXED_TYPE (BylineNode, byline_node, byline_node_ref, byline_node_unref)

BylineNode *
byline_node_new (BylineNodeKind kind)
{
  /* Not g_new0(): glibc's calloc() skips the thread's cache of small
   * blocks, and a site's listing makes a node for every value. */
  BylineNode *self = g_new (BylineNode, 1);

  *self = (BylineNode) { .kind = kind, .style = BYLINE_NODE_STYLE_ANY };
  g_atomic_ref_count_init (&self->ref_count);

  if (kind == BYLINE_NODE_MAPPING)
    self->keys = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_node_unref);
  if (kind == BYLINE_NODE_MAPPING || kind == BYLINE_NODE_SEQUENCE)
    self->values = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_node_unref);

  return self;
}

BylineNode *
byline_node_new_null (void)
{
  BylineNode *self = byline_node_new (BYLINE_NODE_NULL);

  self->text = g_strdup ("null");
  return self;
}

BylineNode *
byline_node_new_boolean (gboolean value)
{
  BylineNode *self = byline_node_new (BYLINE_NODE_BOOLEAN);

  self->v.boolean = !!value;
  self->text = g_strdup (value ? "true" : "false");
  return self;
}

BylineNode *
byline_node_new_integer (gint64 value)
{
  BylineNode *self = byline_node_new (BYLINE_NODE_INTEGER);

  self->v.integer = value;
  self->text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return self;
}

BylineNode *
byline_node_new_float (double value)
{
  BylineNode *self = byline_node_new (BYLINE_NODE_FLOAT);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  self->v.number = value;
  if (isnan (value))
    self->text = g_strdup (".nan");
  else if (isinf (value))
    self->text = g_strdup (value > 0 ? ".inf" : "-.inf");
  else
    self->text = g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
  return self;
}

BylineNode *
byline_node_new_string (const char *value)
{
  BylineNode *self;

  g_return_val_if_fail (value != NULL, NULL);

  self = byline_node_new (BYLINE_NODE_STRING);
  self->text = g_strdup (value);
  return self;
}

BylineNode *
byline_node_new_date (BylineDate *value)
{
  BylineNode *self;

  g_return_val_if_fail (value != NULL, NULL);

  self = byline_node_new (BYLINE_NODE_TIMESTAMP);
  self->date = byline_date_ref (value);
  self->text = g_strdup (byline_date_get_text (value));
  return self;
}

BylineNode *
byline_node_new_sequence (void)
{
  return byline_node_new (BYLINE_NODE_SEQUENCE);
}

BylineNode *
byline_node_new_mapping (void)
{
  return byline_node_new (BYLINE_NODE_MAPPING);
}

BylineNode *
byline_node_ref (BylineNode *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
byline_node_unref (BylineNode *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->text);
  g_clear_pointer (&self->date, byline_date_unref);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->target, byline_node_unref);
  g_free (self->anchor);
  g_free (self->tag);
  g_free (self);
}

/**
 * byline_node_copy:
 *
 * A deep copy of the value, detached from any text: no spans, no aliases,
 * the style kept as a hint for the writer.
 */
BylineNode *
byline_node_copy (const BylineNode *self)
{
  const BylineNode *node;
  BylineNode *copy;

  g_return_val_if_fail (self != NULL, NULL);

  node = byline_node_resolve (self);
  copy = byline_node_new (node->kind);
  copy->style = node->style;
  copy->text = g_strdup (node->text);
  copy->v = node->v;
  copy->has_merge = node->has_merge;
  copy->tag = g_strdup (node->tag);
  if (node->date != NULL)
    copy->date = byline_date_ref (node->date);

  for (guint i = 0; node->keys != NULL && i < node->keys->len; i++)
    g_ptr_array_add (copy->keys, byline_node_copy (g_ptr_array_index (node->keys, i)));
  for (guint i = 0; node->values != NULL && i < node->values->len; i++)
    g_ptr_array_add (copy->values, byline_node_copy (g_ptr_array_index (node->values, i)));

  return copy;
}

BylineNode *
byline_node_resolve (const BylineNode *self)
{
  while (self->target != NULL)
    self = self->target;
  return (BylineNode *) self;
}

void
byline_node_set_span (BylineNode *self,
                      gsize       start,
                      gsize       end,
                      guint       line,
                      guint       column)
{
  self->start = start;
  self->end = end;
  self->line = line;
  self->column = column;
  self->has_span = TRUE;
}

BylineNodeKind
byline_node_get_kind (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, BYLINE_NODE_NULL);

  return byline_node_resolve (self)->kind;
}

BylineNodeStyle
byline_node_get_style (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, BYLINE_NODE_STYLE_ANY);

  return self->style;
}

gboolean
byline_node_is_scalar (const BylineNode *self)
{
  BylineNodeKind kind = byline_node_get_kind (self);

  return kind != BYLINE_NODE_SEQUENCE && kind != BYLINE_NODE_MAPPING;
}

/**
 * byline_node_get_string:
 *
 * Returns: (nullable): a scalar's value as text: a string's characters, or a
 *   number, boolean, null or date as written. %NULL for collections.
 */
const char *
byline_node_get_string (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return byline_node_resolve (self)->text;
}

gboolean
byline_node_get_boolean (const BylineNode *self)
{
  g_return_val_if_fail (byline_node_get_kind (self) == BYLINE_NODE_BOOLEAN, FALSE);

  return byline_node_resolve (self)->v.boolean;
}

gint64
byline_node_get_integer (const BylineNode *self)
{
  g_return_val_if_fail (byline_node_get_kind (self) == BYLINE_NODE_INTEGER, 0);

  return byline_node_resolve (self)->v.integer;
}

double
byline_node_get_float (const BylineNode *self)
{
  const BylineNode *node;

  g_return_val_if_fail (self != NULL, 0.0);

  node = byline_node_resolve (self);
  if (node->kind == BYLINE_NODE_INTEGER)
    return (double) node->v.integer;

  g_return_val_if_fail (node->kind == BYLINE_NODE_FLOAT, 0.0);
  return node->v.number;
}

/**
 * byline_node_get_date:
 *
 * Returns: (transfer none) (nullable): the date of a timestamp node
 */
BylineDate *
byline_node_get_date (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return byline_node_resolve (self)->date;
}

guint
byline_node_get_n_children (const BylineNode *self)
{
  const BylineNode *node;

  g_return_val_if_fail (self != NULL, 0);

  node = byline_node_resolve (self);
  return node->values != NULL ? node->values->len : 0;
}

/**
 * byline_node_get_child:
 *
 * Returns: (transfer none): a sequence's item or a mapping's value
 */
BylineNode *
byline_node_get_child (const BylineNode *self,
                       guint             index)
{
  g_return_val_if_fail (index < byline_node_get_n_children (self), NULL);

  return g_ptr_array_index (byline_node_resolve (self)->values, index);
}

/**
 * byline_node_get_key:
 *
 * Returns: (transfer none): the key node of a mapping's member
 */
BylineNode *
byline_node_get_key (const BylineNode *self,
                     guint             index)
{
  g_return_val_if_fail (byline_node_get_kind (self) == BYLINE_NODE_MAPPING, NULL);
  g_return_val_if_fail (index < byline_node_get_n_children (self), NULL);

  return g_ptr_array_index (byline_node_resolve (self)->keys, index);
}

const char *
byline_node_get_key_string (const BylineNode *self,
                            guint             index)
{
  BylineNode *key = byline_node_get_key (self, index);

  return key != NULL ? byline_node_get_string (key) : NULL;
}

/**
 * byline_node_find_key:
 *
 * Returns: the index of the first member named @key, or -1
 */
int
byline_node_find_key (const BylineNode *self,
                      const char       *key)
{
  const BylineNode *mapping;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (key != NULL, -1);

  mapping = byline_node_resolve (self);
  if (mapping->kind != BYLINE_NODE_MAPPING)
    return -1;

  /* Listing a site looks up a few keys in every post: the walk reads the
   * keys' text directly, as byline_node_get_key_string() would. */
  for (guint i = 0; i < mapping->keys->len; i++)
    {
      const char *name = byline_node_resolve (g_ptr_array_index (mapping->keys, i))->text;

      if (name != NULL && strcmp (name, key) == 0)
        return (int) i;
    }

  return -1;
}

/**
 * byline_node_lookup:
 *
 * Returns: (transfer none) (nullable): the value of the member named @key
 */
BylineNode *
byline_node_lookup (const BylineNode *self,
                    const char       *key)
{
  int index = byline_node_find_key (self, key);

  return index >= 0 ? byline_node_get_child (self, (guint) index) : NULL;
}

void
byline_node_append (BylineNode *self,
                    BylineNode *item)
{
  g_return_if_fail (byline_node_get_kind (self) == BYLINE_NODE_SEQUENCE);
  g_return_if_fail (item != NULL);

  g_ptr_array_add (byline_node_resolve (self)->values, byline_node_ref (item));
}

void
byline_node_insert (BylineNode *self,
                    const char *key,
                    BylineNode *value)
{
  BylineNode *node;

  g_return_if_fail (byline_node_get_kind (self) == BYLINE_NODE_MAPPING);
  g_return_if_fail (key != NULL);
  g_return_if_fail (value != NULL);

  node = byline_node_resolve (self);
  g_ptr_array_add (node->keys, byline_node_new_string (key));
  g_ptr_array_add (node->values, byline_node_ref (value));
}

void
byline_node_remove_child (BylineNode *self,
                          guint       index)
{
  BylineNode *node;

  g_return_if_fail (index < byline_node_get_n_children (self));

  node = byline_node_resolve (self);
  g_ptr_array_remove_index (node->values, index);
  if (node->keys != NULL)
    g_ptr_array_remove_index (node->keys, index);
}

void
byline_node_replace_child (BylineNode *self,
                           guint       index,
                           BylineNode *value)
{
  BylineNode *node;

  g_return_if_fail (index < byline_node_get_n_children (self));
  g_return_if_fail (value != NULL);

  node = byline_node_resolve (self);
  byline_node_ref (value);
  byline_node_unref (g_ptr_array_index (node->values, index));
  g_ptr_array_index (node->values, index) = value;
}

void
byline_node_rename_key (BylineNode *self,
                        guint       index,
                        const char *key)
{
  BylineNode *node;

  g_return_if_fail (byline_node_get_kind (self) == BYLINE_NODE_MAPPING);
  g_return_if_fail (index < byline_node_get_n_children (self));
  g_return_if_fail (key != NULL);

  node = byline_node_resolve (self);
  byline_node_unref (g_ptr_array_index (node->keys, index));
  g_ptr_array_index (node->keys, index) = byline_node_new_string (key);
}

gboolean
byline_node_has_span (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_span;
}

gsize
byline_node_get_start (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start;
}

gsize
byline_node_get_end (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end;
}

guint
byline_node_get_line (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->line;
}

guint
byline_node_get_column (const BylineNode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->column;
}

static gboolean
scalars_equal (const BylineNode *a,
               const BylineNode *b)
{
  switch (a->kind)
    {
    case BYLINE_NODE_NULL:
      return TRUE;
    case BYLINE_NODE_BOOLEAN:
      return a->v.boolean == b->v.boolean;
    case BYLINE_NODE_INTEGER:
      return a->v.integer == b->v.integer;
    case BYLINE_NODE_FLOAT:
      return a->v.number == b->v.number || (isnan (a->v.number) && isnan (b->v.number));
    case BYLINE_NODE_TIMESTAMP:
      return byline_date_equal (a->date, b->date);
    case BYLINE_NODE_STRING:
      return g_strcmp0 (a->text, b->text) == 0;
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
nodes_equal (const BylineNode *a,
             const BylineNode *b,
             gboolean          ordered)
{
  guint n;

  a = byline_node_resolve (a);
  b = byline_node_resolve (b);

  if (a == b)
    return TRUE;
  if (a->kind != b->kind)
    return FALSE;
  if (byline_node_is_scalar (a))
    return scalars_equal (a, b);

  n = a->values->len;
  if (n != b->values->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint j = i;

      if (a->keys != NULL && !ordered)
        {
          int found = byline_node_find_key (b, byline_node_get_key_string (a, i));

          if (found < 0)
            return FALSE;
          j = (guint) found;
        }
      else if (a->keys != NULL &&
               !nodes_equal (g_ptr_array_index (a->keys, i), g_ptr_array_index (b->keys, i), ordered))
        return FALSE;

      if (!nodes_equal (g_ptr_array_index (a->values, i), g_ptr_array_index (b->values, j), ordered))
        return FALSE;
    }

  return TRUE;
}

/**
 * byline_node_equal:
 *
 * Whether two nodes hold the same value: same kinds, same scalars, same
 * members in the same order. Styles and places in the text do not count.
 */
gboolean
byline_node_equal (const BylineNode *a,
                   const BylineNode *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return nodes_equal (a, b, TRUE);
}

/**
 * byline_node_equal_unordered:
 *
 * Like byline_node_equal(), but the members of a mapping may come in any
 * order, as the keys of a TOML table do. The mappings must not repeat a
 * key.
 */
gboolean
byline_node_equal_unordered (const BylineNode *a,
                             const BylineNode *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return nodes_equal (a, b, FALSE);
}
