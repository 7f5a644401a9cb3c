/* byline-word-count.c: how long a post's body is, in words, characters
 * and minutes of reading, in Chinese, Japanese and Korean as in English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-prose.h"
#include "byline-word-count.h"

typedef enum {
  OUTSIDE_WORD,
  IN_WORD,
  /* After an apostrophe, hyphen or underscore inside a word (`don't`,
   * `e-mail`, `snake_case`), or a point or comma inside a number
   * (`3.14`, `1,000`): a letter or digit now goes on with the same word. */
  AFTER_JOINER,
} WordState;

typedef struct {
  const char      *text;
  BylineWordCount *count;
  WordState        state;
  gboolean         last_was_digit;
} Counter;

static gboolean
joins_word (gunichar c,
            gboolean after_digit)
{
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011 || c == '_' ||
         (after_digit && (c == '.' || c == ','));
}

/* Counts a character that is no space and no CJK character: a letter or
 * digit goes on with a word or starts one. */
static void
count_other (Counter  *counter,
             gunichar  c,
             gboolean  is_alnum,
             gboolean  is_digit)
{
  BylineWordCount *count = counter->count;

  count->characters++;

  if (is_alnum)
    {
      if (counter->state == OUTSIDE_WORD)
        {
          count->other_words++;
          count->words++;
        }
      counter->state = IN_WORD;
      counter->last_was_digit = is_digit;
    }
  else if (counter->state == IN_WORD && joins_word (c, counter->last_was_digit))
    counter->state = AFTER_JOINER;
  else
    counter->state = OUTSIDE_WORD;
}

/* ASCII goes the quick way, without the Unicode tables: most of any body
 * is ASCII. */
static void
count_ascii (Counter *counter,
             char     c)
{
  if (g_ascii_isspace (c))
    counter->state = OUTSIDE_WORD;
  else
    count_other (counter, c, g_ascii_isalnum (c), g_ascii_isdigit (c));
}

static void
count_character (Counter  *counter,
                 gunichar  c)
{
  BylineWordCount *count = counter->count;

  if (c < 0x80)
    count_ascii (counter, c);
  else if (g_unichar_isspace (c))
    counter->state = OUTSIDE_WORD;
  else if (byline_unichar_is_cjk (c))
    {
      count->characters++;
      count->cjk_characters++;
      count->words++;
      counter->state = OUTSIDE_WORD;
    }
  /* Combining marks, joiners and soft hyphens are parts of the characters
   * they sit on. */
  else if (!g_unichar_iszerowidth (c) && c != 0x00AD)
    count_other (counter, c, g_unichar_isalnum (c), g_unichar_isdigit (c));
}

static void
count_cb (BylineProseKind  kind,
          gsize            start,
          gsize            end,
          gpointer         user_data)
{
  Counter *counter = user_data;
  const char *text = counter->text;

  switch (kind)
    {
    case BYLINE_PROSE_TEXT:
    case BYLINE_PROSE_CODE:
      for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
        {
          if ((guchar) *p < 0x80)
            count_ascii (counter, *p);
          else
            count_character (counter, g_utf8_get_char (p));
        }
      break;

    case BYLINE_PROSE_ENTITY:
      count_character (counter, byline_prose_decode_entity (text + start, end - start));
      break;

    case BYLINE_PROSE_MARKUP:
    case BYLINE_PROSE_ADDRESS:
    default:
      counter->state = OUTSIDE_WORD;
      break;
    }
}

/**
 * byline_word_count:
 * @text: a post's body, valid UTF-8
 * @length: its length in bytes
 * @count: (out caller-allocates): the counts
 *
 * Counts a body as writers count it: each Chinese, Japanese or Korean
 * character is a word, as Chinese word counters count it, and other
 * scripts have words between spaces and punctuation. Markdown syntax,
 * HTML tags, scripts, styles and addresses are not counted; code is, as
 * the reader reads it. Characters are counted without spaces.
 */
void
byline_word_count (const char      *text,
                   gsize            length,
                   BylineBodyKind   kind,
                   BylineWordCount *count)
{
  Counter counter = { text, count, OUTSIDE_WORD, FALSE };

  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (count != NULL);

  *count = (BylineWordCount) { 0 };
  byline_prose_scan (text, length, kind, count_cb, &counter);
}

/**
 * byline_word_count_reading_minutes:
 *
 * Returns: the minutes an average reader takes to read the counted text,
 *   at %BYLINE_CJK_CHARACTERS_PER_MINUTE and %BYLINE_WORDS_PER_MINUTE,
 *   rounded; at least 1 for any text, 0 for none
 */
guint
byline_word_count_reading_minutes (const BylineWordCount *count)
{
  double minutes;

  g_return_val_if_fail (count != NULL, 0);

  if (count->words == 0)
    return 0;

  minutes = (double) count->cjk_characters / BYLINE_CJK_CHARACTERS_PER_MINUTE +
            (double) count->other_words / BYLINE_WORDS_PER_MINUTE;

  return MAX (1, (guint) (minutes + 0.5));
}
