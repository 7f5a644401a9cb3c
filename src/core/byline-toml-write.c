/* byline-toml-write.c: values and keys written as TOML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "byline-toml-private.h"

static gboolean
is_bare_key (const char *key)
{
  if (*key == '\0')
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
is_control (guchar c)
{
  return (c < 0x20 && c != '\t') || c == 0x7F;
}

/* Appends @c as a basic string escape, or returns FALSE if it needs none. */
static gboolean
append_escape (GString *out,
               guchar   c)
{
  switch (c)
    {
    case '\\':
      g_string_append (out, "\\\\");
      return TRUE;
    case '\b':
      g_string_append (out, "\\b");
      return TRUE;
    case '\f':
      g_string_append (out, "\\f");
      return TRUE;
    case '\n':
      g_string_append (out, "\\n");
      return TRUE;
    case '\r':
      g_string_append (out, "\\r");
      return TRUE;
    default:
      if (!is_control (c))
        return FALSE;
      g_string_append_printf (out, "\\u%04X", (guint) c);
      return TRUE;
    }
}

static void
append_basic (GString    *out,
              const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\\\"");
      else if (!append_escape (out, (guchar) *p))
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* A """ string: newlines stay newlines, and a quote is escaped where it
 * would close the string. */
static void
append_multiline_basic (GString    *out,
                        const char *value,
                        gboolean    break_after_open,
                        const char *newline)
{
  g_string_append (out, "\"\"\"");
  if (break_after_open || value[0] == '\n')
    g_string_append (out, newline);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, newline);
      else if (*p == '"' && (p[1] == '"' || p[1] == '\0'))
        g_string_append (out, "\\\"");
      else if (*p == '"' || !append_escape (out, (guchar) *p))
        g_string_append_c (out, *p);
    }
  g_string_append (out, "\"\"\"");
}

/* Whether a literal string, which has no escapes, can hold @value. */
static gboolean
fits_literal (const char *value,
              gboolean    is_multiline)
{
  gsize length = strlen (value);

  if (is_multiline && (strstr (value, "'''") != NULL || (length > 0 && value[length - 1] == '\'')))
    return FALSE;

  for (const char *p = value; *p != '\0'; p++)
    if ((!is_multiline && (*p == '\'' || *p == '\n')) ||
        (is_control ((guchar) *p) && !(is_multiline && *p == '\n')))
      return FALSE;
  return TRUE;
}

static void
append_multiline_literal (GString    *out,
                          const char *value,
                          gboolean    break_after_open,
                          const char *newline)
{
  g_string_append (out, "'''");
  if (break_after_open || value[0] == '\n')
    g_string_append (out, newline);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, newline);
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, "'''");
}

/* Writes a string in @style where that style can hold it, else as a basic
 * string ("…", or """ for several lines). */
static void
append_string (GString         *out,
               const char      *value,
               BylineNodeStyle  style,
               gboolean         break_after_open,
               const char      *newline)
{
  switch (style)
    {
    case BYLINE_NODE_STYLE_SINGLE_QUOTED:
      if (fits_literal (value, FALSE))
        g_string_append_printf (out, "'%s'", value);
      else
        append_basic (out, value);
      return;
    case BYLINE_NODE_STYLE_LITERAL:
      if (fits_literal (value, TRUE))
        {
          append_multiline_literal (out, value, break_after_open, newline);
          return;
        }
      append_multiline_basic (out, value, break_after_open, newline);
      return;
    case BYLINE_NODE_STYLE_FOLDED:
      append_multiline_basic (out, value, break_after_open, newline);
      return;
    case BYLINE_NODE_STYLE_DOUBLE_QUOTED:
      append_basic (out, value);
      return;
    case BYLINE_NODE_STYLE_ANY:
    case BYLINE_NODE_STYLE_PLAIN:
    case BYLINE_NODE_STYLE_FLOW:
    case BYLINE_NODE_STYLE_BLOCK:
    default:
      break;
    }

  if (strchr (value, '\n') != NULL)
    append_multiline_basic (out, value, TRUE, newline);
  else
    append_basic (out, value);
}

void
byline_toml_append_key (GString    *out,
                        const char *key)
{
  if (is_bare_key (key))
    g_string_append (out, key);
  else
    append_basic (out, key);
}

/* Appends @keys as a dotted key, `a.b."c d"`. */
void
byline_toml_append_keys (GString            *out,
                         const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '.');
      byline_toml_append_key (out, keys[i]);
    }
}

static gboolean
append_date (GString           *out,
             const BylineNode  *value,
             GError           **error)
{
  BylineDate *date = byline_node_get_date (value);
  g_autofree char *iso = NULL;

  if (byline_toml_is_date_time (byline_date_get_text (date)))
    {
      g_string_append (out, byline_date_get_text (date));
      return TRUE;
    }

  /* A date written another way (RFC 1123, 2013/7/13) in its ISO 8601 form,
   * the only one TOML knows. */
  iso = byline_date_to_iso8601 (date);
  if (iso == NULL || !byline_toml_is_date_time (iso))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("TOML cannot hold the date “%s”"), byline_date_get_text (date));
      return FALSE;
    }

  g_string_append (out, iso);
  return TRUE;
}

static gboolean
append_collection (GString           *out,
                   const BylineNode  *value,
                   const char        *newline,
                   GError           **error)
{
  gboolean is_table = byline_node_get_kind (value) == BYLINE_NODE_MAPPING;
  guint n = byline_node_get_n_children (value);

  g_string_append (out, is_table ? (n > 0 ? "{ " : "{") : "[");
  for (guint i = 0; i < n; i++)
    {
      BylineNode *child = byline_node_get_child (value, i);

      if (i > 0)
        g_string_append (out, ", ");
      if (is_table)
        {
          byline_toml_append_key (out, byline_node_get_key_string (value, i));
          g_string_append (out, " = ");
        }
      if (!byline_toml_append_value (out, child, byline_node_get_style (child), FALSE, newline, error))
        return FALSE;
    }
  g_string_append (out, is_table ? (n > 0 ? " }" : "}") : "]");
  return TRUE;
}

/**
 * byline_toml_append_value:
 * @style: the string style to keep, when it can hold the value
 * @break_after_open: for a multi-line string, start its text on a new line
 *
 * Appends @value as TOML text that fits where a value goes; lists and
 * mappings become inline arrays and tables.
 */
gboolean
byline_toml_append_value (GString           *out,
                          const BylineNode  *value,
                          BylineNodeStyle    style,
                          gboolean           break_after_open,
                          const char        *newline,
                          GError           **error)
{
  double number;

  switch (byline_node_get_kind (value))
    {
    case BYLINE_NODE_NULL:
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("TOML has no empty value: remove the key instead"));
      return FALSE;
    case BYLINE_NODE_BOOLEAN:
      g_string_append (out, byline_node_get_boolean (value) ? "true" : "false");
      return TRUE;
    case BYLINE_NODE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, byline_node_get_integer (value));
      return TRUE;
    case BYLINE_NODE_FLOAT:
      number = byline_node_get_float (value);
      if (isnan (number))
        g_string_append (out, "nan");
      else if (isinf (number))
        g_string_append (out, number > 0 ? "inf" : "-inf");
      else
        byline_text_append_float (out, number);
      return TRUE;
    case BYLINE_NODE_STRING:
      append_string (out, byline_node_get_string (value), style, break_after_open, newline);
      return TRUE;
    case BYLINE_NODE_TIMESTAMP:
      return append_date (out, value, error);
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
      return append_collection (out, value, newline, error);
    default:
      g_assert_not_reached ();
    }
}
