/* byline-yaml-scalar.c: what a YAML scalar means, by the rules of js-yaml 4
 *
 * Hexo reads front matter with js-yaml, so a value is a number, a date or a
 * string exactly when js-yaml says so: its default schema resolves plain
 * scalars as null, bool, int, float, timestamp and merge, in that order.
 * The rules are those of js-yaml 4.3, which Hexo 8 installs: no `_` in
 * numbers, and a number too large to be finite is a string.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-yaml-private.h"

#define TAG_PREFIX "tag:yaml.org,2002:"

static gboolean
is_yaml_null (const char *text)
{
  return *text == '\0' ||
         g_str_equal (text, "~") ||
         g_str_equal (text, "null") ||
         g_str_equal (text, "Null") ||
         g_str_equal (text, "NULL");
}

static gboolean
is_yaml_bool (const char *text,
              gboolean   *value)
{
  static const char * const truths[] = { "true", "True", "TRUE", NULL };
  static const char * const lies[] = { "false", "False", "FALSE", NULL };

  if (g_strv_contains (truths, text))
    *value = TRUE;
  else if (g_strv_contains (lies, text))
    *value = FALSE;
  else
    return FALSE;

  return TRUE;
}

static int
digit_value (char c)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  if (g_ascii_isxdigit (c))
    return g_ascii_tolower (c) - 'a' + 10;
  return 99;
}

/* Reads an integer as js-yaml does: a sign, then 0b, 0o or 0x and digits of
 * that base, or decimal digits. Its value must be finite as a JavaScript
 * number; one too large for 64 bits is kept as a float, as it is a rounded
 * number there. Returns FALSE when @text is no integer. */
static gboolean
parse_integer (const char *text,
               gboolean   *is_exact,
               gint64     *exact,
               double     *approximate)
{
  const char *p = text;
  gboolean negative = FALSE;
  gboolean overflow = FALSE;
  guint64 value = 0;
  double rounded = 0.0;
  const char *digits;
  int base = 10;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  if (p[0] == '0' && p[1] != '\0' && strchr ("box", p[1]) != NULL)
    {
      base = p[1] == 'b' ? 2 : p[1] == 'o' ? 8 : 16;
      p += 2;
    }

  if (*p == '\0')
    return FALSE;
  digits = p;

  for (; *p != '\0'; p++)
    {
      int digit = digit_value (*p);

      if (digit >= base)
        return FALSE;
      rounded = rounded * base + digit;
      if (value > (G_MAXUINT64 - digit) / base)
        overflow = TRUE;
      value = value * base + digit;
    }

  /* Decimal digits round as JavaScript's parseInt() does. */
  if (base == 10)
    rounded = g_ascii_strtod (digits, NULL);
  if (!isfinite (rounded))
    return FALSE;

  *is_exact = !overflow && value <= (guint64) G_MAXINT64 + (negative ? 1 : 0);
  *exact = negative ? (gint64) (0 - value) : (gint64) value;
  *approximate = negative ? -rounded : rounded;
  return TRUE;
}

static BylineNode *
new_integer (const char *text)
{
  gboolean is_exact;
  gint64 exact;
  double approximate;
  BylineNode *node;

  if (!parse_integer (text, &is_exact, &exact, &approximate))
    return NULL;

  if (is_exact)
    {
      node = byline_node_new (BYLINE_NODE_INTEGER);
      node->v.integer = exact;
    }
  else
    {
      node = byline_node_new (BYLINE_NODE_FLOAT);
      node->v.number = approximate;
    }

  node->text = g_strdup (text);
  return node;
}

static gboolean
is_yaml_integer (const char *text)
{
  gboolean is_exact;
  gint64 exact;
  double approximate;

  return parse_integer (text, &is_exact, &exact, &approximate);
}

static const char *
skip_digits (const char *p)
{
  while (g_ascii_isdigit (*p))
    p++;
  return p;
}

static const char *
skip_exponent (const char *p)
{
  const char *digits;

  if (*p != 'e' && *p != 'E')
    return p;

  digits = p + 1;
  if (*digits == '-' || *digits == '+')
    digits++;
  if (!g_ascii_isdigit (*digits))
    return p;
  return skip_digits (digits);
}

static gboolean
is_special_float (const char *text)
{
  const char *p = text;

  if (g_str_equal (p, ".nan") || g_str_equal (p, ".NaN") || g_str_equal (p, ".NAN"))
    return TRUE;

  if (*p == '-' || *p == '+')
    p++;
  return g_str_equal (p, ".inf") || g_str_equal (p, ".Inf") || g_str_equal (p, ".INF");
}

/* js-yaml's float pattern, [-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)? or
 * \.[0-9]+([eE][-+]?[0-9]+)?, with a finite value, or one of the
 * spellings of infinity and NaN. */
static gboolean
is_yaml_float (const char *text)
{
  const char *p = text;

  if (is_special_float (text))
    return TRUE;

  if (*p == '-' || *p == '+')
    p++;

  if (g_ascii_isdigit (*p))
    {
      p = skip_digits (p);
      if (*p == '.')
        p = skip_digits (p + 1);
    }
  else if (p == text && *p == '.' && g_ascii_isdigit (p[1]))
    p = skip_digits (p + 1);
  else
    return FALSE;

  return *skip_exponent (p) == '\0' && isfinite (g_ascii_strtod (text, NULL));
}

static BylineNode *
new_float (const char *text)
{
  BylineNode *node = byline_node_new (BYLINE_NODE_FLOAT);
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *p = lower;
  gboolean negative = *p == '-';

  if (*p == '-' || *p == '+')
    p++;

  if (g_str_equal (p, ".inf"))
    node->v.number = negative ? -INFINITY : INFINITY;
  else if (g_str_equal (p, ".nan"))
    node->v.number = NAN;
  else
    node->v.number = g_ascii_strtod (lower, NULL);

  node->text = g_strdup (text);
  return node;
}

static gboolean
match_digits (const char **p,
              guint        min,
              guint        max)
{
  guint n = 0;

  while (n < max && g_ascii_isdigit ((*p)[n]))
    n++;
  if (n < min)
    return FALSE;
  *p += n;
  return TRUE;
}

static gboolean
match_char (const char **p,
            char         c)
{
  if (**p != c)
    return FALSE;
  (*p)++;
  return TRUE;
}

static void
skip_blanks (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* js-yaml's two timestamp patterns: YYYY-MM-DD, and
 * YYYY-M-D(T|t|blanks)h:mm:ss(.fraction)?(blanks*(Z|±h(:mm)?))? */
static gboolean
is_yaml_timestamp (const char *text)
{
  const char *p = text;

  if (!match_digits (&p, 4, 4) || !match_char (&p, '-'))
    return FALSE;

  if (strlen (p) == 5 && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
      p[2] == '-' && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]))
    return TRUE;

  if (!match_digits (&p, 1, 2) || !match_char (&p, '-') || !match_digits (&p, 1, 2))
    return FALSE;

  if (*p == 'T' || *p == 't')
    p++;
  else if (*p == ' ' || *p == '\t')
    skip_blanks (&p);
  else
    return FALSE;

  if (!match_digits (&p, 1, 2) || !match_char (&p, ':') || !match_digits (&p, 2, 2) ||
      !match_char (&p, ':') || !match_digits (&p, 2, 2))
    return FALSE;

  if (match_char (&p, '.'))
    match_digits (&p, 0, G_MAXUINT);

  if (*p == '\0')
    return TRUE;
  skip_blanks (&p);
  if (g_str_equal (p, "Z"))
    return TRUE;

  if (!match_char (&p, '-') && !match_char (&p, '+'))
    return FALSE;
  if (!match_digits (&p, 1, 2))
    return FALSE;
  if (match_char (&p, ':') && !match_digits (&p, 2, 2))
    return FALSE;

  return *p == '\0';
}

/**
 * byline_yaml_resolve_plain:
 *
 * Returns: the kind js-yaml gives @text written as a plain scalar. The merge
 *   key `<<` is a string here: it only merges as a key.
 */
BylineNodeKind
byline_yaml_resolve_plain (const char *text)
{
  gboolean boolean;

  /* Each type starts with characters of its own: null with `~` or `n`,
   * booleans with `t` or `f`, numbers and dates with digits, signs and
   * dots. Most text starts with none of them. */
  if (*text == '\0' || strchr ("~nN", *text) != NULL)
    return is_yaml_null (text) ? BYLINE_NODE_NULL : BYLINE_NODE_STRING;
  if (strchr ("tTfF", *text) != NULL)
    return is_yaml_bool (text, &boolean) ? BYLINE_NODE_BOOLEAN : BYLINE_NODE_STRING;
  if (strchr ("0123456789+-.", *text) == NULL)
    return BYLINE_NODE_STRING;

  if (is_yaml_integer (text))
    return BYLINE_NODE_INTEGER;
  if (is_yaml_float (text))
    return BYLINE_NODE_FLOAT;
  if (is_yaml_timestamp (text))
    return BYLINE_NODE_TIMESTAMP;
  return BYLINE_NODE_STRING;
}

/**
 * byline_yaml_is_merge_key:
 *
 * Whether @key is the plain `<<` that merges mappings into its own.
 */
gboolean
byline_yaml_is_merge_key (const BylineNode *key)
{
  return key->target == NULL &&
         key->kind == BYLINE_NODE_STRING &&
         key->style == BYLINE_NODE_STYLE_PLAIN &&
         key->tag == NULL &&
         g_strcmp0 (key->text, "<<") == 0;
}

/* js-yaml rolls an impossible date such as 2021-02-30 over into the next
 * month; Byline keeps it as the text it is, for the linter to report. */
static BylineNode *
new_timestamp (const char *text)
{
  g_autoptr(BylineDate) date = byline_date_parse (text, NULL);

  return date != NULL ? byline_node_new_date (date) : NULL;
}

/* Builds the node for a scalar of kind @kind, or NULL when @text is not one. */
static BylineNode *
construct (const char     *text,
           BylineNodeKind  kind)
{
  gboolean boolean;

  switch (kind)
    {
    case BYLINE_NODE_NULL:
      if (!is_yaml_null (text))
        return NULL;
      {
        BylineNode *node = byline_node_new (BYLINE_NODE_NULL);

        node->text = g_strdup (text);
        return node;
      }
    case BYLINE_NODE_BOOLEAN:
      if (!is_yaml_bool (text, &boolean))
        return NULL;
      {
        BylineNode *node = byline_node_new (BYLINE_NODE_BOOLEAN);

        node->v.boolean = boolean;
        node->text = g_strdup (text);
        return node;
      }
    case BYLINE_NODE_INTEGER:
      return new_integer (text);
    case BYLINE_NODE_FLOAT:
      return is_yaml_float (text) ? new_float (text) : NULL;
    case BYLINE_NODE_TIMESTAMP:
      return is_yaml_timestamp (text) ? new_timestamp (text) : NULL;
    case BYLINE_NODE_STRING:
      return byline_node_new_string (text);
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
tag_names_scalar_kind (const char     *tag,
                       BylineNodeKind *kind)
{
  static const struct {
    const char     *name;
    BylineNodeKind  kind;
  } tags[] = {
    { "str", BYLINE_NODE_STRING },
    { "binary", BYLINE_NODE_STRING },
    { "merge", BYLINE_NODE_STRING },
    { "null", BYLINE_NODE_NULL },
    { "bool", BYLINE_NODE_BOOLEAN },
    { "int", BYLINE_NODE_INTEGER },
    { "float", BYLINE_NODE_FLOAT },
    { "timestamp", BYLINE_NODE_TIMESTAMP },
  };

  if (g_str_equal (tag, "!"))
    {
      *kind = BYLINE_NODE_STRING;
      return TRUE;
    }

  if (!g_str_has_prefix (tag, TAG_PREFIX))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    if (g_str_equal (tag + strlen (TAG_PREFIX), tags[i].name))
      {
        *kind = tags[i].kind;
        return TRUE;
      }

  return FALSE;
}

/**
 * byline_yaml_scalar_new:
 * @value: the scalar's characters, as the YAML parser decoded them
 * @is_plain: whether it was written without quotes or block indicator
 * @tag: (nullable): its explicit tag, expanded (`tag:yaml.org,2002:int`)
 *
 * Returns: (transfer full) (nullable): the node js-yaml would read, or %NULL
 *   with @error set when the tag is unknown or does not fit the value.
 */
BylineNode *
byline_yaml_scalar_new (const char  *value,
                        gsize        length,
                        gboolean     is_plain,
                        const char  *tag,
                        GError     **error)
{
  BylineNodeKind kind;
  BylineNode *node;

  if (memchr (value, '\0', length) != NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("This text holds a NUL character, which a post cannot keep"));
      return NULL;
    }

  if (tag == NULL)
    {
      kind = is_plain ? byline_yaml_resolve_plain (value) : BYLINE_NODE_STRING;
      node = construct (value, kind);
      if (node == NULL)
        node = byline_node_new_string (value);
      return node;
    }

  /* The non-specific tag `!` keeps a value a string, and a missing one
   * null. */
  if (g_str_equal (tag, "!") && is_plain && length == 0)
    {
      node = construct (value, BYLINE_NODE_NULL);
      node->tag = g_strdup (tag);
      return node;
    }

  if (!tag_names_scalar_kind (tag, &kind))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("The tag “%s” is unknown; Hexo cannot read this value"), tag);
      return NULL;
    }

  /* Only a missing value is null; js-yaml refuses `!!null ""`. */
  if (kind != BYLINE_NODE_NULL || is_plain || *value != '\0')
    node = construct (value, kind);
  else
    node = NULL;

  if (node == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("“%s” does not fit its tag “%s”"), value, tag);
      return NULL;
    }

  node->tag = g_strdup (tag);
  return node;
}
