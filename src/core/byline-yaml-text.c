/* byline-yaml-text.c: finding lines, gaps and indicators in YAML text
 *
 * The parser gives each node its span; these helpers find what lies
 * between spans (line breaks, comments, the `:` and `-` indicators,
 * anchors and tags), which the editor needs to add and take out lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-yaml-private.h"

gsize
byline_yaml_line_start (const char *text,
                        gsize       pos)
{
  while (pos > 0 && text[pos - 1] != '\n')
    pos--;
  return pos;
}

/* The position of the line break ending the line of @pos (of its `\r` in
 * a `\r\n`), or the end of the text. */
gsize
byline_yaml_line_end (const char *text,
                      gsize       length,
                      gsize       pos)
{
  while (pos < length && text[pos] != '\n')
    pos++;
  if (pos > 0 && pos < length && text[pos - 1] == '\r')
    pos--;
  return pos;
}

/* The start of the line after the one of @pos, or the end of the text. */
gsize
byline_yaml_next_line (const char *text,
                       gsize       length,
                       gsize       pos)
{
  while (pos < length && text[pos] != '\n')
    pos++;
  return pos < length ? pos + 1 : length;
}

gsize
byline_yaml_skip_blanks (const char *text,
                         gsize       length,
                         gsize       pos)
{
  while (pos < length && (text[pos] == ' ' || text[pos] == '\t'))
    pos++;
  return pos;
}

/* Skips blanks, line breaks and comments: what may separate two tokens. */
gsize
byline_yaml_skip_gap (const char *text,
                      gsize       length,
                      gsize       pos)
{
  while (pos < length)
    {
      char c = text[pos];

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        pos++;
      else if (c == '#')
        pos = byline_yaml_line_end (text, length, pos);
      else
        break;
    }

  return pos;
}

/* Skips one anchor or tag token as libyaml reads it: an anchor's name is
 * letters, digits, `_` and `-`; a tag runs to a blank (or a comma in a
 * flow collection). */
static gsize
skip_property (const char *text,
               gsize       length,
               gsize       pos)
{
  if (text[pos] == '&')
    {
      for (pos++; pos < length && (g_ascii_isalnum (text[pos]) || text[pos] == '_' || text[pos] == '-'); pos++)
        ;
      return pos;
    }

  while (pos < length && strchr (" \t\r\n,", text[pos]) == NULL)
    pos++;
  return pos;
}

/* Whether a property starts at @pos that the node has and has not had
 * yet: one written after them (or in place of one it lacks) is its first
 * key's. */
static gboolean
is_next_property (const char *text,
                  gsize       length,
                  gsize       pos,
                  gboolean   *seen_anchor,
                  gboolean   *seen_tag)
{
  gboolean *seen;

  if (pos >= length || (text[pos] != '&' && text[pos] != '!'))
    return FALSE;

  seen = text[pos] == '&' ? seen_anchor : seen_tag;
  if (*seen)
    return FALSE;

  *seen = TRUE;
  return TRUE;
}

/* The end of the anchor and tag written before @node's content, before
 * the gap after them: where new content goes when a node keeps its
 * anchor. */
gsize
byline_yaml_properties_end (const char       *text,
                            gsize             length,
                            const BylineNode *node)
{
  gboolean seen_anchor = node->anchor == NULL;
  gboolean seen_tag = node->tag == NULL;
  gsize pos = node->start;
  gsize end = pos;

  while (is_next_property (text, length, pos, &seen_anchor, &seen_tag))
    {
      end = skip_property (text, length, pos);
      pos = byline_yaml_skip_gap (text, length, end);
    }

  return end;
}

/* Skips the anchor and tag written before @node's content, and the gaps
 * after them. */
gsize
byline_yaml_skip_properties (const char       *text,
                             gsize             length,
                             const BylineNode *node)
{
  gsize end = byline_yaml_properties_end (text, length, node);

  return end > node->start ? byline_yaml_skip_gap (text, length, end) : end;
}

/* Where the value after the indicator @indicator (`:` of a key, `-` of a
 * list item) goes: just past the indicator when it follows @pos across
 * blanks and comments, else @pos. Out of @in_flow collections, an
 * indicator needs a blank or a line break after it (`::` starts a key). */
gsize
byline_yaml_find_indicator (const char *text,
                            gsize       length,
                            gsize       pos,
                            char        indicator,
                            gboolean    in_flow)
{
  gsize next = byline_yaml_skip_gap (text, length, pos);

  if (next >= length || text[next] != indicator)
    return pos;
  if (!in_flow && next + 1 < length && strchr (" \t\r\n", text[next + 1]) == NULL)
    return pos;
  return next + 1;
}

gboolean
byline_yaml_is_blank_range (const char *text,
                            gsize       start,
                            gsize       end)
{
  for (gsize i = start; i < end; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return FALSE;
  return TRUE;
}
