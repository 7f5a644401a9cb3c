/* byline-html-pieces.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-html.h"
#include "byline-html-pieces-private.h"

/*
 * Where a browser's nodes begin and end in HTML, without a browser: each
 * level of an element's content is cut into pieces that make one node
 * each, a run of text, a comment, an element from its start tag to its end
 * tag. HTML has rules that make a tag close elements nobody closed (a
 * <div> ends an open <p>), move content out of tables or drop tags; where
 * one of them could apply, the level is not cut at all.
 */

typedef struct {
  const char   *name;
  gsize         name_length;
  guint         flags;
  const char   *start;
  const char   *content;
} OpenElement;

/* What the HTML parser does with an element, as far as cutting goes. */
typedef enum {
  /* No content and no end tag. */
  VOID = 1 << 0,
  /* Content is text up to the end tag. */
  RAW_TEXT = 1 << 1,
  /* SVG and MathML, whose content follows XML's rules. */
  FOREIGN = 1 << 2,
  /* Dropped or moved elsewhere inside a body. */
  MISPLACED = 1 << 3,
  /* Its start tag closes an open <p>. */
  CLOSES_P = 1 << 4,
  /* A heading, which closes a heading open just around it. */
  HEADING = 1 << 5,
  /* Where content that is not a table's own goes elsewhere. */
  TABLE_SECTION = 1 << 6,
  /* A table's own content. */
  TABLE_CONTENT = 1 << 7,
  /* Its start tag closes an open table cell. */
  CLOSES_CELL = 1 << 8,
  /* A table cell. */
  CELL = 1 << 9,
  /* Where a search for an open cell stops. */
  CELL_SCOPE = 1 << 10,
  /* Ruby text, which closes ruby text open just around it. */
  RUBY_TEXT = 1 << 11,
  /* An option, which closes an option open just around it. */
  OPTION = 1 << 12,
  /* Parsed differently as a fragment than in place: tables gain
   * sections, a <pre> loses the line break that starts it. */
  NOT_ENTERED = 1 << 13,
  /* Leaves SVG or MathML when it appears inside. */
  FOREIGN_BREAKOUT = 1 << 14,
  /* Closes an open element of its own name. */
  UNNESTABLE = 1 << 15,
  /* A list item, which closes the open list item of its list. */
  LIST_ITEM = 1 << 16,
  /* Where a search for an open list item stops. */
  LIST_SCOPE = 1 << 17,
  /* A definition term or description, which close one another. */
  DEFINITION = 1 << 18,
  /* Where a search for an open term or description stops. */
  DEFINITION_SCOPE = 1 << 19,
  /* Makes no node: WebKit drops scripts when JavaScript markup is off. */
  VANISHES = 1 << 20,
} ElementFlags;

typedef struct {
  const char   *name;
  ElementFlags  flags;
} ElementInfo;

/* Sorted by name. */
static const ElementInfo elements[] = {
  { "a", UNNESTABLE },
  { "address", CLOSES_P },
  { "area", VOID },
  { "article", CLOSES_P },
  { "aside", CLOSES_P },
  { "b", FOREIGN_BREAKOUT },
  { "base", VOID },
  { "basefont", VOID },
  { "bgsound", VOID },
  { "big", FOREIGN_BREAKOUT },
  { "blockquote", CLOSES_P | FOREIGN_BREAKOUT },
  { "body", MISPLACED | FOREIGN_BREAKOUT },
  { "br", VOID | FOREIGN_BREAKOUT },
  { "button", UNNESTABLE },
  { "caption", TABLE_CONTENT | CLOSES_CELL | NOT_ENTERED },
  { "center", CLOSES_P | FOREIGN_BREAKOUT },
  { "code", FOREIGN_BREAKOUT },
  { "col", VOID | TABLE_CONTENT | CLOSES_CELL },
  { "colgroup", TABLE_CONTENT | CLOSES_CELL | NOT_ENTERED },
  { "datalist", NOT_ENTERED },
  { "dd", CLOSES_P | FOREIGN_BREAKOUT | DEFINITION | DEFINITION_SCOPE },
  { "details", CLOSES_P },
  { "dialog", CLOSES_P },
  { "dir", CLOSES_P },
  { "div", CLOSES_P | FOREIGN_BREAKOUT },
  { "dl", CLOSES_P | FOREIGN_BREAKOUT | DEFINITION_SCOPE },
  { "dt", CLOSES_P | FOREIGN_BREAKOUT | DEFINITION | DEFINITION_SCOPE },
  { "em", FOREIGN_BREAKOUT },
  { "embed", VOID | FOREIGN_BREAKOUT },
  { "fieldset", CLOSES_P },
  { "figcaption", CLOSES_P },
  { "figure", CLOSES_P },
  { "font", FOREIGN_BREAKOUT },
  { "footer", CLOSES_P },
  { "form", CLOSES_P | UNNESTABLE },
  { "frame", MISPLACED },
  { "frameset", MISPLACED },
  { "h1", CLOSES_P | HEADING | FOREIGN_BREAKOUT },
  { "h2", CLOSES_P | HEADING | FOREIGN_BREAKOUT },
  { "h3", CLOSES_P | HEADING | FOREIGN_BREAKOUT },
  { "h4", CLOSES_P | HEADING | FOREIGN_BREAKOUT },
  { "h5", CLOSES_P | HEADING | FOREIGN_BREAKOUT },
  { "h6", CLOSES_P | HEADING | FOREIGN_BREAKOUT },
  { "head", MISPLACED | FOREIGN_BREAKOUT },
  { "header", CLOSES_P },
  { "hgroup", CLOSES_P },
  { "hr", VOID | CLOSES_P | FOREIGN_BREAKOUT },
  { "html", MISPLACED },
  { "i", FOREIGN_BREAKOUT },
  { "iframe", RAW_TEXT },
  { "image", VOID },
  { "img", VOID | FOREIGN_BREAKOUT },
  { "input", VOID },
  { "keygen", VOID },
  { "li", CLOSES_P | FOREIGN_BREAKOUT | LIST_ITEM | LIST_SCOPE },
  { "link", VOID },
  { "listing", CLOSES_P | NOT_ENTERED | FOREIGN_BREAKOUT },
  { "main", CLOSES_P },
  { "math", FOREIGN },
  { "menu", CLOSES_P | FOREIGN_BREAKOUT },
  { "meta", VOID | FOREIGN_BREAKOUT },
  { "nav", CLOSES_P },
  { "nobr", FOREIGN_BREAKOUT | UNNESTABLE },
  { "noembed", RAW_TEXT },
  { "noframes", RAW_TEXT },
  { "noscript", RAW_TEXT },
  { "ol", CLOSES_P | FOREIGN_BREAKOUT | LIST_SCOPE },
  { "optgroup", OPTION | NOT_ENTERED },
  { "option", OPTION | NOT_ENTERED },
  { "p", CLOSES_P | FOREIGN_BREAKOUT },
  { "param", VOID },
  { "plaintext", MISPLACED },
  { "pre", CLOSES_P | NOT_ENTERED | FOREIGN_BREAKOUT },
  { "rb", RUBY_TEXT },
  { "rp", RUBY_TEXT },
  { "rt", RUBY_TEXT },
  { "rtc", RUBY_TEXT },
  { "ruby", FOREIGN_BREAKOUT },
  { "s", FOREIGN_BREAKOUT },
  { "script", RAW_TEXT | TABLE_CONTENT | VANISHES },
  { "search", CLOSES_P },
  { "section", CLOSES_P },
  { "select", NOT_ENTERED },
  { "small", FOREIGN_BREAKOUT },
  { "source", VOID },
  { "span", FOREIGN_BREAKOUT },
  { "strike", FOREIGN_BREAKOUT },
  { "strong", FOREIGN_BREAKOUT },
  { "style", RAW_TEXT | TABLE_CONTENT },
  { "sub", FOREIGN_BREAKOUT },
  { "summary", CLOSES_P },
  { "sup", FOREIGN_BREAKOUT },
  { "svg", FOREIGN },
  { "table", CLOSES_P | TABLE_SECTION | CELL_SCOPE | NOT_ENTERED | FOREIGN_BREAKOUT },
  { "tbody", TABLE_SECTION | TABLE_CONTENT | CLOSES_CELL | NOT_ENTERED },
  { "td", TABLE_CONTENT | CLOSES_CELL | CELL | CELL_SCOPE | NOT_ENTERED },
  { "template", MISPLACED },
  { "textarea", RAW_TEXT },
  { "tfoot", TABLE_SECTION | TABLE_CONTENT | CLOSES_CELL | NOT_ENTERED },
  { "th", TABLE_CONTENT | CLOSES_CELL | CELL | CELL_SCOPE | NOT_ENTERED },
  { "thead", TABLE_SECTION | TABLE_CONTENT | CLOSES_CELL | NOT_ENTERED },
  { "title", RAW_TEXT },
  { "tr", TABLE_SECTION | TABLE_CONTENT | CLOSES_CELL | NOT_ENTERED },
  { "track", VOID },
  { "tt", FOREIGN_BREAKOUT },
  { "u", FOREIGN_BREAKOUT },
  { "ul", CLOSES_P | FOREIGN_BREAKOUT | LIST_SCOPE },
  { "var", FOREIGN_BREAKOUT },
  { "wbr", VOID },
  { "xmp", RAW_TEXT | CLOSES_P },
};


static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
compare_element_info (const void *key,
                      const void *info)
{
  return strcmp (key, ((const ElementInfo *) info)->name);
}

static guint
element_flags (const char *name,
               gsize       length)
{
  char lower[16];
  const ElementInfo *info;

  /* No name in the table is as long. */
  if (length >= sizeof lower)
    return 0;

  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (name[i]);
  lower[length] = '\0';

  info = bsearch (lower, elements, G_N_ELEMENTS (elements), sizeof elements[0], compare_element_info);
  return info != NULL ? info->flags : 0;
}

static gboolean
same_name (const char *a,
           gsize       a_length,
           const char *b,
           gsize       b_length)
{
  return a_length == b_length && g_ascii_strncasecmp (a, b, a_length) == 0;
}

static gsize
tag_name_length (const char *name,
                 const char *end)
{
  const char *p = name;

  while (p < end && !is_blank (*p) && *p != '/' && *p != '>')
    p++;

  return p - name;
}

/* The next `<` that starts markup; any other `<` is text. */
static const char *
find_markup (const char *p,
             const char *end)
{
  while (p < end && (p = memchr (p, '<', end - p)) != NULL)
    {
      if (p + 1 < end && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!' || p[1] == '?'))
        return p;
      p++;
    }

  return end;
}

/* After the comment that starts at @p, or %NULL where a browser would end
 * it otherwise: at the end of the text, or at an early `>`. */
static const char *
find_comment_end (const char *p,
                  const char *end)
{
  const char *close;

  if (end - p < 7 || p[4] == '>' || (p[4] == '-' && p[5] == '>'))
    return NULL;

  close = g_strstr_len (p + 4, end - p - 4, "-->");
  if (close == NULL || g_strstr_len (p + 4, close - p - 4, "--!>") != NULL)
    return NULL;

  return close + 3;
}

static gboolean
is_end_tag_of (const char *p,
               const char *end,
               const char *name,
               gsize       length)
{
  return p[1] == '/' && same_name (p + 2, tag_name_length (p + 2, end), name, length);
}

/* After the end tag that closes the raw text element @name, whose content
 * starts at @p, or %NULL. */
static const char *
find_raw_text_end (const char *p,
                   const char *end,
                   const char *name,
                   gsize       length)
{
  for (p = find_markup (p, end); p < end; p = find_markup (p + 1, end))
    if (is_end_tag_of (p, end, name, length))
      return byline_html_find_tag_end (p, end);

  return NULL;
}

/* After the end tag that closes the SVG or MathML element @name, whose
 * content starts at @p, or %NULL when HTML inside would end it early. */
static const char *
find_foreign_end (const char *p,
                  const char *end,
                  const char *name,
                  gsize       length)
{
  guint depth = 1;

  for (p = find_markup (p, end); p < end; p = find_markup (p, end))
    {
      const char *tag_end;
      gsize tag_length;

      if (p[1] == '!')
        {
          const char *close = strncmp (p, "<![CDATA[", MIN (9, end - p)) == 0 ?
                              g_strstr_len (p, end - p, "]]>") : NULL;

          if (close != NULL)
            p = close + 3;
          else if ((p = find_comment_end (p, end)) == NULL)
            return NULL;
          continue;
        }

      if ((tag_end = byline_html_find_tag_end (p, end)) == NULL)
        return NULL;

      tag_length = tag_name_length (p + 1, end);
      if (p[1] != '/' && (element_flags (p + 1, tag_length) & FOREIGN_BREAKOUT) != 0)
        return NULL;

      if (is_end_tag_of (p, end, name, length) && --depth == 0)
        return tag_end;
      if (p[1] != '/' && same_name (p + 1, tag_length, name, length) && tag_end[-2] != '/')
        depth++;

      p = tag_end;
    }

  return NULL;
}

static gboolean
is_open (GArray     *open,
         const char *name,
         gsize       length)
{
  for (guint i = 0; i < open->len; i++)
    {
      OpenElement *element = &g_array_index (open, OpenElement, i);

      if (same_name (element->name, element->name_length, name, length))
        return TRUE;
    }

  return FALSE;
}

/* Whether the innermost open element with one of @scope is @closed. */
static gboolean
nearest_is (GArray *open,
            guint   scope,
            guint   closed)
{
  for (guint i = open->len; i > 0; i--)
    {
      OpenElement *element = &g_array_index (open, OpenElement, i - 1);

      if ((element->flags & scope) != 0)
        return (element->flags & closed) != 0;
    }

  return FALSE;
}

static gboolean
top_is (GArray *open,
        guint   flags)
{
  return open->len > 0 && (g_array_index (open, OpenElement, open->len - 1).flags & flags) != 0;
}

/* Whether a browser reads a start tag where the scan reads it: as a new
 * child of the innermost open element. */
static gboolean
is_start_tag_in_place (GArray     *open,
                       const char *name,
                       gsize       length,
                       guint       flags)
{
  if ((flags & MISPLACED) != 0)
    return FALSE;
  if ((flags & CLOSES_P) != 0 && is_open (open, "p", 1))
    return FALSE;
  if ((flags & LIST_ITEM) != 0 && nearest_is (open, LIST_SCOPE, LIST_ITEM))
    return FALSE;
  if ((flags & DEFINITION) != 0 && nearest_is (open, DEFINITION_SCOPE, DEFINITION))
    return FALSE;
  if ((flags & CLOSES_CELL) != 0 && nearest_is (open, CELL_SCOPE, CELL))
    return FALSE;
  if ((flags & UNNESTABLE) != 0 && is_open (open, name, length))
    return FALSE;
  if ((flags & HEADING) != 0 && top_is (open, HEADING))
    return FALSE;
  if ((flags & OPTION) != 0 && top_is (open, OPTION))
    return FALSE;
  if ((flags & RUBY_TEXT) != 0 && top_is (open, RUBY_TEXT))
    return FALSE;
  if (top_is (open, TABLE_SECTION) && (flags & TABLE_CONTENT) == 0)
    return FALSE;

  return TRUE;
}

/* Text inside a table but outside its cells goes before the table. */
static gboolean
is_text_in_place (GArray     *open,
                  const char *text,
                  const char *end)
{
  if (!top_is (open, TABLE_SECTION))
    return TRUE;

  for (const char *p = text; p < end; p++)
    if (!is_blank (*p))
      return FALSE;

  return TRUE;
}

typedef struct {
  GArray     *pieces;
  /* Where scripts start that are part of no piece yet. */
  const char *vanished;
} Level;

/* Scripts join the piece after them, or the one before them at the end
 * of the level; text on both sides of a script makes one text node. */
static void
add_piece (Level           *level,
           BylineHtmlPiece *piece)
{
  BylineHtmlPiece *last = NULL;

  if (level->pieces->len > 0)
    last = &g_array_index (level->pieces, BylineHtmlPiece, level->pieces->len - 1);

  if (level->vanished != NULL)
    {
      if (piece->kind == BYLINE_HTML_PIECE_TEXT && last != NULL && last->kind == BYLINE_HTML_PIECE_TEXT)
        {
          last->end = piece->end;
          level->vanished = NULL;
          return;
        }

      piece->start = level->vanished;
      level->vanished = NULL;
    }

  g_array_append_val (level->pieces, *piece);
}

static void
end_level (Level      *level,
           const char *end)
{
  if (level->vanished != NULL && level->pieces->len > 0)
    g_array_index (level->pieces, BylineHtmlPiece, level->pieces->len - 1).end = end;
}

/**
 * byline_html_cut:
 * @p: the start of one level of an element's content
 * @end: its end
 *
 * Cuts one level of content into the pieces a browser makes a node of
 * each, scripts left aside: WebKit makes no node of them with JavaScript
 * markup off, so they join the piece after them.
 *
 * Returns: (transfer full) (nullable) (element-type BylineHtmlPiece): the
 *   pieces, or %NULL when a browser might make other nodes
 */
GArray *
byline_html_cut (const char *p,
                 const char *end)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (BylineHtmlPiece));
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (OpenElement));
  Level level = { pieces, NULL };

  while (p < end)
    {
      const char *markup = find_markup (p, end);
      const char *tag_end;
      const char *name;
      gsize length;
      guint flags;

      if (markup > p)
        {
          if (!is_text_in_place (open, p, markup))
            return NULL;
          if (open->len == 0)
            {
              BylineHtmlPiece piece = { BYLINE_HTML_PIECE_TEXT, p, markup, NULL, NULL, NULL, 0 };

              add_piece (&level, &piece);
            }
          p = markup;
          continue;
        }

      if (p[1] == '?')
        return NULL;

      /* Comments; a browser drops a doctype and reads other declarations
       * as comments that end elsewhere. */
      if (p[1] == '!')
        {
          const char *close = strncmp (p, "<!--", MIN (4, end - p)) == 0 ? find_comment_end (p, end) : NULL;

          if (close == NULL)
            return NULL;
          if (open->len == 0)
            {
              BylineHtmlPiece piece = { BYLINE_HTML_PIECE_COMMENT, p, close, NULL, NULL, NULL, 0 };

              add_piece (&level, &piece);
            }
          p = close;
          continue;
        }

      if ((tag_end = byline_html_find_tag_end (p, end)) == NULL)
        return NULL;

      if (p[1] == '/')
        {
          OpenElement top;

          name = p + 2;
          length = tag_name_length (name, end);
          if (length == 0 || !g_ascii_isalpha (*name) || open->len == 0)
            return NULL;

          top = g_array_index (open, OpenElement, open->len - 1);
          if (!same_name (top.name, top.name_length, name, length))
            return NULL;

          g_array_set_size (open, open->len - 1);
          if (open->len == 0)
            {
              BylineHtmlPiece piece = { BYLINE_HTML_PIECE_ELEMENT, top.start, tag_end, NULL, NULL, top.name, top.name_length };

              if ((top.flags & NOT_ENTERED) == 0)
                {
                  piece.content = top.content;
                  piece.content_end = p;
                }
              add_piece (&level, &piece);
            }
          p = tag_end;
          continue;
        }

      name = p + 1;
      length = tag_name_length (name, end);
      flags = element_flags (name, length);
      if (!is_start_tag_in_place (open, name, length, flags))
        return NULL;

      if ((flags & (VOID | RAW_TEXT | FOREIGN)) != 0)
        {
          const char *element_end = tag_end;

          if ((flags & RAW_TEXT) != 0)
            element_end = find_raw_text_end (tag_end, end, name, length);
          else if ((flags & FOREIGN) != 0 && tag_end[-2] != '/')
            element_end = find_foreign_end (tag_end, end, name, length);

          if (element_end == NULL)
            return NULL;
          if (open->len == 0 && (flags & VANISHES) != 0)
            {
              if (level.vanished == NULL)
                level.vanished = p;
            }
          else if (open->len == 0)
            {
              BylineHtmlPiece piece = { BYLINE_HTML_PIECE_ELEMENT, p, element_end, NULL, NULL, name, length };

              add_piece (&level, &piece);
            }
          p = element_end;
          continue;
        }

      {
        OpenElement element = { name, length, flags, p, tag_end };

        g_array_append_val (open, element);
      }
      p = tag_end;
    }

  if (open->len > 0)
    return NULL;

  end_level (&level, p);
  return g_steal_pointer (&pieces);
}

