/* byline-yaml-writer.c: values written as YAML text that reads back exactly
 *
 * A scalar keeps its old style when that style can hold the new value; the
 * writer checks each candidate by reading it back, so a plain scalar that
 * would turn into a number, a date or a mapping is quoted instead. New
 * lists and mappings follow the file's indentation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-yaml-private.h"

static void
append_spaces (GString *out,
               guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_c (out, ' ');
}

/* Reads @candidate back where it would stand and compares it with @value:
 * same kind and value, and for keys a string that is no merge key. */
static gboolean
reads_back (const BylineNode  *value,
            const char        *candidate,
            BylineYamlContext  context)
{
  /* Each frame is the text before and after the candidate. */
  static const char * const value_frames[] = { "k: ", "\n", "- ", "\n", NULL };
  static const char * const flow_frames[] = { "[", "]", "{k: ", "}", NULL };
  static const char * const block_key_frames[] = { "", ": v\n", NULL };
  static const char * const flow_key_frames[] = { "{", ": v}", NULL };
  const char * const *frames;

  switch (context)
    {
    case BYLINE_YAML_CONTEXT_BLOCK_VALUE:
      frames = value_frames;
      break;
    case BYLINE_YAML_CONTEXT_FLOW_VALUE:
      frames = flow_frames;
      break;
    case BYLINE_YAML_CONTEXT_BLOCK_KEY:
      frames = block_key_frames;
      break;
    case BYLINE_YAML_CONTEXT_FLOW_KEY:
    default:
      frames = flow_key_frames;
      break;
    }

  for (guint i = 0; frames[i] != NULL; i += 2)
    {
      g_autofree char *snippet = g_strconcat (frames[i], candidate, frames[i + 1], NULL);
      g_autoptr(BylineNode) root = byline_yaml_parse (snippet, NULL);
      BylineNode *read;
      BylineNode *outer;

      if (root == NULL || byline_node_get_n_children (root) != 1)
        return FALSE;

      outer = byline_node_resolve (root);
      if (context == BYLINE_YAML_CONTEXT_BLOCK_KEY || context == BYLINE_YAML_CONTEXT_FLOW_KEY)
        {
          read = g_ptr_array_index (outer->keys, 0);
          if (byline_yaml_is_merge_key (read))
            return FALSE;
        }
      else
        read = g_ptr_array_index (outer->values, 0);

      if (!byline_node_equal (read, value))
        return FALSE;
    }

  return TRUE;
}

static char *
write_plain (const char *text)
{
  if (*text == '\0' || strchr (text, '\n') != NULL)
    return NULL;
  return g_strdup (text);
}

static char *
write_single_quoted (const char *text)
{
  GString *out;

  if (strchr (text, '\n') != NULL)
    return NULL;

  out = g_string_new ("'");
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\'')
        g_string_append_c (out, '\'');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');
  return g_string_free (out, FALSE);
}

/* YAML's printable characters; the others need an escape. */
static gboolean
is_printable (gunichar c)
{
  return c == '\t' ||
         (c >= 0x20 && c <= 0x7e) ||
         c == 0x85 ||
         (c >= 0xa0 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd && c != 0xfeff) ||
         c >= 0x10000;
}

static char *
write_double_quoted (const char *text)
{
  GString *out = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case 0x85:
          g_string_append (out, "\\N");
          break;
        case 0x2028:
          g_string_append (out, "\\L");
          break;
        case 0x2029:
          g_string_append (out, "\\P");
          break;
        default:
          if (is_printable (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          else if (c <= 0xff)
            g_string_append_printf (out, "\\x%02X", c);
          else
            g_string_append_printf (out, "\\u%04X", c);
        }
    }

  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* A literal (`|`) or folded (`>`) block: the chomping indicator keeps as
 * many final line breaks as the value has, and each line is indented by
 * @indent spaces. A folded block writes an extra line break where a single
 * one would fold into a space, as libyaml's emitter does. */
static char *
write_block_scalar (const char *text,
                    gboolean    folded,
                    guint       indent,
                    const char *newline)
{
  gsize length = strlen (text);
  guint trailing = 0;
  g_autofree char *body = NULL;
  gboolean breaks = TRUE;
  gboolean leading_spaces = TRUE;
  GString *out;

  if (length == 0 || indent == 0)
    return NULL;

  while (trailing < length && text[length - 1 - trailing] == '\n')
    trailing++;
  body = g_strndup (text, length - MIN (trailing, 1));

  out = g_string_new (folded ? ">" : "|");
  if (trailing == 0)
    g_string_append_c (out, '-');
  else if (trailing > 1)
    g_string_append_c (out, '+');
  g_string_append (out, newline);

  for (const char *p = body; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          if (folded && !breaks && !leading_spaces)
            {
              const char *after = p;

              while (*after == '\n')
                after++;
              if (*after != '\0' && *after != ' ' && *after != '\t')
                g_string_append (out, newline);
            }
          g_string_append (out, newline);
          breaks = TRUE;
          continue;
        }

      if (breaks)
        {
          append_spaces (out, indent);
          leading_spaces = *p == ' ' || *p == '\t';
        }
      g_string_append_c (out, *p);
      breaks = FALSE;
    }

  return g_string_free (out, FALSE);
}

/* The plain text a number, boolean, null or date is written as: its own
 * text when that reads back as the same value, else a canonical form. */
static char *
canonical_text (const BylineNode *value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value->text != NULL && *value->text != '\0' &&
      reads_back (value, value->text, BYLINE_YAML_CONTEXT_BLOCK_VALUE))
    return g_strdup (value->text);

  switch (value->kind)
    {
    case BYLINE_NODE_NULL:
      return g_strdup ("null");
    case BYLINE_NODE_BOOLEAN:
      return g_strdup (value->v.boolean ? "true" : "false");
    case BYLINE_NODE_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value->v.integer);
    case BYLINE_NODE_FLOAT:
      if (isnan (value->v.number))
        return g_strdup (".nan");
      if (isinf (value->v.number))
        return g_strdup (value->v.number > 0 ? ".inf" : "-.inf");
      g_ascii_dtostr (buffer, sizeof buffer, value->v.number);
      /* A float must not read back as an integer. */
      if (strpbrk (buffer, ".eE") == NULL)
        return g_strconcat (buffer, ".0", NULL);
      return g_strdup (buffer);
    case BYLINE_NODE_TIMESTAMP:
      return g_strdup (byline_date_get_text (value->date));
    case BYLINE_NODE_STRING:
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
    default:
      g_assert_not_reached ();
    }
}

static char *
write_in_style (const char        *text,
                BylineNodeStyle    style,
                BylineYamlContext  context,
                guint              indent,
                const char        *newline)
{
  switch (style)
    {
    case BYLINE_NODE_STYLE_SINGLE_QUOTED:
      return write_single_quoted (text);
    case BYLINE_NODE_STYLE_DOUBLE_QUOTED:
      return write_double_quoted (text);
    case BYLINE_NODE_STYLE_LITERAL:
    case BYLINE_NODE_STYLE_FOLDED:
      if (context != BYLINE_YAML_CONTEXT_BLOCK_VALUE)
        return NULL;
      return write_block_scalar (text, style == BYLINE_NODE_STYLE_FOLDED, indent, newline);
    case BYLINE_NODE_STYLE_ANY:
    case BYLINE_NODE_STYLE_PLAIN:
    case BYLINE_NODE_STYLE_FLOW:
    case BYLINE_NODE_STYLE_BLOCK:
    default:
      return write_plain (text);
    }
}

/**
 * byline_yaml_write_scalar:
 * @style: the style to keep if it can hold @value
 * @indent: the indentation of a block scalar's lines
 *
 * Returns: (transfer full) (nullable): @value as YAML text that reads back
 *   as @value in @context, or %NULL when no style can hold it there (a key
 *   too long to be a key, for one)
 */
char *
byline_yaml_write_scalar (const BylineNode  *value,
                          BylineNodeStyle    style,
                          BylineYamlContext  context,
                          guint              indent,
                          const char        *newline)
{
  BylineNodeStyle fallbacks[] = { style, BYLINE_NODE_STYLE_DOUBLE_QUOTED };

  value = byline_node_resolve (value);
  g_return_val_if_fail (byline_node_is_scalar (value), NULL);

  if (value->kind != BYLINE_NODE_STRING)
    {
      g_autofree char *text = canonical_text (value);

      return reads_back (value, text, context) ? g_steal_pointer (&text) : NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (fallbacks); i++)
    {
      g_autofree char *text = write_in_style (value->text, fallbacks[i], context, indent, newline);

      if (text != NULL && reads_back (value, text, context))
        return g_steal_pointer (&text);
    }

  return NULL;
}

static gboolean write_flow (GString          *out,
                            const BylineNode *value,
                            const char       *newline);

static gboolean
write_flow_scalar (GString           *out,
                   const BylineNode  *value,
                   BylineYamlContext  context,
                   const char        *newline)
{
  g_autofree char *text = byline_yaml_write_scalar (value, value->style, context, 0, newline);

  if (text == NULL)
    return FALSE;
  g_string_append (out, text);
  return TRUE;
}

static gboolean
write_flow (GString          *out,
            const BylineNode *value,
            const char       *newline)
{
  gboolean is_mapping;

  value = byline_node_resolve (value);
  if (byline_node_is_scalar (value))
    return write_flow_scalar (out, value, BYLINE_YAML_CONTEXT_FLOW_VALUE, newline);

  is_mapping = value->kind == BYLINE_NODE_MAPPING;
  g_string_append_c (out, is_mapping ? '{' : '[');
  for (guint i = 0; i < value->values->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (is_mapping)
        {
          if (!write_flow_scalar (out, g_ptr_array_index (value->keys, i),
                                  BYLINE_YAML_CONTEXT_FLOW_KEY, newline))
            return FALSE;
          g_string_append (out, ": ");
        }
      if (!write_flow (out, g_ptr_array_index (value->values, i), newline))
        return FALSE;
    }
  g_string_append_c (out, is_mapping ? '}' : ']');
  return TRUE;
}

/**
 * byline_yaml_write_flow:
 *
 * Returns: (transfer full) (nullable): @value in flow style (`[a, b]`,
 *   `{a: 1}`, or a scalar that can stand in one)
 */
char *
byline_yaml_write_flow (const BylineNode *value,
                        const char       *newline)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (!write_flow (out, value, newline))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_empty_collection (const BylineNode *value)
{
  return !byline_node_is_scalar (value) && value->values->len == 0;
}

static gboolean write_block (GString                *out,
                             const BylineNode       *value,
                             guint                   column,
                             gboolean                first_inline,
                             const BylineYamlHabits *habits);

/**
 * byline_yaml_write_after_indicator:
 * @column: the column of the key or of the item's `-`
 * @is_item: whether @value follows a `-` (else a key's `:`)
 *
 * Writes what follows the indicator of a new value in a block collection:
 * ` scalar`, ` [flow]`, a list or mapping on the lines below a key, or one
 * started on the line of its `-`.
 */
gboolean
byline_yaml_write_after_indicator (GString                *out,
                                   const BylineNode       *value,
                                   guint                   column,
                                   gboolean                is_item,
                                   const BylineYamlHabits *habits)
{
  guint inner;

  value = byline_node_resolve (value);

  if (byline_node_is_scalar (value))
    {
      g_autofree char *text = NULL;

      inner = column + (is_item ? 2 : MAX (habits->map_indent, 1));
      text = byline_yaml_write_scalar (value, value->style, BYLINE_YAML_CONTEXT_BLOCK_VALUE,
                                       inner, habits->newline);
      if (text == NULL)
        return FALSE;
      g_string_append_c (out, ' ');
      g_string_append (out, text);
      return TRUE;
    }

  if (is_empty_collection (value) || value->style == BYLINE_NODE_STYLE_FLOW)
    {
      g_string_append_c (out, ' ');
      return write_flow (out, value, habits->newline);
    }

  if (is_item)
    {
      g_string_append_c (out, ' ');
      return write_block (out, value, column + 2, TRUE, habits);
    }

  inner = column + (value->kind == BYLINE_NODE_SEQUENCE ? habits->seq_indent : MAX (habits->map_indent, 1));
  return write_block (out, value, inner, FALSE, habits);
}

/**
 * byline_yaml_write_key:
 *
 * Writes a mapping's key as it reads back: plain when it can, quoted when
 * plain would read as another key or another type.
 */
gboolean
byline_yaml_write_key (GString          *out,
                       const BylineNode *key,
                       gboolean          in_flow,
                       const char       *newline)
{
  return write_flow_scalar (out, key,
                            in_flow ? BYLINE_YAML_CONTEXT_FLOW_KEY : BYLINE_YAML_CONTEXT_BLOCK_KEY,
                            newline);
}

/**
 * byline_yaml_write_block_item:
 * @key: (nullable): the key of a mapping's member, %NULL for a list's item
 *
 * Writes `key:` or `-` and the value after it, for a new line at @column.
 */
gboolean
byline_yaml_write_block_item (GString                *out,
                              const BylineNode       *key,
                              const BylineNode       *value,
                              guint                   column,
                              const BylineYamlHabits *habits)
{
  if (key == NULL)
    {
      g_string_append_c (out, '-');
      return byline_yaml_write_after_indicator (out, value, column, TRUE, habits);
    }

  if (!byline_yaml_write_key (out, key, FALSE, habits->newline))
    return FALSE;
  g_string_append_c (out, ':');
  return byline_yaml_write_after_indicator (out, value, column, FALSE, habits);
}

static gboolean
write_block (GString                *out,
             const BylineNode       *value,
             guint                   column,
             gboolean                first_inline,
             const BylineYamlHabits *habits)
{
  for (guint i = 0; i < value->values->len; i++)
    {
      const BylineNode *key = value->keys != NULL ? g_ptr_array_index (value->keys, i) : NULL;

      if (i > 0 || !first_inline)
        {
          g_string_append (out, habits->newline);
          append_spaces (out, column);
        }
      if (!byline_yaml_write_block_item (out, key, g_ptr_array_index (value->values, i), column, habits))
        return FALSE;
    }

  return TRUE;
}
