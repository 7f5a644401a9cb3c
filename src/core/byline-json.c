/* byline-json.c: a strict JSON reader that keeps where each value is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-json-private.h"
#include "byline-text.h"

/* Deeper nesting than any front matter needs; it keeps a hostile file from
 * exhausting the stack of the parser and of every reader after it. */
#define MAX_DEPTH 512

typedef struct {
  BylineScanner  scanner;
  GHashTable    *flows;
} Parser;

static BylineNode *parse_value (Parser *parser,
                                guint   depth);

static void
skip_space (Parser *parser)
{
  while (byline_text_has_char (" \t\r\n", parser->scanner.text[parser->scanner.pos]))
    parser->scanner.pos++;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* Reads the four hex digits of a \u escape at @p, or returns -1. */
static int
read_hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Decodes a \uXXXX escape, and the low half that must follow a high
 * surrogate, appending the character. Returns FALSE after an error. */
static gboolean
read_unicode_escape (Parser  *parser,
                     GString *out)
{
  gsize start = parser->scanner.pos;
  const char *p = parser->scanner.text + parser->scanner.pos;
  int unit = read_hex4 (p + 2);
  gunichar c;

  if (unit < 0)
    {
      byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE, _("“\\u” must be followed by four hex digits"));
      return FALSE;
    }
  parser->scanner.pos += 6;
  c = (gunichar) unit;

  if (c >= 0xD800 && c <= 0xDBFF)
    {
      int low = p[6] == '\\' && p[7] == 'u' ? read_hex4 (p + 8) : -1;

      if (low < 0xDC00 || low > 0xDFFF)
        {
          byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE,
                               _("“\\u%.4s” is the first half of a surrogate pair without its second half"), p + 2);
          return FALSE;
        }
      parser->scanner.pos += 6;
      c = 0x10000 + ((c - 0xD800) << 10) + ((gunichar) low - 0xDC00);
    }
  else if (c >= 0xDC00 && c <= 0xDFFF)
    {
      byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE,
                           _("“\\u%.4s” is the second half of a surrogate pair without its first half"), p + 2);
      return FALSE;
    }
  else if (c == 0)
    {
      byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE, _("Byline cannot keep the character U+0000 in a string"));
      return FALSE;
    }

  g_string_append_unichar (out, c);
  return TRUE;
}

/* Returns: the character a one-letter escape such as `\n` stands for, or
 * '\0' when JSON has no such escape. */
static char
unescape (char letter)
{
  static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";

  for (guint i = 0; letter != '\0' && i < sizeof escapes - 1; i += 2)
    if (escapes[i] == letter)
      return escapes[i + 1];
  return '\0';
}

static BylineNode *
parse_string (Parser *parser)
{
  gsize start = parser->scanner.pos;
  g_autoptr(GString) out = g_string_new (NULL);
  BylineNode *node;

  parser->scanner.pos++;
  for (;;)
    {
      guchar c = (guchar) parser->scanner.text[parser->scanner.pos];
      char decoded;

      if (c == '"')
        break;
      if (c == '\0')
        {
          byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE, _("This string is never closed with “\"”"));
          return NULL;
        }
      if (c < 0x20)
        {
          byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE,
                               _("A line break or control character inside a string must be written as an escape, such as “\\n”"));
          return NULL;
        }
      if (c != '\\')
        {
          g_string_append_c (out, (char) c);
          parser->scanner.pos++;
          continue;
        }

      c = (guchar) parser->scanner.text[parser->scanner.pos + 1];
      if (c == 'u')
        {
          if (!read_unicode_escape (parser, out))
            return NULL;
          continue;
        }

      if ((decoded = unescape ((char) c)) == '\0')
        {
          byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE,
                               _("“\\%c” is not an escape JSON knows"), g_ascii_isgraph (c) ? c : ' ');
          return NULL;
        }
      g_string_append_c (out, decoded);
      parser->scanner.pos += 2;
    }

  parser->scanner.pos++;
  node = byline_node_new_string (out->str);
  node->style = BYLINE_NODE_STYLE_DOUBLE_QUOTED;
  byline_scanner_set_span (&parser->scanner, node, start);
  return node;
}

static gsize
skip_digits (const char *text,
             gsize       pos)
{
  while (g_ascii_isdigit (text[pos]))
    pos++;
  return pos;
}

/* Numbers written without a fraction or an exponent are integers when
 * int64 holds them; every other number is a float. */
static BylineNode *
parse_number (Parser *parser)
{
  const char *text = parser->scanner.text;
  gsize start = parser->scanner.pos;
  gsize pos = start;
  gboolean is_integer = TRUE;
  g_autofree char *literal = NULL;
  BylineNode *node = NULL;
  gint64 integer;

  if (text[pos] == '-')
    pos++;
  if (text[pos] == '0')
    pos++;
  else if (g_ascii_isdigit (text[pos]))
    pos = skip_digits (text, pos);
  else
    goto invalid;

  if (text[pos] == '.')
    {
      is_integer = FALSE;
      if (!g_ascii_isdigit (text[pos + 1]))
        goto invalid;
      pos = skip_digits (text, pos + 1);
    }
  if (text[pos] == 'e' || text[pos] == 'E')
    {
      is_integer = FALSE;
      pos++;
      if (text[pos] == '+' || text[pos] == '-')
        pos++;
      if (!g_ascii_isdigit (text[pos]))
        goto invalid;
      pos = skip_digits (text, pos);
    }
  if (g_ascii_isalnum (text[pos]) || text[pos] == '.')
    goto invalid;

  literal = g_strndup (text + start, pos - start);
  if (is_integer && g_ascii_string_to_signed (literal, 10, G_MININT64, G_MAXINT64, &integer, NULL))
    node = byline_node_new_integer (integer);
  else
    node = byline_node_new_float (g_ascii_strtod (literal, NULL));

  g_free (node->text);
  node->text = g_steal_pointer (&literal);
  node->style = BYLINE_NODE_STYLE_PLAIN;
  parser->scanner.pos = pos;
  byline_scanner_set_span (&parser->scanner, node, start);
  return node;

invalid:
  while (g_ascii_isalnum (text[pos]) || byline_text_has_char ("+-.", text[pos]))
    pos++;
  byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE, _("“%.*s” is not a valid number"),
                       (int) MIN (pos - start, 40), text + start);
  return NULL;
}

static BylineNode *
parse_word (Parser *parser)
{
  const char *p = parser->scanner.text + parser->scanner.pos;
  gsize start = parser->scanner.pos;
  BylineNode *node;

  if (g_str_has_prefix (p, "true"))
    node = byline_node_new_boolean (TRUE);
  else if (g_str_has_prefix (p, "false"))
    node = byline_node_new_boolean (FALSE);
  else if (g_str_has_prefix (p, "null"))
    node = byline_node_new_null ();
  else
    {
      byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE, _("Expected a value: a string, number, object, array, true, false or null"));
      return NULL;
    }

  parser->scanner.pos += strlen (node->text);
  if (g_ascii_isalnum (parser->scanner.text[parser->scanner.pos]))
    {
      byline_node_unref (node);
      byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_PARSE, _("Expected a value: a string, number, object, array, true, false or null"));
      return NULL;
    }

  node->style = BYLINE_NODE_STYLE_PLAIN;
  byline_scanner_set_span (&parser->scanner, node, start);
  return node;
}

/* Reads items or members up to @closing ('\0' for Hexo's object without
 * braces), recording where each one and its comma are. */
static gboolean
parse_items (Parser     *parser,
             BylineNode *node,
             BylineFlow *flow,
             char        closing,
             guint       depth)
{
  gboolean is_object = node->kind == BYLINE_NODE_MAPPING;

  skip_space (parser);
  if (parser->scanner.text[parser->scanner.pos] == closing)
    return TRUE;

  for (;;)
    {
      gsize item_start = parser->scanner.pos;
      g_autoptr(BylineNode) key = NULL;
      g_autoptr(BylineNode) value = NULL;

      if (is_object)
        {
          if (parser->scanner.text[parser->scanner.pos] != '"')
            {
              byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE, _("Expected a key in double quotes"));
              return FALSE;
            }
          if (!(key = parse_string (parser)))
            return FALSE;
          if (byline_node_find_key (node, key->text) >= 0)
            {
              byline_scanner_fail (&parser->scanner, item_start, BYLINE_ERROR_PARSE,
                                   _("The key “%s” appears twice in this object"), key->text);
              return FALSE;
            }
          skip_space (parser);
          if (parser->scanner.text[parser->scanner.pos] != ':')
            {
              byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE, _("Expected “:” after the key"));
              return FALSE;
            }
          parser->scanner.pos++;
          skip_space (parser);
        }

      if (!(value = parse_value (parser, depth + 1)))
        return FALSE;

      if (is_object)
        {
          g_ptr_array_add (node->keys, g_steal_pointer (&key));
          g_ptr_array_add (node->values, g_steal_pointer (&value));
        }
      else
        g_ptr_array_add (node->values, g_steal_pointer (&value));
      byline_flow_add_item (flow, item_start, parser->scanner.pos);

      skip_space (parser);
      if (parser->scanner.text[parser->scanner.pos] == closing)
        return TRUE;
      if (parser->scanner.text[parser->scanner.pos] != ',')
        {
          if (closing == '\0')
            byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE, _("Expected “,” before the next member"));
          else if (is_object)
            byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE, _("Expected “,” or “}” after the member"));
          else
            byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE, _("Expected “,” or “]” after the item"));
          return FALSE;
        }
      byline_flow_set_comma (flow, parser->scanner.pos);
      parser->scanner.pos++;
      skip_space (parser);
    }
}

static BylineNode *
parse_collection (Parser *parser,
                  guint   depth)
{
  gsize start = parser->scanner.pos;
  char opening = parser->scanner.text[start];
  char closing = opening == '{' ? '}' : ']';
  g_autoptr(BylineNode) node = NULL;
  g_autoptr(BylineFlow) flow = NULL;

  if (depth > MAX_DEPTH)
    {
      byline_scanner_fail (&parser->scanner, start, BYLINE_ERROR_LIMIT,
                           _("Objects and arrays are nested more than %d levels deep"), MAX_DEPTH);
      return NULL;
    }

  node = byline_node_new (opening == '{' ? BYLINE_NODE_MAPPING : BYLINE_NODE_SEQUENCE);
  node->style = BYLINE_NODE_STYLE_FLOW;
  flow = byline_flow_new ((gssize) start);
  parser->scanner.pos++;

  if (!parse_items (parser, node, flow, closing, depth))
    return NULL;

  flow->close = parser->scanner.pos;
  parser->scanner.pos++;
  byline_scanner_set_span (&parser->scanner, node, start);
  if (parser->flows != NULL)
    g_hash_table_insert (parser->flows, node, g_steal_pointer (&flow));
  return g_steal_pointer (&node);
}

static BylineNode *
parse_value (Parser *parser,
             guint   depth)
{
  char c = parser->scanner.text[parser->scanner.pos];

  if (c == '{' || c == '[')
    return parse_collection (parser, depth);
  if (c == '"')
    return parse_string (parser);
  if (c == '-' || g_ascii_isdigit (c))
    return parse_number (parser);
  return parse_word (parser);
}

static gboolean
expect_end (Parser *parser)
{
  skip_space (parser);
  if (parser->scanner.text[parser->scanner.pos] == '\0')
    return TRUE;

  byline_scanner_fail (&parser->scanner, parser->scanner.pos, BYLINE_ERROR_PARSE, _("Unexpected text after the end of the JSON value"));
  return FALSE;
}

static void
parser_init (Parser      *parser,
             const char  *text,
             GHashTable  *flows,
             GError     **error)
{
  byline_scanner_init (&parser->scanner, text, error);
  parser->flows = flows;
}

/**
 * byline_json_document_parse:
 *
 * Reads a front matter: an object in braces (Hugo), or the members of one
 * without them (Hexo's `;;;` form, which Hexo reads as `{` text `}`).
 */
BylineJsonDocument *
byline_json_document_parse (const char  *text,
                            GError     **error)
{
  g_autoptr(BylineJsonDocument) document = g_new0 (BylineJsonDocument, 1);
  Parser parser;

  if (!byline_text_check_utf8 (text, error))
    return NULL;

  document->flows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) byline_flow_free);
  parser_init (&parser, text, document->flows, error);
  skip_space (&parser);

  if (text[parser.scanner.pos] == '{')
    document->root = parse_collection (&parser, 1);
  else
    {
      g_autoptr(BylineNode) root = byline_node_new (BYLINE_NODE_MAPPING);
      g_autoptr(BylineFlow) flow = byline_flow_new (-1);

      root->style = BYLINE_NODE_STYLE_FLOW;
      if (parse_items (&parser, root, flow, '\0', 1))
        {
          flow->close = parser.scanner.pos;
          byline_node_set_span (root, 0, parser.scanner.pos, 1, 1);
          g_hash_table_insert (document->flows, root, g_steal_pointer (&flow));
          document->root = g_steal_pointer (&root);
        }
    }

  if (document->root == NULL || !expect_end (&parser))
    return NULL;

  return g_steal_pointer (&document);
}

void
byline_json_document_free (BylineJsonDocument *self)
{
  g_clear_pointer (&self->root, byline_node_unref);
  g_clear_pointer (&self->flows, g_hash_table_unref);
  g_free (self);
}

/**
 * byline_node_parse_json:
 * @json: one JSON value, such as `"text"`, `[1, 2]` or `{"a": true}`
 *
 * Returns: (transfer full) (nullable): the value, or %NULL with @error
 *   saying where @json is not valid JSON
 */
BylineNode *
byline_node_parse_json (const char  *json,
                        GError     **error)
{
  Parser parser;
  g_autoptr(BylineNode) node = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  if (!byline_text_check_utf8 (json, error))
    return NULL;

  parser_init (&parser, json, NULL, error);
  skip_space (&parser);
  if (!(node = parse_value (&parser, 1)) || !expect_end (&parser))
    return NULL;

  return g_steal_pointer (&node);
}

/* Appends @value as a JSON string: quotes, backslashes and control
 * characters escaped, all else as it is. */
void
byline_json_append_string (GString    *out,
                           const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      const char *escape = NULL;

      switch (*p)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default: break;
        }

      if (escape != NULL)
        g_string_append (out, escape);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}
