/* byline-post-peek.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Listing a site reads the front matter of every post, and the YAML
 * parser, which keeps every mark an edit needs, costs several times the
 * reading of the file. Most front matter is a column of `key: value` lines
 * with a list or two of categories and tags: this reads that much, builds
 * its values as the parser does, and gives up at anything else, for the
 * parser to take over. On any text it reads, it gives the tree the parser
 * gives (tests/fuzz/fuzz-peek.c checks that on any bytes).
 */

#include "config.h"

#include "byline-post-peek.h"
#include "byline-yaml-private.h"

static const char *
line_end (const char *p,
          const char *end)
{
  const char *nl = memchr (p, '\n', end - p);

  return nl != NULL ? nl : end;
}

static const char *
next_line (const char *p,
           const char *end)
{
  const char *eol = line_end (p, end);

  return eol < end ? eol + 1 : end;
}

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && *p == ' ')
    p++;
  return p;
}

/* Whether the text is UTF-8 that holds only characters YAML allows, and
 * none of the tabs, carriage returns and Unicode line breaks whose rules
 * the parser knows better. */
static gboolean
is_simple_text (const char *text,
                const char *text_end)
{
  const char *p = text;

  while (p < text_end)
    {
      gunichar c;

      if ((*p >= 0x20 && *p < 0x7f) || *p == '\n')
        {
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, text_end - p);
      /* Not UTF-8; C0 controls and DEL; C1 controls, with U+0085, a line
       * break; U+2028 and U+2029, line breaks; U+FEFF, U+FFFE and U+FFFF. */
      if (c >= (gunichar) -2 || c < 0xa0 || c == 0x2028 || c == 0x2029 || c == 0xfeff ||
          c == 0xfffe || c == 0xffff)
        return FALSE;
      p = g_utf8_next_char (p);
    }

  return TRUE;
}

static gboolean
is_blank_or_comment (const char *p,
                     const char *eol)
{
  p = skip_spaces (p, eol);
  return p == eol || *p == '#';
}

/* Whether only spaces, or spaces and a comment, follow a value at @p. */
static gboolean
ends_line (const char *p,
           const char *eol)
{
  const char *q = skip_spaces (p, eol);

  return q == eol || (*q == '#' && q > p);
}

static gboolean
is_indicator (char c)
{
  return strchr ("-?:,[]{}#&*!|>'\"%@`", c) != NULL;
}

/* At most this many keys are told apart without allocating: a front
 * matter with more is the parser's to read. */
#define MAX_KEYS 64

typedef struct {
  const char *start;
  gsize       length;
} Key;

typedef struct {
  /* Where values are copied before they become nodes, which saves an
   * allocation for each of the many values of a site. */
  GString            *scratch;
  Key                 keys[MAX_KEYS];
  guint               n_keys;

  /* Where the values go: all of them into a mapping, or those of the
   * wanted keys into their slots. */
  BylineNode         *mapping;
  const char * const *wanted;
  BylineNode        **values;
} Peek;

/* Makes a scalar as the parser does, into @value; a value that is only
 * checked has no @value to make. */
static gboolean
new_scalar (Peek        *peek,
            const char  *text,
            gsize        length,
            gboolean     is_plain,
            BylineNode **value)
{
  GString *scratch = peek->scratch;

  if (value == NULL)
    return TRUE;

  if (text != scratch->str)
    {
      g_string_truncate (scratch, 0);
      g_string_append_len (scratch, text, length);
    }

  *value = byline_yaml_scalar_new (scratch->str, length, is_plain, NULL, NULL);
  return TRUE;
}

/* A quoted scalar on one line: single quotes with '' for a quote, or
 * double quotes without escapes. */
static gboolean
read_quoted (Peek         *peek,
             const char   *p,
             const char   *eol,
             const char  **after,
             BylineNode  **value)
{
  GString *scratch = peek->scratch;
  char quote = *p;
  const char *q;

  g_string_truncate (scratch, 0);
  for (p++; (q = memchr (p, quote, eol - p)) != NULL; p = q + 2)
    {
      if (quote == '"' && memchr (p, '\\', q - p) != NULL)
        return FALSE;
      g_string_append_len (scratch, p, q - p);
      if (quote == '"' || q + 1 == eol || q[1] != '\'')
        {
          *after = q + 1;
          return new_scalar (peek, scratch->str, scratch->len, FALSE, value);
        }
      g_string_append_c (scratch, '\'');
    }

  return FALSE;
}

/* A plain scalar in a block: to the end of the line, or to a comment. */
static gboolean
read_block_plain (Peek         *peek,
                  const char   *p,
                  const char   *eol,
                  const char  **after,
                  BylineNode  **value)
{
  const char *end = eol;
  const char *q;

  if (p == eol || is_indicator (*p))
    return FALSE;

  for (q = p; (q = memchr (q, '#', end - q)) != NULL; q++)
    if (q[-1] == ' ')
      {
        end = q;
        break;
      }

  for (q = p; (q = memchr (q, ':', end - q)) != NULL; q++)
    if (q + 1 == end || q[1] == ' ')
      return FALSE;

  while (end > p && end[-1] == ' ')
    end--;

  *after = end;
  return new_scalar (peek, p, end - p, TRUE, value);
}

/* A plain scalar in a list in brackets, to the next comma or bracket. */
static gboolean
read_flow_plain (Peek         *peek,
                 const char   *p,
                 const char   *eol,
                 const char  **after,
                 BylineNode  **value)
{
  const char *last = p;
  const char *q;

  if (p == eol || is_indicator (*p))
    return FALSE;

  for (q = p; q < eol && *q != ',' && *q != ']'; q++)
    {
      /* A colon, a bracket or a comment in a list is the parser's to
       * read. */
      if (strchr (":[{}", *q) != NULL || (*q == '#' && q[-1] == ' '))
        return FALSE;
      if (*q != ' ')
        last = q + 1;
    }

  *after = q;
  return new_scalar (peek, p, last - p, TRUE, value);
}

static gboolean
read_flow_item (Peek         *peek,
                const char   *p,
                const char   *eol,
                const char  **after,
                BylineNode  **value)
{
  if (p < eol && (*p == '\'' || *p == '"'))
    return read_quoted (peek, p, eol, after, value);
  return read_flow_plain (peek, p, eol, after, value);
}

/* Adds the item read into @item to @list, when the list is made. */
static void
add_item (BylineNode *list,
          BylineNode *item)
{
  if (list != NULL)
    g_ptr_array_add (list->values, item);
}

/* `[a, 'b c', d]` on one line. */
static gboolean
read_flow_sequence (Peek         *peek,
                    const char   *p,
                    const char   *eol,
                    const char  **after,
                    BylineNode  **value)
{
  g_autoptr(BylineNode) list = value != NULL ? byline_node_new (BYLINE_NODE_SEQUENCE) : NULL;

  p = skip_spaces (p + 1, eol);
  if (p == eol || *p != ']')
    while (TRUE)
      {
        BylineNode *item = NULL;

        if (!read_flow_item (peek, p, eol, &p, list != NULL ? &item : NULL))
          return FALSE;
        add_item (list, item);

        p = skip_spaces (p, eol);
        if (p < eol && *p == ']')
          break;
        if (p == eol || *p != ',')
          return FALSE;
        p = skip_spaces (p + 1, eol);
      }

  *after = p + 1;
  if (value != NULL)
    *value = g_steal_pointer (&list);
  return TRUE;
}

/* A value that starts on its key's line (or its item's) and ends there. */
static gboolean
read_inline_value (Peek         *peek,
                   const char   *p,
                   const char   *eol,
                   gboolean      is_item,
                   BylineNode  **value)
{
  g_autoptr(BylineNode) node = NULL;
  BylineNode **read = value != NULL ? &node : NULL;
  const char *after = NULL;
  gboolean ok;

  if (*p == '\'' || *p == '"')
    ok = read_quoted (peek, p, eol, &after, read);
  else if (*p == '[' && !is_item)
    ok = read_flow_sequence (peek, p, eol, &after, read);
  else
    ok = read_block_plain (peek, p, eol, &after, read);

  if (!ok || !ends_line (after, eol))
    return FALSE;
  if (value != NULL)
    *value = g_steal_pointer (&node);
  return TRUE;
}

/* The lines under a key without a value: a list of `- item` lines, all at
 * one indentation, or nothing, which is null. Leaves @p at the next key. */
static gboolean
read_block_value (Peek         *peek,
                  const char  **p,
                  const char   *end,
                  BylineNode  **value)
{
  g_autoptr(BylineNode) list = NULL;
  gboolean is_list = FALSE;
  const char *q = *p;
  const char *stop = *p;
  gsize indent = 0;

  while (q < end)
    {
      const char *eol = line_end (q, end);
      const char *dash = skip_spaces (q, eol);
      BylineNode *item = NULL;

      if (is_blank_or_comment (q, eol))
        {
          q = next_line (q, end);
          continue;
        }

      if (*dash != '-')
        {
          if (dash != q)
            return FALSE;
          break;
        }

      if (dash + 1 == eol || dash[1] != ' ' || (is_list && (gsize) (dash - q) != indent))
        return FALSE;
      if (!is_list)
        {
          is_list = TRUE;
          indent = dash - q;
          if (value != NULL)
            list = byline_node_new (BYLINE_NODE_SEQUENCE);
        }

      if (!read_inline_value (peek, skip_spaces (dash + 1, eol), eol, TRUE, list != NULL ? &item : NULL))
        return FALSE;
      add_item (list, item);
      q = stop = next_line (q, end);
    }

  if (!is_list)
    return new_scalar (peek, "", 0, TRUE, value);

  *p = stop;
  if (value != NULL)
    *value = g_steal_pointer (&list);
  return TRUE;
}

/* Notes the key at @start, which must be new. */
static gboolean
add_key (Peek       *peek,
         const char *start,
         gsize       length)
{
  for (guint i = 0; i < peek->n_keys; i++)
    if (peek->keys[i].length == length && memcmp (peek->keys[i].start, start, length) == 0)
      return FALSE;

  if (peek->n_keys == MAX_KEYS)
    return FALSE;
  peek->keys[peek->n_keys++] = (Key) { start, length };
  return TRUE;
}

/* The index of @key among the wanted keys, or -1. */
static int
find_wanted (Peek       *peek,
             const char *key,
             gsize       length)
{
  /* Most keys differ from all the wanted ones at their first letter. */
  for (guint i = 0; peek->wanted[i] != NULL; i++)
    if (peek->wanted[i][0] == key[0] && strncmp (peek->wanted[i], key, length) == 0 &&
        peek->wanted[i][length] == '\0')
      return (int) i;
  return -1;
}

/* Whether the plain key at @start is a string, as keys of letters are but
 * for null and the booleans. */
static gboolean
is_string_key (Peek       *peek,
               const char *start,
               gsize       length)
{
  if (strchr ("nNtTfF", *start) == NULL)
    return TRUE;

  g_string_truncate (peek->scratch, 0);
  g_string_append_len (peek->scratch, start, length);
  return byline_yaml_resolve_plain (peek->scratch->str) == BYLINE_NODE_STRING;
}

/* One `key: value` line, and the lines of a list under it. */
static gboolean
read_member (Peek         *peek,
             const char  **p,
             const char   *end)
{
  const char *start = *p;
  const char *eol = line_end (start, end);
  const char *q = start;
  g_autoptr(BylineNode) key = NULL;
  g_autoptr(BylineNode) member = NULL;
  BylineNode **value = NULL;
  gboolean ok;
  int slot;

  if (!g_ascii_isalpha (*q) && *q != '_')
    return FALSE;
  while (q < eol && (g_ascii_isalnum (*q) || *q == '_' || *q == '-'))
    q++;
  if (q == eol || *q != ':' || (q + 1 < eol && q[1] != ' '))
    return FALSE;

  if (!is_string_key (peek, start, q - start) || !add_key (peek, start, q - start))
    return FALSE;

  if (peek->mapping != NULL)
    {
      new_scalar (peek, start, q - start, TRUE, &key);
      value = &member;
    }
  else if ((slot = find_wanted (peek, start, q - start)) >= 0)
    value = &peek->values[slot];

  q = skip_spaces (q + 1, eol);
  if (q == eol || *q == '#')
    {
      *p = next_line (start, end);
      ok = read_block_value (peek, p, end, value);
    }
  else
    {
      ok = read_inline_value (peek, q, eol, FALSE, value);
      *p = next_line (start, end);
    }

  if (ok && key != NULL)
    {
      g_ptr_array_add (peek->mapping->keys, g_steal_pointer (&key));
      g_ptr_array_add (peek->mapping->values, g_steal_pointer (&member));
    }
  return ok;
}

/* Where the front matter ends: at the first line that is `---` or `...`.
 * NULL when there is none, or when a line starts with a marker and goes
 * on: whether that is a marker is the post's rule to apply. */
static const char *
find_closing_line (const char *p,
                   const char *end)
{
  for (; p < end; p = next_line (p, end))
    {
      if (end - p < 3 || (memcmp (p, "---", 3) != 0 && memcmp (p, "...", 3) != 0))
        continue;
      if (p + 3 == end || p[3] == '\n')
        return p;
      return NULL;
    }

  return NULL;
}

/* Reads the members of a front matter into @peek, or returns FALSE when
 * it is not plain. */
static gboolean
peek_members (Peek       *peek,
              const char *text,
              gsize       length)
{
  g_autoptr(GString) scratch = g_string_sized_new (256);
  const char *end = text + length;
  const char *p = text;
  const char *closing;

  while (p < end && *p == '\n')
    p++;
  if (end - p < 4 || memcmp (p, "---\n", 4) != 0)
    return FALSE;
  p += 4;

  if ((closing = find_closing_line (p, end)) == NULL || !is_simple_text (p, closing))
    return FALSE;

  peek->scratch = scratch;
  peek->n_keys = 0;
  while (p < closing)
    {
      if (is_blank_or_comment (p, line_end (p, closing)))
        p = next_line (p, closing);
      else if (!read_member (peek, &p, closing))
        return FALSE;
    }

  return peek->n_keys > 0;
}

/**
 * byline_post_peek_front_matter:
 * @text: the start of a post, UTF-8 or not: a front matter that is not is
 *   left to the parser
 *
 * Reads the YAML front matter of a post that opens with `---` on its own
 * line, when it is plain: keys of letters, digits, `_` and `-`, each with a
 * value on its line (plain, quoted, or a list in brackets) or a list of
 * `- item` lines under it. byline_post_new_from_data() reads such a post
 * the same, only slower.
 *
 * Returns: (transfer full) (nullable): the front matter's mapping, or
 *   %NULL when the post has to be read whole
 */
BylineNode *
byline_post_peek_front_matter (const char *text,
                               gsize       length)
{
  g_autoptr(BylineNode) mapping = byline_node_new (BYLINE_NODE_MAPPING);
  Peek peek = { .mapping = mapping };

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (!peek_members (&peek, text, length))
    return NULL;
  return g_steal_pointer (&mapping);
}

/**
 * byline_post_peek_values:
 * @text: the start of a post, UTF-8 or not: a front matter that is not is
 *   left to the parser
 * @keys: (array zero-terminated=1): the keys whose values to read
 * @values: (out caller-allocates) (array): where the value of each key of
 *   @keys goes, or %NULL when the front matter has no such key
 *
 * Reads the values of some keys of a front matter that
 * byline_post_peek_front_matter() can read, as it reads them, without
 * making nodes for the others.
 *
 * Returns: whether the front matter is plain enough to be read so; when
 *   it is not, @values are left %NULL
 */
gboolean
byline_post_peek_values (const char          *text,
                         gsize                length,
                         const char * const  *keys,
                         BylineNode         **values)
{
  Peek peek = { .wanted = keys, .values = values };
  guint n_keys;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (keys != NULL, FALSE);
  g_return_val_if_fail (values != NULL, FALSE);

  n_keys = g_strv_length ((GStrv) keys);
  memset (values, 0, n_keys * sizeof *values);
  if (peek_members (&peek, text, length))
    return TRUE;

  for (guint i = 0; i < n_keys; i++)
    g_clear_pointer (&values[i], byline_node_unref);
  return FALSE;
}
