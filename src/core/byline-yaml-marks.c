/* byline-yaml-marks.c: libyaml's marks and problems as Byline reports them
 *
 * libyaml counts characters from the start of its input; nodes carry byte
 * offsets into the text, and errors the line and column an editor shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-yaml-private.h"

/* @bom_length: the bytes of a byte order mark that libyaml does not see */
void
byline_yaml_marks_init (BylineYamlMarks *self,
                        const char      *text,
                        gsize            length,
                        gsize            bom_length)
{
  self->text = text;
  self->length = length;
  self->bom_length = bom_length;
  self->cursor_chars = 0;
  self->cursor_bytes = bom_length;
  self->line_starts = NULL;
  self->lines_scanned = 0;
}

void
byline_yaml_marks_clear (BylineYamlMarks *self)
{
  g_clear_pointer (&self->line_starts, g_array_unref);
}

/* The byte offset of libyaml's character @index. The cursor moves between
 * the two counts, mostly forwards, as marks come in text order. */
gsize
byline_yaml_marks_offset (BylineYamlMarks *self,
                          gsize            index)
{
  while (self->cursor_chars < index && self->cursor_bytes < self->length)
    {
      self->cursor_bytes = g_utf8_next_char (self->text + self->cursor_bytes) - self->text;
      self->cursor_chars++;
    }
  while (self->cursor_chars > index && self->cursor_bytes > self->bom_length)
    {
      self->cursor_bytes = g_utf8_prev_char (self->text + self->cursor_bytes) - self->text;
      self->cursor_chars--;
    }

  return MIN (self->cursor_bytes, self->length);
}

/* Lines and columns as an editor counts them: lines end at `\n`, columns
 * count characters from 1. */
void
byline_yaml_marks_locate (BylineYamlMarks *self,
                          gsize            offset,
                          guint           *line,
                          guint           *column)
{
  guint low = 0;
  guint high;
  gsize start;

  /* Lines are found as far as they are needed: an error near the start
   * of a huge text does not read all of it. */
  if (self->line_starts == NULL)
    {
      self->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_array_append_val (self->line_starts, self->bom_length);
      self->lines_scanned = self->bom_length;
    }
  for (; self->lines_scanned < MIN (offset, self->length); self->lines_scanned++)
    if (self->text[self->lines_scanned] == '\n')
      {
        gsize next = self->lines_scanned + 1;

        g_array_append_val (self->line_starts, next);
      }

  high = self->line_starts->len;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (self->line_starts, gsize, middle) <= offset)
        low = middle;
      else
        high = middle;
    }

  start = g_array_index (self->line_starts, gsize, low);
  *line = low + 1;
  *column = g_utf8_strlen (self->text + start, MAX (offset, start) - start) + 1;
}

/**
 * byline_yaml_describe_problem:
 *
 * Returns: libyaml's @problem in plain words, translated
 */
const char *
byline_yaml_describe_problem (const char *problem)
{
  static const struct {
    const char *problem;
    const char *message;
  } messages[] = {
    { "mapping values are not allowed in this context",
      N_("A “:” that starts a value is not allowed here; put text that holds “: ” in quotes") },
    { "mapping keys are not allowed in this context",
      N_("A “?” key is not allowed here") },
    { "block sequence entries are not allowed in this context",
      N_("A “- ” list item is not allowed here") },
    { "could not find expected ':'",
      N_("This key has no “:” after it") },
    { "found character that cannot start any token",
      N_("A value cannot start with this character; put the text in quotes") },
    { "found unexpected end of stream",
      N_("The quoted text is never closed") },
    { "found a tab character that violates indentation",
      N_("Tabs cannot indent YAML; use spaces") },
    { "found a tab character where an indentation space is expected",
      N_("Tabs cannot indent YAML; use spaces") },
    { "did not find expected key",
      N_("This line is not indented like the keys around it") },
    { "did not find expected '-' indicator",
      N_("This line is not indented like the list items around it") },
    { "did not find expected node content",
      N_("A value is missing here") },
    { "did not find expected ',' or ']'",
      N_("The list in brackets is not closed with “]”") },
    { "did not find expected ',' or '}'",
      N_("The mapping in braces is not closed with “}”") },
    { "found unknown escape character",
      N_("Unknown escape sequence in double-quoted text") },
    { "did not find expected comment or line break",
      N_("Unexpected text after the value") },
    { "found unexpected document indicator",
      N_("A “---” or “...” line cannot stand inside a value") },
    { "did not find expected <document start>",
      N_("Unexpected text after the end of the value") },
    { "did not find expected alphabetic or numeric character",
      N_("An anchor or alias needs a name") },
    { "found undefined tag handle",
      N_("This tag uses a handle that is not declared") },
    { "control characters are not allowed",
      N_("Control characters are not allowed in YAML") },
  };

  if (problem == NULL)
    return _("The YAML is not valid here");

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (g_str_equal (problem, messages[i].problem))
      return _(messages[i].message);

  if (strstr (problem, "UTF-8") != NULL || strstr (problem, "Unicode") != NULL)
    return _("The text is not valid UTF-8 here");

  return problem;
}
