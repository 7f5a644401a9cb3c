/* byline-toml.c: a TOML reader that keeps where each key, value, table and
 * line is written, so that edits can splice bytes in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-toml-private.h"

typedef BylineTomlParser Parser;

static BylineNode *parse_value (Parser *parser,
                                guint   depth);

#define TEXT(parser) ((parser)->scanner.text)
#define POS(parser) ((parser)->scanner.pos)

static void
table_free (BylineTomlTable *table)
{
  g_strfreev (table->key_path);
  g_strfreev (table->dotted_keys);
  g_free (table);
}

static void
key_use_free (BylineTomlKeyUse *use)
{
  g_free (use->key);
  g_free (use);
}

void
byline_toml_document_free (BylineTomlDocument *self)
{
  g_clear_pointer (&self->root, byline_node_unref);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->flows, g_hash_table_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->key_uses, g_ptr_array_unref);
  g_free (self);
}

/* Keeps the key's own node, with its span and quoting, in the mapping. */
static void
insert_member (BylineNode *table,
               BylineNode *key,
               BylineNode *value)
{
  g_ptr_array_add (table->keys, byline_node_ref (key));
  g_ptr_array_add (table->values, byline_node_ref (value));
}

static gboolean
check_newline (Parser *parser)
{
  if (TEXT (parser)[POS (parser)] == '\r' && TEXT (parser)[POS (parser) + 1] != '\n')
    {
      byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                           _("A carriage return must be followed by a line feed"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
skip_comment (Parser *parser)
{
  const char *text = TEXT (parser);

  for (; text[POS (parser)] != '\0' && text[POS (parser)] != '\n'; POS (parser)++)
    {
      guchar c = (guchar) text[POS (parser)];

      if (c == '\r' && text[POS (parser) + 1] == '\n')
        continue;
      if ((c < 0x20 && c != '\t') || c == 0x7F)
        {
          byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                               _("A comment cannot hold control characters"));
          return FALSE;
        }
    }
  return TRUE;
}

/* Skips blanks, a comment and the newline that must end a line. */
static gboolean
expect_line_end (Parser *parser)
{
  const char *text = TEXT (parser);

  POS (parser) = byline_text_skip_blanks (text, POS (parser));
  if (text[POS (parser)] == '#' && !skip_comment (parser))
    return FALSE;
  if (!check_newline (parser))
    return FALSE;
  if (text[POS (parser)] == '\r')
    POS (parser)++;

  if (text[POS (parser)] == '\n')
    POS (parser)++;
  else if (text[POS (parser)] != '\0')
    {
      byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                           _("Expected the end of the line here"));
      return FALSE;
    }
  return TRUE;
}

/* Skips the blanks, newlines and comments allowed between array items. */
static gboolean
skip_array_space (Parser *parser)
{
  const char *text = TEXT (parser);

  for (;;)
    {
      char c = text[POS (parser)];

      if (c == ' ' || c == '\t' || c == '\n')
        POS (parser)++;
      else if (c == '\r')
        {
          if (!check_newline (parser))
            return FALSE;
          POS (parser)++;
        }
      else if (c == '#')
        {
          if (!skip_comment (parser))
            return FALSE;
        }
      else
        return TRUE;
    }
}

/* Reads a dotted key into @parts, one node a key. */
static gboolean
parse_key (Parser    *parser,
           GPtrArray *parts)
{
  const char *text = TEXT (parser);

  for (;;)
    {
      char c = text[POS (parser)];
      BylineNode *part;

      if (c == '"' || c == '\'')
        part = byline_toml_scan_string (&parser->scanner, TRUE);
      else
        part = byline_toml_scan_bare_key (&parser->scanner);
      if (part == NULL)
        return FALSE;
      g_ptr_array_add (parts, part);

      POS (parser) = byline_text_skip_blanks (text, POS (parser));
      if (text[POS (parser)] != '.')
        return TRUE;
      POS (parser) = byline_text_skip_blanks (text, POS (parser) + 1);
    }
}

/* Reads `key = value` into @table; @inline_table is the { … } it is in. */
static BylineTomlEntry *
parse_key_value (Parser     *parser,
                 BylineNode *table,
                 BylineNode *inline_table)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_node_unref);
  g_autoptr(BylineNode) value = NULL;
  BylineTomlEntry *entry;
  BylineNode *key;
  gsize start = POS (parser);
  gsize key_end;

  if (!parse_key (parser, parts))
    return NULL;
  key_end = byline_node_get_end (g_ptr_array_index (parts, parts->len - 1));

  if (TEXT (parser)[POS (parser)] != '=')
    {
      byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE, _("Expected “=” after the key"));
      return NULL;
    }
  POS (parser) = byline_text_skip_blanks (TEXT (parser), POS (parser) + 1);

  for (guint i = 0; i + 1 < parts->len; i++)
    if (!(table = byline_toml_follow_dotted_key (parser, table, g_ptr_array_index (parts, i), inline_table)))
      return NULL;

  key = g_ptr_array_index (parts, parts->len - 1);
  if (byline_node_find_key (table, key->text) >= 0)
    {
      byline_scanner_fail (&parser->scanner, key->start, BYLINE_ERROR_PARSE,
                           _("The key “%s” is defined twice"), key->text);
      return NULL;
    }

  byline_toml_add_key_use (parser, table, key);
  if (!(value = parse_value (parser, byline_toml_lookup_table (parser, table)->depth + 1)))
    return NULL;

  insert_member (table, key, value);

  entry = g_new0 (BylineTomlEntry, 1);
  entry->start = start;
  entry->key_end = key_end;
  entry->end = POS (parser);
  entry->value = value;
  entry->inline_table = inline_table;
  g_ptr_array_add (parser->document->entries, entry);
  return entry;
}

/* Records where an inline array or table closes; takes @node and @flow. */
static BylineNode *
close_flow (Parser     *parser,
            BylineNode *node,
            BylineFlow *flow)
{
  flow->close = POS (parser);
  POS (parser)++;
  byline_scanner_set_span (&parser->scanner, node, (gsize) flow->open);
  g_hash_table_insert (parser->document->flows, node, flow);
  return node;
}

static BylineNode *
parse_array (Parser *parser,
             guint   depth)
{
  gsize start = POS (parser);
  g_autoptr(BylineNode) node = byline_node_new_sequence ();
  g_autoptr(BylineFlow) flow = byline_flow_new ((gssize) start);

  node->style = BYLINE_NODE_STYLE_FLOW;
  POS (parser)++;

  for (;;)
    {
      gsize item_start;
      BylineNode *item;

      if (!skip_array_space (parser))
        return NULL;
      if (TEXT (parser)[POS (parser)] == ']')
        break;

      item_start = POS (parser);
      if (!(item = parse_value (parser, depth + 1)))
        return NULL;
      g_ptr_array_add (node->values, item);
      byline_flow_add_item (flow, item_start, POS (parser));

      if (!skip_array_space (parser))
        return NULL;
      if (TEXT (parser)[POS (parser)] == ',')
        {
          byline_flow_set_comma (flow, POS (parser));
          POS (parser)++;
        }
      else if (TEXT (parser)[POS (parser)] == ']')
        break;
      else if (TEXT (parser)[POS (parser)] == '\0')
        {
          byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE,
                               _("This array is never closed with “]”"));
          return NULL;
        }
      else
        {
          byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                               _("Expected “,” or “]” after the array item"));
          return NULL;
        }
    }

  return close_flow (parser, g_steal_pointer (&node), g_steal_pointer (&flow));
}

static BylineNode *
parse_inline_table (Parser *parser,
                    guint   depth)
{
  const char *text = TEXT (parser);
  gsize start = POS (parser);
  g_autoptr(BylineNode) node = byline_node_new_mapping ();
  g_autoptr(BylineFlow) flow = byline_flow_new ((gssize) start);
  BylineTomlTable *table = g_new0 (BylineTomlTable, 1);

  node->style = BYLINE_NODE_STYLE_FLOW;
  table->kind = BYLINE_TOML_TABLE_INLINE;
  table->node = node;
  table->depth = depth;
  g_hash_table_insert (parser->document->tables, node, table);

  POS (parser) = byline_text_skip_blanks (text, POS (parser) + 1);
  while (text[POS (parser)] != '}')
    {
      BylineTomlEntry *entry;

      if (!(entry = parse_key_value (parser, node, node)))
        return NULL;
      byline_flow_add_item (flow, entry->start, entry->end);

      POS (parser) = byline_text_skip_blanks (text, POS (parser));
      if (text[POS (parser)] == ',')
        {
          byline_flow_set_comma (flow, POS (parser));
          POS (parser) = byline_text_skip_blanks (text, POS (parser) + 1);
          if (text[POS (parser)] != '}')
            continue;
          byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                               _("An inline table cannot end with a comma"));
          return NULL;
        }
      if (text[POS (parser)] != '}')
        {
          byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                               (text[POS (parser)] == '\0' || byline_text_has_char ("\r\n", text[POS (parser)]))
                               ? _("An inline table must be closed with “}” on the line where it starts")
                               : _("Expected “,” or “}” after the member"));
          return NULL;
        }
    }

  return close_flow (parser, g_steal_pointer (&node), g_steal_pointer (&flow));
}

static BylineNode *
parse_value (Parser *parser,
             guint   depth)
{
  char c = TEXT (parser)[POS (parser)];

  if ((c == '[' || c == '{') && depth > BYLINE_TOML_MAX_DEPTH)
    {
      byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_LIMIT,
                           _("Arrays and tables are nested more than %d levels deep"), BYLINE_TOML_MAX_DEPTH);
      return NULL;
    }

  switch (c)
    {
    case '"':
    case '\'':
      return byline_toml_scan_string (&parser->scanner, FALSE);
    case '[':
      return parse_array (parser, depth);
    case '{':
      return parse_inline_table (parser, depth);
    default:
      return byline_toml_scan_scalar (&parser->scanner);
    }
}

static gboolean
parse_line_entry (Parser *parser)
{
  gsize line_start = byline_text_line_start (TEXT (parser), POS (parser));
  BylineTomlEntry *entry;

  if (!(entry = parse_key_value (parser, parser->section->table, NULL)) || !expect_line_end (parser))
    return FALSE;

  entry->start = line_start;
  entry->end = POS (parser);
  entry->section = parser->section;
  parser->section->end = entry->end;
  parser->section->last_entry = line_start;
  parser->section->has_entries = TRUE;
  return TRUE;
}

static gboolean
parse_header (Parser *parser)
{
  const char *text = TEXT (parser);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_node_unref);
  BylineTomlSection *section;
  gsize start = byline_text_line_start (text, POS (parser));
  gboolean is_array = text[POS (parser) + 1] == '[';
  BylineNode *parent;
  BylineNode *key;
  BylineNode *table;
  guint line, column;

  byline_locator_find (&parser->scanner.locator, POS (parser), &line, &column);
  POS (parser) = byline_text_skip_blanks (text, POS (parser) + (is_array ? 2 : 1));
  if (!parse_key (parser, parts))
    return FALSE;

  if (text[POS (parser)] != ']' || (is_array && text[POS (parser) + 1] != ']'))
    {
      byline_scanner_fail (&parser->scanner, POS (parser), BYLINE_ERROR_PARSE,
                           is_array ? _("Expected “]]” to close the header") : _("Expected “]” to close the header"));
      return FALSE;
    }
  POS (parser) += is_array ? 2 : 1;
  if (!expect_line_end (parser) || !(parent = byline_toml_follow_header_keys (parser, parts)))
    return FALSE;

  key = g_ptr_array_index (parts, parts->len - 1);
  byline_toml_add_key_use (parser, parent, key);
  table = is_array ? byline_toml_add_array_element (parser, parent, key) : byline_toml_define_table (parser, parent, key);
  if (table == NULL)
    return FALSE;

  section = g_new0 (BylineTomlSection, 1);
  section->table = table;
  section->start = start;
  section->header_end = POS (parser);
  section->end = POS (parser);
  section->line = line;
  section->column = column;
  g_ptr_array_add (parser->document->sections, section);
  byline_toml_lookup_table (parser, table)->section = section;
  parser->section = section;
  return TRUE;
}

static gboolean
parse_lines (Parser *parser)
{
  const char *text = TEXT (parser);

  for (;;)
    {
      char c;

      POS (parser) = byline_text_skip_blanks (text, POS (parser));
      c = text[POS (parser)];

      if (c == '\0')
        return TRUE;
      if (c == '#' || c == '\r' || c == '\n')
        {
          if (!expect_line_end (parser))
            return FALSE;
        }
      else if (c == '[')
        {
          if (!parse_header (parser))
            return FALSE;
        }
      else if (!parse_line_entry (parser))
        return FALSE;
    }
}

/**
 * byline_toml_document_parse:
 *
 * Reads TOML 1.0, with its tables, inline tables, arrays and arrays of
 * tables. Dates and date-times become timestamps; a time of day alone is
 * kept as text.
 */
BylineTomlDocument *
byline_toml_document_parse (const char  *text,
                            GError     **error)
{
  g_autoptr(BylineTomlDocument) document = g_new0 (BylineTomlDocument, 1);
  BylineTomlTable *root_table = g_new0 (BylineTomlTable, 1);
  BylineTomlSection *root_section = g_new0 (BylineTomlSection, 1);
  Parser parser = { { 0, }, document, root_section };

  if (!byline_text_check_utf8 (text, error))
    {
      g_free (root_table);
      g_free (root_section);
      return NULL;
    }

  byline_scanner_init (&parser.scanner, text, error);
  document->root = byline_node_new_mapping ();
  document->root->style = BYLINE_NODE_STYLE_BLOCK;
  document->tables = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) table_free);
  document->flows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) byline_flow_free);
  document->sections = g_ptr_array_new_with_free_func (g_free);
  document->entries = g_ptr_array_new_with_free_func (g_free);
  document->key_uses = g_ptr_array_new_with_free_func ((GDestroyNotify) key_use_free);

  root_table->kind = BYLINE_TOML_TABLE_ROOT;
  root_table->node = document->root;
  root_table->key_path = g_new0 (char *, 1);
  root_table->section = root_section;
  g_hash_table_insert (document->tables, document->root, root_table);
  root_section->table = document->root;
  root_section->line = 1;
  root_section->column = 1;
  g_ptr_array_add (document->sections, root_section);

  if (!parse_lines (&parser))
    return NULL;

  for (guint i = 1; i < document->sections->len; i++)
    {
      BylineTomlSection *section = g_ptr_array_index (document->sections, i);

      byline_node_set_span (section->table, section->start, section->end, section->line, section->column);
    }
  byline_node_set_span (document->root, 0, strlen (text), 1, 1);

  return g_steal_pointer (&document);
}
