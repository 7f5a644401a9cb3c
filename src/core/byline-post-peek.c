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

/* Whether the text holds only characters YAML allows, and none of the tabs,
 * carriage returns and Unicode line breaks whose rules the parser knows
 * better. The text is UTF-8. */
static gboolean
is_simple_text (const char *text,
                const char *text_end)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = (const guchar *) text_end;

  for (; p < end; p++)
    {
      /* Most bytes are printable ASCII or go on a character. */
      if ((*p >= 0x20 && *p < 0x7f) || (*p >= 0x80 && *p < 0xc2) ||
          (*p > 0xc2 && *p < 0xe2) || (*p > 0xe2 && *p < 0xef))
        continue;
      if (*p < 0x20 ? *p != '\n' : *p == 0x7f)
        return FALSE;
      /* U+0080 to U+009F, with U+0085, a line break. */
      if (*p == 0xc2 && p + 1 < end && p[1] < 0xa0)
        return FALSE;
      /* U+2028 and U+2029, line breaks. */
      if (*p == 0xe2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9))
        return FALSE;
      /* U+FEFF, U+FFFE and U+FFFF. */
      if (*p == 0xef && p + 2 < end &&
          ((p[1] == 0xbb && p[2] == 0xbf) || (p[1] == 0xbf && p[2] >= 0xbe)))
        return FALSE;
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

/* Makes a scalar as the parser does, from text copied into @scratch, which
 * saves an allocation for each of the many values of a site. */
static BylineNode *
new_scalar (GString    *scratch,
            const char *text,
            gsize       length,
            gboolean    is_plain)
{
  if (text != scratch->str)
    {
      g_string_truncate (scratch, 0);
      g_string_append_len (scratch, text, length);
    }

  return byline_yaml_scalar_new (scratch->str, length, is_plain, NULL, NULL);
}

/* A quoted scalar on one line: single quotes with '' for a quote, or
 * double quotes without escapes. */
static BylineNode *
read_quoted (GString     *scratch,
             const char  *p,
             const char  *eol,
             const char **after)
{
  char quote = *p;
  const char *q;

  g_string_truncate (scratch, 0);
  for (p++; (q = memchr (p, quote, eol - p)) != NULL; p = q + 2)
    {
      if (quote == '"' && memchr (p, '\\', q - p) != NULL)
        return NULL;
      g_string_append_len (scratch, p, q - p);
      if (quote == '"' || q + 1 == eol || q[1] != '\'')
        {
          *after = q + 1;
          return new_scalar (scratch, scratch->str, scratch->len, FALSE);
        }
      g_string_append_c (scratch, '\'');
    }

  return NULL;
}

/* A plain scalar in a block: to the end of the line, or to a comment. */
static BylineNode *
read_block_plain (GString     *scratch,
                  const char  *p,
                  const char  *eol,
                  const char **after)
{
  const char *end = eol;
  const char *q;

  if (p == eol || is_indicator (*p))
    return NULL;

  for (q = p; (q = memchr (q, '#', end - q)) != NULL; q++)
    if (q[-1] == ' ')
      {
        end = q;
        break;
      }

  for (q = p; (q = memchr (q, ':', end - q)) != NULL; q++)
    if (q + 1 == end || q[1] == ' ')
      return NULL;

  while (end > p && end[-1] == ' ')
    end--;

  *after = end;
  return new_scalar (scratch, p, end - p, TRUE);
}

/* A plain scalar in a list in brackets, to the next comma or bracket. */
static BylineNode *
read_flow_plain (GString     *scratch,
                 const char  *p,
                 const char  *eol,
                 const char **after)
{
  const char *last = p;
  const char *q;

  if (p == eol || is_indicator (*p))
    return NULL;

  for (q = p; q < eol && *q != ',' && *q != ']'; q++)
    {
      /* A colon, a bracket or a comment in a list is the parser's to
       * read. */
      if (strchr (":[{}", *q) != NULL || (*q == '#' && q[-1] == ' '))
        return NULL;
      if (*q != ' ')
        last = q + 1;
    }

  *after = q;
  return new_scalar (scratch, p, last - p, TRUE);
}

static BylineNode *
read_flow_item (GString     *scratch,
                const char  *p,
                const char  *eol,
                const char **after)
{
  if (p < eol && (*p == '\'' || *p == '"'))
    return read_quoted (scratch, p, eol, after);
  return read_flow_plain (scratch, p, eol, after);
}

/* `[a, 'b c', d]` on one line. */
static BylineNode *
read_flow_sequence (GString     *scratch,
                    const char  *p,
                    const char  *eol,
                    const char **after)
{
  g_autoptr(BylineNode) list = byline_node_new (BYLINE_NODE_SEQUENCE);

  p = skip_spaces (p + 1, eol);
  if (p < eol && *p == ']')
    {
      *after = p + 1;
      return g_steal_pointer (&list);
    }

  while (TRUE)
    {
      BylineNode *item = read_flow_item (scratch, p, eol, &p);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (list->values, item);

      p = skip_spaces (p, eol);
      if (p < eol && *p == ']')
        {
          *after = p + 1;
          return g_steal_pointer (&list);
        }
      if (p == eol || *p != ',')
        return NULL;
      p = skip_spaces (p + 1, eol);
    }
}

/* A value that starts on its key's line (or its item's) and ends there. */
static BylineNode *
read_inline_value (GString    *scratch,
                   const char *p,
                   const char *eol,
                   gboolean    is_item)
{
  g_autoptr(BylineNode) value = NULL;
  const char *after = NULL;

  if (*p == '\'' || *p == '"')
    value = read_quoted (scratch, p, eol, &after);
  else if (*p == '[' && !is_item)
    value = read_flow_sequence (scratch, p, eol, &after);
  else
    value = read_block_plain (scratch, p, eol, &after);

  if (value == NULL || !ends_line (after, eol))
    return NULL;
  return g_steal_pointer (&value);
}

/* The lines under a key without a value: a list of `- item` lines, all at
 * one indentation, or nothing, which is null. Leaves @p at the next key. */
static BylineNode *
read_block_value (GString     *scratch,
                  const char **p,
                  const char  *end)
{
  g_autoptr(BylineNode) list = NULL;
  const char *q = *p;
  const char *stop = *p;
  gsize indent = 0;

  while (q < end)
    {
      const char *eol = line_end (q, end);
      const char *dash = skip_spaces (q, eol);
      BylineNode *item;

      if (is_blank_or_comment (q, eol))
        {
          q = next_line (q, end);
          continue;
        }

      if (*dash != '-')
        {
          if (dash != q)
            return NULL;
          break;
        }

      if (dash + 1 == eol || dash[1] != ' ' || (list != NULL && (gsize) (dash - q) != indent))
        return NULL;
      if (list == NULL)
        {
          list = byline_node_new (BYLINE_NODE_SEQUENCE);
          indent = dash - q;
        }

      item = read_inline_value (scratch, skip_spaces (dash + 1, eol), eol, TRUE);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (list->values, item);
      q = stop = next_line (q, end);
    }

  if (list == NULL)
    return new_scalar (scratch, "", 0, TRUE);

  *p = stop;
  return g_steal_pointer (&list);
}

/* One `key: value` line, and the lines of a list under it. */
static gboolean
read_member (GString     *scratch,
             BylineNode  *root,
             const char **p,
             const char  *end)
{
  const char *start = *p;
  const char *eol = line_end (start, end);
  const char *q = start;
  g_autoptr(BylineNode) key = NULL;
  BylineNode *value;

  if (!g_ascii_isalpha (*q) && *q != '_')
    return FALSE;
  while (q < eol && (g_ascii_isalnum (*q) || *q == '_' || *q == '-'))
    q++;
  if (q == eol || *q != ':' || (q + 1 < eol && q[1] != ' '))
    return FALSE;

  key = new_scalar (scratch, start, q - start, TRUE);
  if (key == NULL || key->kind != BYLINE_NODE_STRING || byline_node_find_key (root, key->text) >= 0)
    return FALSE;

  q = skip_spaces (q + 1, eol);
  if (q == eol || *q == '#')
    {
      *p = next_line (start, end);
      value = read_block_value (scratch, p, end);
    }
  else
    {
      value = read_inline_value (scratch, q, eol, FALSE);
      *p = next_line (start, end);
    }

  if (value == NULL)
    return FALSE;

  g_ptr_array_add (root->keys, g_steal_pointer (&key));
  g_ptr_array_add (root->values, value);
  return TRUE;
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

/**
 * byline_post_peek_front_matter:
 * @text: the start of a post, UTF-8
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
  g_autoptr(BylineNode) root = NULL;
  g_autoptr(GString) scratch = NULL;
  const char *end = text + length;
  const char *p = text;
  const char *closing;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  while (p < end && *p == '\n')
    p++;
  if (end - p < 4 || memcmp (p, "---\n", 4) != 0)
    return NULL;
  p += 4;

  if ((closing = find_closing_line (p, end)) == NULL || !is_simple_text (p, closing))
    return NULL;

  root = byline_node_new (BYLINE_NODE_MAPPING);
  scratch = g_string_sized_new (256);
  while (p < closing)
    {
      if (is_blank_or_comment (p, line_end (p, closing)))
        p = next_line (p, closing);
      else if (!read_member (scratch, root, &p, closing))
        return NULL;
    }

  if (root->keys->len == 0)
    return NULL;
  return g_steal_pointer (&root);
}
