/* byline-node-json.c: a front matter's values as JSON, as `byline-cli fm`
 * prints them and Hexo's readers would give them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-json-private.h"
#include "byline-node-private.h"

static void
append_newline (GString *out,
                gboolean pretty,
                guint    depth)
{
  if (!pretty)
    return;

  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void append_json (GString          *out,
                         const BylineNode *node,
                         gboolean          pretty,
                         guint             depth);

/* Collects a mapping's members as readers see them: a YAML `<<` merge adds
 * the merged mappings' keys that the mapping does not set itself, and a
 * later duplicate key wins, as in js-yaml. */
static void
collect_members (const BylineNode *map,
                 GPtrArray        *keys,
                 GHashTable       *values)
{
  for (guint i = 0; i < map->values->len; i++)
    {
      const char *key = byline_node_get_string (g_ptr_array_index (map->keys, i));
      BylineNode *value = byline_node_resolve (g_ptr_array_index (map->values, i));

      if (map->has_merge && g_strcmp0 (key, "<<") == 0)
        {
          g_autoptr(GPtrArray) sources = g_ptr_array_new ();

          if (value->kind == BYLINE_NODE_MAPPING)
            g_ptr_array_add (sources, value);
          else if (value->kind == BYLINE_NODE_SEQUENCE)
            for (guint j = 0; j < value->values->len; j++)
              g_ptr_array_add (sources, byline_node_resolve (g_ptr_array_index (value->values, j)));

          for (guint j = 0; j < sources->len; j++)
            {
              const BylineNode *source = g_ptr_array_index (sources, j);
              g_autoptr(GPtrArray) merged_keys = g_ptr_array_new ();
              g_autoptr(GHashTable) merged = g_hash_table_new (g_str_hash, g_str_equal);

              if (source->kind != BYLINE_NODE_MAPPING)
                continue;

              collect_members (source, merged_keys, merged);
              for (guint k = 0; k < merged_keys->len; k++)
                {
                  const char *merged_key = g_ptr_array_index (merged_keys, k);

                  if (!g_hash_table_contains (values, merged_key))
                    {
                      g_ptr_array_add (keys, (gpointer) merged_key);
                      g_hash_table_insert (values, (gpointer) merged_key,
                                           g_hash_table_lookup (merged, merged_key));
                    }
                }
            }
          continue;
        }

      if (key == NULL)
        continue;
      if (!g_hash_table_contains (values, key))
        g_ptr_array_add (keys, (gpointer) key);
      g_hash_table_insert (values, (gpointer) key, value);
    }
}

static void
append_json_mapping (GString          *out,
                     const BylineNode *node,
                     gboolean          pretty,
                     guint             depth)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);

  collect_members (node, keys, values);

  g_string_append_c (out, '{');
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      if (i > 0)
        g_string_append_c (out, ',');
      append_newline (out, pretty, depth + 1);
      byline_json_append_string (out, key);
      g_string_append (out, pretty ? ": " : ":");
      append_json (out, g_hash_table_lookup (values, key), pretty, depth + 1);
    }
  if (keys->len > 0)
    append_newline (out, pretty, depth);
  g_string_append_c (out, '}');
}

static void
append_json (GString          *out,
             const BylineNode *node,
             gboolean          pretty,
             guint             depth)
{
  node = byline_node_resolve (node);

  switch (node->kind)
    {
    case BYLINE_NODE_NULL:
      g_string_append (out, "null");
      break;
    case BYLINE_NODE_BOOLEAN:
      g_string_append (out, node->v.boolean ? "true" : "false");
      break;
    case BYLINE_NODE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, node->v.integer);
      break;
    case BYLINE_NODE_FLOAT:
      if (isfinite (node->v.number))
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, node->v.number));
        }
      else
        g_string_append (out, "null");
      break;
    case BYLINE_NODE_TIMESTAMP:
      {
        g_autofree char *iso = byline_date_to_iso8601 (node->date);

        byline_json_append_string (out, iso);
      }
      break;
    case BYLINE_NODE_STRING:
      byline_json_append_string (out, node->text);
      break;
    case BYLINE_NODE_SEQUENCE:
      g_string_append_c (out, '[');
      for (guint i = 0; i < node->values->len; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_newline (out, pretty, depth + 1);
          append_json (out, g_ptr_array_index (node->values, i), pretty, depth + 1);
        }
      if (node->values->len > 0)
        append_newline (out, pretty, depth);
      g_string_append_c (out, ']');
      break;
    case BYLINE_NODE_MAPPING:
      append_json_mapping (out, node, pretty, depth);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * byline_node_to_json:
 *
 * Returns: (transfer full): the value as JSON, keys in file order, merge keys
 *   expanded, dates as ISO 8601 strings.
 */
char *
byline_node_to_json (const BylineNode *self,
                     gboolean          pretty)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  append_json (out, self, pretty, 0);
  return g_string_free (out, FALSE);
}
