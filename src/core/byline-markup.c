/* byline-markup.c: what the formatting commands write, in Markdown or in
 * HTML as the body is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-html.h"
#include "byline-markup.h"
#include "byline-prose.h"

/* The HTML elements of each style; the first is the one Byline writes. */
static const char * const bold_elements[] = { "strong", "b", NULL };
static const char * const italic_elements[] = { "em", "i", NULL };

void
byline_markup_edit_clear (BylineMarkupEdit *edit)
{
  g_clear_pointer (&edit->replacement, g_free);
}

static void
set_edit (BylineMarkupEdit *edit,
          gsize             start,
          gsize             end,
          char             *replacement,
          gsize             select_start,
          gsize             select_end)
{
  g_free (edit->replacement);
  edit->start = start;
  edit->end = end;
  edit->replacement = replacement;
  edit->select_start = select_start;
  edit->select_end = select_end;
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Emphasis is around the words, not around the spaces next to them: `**
 * word **` is no emphasis in Markdown. */
static void
trim_selection (const char *lines,
                gsize      *start,
                gsize      *end)
{
  while (*start < *end && is_blank (lines[*start]))
    (*start)++;
  while (*end > *start && is_blank (lines[*end - 1]))
    (*end)--;
}

static gboolean
is_word_character (gunichar c)
{
  return g_unichar_isalnum (c) && !byline_unichar_is_cjk (c);
}

/* Without a selection, a style goes to the word the cursor is in; text
 * without spaces between its words (Chinese) has no word to take. */
static void
expand_to_word (const char *lines,
                gsize      *start,
                gsize      *end)
{
  while (*start > 0)
    {
      const char *previous = g_utf8_find_prev_char (lines, lines + *start);

      if (previous == NULL || !is_word_character (g_utf8_get_char (previous)))
        break;
      *start = previous - lines;
    }

  while (lines[*end] != '\0' && is_word_character (g_utf8_get_char (lines + *end)))
    *end = g_utf8_next_char (lines + *end) - lines;
}

/* How many of @marker's characters a run of @run of them gives a style:
 * `**` is bold, `*` italic, `***` both. */
static gsize
markers_of_style (BylineMarkupStyle style,
                  gsize             run)
{
  if (style == BYLINE_MARKUP_BOLD)
    return run >= 2 ? 2 : 0;

  return run % 2 == 1 ? 1 : 0;
}

static gsize
run_before (const char *lines,
            gsize       pos,
            gsize       floor,
            char        c)
{
  gsize n = 0;

  while (pos - n > floor && lines[pos - n - 1] == c)
    n++;

  return n;
}

static gsize
run_after (const char *lines,
           gsize       pos,
           gsize       ceiling,
           char        c)
{
  gsize n = 0;

  while (pos + n < ceiling && lines[pos + n] == c)
    n++;

  return n;
}

static void
toggle_markdown_style (BylineMarkupStyle  style,
                       const char        *lines,
                       gsize              start,
                       gsize              end,
                       BylineMarkupEdit  *edit)
{
  const char *marker = style == BYLINE_MARKUP_BOLD ? "**" : "*";
  gsize length = strlen (lines);
  gsize text_length = end - start;

  /* The markers around the selection, then those just inside it. */
  for (const char *c = "*_"; *c != '\0'; c++)
    {
      gsize outside = markers_of_style (style, MIN (run_before (lines, start, 0, *c),
                                                    run_after (lines, end, length, *c)));
      gsize inside = markers_of_style (style, MIN (run_after (lines, start, end, *c),
                                                   run_before (lines, end, start, *c)));

      if (outside > 0 && (start != end || run_before (lines, start, 0, *c) == outside))
        {
          set_edit (edit, start - outside, end + outside,
                    g_strndup (lines + start, text_length), 0, text_length);
          return;
        }

      if (inside > 0 && text_length > 2 * inside)
        {
          set_edit (edit, start, end,
                    g_strndup (lines + start + inside, text_length - 2 * inside),
                    0, text_length - 2 * inside);
          return;
        }
    }

  set_edit (edit, start, end,
            g_strdup_printf ("%s%.*s%s", marker, (int) text_length, lines + start, marker),
            strlen (marker), strlen (marker) + text_length);
}

/* The element of @elements whose start tag ends at @pos and whose end tag
 * starts at @close_pos, if any. */
static const char *
find_element_around (const char         *lines,
                     gsize               pos,
                     gsize               close_pos,
                     const char * const *elements)
{
  for (guint i = 0; elements[i] != NULL; i++)
    {
      g_autofree char *open = g_strdup_printf ("<%s>", elements[i]);
      g_autofree char *close = g_strdup_printf ("</%s>", elements[i]);
      gsize open_length = strlen (open);

      if (pos >= open_length && g_ascii_strncasecmp (lines + pos - open_length, open, open_length) == 0 &&
          g_ascii_strncasecmp (lines + close_pos, close, strlen (close)) == 0)
        return elements[i];
    }

  return NULL;
}

static void
toggle_html_style (BylineMarkupStyle  style,
                   const char        *lines,
                   gsize              start,
                   gsize              end,
                   BylineMarkupEdit  *edit)
{
  const char * const *elements = style == BYLINE_MARKUP_BOLD ? bold_elements : italic_elements;
  gsize text_length = end - start;
  const char *element;

  if ((element = find_element_around (lines, start, end, elements)) != NULL)
    {
      gsize open_length = strlen (element) + 2;

      set_edit (edit, start - open_length, end + open_length + 1,
                g_strndup (lines + start, text_length), 0, text_length);
      return;
    }

  for (guint i = 0; elements[i] != NULL; i++)
    {
      gsize open_length = strlen (elements[i]) + 2;

      if (text_length > 2 * open_length + 1 &&
          find_element_around (lines, start + open_length, end - open_length - 1, elements) == elements[i])
        {
          gsize inner_length = text_length - 2 * open_length - 1;

          set_edit (edit, start, end, g_strndup (lines + start + open_length, inner_length),
                    0, inner_length);
          return;
        }
    }

  set_edit (edit, start, end,
            g_strdup_printf ("<%s>%.*s</%s>", elements[0], (int) text_length, lines + start, elements[0]),
            strlen (elements[0]) + 2, strlen (elements[0]) + 2 + text_length);
}

/**
 * byline_markup_toggle_style:
 * @lines: the whole lines the selection is in
 * @selection_start: the selection, in bytes of @lines
 * @edit: (out caller-allocates): the change to make
 *
 * Makes the selected text bold or italic (`**`, `*`; <strong>, <em>), or
 * plain again when it already is. Without a selection, the word the
 * cursor is in is styled; outside words, a pair of markers goes in with
 * the cursor between them.
 */
void
byline_markup_toggle_style (BylineBodyKind     kind,
                            BylineMarkupStyle  style,
                            const char        *lines,
                            gsize              selection_start,
                            gsize              selection_end,
                            BylineMarkupEdit  *edit)
{
  gsize caret;
  gboolean is_caret;

  g_return_if_fail (lines != NULL);
  g_return_if_fail (selection_start <= selection_end && selection_end <= strlen (lines));
  g_return_if_fail (edit != NULL);

  caret = selection_start;
  is_caret = selection_start == selection_end;
  if (is_caret)
    expand_to_word (lines, &selection_start, &selection_end);
  else
    trim_selection (lines, &selection_start, &selection_end);

  if (kind == BYLINE_BODY_HTML)
    toggle_html_style (style, lines, selection_start, selection_end, edit);
  else
    toggle_markdown_style (style, lines, selection_start, selection_end, edit);

  /* The cursor keeps its place in the word. */
  if (is_caret)
    edit->select_start = edit->select_end = edit->select_start + (caret - selection_start);
}

static gboolean
looks_like_address (const char *text,
                    gsize       length)
{
  g_autofree char *copy = g_strndup (text, length);
  g_autofree char *scheme = g_uri_parse_scheme (copy);

  for (gsize i = 0; i < length; i++)
    if (is_blank (text[i]))
      return FALSE;

  return (scheme != NULL && (strstr (copy, "://") != NULL || g_ascii_strcasecmp (scheme, "mailto") == 0)) ||
         g_ascii_strncasecmp (copy, "www.", 4) == 0;
}

/**
 * byline_markup_insert_link:
 * @edit: (out caller-allocates): the change to make
 *
 * Makes the selected text a link, with the cursor where its address goes;
 * a selected address becomes the link's address, and an empty selection
 * an empty link, with the cursor where its text goes.
 */
void
byline_markup_insert_link (BylineBodyKind     kind,
                           const char        *lines,
                           gsize              selection_start,
                           gsize              selection_end,
                           BylineMarkupEdit  *edit)
{
  gsize length;
  g_autoptr(GString) escaped = g_string_new (NULL);
  const char *text;

  g_return_if_fail (lines != NULL);
  g_return_if_fail (selection_start <= selection_end && selection_end <= strlen (lines));
  g_return_if_fail (edit != NULL);

  trim_selection (lines, &selection_start, &selection_end);
  text = lines + selection_start;
  length = selection_end - selection_start;

  if (kind == BYLINE_BODY_MARKDOWN && (length == 0 || looks_like_address (text, length)))
    set_edit (edit, selection_start, selection_end, g_strdup_printf ("[](%.*s)", (int) length, text), 1, 1);
  else if (kind == BYLINE_BODY_MARKDOWN)
    set_edit (edit, selection_start, selection_end, g_strdup_printf ("[%.*s]()", (int) length, text),
              length + 3, length + 3);
  else if (looks_like_address (text, length))
    {
      byline_html_append_escaped (escaped, text, length);
      set_edit (edit, selection_start, selection_end,
                g_strdup_printf ("<a href=\"%s\"></a>", escaped->str),
                escaped->len + 11, escaped->len + 11);
    }
  else
    set_edit (edit, selection_start, selection_end,
              g_strdup_printf ("<a href=\"\">%.*s</a>", (int) length, text), 9, 9);
}

/* A line seen as a heading or a paragraph: where its text starts and ends
 * after its indentation and its markers or tags, and its heading level, 0
 * for none. */
typedef struct {
  gsize    start;
  gsize    indent_end;
  gsize    text_start;
  gsize    text_end;
  gsize    end;
  guint    level;
  gboolean has_tags;
} Line;

static void
read_markdown_line (const char *lines,
                    Line       *line)
{
  gsize p = line->start;
  gsize hashes = 0;

  while (p < line->end && p - line->start < 3 && lines[p] == ' ')
    p++;
  line->indent_end = line->text_start = p;
  line->text_end = line->end;

  while (p + hashes < line->end && lines[p + hashes] == '#')
    hashes++;
  if (hashes == 0 || hashes > 6 || (p + hashes < line->end && lines[p + hashes] != ' ' && lines[p + hashes] != '\t'))
    return;

  line->level = hashes;
  for (p += hashes; p < line->end && (lines[p] == ' ' || lines[p] == '\t'); p++)
    ;
  line->text_start = p;
}

/* `<h2 class="x">text</h2>` or `<p>text</p>`, alone on its line. */
static void
read_html_line (const char *lines,
                Line       *line)
{
  gsize p = line->start;
  gsize q = line->end;
  guint level = 0;
  g_autofree char *close = NULL;
  const char *tag_end;
  char after_name;

  while (p < q && is_blank (lines[p]))
    p++;
  while (q > p && is_blank (lines[q - 1]))
    q--;
  line->indent_end = line->text_start = p;
  line->text_end = q;

  if (q - p < 7 || lines[p] != '<')
    return;

  if (g_ascii_tolower (lines[p + 1]) == 'h' && lines[p + 2] >= '1' && lines[p + 2] <= '6')
    level = lines[p + 2] - '0';
  else if (g_ascii_tolower (lines[p + 1]) != 'p')
    return;

  after_name = lines[p + 2 + (level > 0)];
  if (!is_blank (after_name) && after_name != '>')
    return;

  close = level > 0 ? g_strdup_printf ("</h%u>", level) : g_strdup ("</p>");
  if ((tag_end = byline_html_find_tag_end (lines + p, lines + q)) == NULL ||
      q - (gsize) (tag_end - lines) < strlen (close) ||
      g_ascii_strncasecmp (lines + q - strlen (close), close, strlen (close)) != 0)
    return;

  line->level = level;
  line->has_tags = TRUE;
  line->text_start = tag_end - lines;
  line->text_end = q - strlen (close);
}

/* Appends @line as a heading of @level, or as a paragraph for 0, and
 * tells where its text went. */
static void
append_line (GString        *out,
             BylineBodyKind  kind,
             const char     *lines,
             const Line     *line,
             guint           level,
             gsize          *text_start,
             gsize          *text_end)
{
  g_string_append_len (out, lines + line->start, line->indent_end - line->start);

  if (kind == BYLINE_BODY_MARKDOWN)
    {
      for (guint i = 0; i < level; i++)
        g_string_append_c (out, '#');
      if (level > 0)
        g_string_append_c (out, ' ');
    }
  else if (level > 0)
    g_string_append_printf (out, "<h%u>", level);
  else if (line->has_tags)
    g_string_append (out, "<p>");

  *text_start = out->len;
  g_string_append_len (out, lines + line->text_start, line->text_end - line->text_start);
  *text_end = out->len;

  if (kind == BYLINE_BODY_HTML && level > 0)
    g_string_append_printf (out, "</h%u>", level);
  else if (kind == BYLINE_BODY_HTML && line->has_tags)
    g_string_append (out, "</p>");
}

/* Where @offset of the old lines is in the new ones: at the same place in
 * its line's text, or at the text's start or end when it was in the
 * markers. */
static gsize
map_offset (gsize       offset,
            const Line *line,
            gsize       text_start,
            gsize       text_end)
{
  if (offset <= line->text_start)
    return text_start;
  if (offset >= line->text_end)
    return text_end;

  return text_start + (offset - line->text_start);
}

/**
 * byline_markup_toggle_heading:
 * @level: 1 to 6
 * @lines: the whole lines the selection is in
 * @edit: (out caller-allocates): the change to make
 *
 * Makes the lines headings of @level (`## `; <h2>), or paragraphs again
 * when the first already is one of that level.
 */
void
byline_markup_toggle_heading (BylineBodyKind     kind,
                              guint              level,
                              const char        *lines,
                              gsize              selection_start,
                              gsize              selection_end,
                              BylineMarkupEdit  *edit)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize length;
  guint new_level = 0;
  gsize select_start = 0;
  gsize select_end = 0;

  g_return_if_fail (level >= 1 && level <= 6);
  g_return_if_fail (lines != NULL);
  g_return_if_fail (selection_start <= selection_end && selection_end <= strlen (lines));
  g_return_if_fail (edit != NULL);

  length = strlen (lines);
  for (gsize start = 0; start <= length;)
    {
      const char *newline = memchr (lines + start, '\n', length - start);
      Line line = { start, start, start, start, newline != NULL ? (gsize) (newline - lines) : length, 0, FALSE };
      gsize text_start, text_end;

      if (kind == BYLINE_BODY_HTML)
        read_html_line (lines, &line);
      else
        read_markdown_line (lines, &line);

      if (start == 0)
        new_level = line.level == level ? 0 : level;
      else
        g_string_append_c (out, '\n');

      append_line (out, kind, lines, &line, new_level, &text_start, &text_end);

      if (selection_start >= line.start && selection_start <= line.end)
        select_start = map_offset (selection_start, &line, text_start, text_end);
      if (selection_end >= line.start && selection_end <= line.end)
        select_end = map_offset (selection_end, &line, text_start, text_end);

      start = line.end + 1;
    }

  set_edit (edit, 0, length, g_string_free (g_steal_pointer (&out), FALSE), select_start, select_end);
}

/**
 * byline_markup_image:
 * @address: where the image is, as a link writes it
 *
 * Returns: (transfer full): the text that shows the image: `![](address)`
 *   or `<img src="address" alt="">`
 */
char *
byline_markup_image (BylineBodyKind  kind,
                     const char     *address)
{
  g_autoptr(GString) escaped = g_string_new (NULL);

  g_return_val_if_fail (address != NULL, NULL);

  if (kind == BYLINE_BODY_MARKDOWN)
    return g_strdup_printf ("![](%s)", address);

  byline_html_append_escaped (escaped, address, -1);
  return g_strdup_printf ("<img src=\"%s\" alt=\"\">", escaped->str);
}

/**
 * byline_markup_escape_address:
 * @file_name: a file's name, as UTF-8
 *
 * Returns: (transfer full): @file_name as a relative link writes it: spaces,
 *   parentheses, `%`, `#` and `?` escaped; letters of any script kept
 */
char *
byline_markup_escape_address (const char *file_name)
{
  g_return_val_if_fail (file_name != NULL, NULL);

  return g_uri_escape_string (file_name, "!$&'*+,;=:@", TRUE);
}
