/* byline-toml-tables.c: which table each key of a TOML text lands in, by
 * the rules of headers, dotted keys and arrays of tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-toml-private.h"

BylineTomlTable *
byline_toml_lookup_table (BylineTomlParser *parser,
                          const BylineNode *node)
{
  return g_hash_table_lookup (parser->document->tables, node);
}

static char **
strv_with (char       **strv,
           const char  *last)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (strv != NULL)
    g_strv_builder_addv (builder, (const char **) strv);
  g_strv_builder_add (builder, last);
  return g_strv_builder_end (builder);
}

/* Adds a new table @key to @parent, or reports that it nests too deep. */
static BylineNode *
add_table (BylineTomlParser    *parser,
           BylineNode          *parent,
           BylineNode          *key,
           BylineTomlTableKind  kind)
{
  BylineTomlTable *parent_table = byline_toml_lookup_table (parser, parent);
  BylineTomlTable *table;
  BylineNode *node;

  if (parent_table->depth >= BYLINE_TOML_MAX_DEPTH)
    {
      byline_scanner_fail (&parser->scanner, byline_node_get_start (key), BYLINE_ERROR_LIMIT,
                           _("Tables are nested more than %d levels deep"), BYLINE_TOML_MAX_DEPTH);
      return NULL;
    }

  node = byline_node_new_mapping ();
  node->style = kind == BYLINE_TOML_TABLE_INLINE ? BYLINE_NODE_STYLE_FLOW : BYLINE_NODE_STYLE_BLOCK;
  byline_node_set_span (node, key->start, key->end, key->line, key->column);

  table = g_new0 (BylineTomlTable, 1);
  table->kind = kind;
  table->node = node;
  table->key_path = strv_with (parent_table->key_path, key->text);
  table->depth = parent_table->depth + 1;
  g_hash_table_insert (parser->document->tables, node, table);

  byline_node_insert (parent, key->text, node);
  byline_node_unref (node);
  return node;
}

void
byline_toml_add_key_use (BylineTomlParser *parser,
                         BylineNode       *table,
                         BylineNode       *key)
{
  BylineTomlKeyUse *use = g_new0 (BylineTomlKeyUse, 1);

  use->table = table;
  use->key = g_strdup (key->text);
  use->start = key->start;
  use->end = key->end;
  g_ptr_array_add (parser->document->key_uses, use);
}

/* Follows one key of a dotted key `a.b = 1` from @table, making the table
 * it names. Dotted keys may only add to tables dotted keys made in the same
 * section or inline table. */
BylineNode *
byline_toml_follow_dotted_key (BylineTomlParser *parser,
                               BylineNode       *table,
                               BylineNode       *key,
                               BylineNode       *inline_table)
{
  int index = byline_node_find_key (table, key->text);
  BylineTomlTable *info;
  BylineNode *child;

  byline_toml_add_key_use (parser, table, key);

  if (index < 0)
    {
      BylineTomlTable *parent = byline_toml_lookup_table (parser, table);

      if (!(child = add_table (parser, table, key, BYLINE_TOML_TABLE_DOTTED)))
        return NULL;
      info = byline_toml_lookup_table (parser, child);
      info->section = inline_table == NULL ? parser->section : NULL;
      info->inline_table = inline_table;
      info->dotted_keys = strv_with (parent->kind == BYLINE_TOML_TABLE_DOTTED ? parent->dotted_keys : NULL,
                                     key->text);
      return child;
    }

  child = byline_node_get_child (table, (guint) index);
  info = byline_toml_lookup_table (parser, child);
  if (info != NULL && info->kind == BYLINE_TOML_TABLE_DOTTED && info->inline_table == inline_table &&
      (inline_table != NULL || info->section == parser->section))
    return child;

  if (byline_node_get_kind (child) == BYLINE_NODE_MAPPING)
    byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                         _("The table “%s” is defined elsewhere, so dotted keys here cannot add to it"),
                         key->text);
  else
    byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                         _("The key “%s” already holds a value, not a table"), key->text);
  return NULL;
}

/* Follows the keys of a header but the last from the root: missing tables
 * are made, arrays of tables lead to their last table. */
BylineNode *
byline_toml_follow_header_keys (BylineTomlParser *parser,
                                GPtrArray        *parts)
{
  BylineNode *table = parser->document->root;

  for (guint i = 0; i + 1 < parts->len; i++)
    {
      BylineNode *key = g_ptr_array_index (parts, i);
      int index = byline_node_find_key (table, key->text);
      BylineNode *child;
      BylineTomlTable *info;

      byline_toml_add_key_use (parser, table, key);
      if (index < 0)
        {
          if (!(table = add_table (parser, table, key, BYLINE_TOML_TABLE_IMPLICIT)))
            return NULL;
          continue;
        }

      child = byline_node_get_child (table, (guint) index);
      info = byline_toml_lookup_table (parser, child);
      if (byline_node_get_kind (child) == BYLINE_NODE_SEQUENCE &&
          byline_node_get_style (child) == BYLINE_NODE_STYLE_BLOCK)
        table = byline_node_get_child (child, byline_node_get_n_children (child) - 1);
      else if (info != NULL && info->kind != BYLINE_TOML_TABLE_INLINE)
        table = child;
      else
        {
          byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                               _("“%s” is already defined as a value, so a header cannot add to it"),
                               key->text);
          return NULL;
        }
    }

  return table;
}

BylineNode *
byline_toml_add_array_element (BylineTomlParser *parser,
                               BylineNode       *parent,
                               BylineNode       *key)
{
  int index = byline_node_find_key (parent, key->text);
  BylineNode *array;
  BylineNode *element;
  BylineTomlTable *info;

  if (index < 0)
    {
      if (byline_toml_lookup_table (parser, parent)->depth + 1 >= BYLINE_TOML_MAX_DEPTH)
        {
          byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_LIMIT,
                               _("Tables are nested more than %d levels deep"), BYLINE_TOML_MAX_DEPTH);
          return NULL;
        }
      array = byline_node_new_sequence ();
      array->style = BYLINE_NODE_STYLE_BLOCK;
      byline_node_set_span (array, key->start, key->end, key->line, key->column);
      byline_node_insert (parent, key->text, array);
      byline_node_unref (array);
    }
  else
    {
      array = byline_node_get_child (parent, (guint) index);
      if (byline_node_get_kind (array) != BYLINE_NODE_SEQUENCE ||
          byline_node_get_style (array) != BYLINE_NODE_STYLE_BLOCK)
        {
          byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                               _("“%s” is already defined, and not as an array of tables"), key->text);
          return NULL;
        }
    }

  element = byline_node_new_mapping ();
  element->style = BYLINE_NODE_STYLE_BLOCK;
  byline_node_append (array, element);
  byline_node_unref (element);

  info = g_new0 (BylineTomlTable, 1);
  info->kind = BYLINE_TOML_TABLE_ELEMENT;
  info->node = element;
  info->key_path = strv_with (byline_toml_lookup_table (parser, parent)->key_path, key->text);
  info->depth = byline_toml_lookup_table (parser, parent)->depth + 2;
  g_hash_table_insert (parser->document->tables, element, info);
  return element;
}

BylineNode *
byline_toml_define_table (BylineTomlParser *parser,
                          BylineNode       *parent,
                          BylineNode       *key)
{
  int index = byline_node_find_key (parent, key->text);
  BylineNode *child;
  BylineTomlTable *info;

  if (index < 0)
    return add_table (parser, parent, key, BYLINE_TOML_TABLE_HEADER);

  child = byline_node_get_child (parent, (guint) index);
  info = byline_toml_lookup_table (parser, child);
  if (info != NULL && info->kind == BYLINE_TOML_TABLE_IMPLICIT)
    {
      info->kind = BYLINE_TOML_TABLE_HEADER;
      return child;
    }

  if (info != NULL && info->kind == BYLINE_TOML_TABLE_DOTTED)
    byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                         _("The table “%s” is already defined by dotted keys"), key->text);
  else if (info != NULL && info->kind != BYLINE_TOML_TABLE_INLINE)
    byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                         _("The table “%s” is defined twice"), key->text);
  else
    byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                         _("“%s” is already defined as a value, so it cannot be a table"), key->text);
  return NULL;
}
