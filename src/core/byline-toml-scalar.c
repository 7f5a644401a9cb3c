/* byline-toml-scalar.c: TOML's strings, keys, numbers, booleans and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "byline-toml-private.h"

static gboolean
has_digits (const char *p,
            guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;
  return TRUE;
}

static guint
number_at (const char *p,
           guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (p[i] - '0');
  return value;
}

/* The length of `HH:MM:SS` with an optional fraction at @p, or 0. */
static gsize
time_length (const char *p)
{
  gsize length = 8;

  if (!has_digits (p, 2) || p[2] != ':' || !has_digits (p + 3, 2) || p[5] != ':' ||
      !has_digits (p + 6, 2))
    return 0;
  if (number_at (p, 2) > 23 || number_at (p + 3, 2) > 59 || number_at (p + 6, 2) > 60)
    return 0;
  if (p[8] == '.' && g_ascii_isdigit (p[9]))
    for (length = 9; g_ascii_isdigit (p[length]); length++)
      ;
  return length;
}

static gboolean
is_valid_day (const char *p)
{
  static const guint days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint year = number_at (p, 4);
  guint month = number_at (p + 5, 2);
  guint day = number_at (p + 8, 2);

  if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
    return FALSE;
  return month != 2 || day < 29 || g_date_is_leap_year ((GDateYear) MAX (year, 1));
}

/* The length of the date, date-time or time at @p, 0 when there is none;
 * @is_time tells a time of day alone. */
static gsize
date_time_length (const char *p,
                  gboolean   *is_time)
{
  gsize length;
  gsize time;

  *is_time = FALSE;
  if (!has_digits (p, 4) || p[4] != '-' || !has_digits (p + 5, 2) || p[7] != '-' ||
      !has_digits (p + 8, 2))
    {
      *is_time = TRUE;
      return time_length (p);
    }

  if (!is_valid_day (p))
    return 0;

  length = 10;
  if (!byline_text_has_char ("Tt ", p[10]) || !(time = time_length (p + 11)))
    return length;

  length += 1 + time;
  if (p[length] == 'Z' || p[length] == 'z')
    length++;
  else if ((p[length] == '+' || p[length] == '-') && has_digits (p + length + 1, 2) &&
           p[length + 3] == ':' && has_digits (p + length + 4, 2) &&
           number_at (p + length + 1, 2) <= 23 && number_at (p + length + 4, 2) <= 59)
    length += 6;
  return length;
}

/**
 * byline_toml_is_date_time:
 *
 * Whether @text is a date or date-time TOML writes without quotes.
 */
gboolean
byline_toml_is_date_time (const char *text)
{
  gboolean is_time;

  return date_time_length (text, &is_time) == strlen (text) && !is_time && *text != '\0';
}

static gboolean
ends_value (char c)
{
  return c == '\0' || byline_text_has_char (" \t\r\n,]}#", c);
}

/* Appends the character of a \u or \U escape. */
static gboolean
scan_unicode_escape (BylineScanner *scanner,
                     GString       *out)
{
  const char *p = scanner->text + scanner->pos;
  guint n = p[1] == 'u' ? 4 : 8;
  gunichar c = 0;

  for (guint i = 0; i < n; i++)
    {
      int digit = g_ascii_xdigit_value (p[2 + i]);

      if (digit < 0)
        {
          byline_scanner_fail (scanner, scanner->pos, BYLINE_ERROR_PARSE,
                               _("“\\%c” must be followed by %u hex digits"), p[1], n);
          return FALSE;
        }
      c = c * 16 + (gunichar) digit;
    }

  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    {
      byline_scanner_fail (scanner, scanner->pos, BYLINE_ERROR_PARSE,
                           _("“%.*s” is not a character Byline can keep in a string"), (int) n + 2, p);
      return FALSE;
    }

  g_string_append_unichar (out, c);
  scanner->pos += 2 + n;
  return TRUE;
}

/* A backslash at the end of a line of a """ string joins the next
 * non-blank text to this line. Returns FALSE when no line end follows. */
static gboolean
skip_line_continuation (BylineScanner     *scanner)
{
  const char *text = scanner->text;
  gsize pos = byline_text_skip_blanks (text, scanner->pos + 1);

  if (text[pos] == '\r' && text[pos + 1] == '\n')
    pos++;
  if (text[pos] != '\n')
    return FALSE;

  while (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' ||
         (text[pos] == '\r' && text[pos + 1] == '\n'))
    pos++;

  scanner->pos = pos;
  return TRUE;
}

static gboolean
scan_escape (BylineScanner *scanner,
             GString       *out,
             gboolean       is_multiline)
{
  static const char escapes[] = "b\bt\tn\nf\fr\r\"\"\\\\";
  char letter = scanner->text[scanner->pos + 1];

  if (letter == 'u' || letter == 'U')
    return scan_unicode_escape (scanner, out);

  if (is_multiline && byline_text_has_char (" \t\r\n", letter) &&
      skip_line_continuation (scanner))
    return TRUE;

  for (guint i = 0; letter != '\0' && i < sizeof escapes - 1; i += 2)
    if (escapes[i] == letter)
      {
        g_string_append_c (out, escapes[i + 1]);
        scanner->pos += 2;
        return TRUE;
      }

  byline_scanner_fail (scanner, scanner->pos, BYLINE_ERROR_PARSE,
                       _("“\\%c” is not an escape TOML knows"), g_ascii_isgraph (letter) ? letter : ' ');
  return FALSE;
}

/* Ends a """ or ''' string at a run of quotes: one or two quotes before
 * the closing three belong to the string. */
static gboolean
scan_closing_quotes (BylineScanner *scanner,
                     GString       *out,
                     gboolean      *closed)
{
  const char *p = scanner->text + scanner->pos;
  guint run = 0;

  while (p[run] == p[0])
    run++;

  *closed = run >= 3;
  if (run > 5)
    {
      byline_scanner_fail (scanner, scanner->pos, BYLINE_ERROR_PARSE,
                           _("Too many quotes in a row end this string"));
      return FALSE;
    }

  g_string_append_len (out, p, *closed ? run - 3 : run);
  scanner->pos += run;
  return TRUE;
}

/**
 * byline_toml_scan_string:
 * @is_key: whether the string is a key, which must fit on one line
 *
 * Reads a basic ("…"), literal ('…'), multi-line basic (""") or multi-line
 * literal (''') string at the scanner's place.
 */
BylineNode *
byline_toml_scan_string (BylineScanner *scanner,
                         gboolean       is_key)
{
  const char *text = scanner->text;
  gsize start = scanner->pos;
  char quote = text[start];
  gboolean is_multiline = text[start + 1] == quote && text[start + 2] == quote;
  gboolean is_basic = quote == '"';
  gboolean closed = FALSE;
  g_autoptr(GString) out = g_string_new (NULL);
  BylineNode *node;

  if (is_multiline && is_key)
    {
      byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE, _("A key cannot be a multi-line string"));
      return NULL;
    }

  scanner->pos += is_multiline ? 3 : 1;
  /* A newline right after the opening quotes is not part of the text. */
  if (is_multiline && text[scanner->pos] == '\n')
    scanner->pos++;
  else if (is_multiline && text[scanner->pos] == '\r' && text[scanner->pos + 1] == '\n')
    scanner->pos += 2;

  while (!closed)
    {
      guchar c = (guchar) text[scanner->pos];

      if (c == '\0' || (!is_multiline && (c == '\n' || c == '\r')))
        {
          byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE,
                               is_multiline ? _("This string is never closed")
                               : _("This string is not closed before the end of its line"));
          return NULL;
        }

      if (c == (guchar) quote)
        {
          if (!is_multiline)
            {
              scanner->pos++;
              closed = TRUE;
            }
          else if (!scan_closing_quotes (scanner, out, &closed))
            return NULL;
        }
      else if (c == '\\' && is_basic)
        {
          if (!scan_escape (scanner, out, is_multiline))
            return NULL;
        }
      else if (c == '\r' && text[scanner->pos + 1] == '\n')
        {
          g_string_append_c (out, '\n');
          scanner->pos += 2;
        }
      else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
        {
          byline_scanner_fail (scanner, scanner->pos, BYLINE_ERROR_PARSE,
                               _("A control character inside a string must be written as an escape"));
          return NULL;
        }
      else
        {
          g_string_append_c (out, (char) c);
          scanner->pos++;
        }
    }

  node = byline_node_new_string (out->str);
  if (is_basic)
    node->style = is_multiline ? BYLINE_NODE_STYLE_FOLDED : BYLINE_NODE_STYLE_DOUBLE_QUOTED;
  else
    node->style = is_multiline ? BYLINE_NODE_STYLE_LITERAL : BYLINE_NODE_STYLE_SINGLE_QUOTED;
  byline_scanner_set_span (scanner, node, start);
  return node;
}

static gboolean
is_bare_key_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-';
}

BylineNode *
byline_toml_scan_bare_key (BylineScanner     *scanner)
{
  gsize start = scanner->pos;
  g_autofree char *key = NULL;
  BylineNode *node;

  while (is_bare_key_char (scanner->text[scanner->pos]))
    scanner->pos++;

  if (scanner->pos == start)
    {
      byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE,
                           _("Expected a key: letters, digits, “_” and “-”, or a quoted string"));
      return NULL;
    }

  key = g_strndup (scanner->text + start, scanner->pos - start);
  node = byline_node_new_string (key);
  node->style = BYLINE_NODE_STYLE_PLAIN;
  byline_scanner_set_span (scanner, node, start);
  return node;
}

/* Whether @p holds @base digits with single underscores between them. */
static gboolean
is_digit_run (const char *p,
              gsize       length,
              guint       base)
{
  if (length == 0 || p[0] == '_' || p[length - 1] == '_')
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (p[i] == '_')
        {
          if (p[i + 1] == '_')
            return FALSE;
          continue;
        }
      if (g_ascii_xdigit_value (p[i]) < 0 || (guint) g_ascii_xdigit_value (p[i]) >= base ||
          (base <= 10 && !g_ascii_isdigit (p[i])))
        return FALSE;
    }
  return TRUE;
}

static char *
without_underscores (const char *literal)
{
  GString *out = g_string_new (NULL);

  for (const char *p = literal; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Checks a decimal integer or float. Returns FALSE when it is neither. */
static gboolean
is_decimal (const char *literal,
            gboolean   *is_float)
{
  const char *p = literal + (*literal == '+' || *literal == '-');
  gsize integer = strcspn (p, ".eE");
  const char *rest = p + integer;

  *is_float = *rest != '\0';
  if (!is_digit_run (p, integer, 10) || (p[0] == '0' && integer > 1))
    return FALSE;

  if (*rest == '.')
    {
      gsize fraction = strcspn (rest + 1, "eE");

      if (!is_digit_run (rest + 1, fraction, 10))
        return FALSE;
      rest += 1 + fraction;
    }

  if (*rest == 'e' || *rest == 'E')
    {
      rest++;
      if (*rest == '+' || *rest == '-')
        rest++;
      return is_digit_run (rest, strlen (rest), 10);
    }

  return *rest == '\0';
}

static BylineNode *
number_node (BylineScanner *scanner,
             const char    *literal,
             gsize          start)
{
  const char *unsigned_part = literal + (*literal == '+' || *literal == '-');
  g_autofree char *digits = without_underscores (literal);
  gboolean is_negative = *literal == '-';
  gboolean is_float;
  guint64 magnitude;
  gint64 integer;

  if (strcmp (unsigned_part, "inf") == 0)
    return byline_node_new_float (is_negative ? -INFINITY : INFINITY);
  if (strcmp (unsigned_part, "nan") == 0)
    return byline_node_new_float (NAN);

  if (literal[0] == '0' && byline_text_has_char ("xob", literal[1]))
    {
      guint base = literal[1] == 'x' ? 16 : literal[1] == 'o' ? 8 : 2;

      if (!is_digit_run (literal + 2, strlen (literal + 2), base))
        goto invalid;
      if (!g_ascii_string_to_unsigned (digits + 2, base, 0, G_MAXINT64, &magnitude, NULL))
        goto out_of_range;
      return byline_node_new_integer ((gint64) magnitude);
    }

  if (!is_decimal (literal, &is_float))
    goto invalid;
  if (is_float)
    return byline_node_new_float (g_ascii_strtod (digits, NULL));
  if (!g_ascii_string_to_signed (digits, 10, G_MININT64, G_MAXINT64, &integer, NULL))
    goto out_of_range;
  return byline_node_new_integer (integer);

out_of_range:
  byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE,
                       _("“%s” is too large for a TOML integer"), literal);
  return NULL;

invalid:
  if ((has_digits (literal, 4) && literal[4] == '-') || (has_digits (literal, 2) && literal[2] == ':'))
    byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE, _("“%s” is not a valid date or time"), literal);
  else
    byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE, _("“%s” is not a valid number"), literal);
  return NULL;
}

static BylineNode *
date_node (BylineScanner *scanner,
           const char    *literal,
           gboolean       is_time,
           gsize          start)
{
  g_autoptr(BylineDate) date = NULL;
  g_autoptr(GError) date_error = NULL;

  /* Byline's dates are days and instants; a time of day alone stays text. */
  if (is_time)
    return byline_node_new_string (literal);

  if (!(date = byline_date_parse (literal, &date_error)))
    {
      byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE,
                           _("“%s” is not a valid date: %s"), literal, date_error->message);
      return NULL;
    }
  return byline_node_new_date (date);
}

/**
 * byline_toml_scan_scalar:
 *
 * Reads a number, boolean, date or time at the scanner's place.
 */
BylineNode *
byline_toml_scan_scalar (BylineScanner     *scanner)
{
  const char *text = scanner->text;
  gsize start = scanner->pos;
  gboolean is_time;
  gsize length = date_time_length (text + start, &is_time);
  g_autofree char *literal = NULL;
  BylineNode *node;

  if (length == 0 || !ends_value (text[start + length]))
    for (length = 0; !ends_value (text[start + length]) && text[start + length] != '\0'; length++)
      ;

  if (length == 0)
    {
      byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE, _("Expected a value"));
      return NULL;
    }

  literal = g_strndup (text + start, length);
  if (date_time_length (literal, &is_time) == length)
    node = date_node (scanner, literal, is_time, start);
  else if (strcmp (literal, "true") == 0 || strcmp (literal, "false") == 0)
    node = byline_node_new_boolean (literal[0] == 't');
  else if (g_ascii_isdigit (literal[0]) || literal[0] == '+' || literal[0] == '-' ||
           strcmp (literal, "inf") == 0 || strcmp (literal, "nan") == 0)
    node = number_node (scanner, literal, start);
  else
    {
      byline_scanner_fail (scanner, start, BYLINE_ERROR_PARSE,
                           _("“%s” is not a TOML value; text needs quotes, as in \"%s\""), literal, literal);
      return NULL;
    }

  if (node == NULL)
    return NULL;

  scanner->pos = start + length;
  g_free (node->text);
  node->text = g_steal_pointer (&literal);
  node->style = BYLINE_NODE_STYLE_PLAIN;
  byline_scanner_set_span (scanner, node, start);
  return node;
}
