/* byline-prose-words.c: the characters and words of prose: CJK
 * characters, character references and the words a spell checker reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "byline-prose.h"

/* The named character references scraped posts use most; any other reads
 * as one character that is neither a letter nor a space. */
static const struct {
  const char *name;
  gunichar    c;
} named_entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0x00A0 }, { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 },
  { "shy", 0x00AD }, { "zwsp", 0x200B }, { "ndash", 0x2013 }, { "mdash", 0x2014 },
  { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A }, { "ldquo", 0x201C },
  { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "hellip", 0x2026 }, { "middot", 0x00B7 },
  { "bull", 0x2022 }, { "laquo", 0x00AB }, { "raquo", 0x00BB }, { "copy", 0x00A9 },
  { "reg", 0x00AE }, { "trade", 0x2122 }, { "times", 0x00D7 }, { "divide", 0x00F7 },
  { "deg", 0x00B0 }, { "euro", 0x20AC }, { "yen", 0x00A5 }, { "pound", 0x00A3 },
  { "cent", 0x00A2 }, { "sect", 0x00A7 }, { "para", 0x00B6 },
};

/**
 * byline_prose_decode_entity:
 * @entity: a character reference, `&` to `;`, as byline_prose_scan() finds
 *
 * Returns: the character @entity stands for; U+FFFD for a name Byline does
 *   not know or a number that is no character
 */
gunichar
byline_prose_decode_entity (const char *entity,
                            gsize       length)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (entity != NULL, 0xFFFD);

  if (length < 3 || entity[0] != '&' || entity[length - 1] != ';')
    return 0xFFFD;

  name = g_strndup (entity + 1, length - 2);

  if (name[0] == '#')
    {
      gboolean is_hex = name[1] == 'x' || name[1] == 'X';
      gunichar c = strtoul (name + 1 + is_hex, NULL, is_hex ? 16 : 10);

      return g_unichar_validate (c) && c != 0 ? c : 0xFFFD;
    }

  for (guint i = 0; i < G_N_ELEMENTS (named_entities); i++)
    if (strcmp (name, named_entities[i].name) == 0)
      return named_entities[i].c;

  return 0xFFFD;
}

/**
 * byline_unichar_is_cjk:
 *
 * Whether @c is a Chinese, Japanese or Korean character: a Han ideograph,
 * kana, a Hangul syllable or jamo, or Bopomofo. Such text has no spaces
 * between words, so each character counts as a word, and no spell
 * checker's dictionary of words applies to it.
 */
gboolean
byline_unichar_is_cjk (gunichar c)
{
  GUnicodeScript script;

  /* Hangul jamo are the first CJK letters. */
  if (c < 0x1100)
    return FALSE;

  /* The prolonged sound mark belongs to katakana words, though Unicode
   * files it under the common script. */
  if (c == 0x30FC || c == 0xFF70)
    return TRUE;

  if (!g_unichar_isalpha (c) && g_unichar_type (c) != G_UNICODE_LETTER_NUMBER)
    return FALSE;

  script = g_unichar_get_script (c);
  return script == G_UNICODE_SCRIPT_HAN ||
         script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA ||
         script == G_UNICODE_SCRIPT_HANGUL ||
         script == G_UNICODE_SCRIPT_BOPOMOFO;
}

typedef struct {
  const char      *text;
  GArray          *words;
  BylineProseKind  last_kind;
  gsize            last_end;
} WordFinder;

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Characters that make a token a file name, an identifier or an address
 * (`index.md`, `snake_case`, `a/b`) when a letter or digit follows. */
static gboolean
is_joiner (gunichar c)
{
  return c == '.' || c == '_' || c == '/' || c == '\\' || c == '@' || c == ':';
}

static gboolean
is_latin_alnum (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return (g_unichar_isalnum (c) || g_unichar_ismark (c)) && !byline_unichar_is_cjk (c);
}

/* Whether a spell checker should read the token: no digits and no joiner
 * in it, and not written as an acronym (`GTK`) or an identifier
 * (`GtkSourceView`): writers use those on purpose. */
static gboolean
is_checkable (const char *start,
              const char *end,
              gboolean    has_joiner)
{
  guint upper = 0;
  guint letters = 0;
  gboolean lower_seen = FALSE;

  if (has_joiner)
    return FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        return FALSE;
      if (!g_unichar_isalpha (c))
        continue;

      letters++;
      if (g_unichar_isupper (c))
        {
          if (lower_seen)
            return FALSE;
          upper++;
        }
      else
        lower_seen = TRUE;
    }

  return letters > 0 && !(upper >= 2 && upper == letters);
}

static void
add_word (WordFinder *finder,
          gsize       start,
          gsize       end)
{
  BylineProseWord word = { start, end };

  g_array_append_val (finder->words, word);
}

static void
find_words_cb (BylineProseKind  kind,
               gsize            start,
               gsize            end,
               gpointer         user_data)
{
  WordFinder *finder = user_data;
  const char *text = finder->text;
  const char *p = text + start;
  const char *stop = text + end;

  /* A word that touches a character reference (`don&rsquo;t`) is only
   * part of one: leave it be. */
  if (kind == BYLINE_PROSE_ENTITY && finder->words->len > 0 &&
      g_array_index (finder->words, BylineProseWord, finder->words->len - 1).end == start)
    g_array_set_size (finder->words, finder->words->len - 1);

  if (kind != BYLINE_PROSE_TEXT)
    {
      finder->last_kind = kind;
      finder->last_end = end;
      return;
    }

  while (p < stop)
    {
      const char *word = p;
      gboolean has_joiner = FALSE;

      if (!is_latin_alnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      while (p < stop)
        {
          gunichar c = g_utf8_get_char (p);
          const char *after = g_utf8_next_char (p);
          gunichar next = after < stop ? g_utf8_get_char (after) : 0;

          if (is_latin_alnum (c))
            p = after;
          else if (is_apostrophe (c) && g_unichar_isalpha (next) && !byline_unichar_is_cjk (next))
            p = after;
          else if (is_joiner (c) && is_latin_alnum (next))
            {
              has_joiner = TRUE;
              p = after;
            }
          else
            break;
        }

      if (word == text + start && finder->last_kind == BYLINE_PROSE_ENTITY && finder->last_end == start)
        continue;

      if (is_checkable (word, p, has_joiner))
        add_word (finder, word - text, p - text);
    }

  finder->last_kind = kind;
  finder->last_end = end;
}

/**
 * byline_prose_find_words:
 *
 * Finds the words a spell checker should read: the words of the text,
 * but not code, markup or addresses, no Chinese, Japanese or Korean text,
 * and no token with digits, acronym or identifier.
 *
 * Returns: (transfer full) (element-type BylineProseWord): the words, in
 *   order
 */
GArray *
byline_prose_find_words (const char     *text,
                         gsize           length,
                         BylineBodyKind  kind)
{
  WordFinder finder = { text, NULL, BYLINE_PROSE_MARKUP, 0 };

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  finder.words = g_array_new (FALSE, FALSE, sizeof (BylineProseWord));
  byline_prose_scan (text, length, kind, find_words_cb, &finder);

  return finder.words;
}
