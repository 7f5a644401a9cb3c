/* byline-slug.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "byline-slug.h"

/* Latin letters that Hexo's escapeDiacritic turns into plain ones although
 * Unicode gives them no canonical decomposition (stroked, hooked and
 * ligatured letters). Sorted by code point for bsearch(). */
typedef struct {
  gunichar    letter;
  const char *base;
} BaseLetter;

static const BaseLetter undecomposable[] = {
  { 0x00C6, "AE" }, { 0x00D8, "O" },  { 0x00DF, "s" },  { 0x00E6, "ae" },
  { 0x00F8, "o" },  { 0x0110, "D" },  { 0x0111, "d" },  { 0x0126, "H" },
  { 0x0127, "h" },  { 0x0131, "i" },  { 0x013F, "L" },  { 0x0140, "l" },
  { 0x0141, "L" },  { 0x0142, "l" },  { 0x0149, "n" },  { 0x0152, "OE" },
  { 0x0153, "oe" }, { 0x0166, "T" },  { 0x0167, "t" },  { 0x017F, "l" },
  { 0x0180, "b" },  { 0x0181, "B" },  { 0x0182, "B" },  { 0x0183, "b" },
  { 0x0186, "O" },  { 0x0187, "C" },  { 0x0188, "c" },  { 0x0189, "D" },
  { 0x018A, "D" },  { 0x018B, "D" },  { 0x018C, "d" },  { 0x018E, "E" },
  { 0x0190, "E" },  { 0x0191, "F" },  { 0x0192, "f" },  { 0x0193, "G" },
  { 0x0195, "hv" }, { 0x0197, "I" },  { 0x0198, "K" },  { 0x0199, "k" },
  { 0x019A, "l" },  { 0x019C, "M" },  { 0x019D, "N" },  { 0x019E, "n" },
  { 0x019F, "O" },  { 0x01A2, "OI" }, { 0x01A3, "oi" }, { 0x01A4, "P" },
  { 0x01A5, "p" },  { 0x01AC, "T" },  { 0x01AD, "t" },  { 0x01AE, "T" },
  { 0x01B2, "V" },  { 0x01B3, "Y" },  { 0x01B4, "y" },  { 0x01B5, "Z" },
  { 0x01B6, "z" },  { 0x01C4, "DZ" }, { 0x01C5, "Dz" }, { 0x01C6, "dz" },
  { 0x01C7, "LJ" }, { 0x01C8, "Lj" }, { 0x01C9, "lj" }, { 0x01CA, "NJ" },
  { 0x01CB, "Nj" }, { 0x01CC, "nj" }, { 0x01DD, "e" },  { 0x01E2, "AE" },
  { 0x01E3, "ae" }, { 0x01E4, "G" },  { 0x01E5, "g" },  { 0x01F1, "DZ" },
  { 0x01F2, "Dz" }, { 0x01F3, "dz" }, { 0x01FC, "AE" }, { 0x01FD, "ae" },
  { 0x01FE, "O" },  { 0x01FF, "o" },  { 0x0220, "N" },  { 0x0222, "OU" },
  { 0x0223, "ou" }, { 0x0224, "Z" },  { 0x0225, "z" },  { 0x023A, "A" },
  { 0x023B, "C" },  { 0x023C, "c" },  { 0x023D, "L" },  { 0x023E, "T" },
  { 0x023F, "s" },  { 0x0240, "z" },  { 0x0243, "B" },  { 0x0244, "U" },
  { 0x0245, "V" },  { 0x0247, "e" },  { 0x0248, "J" },  { 0x0249, "j" },
  { 0x024A, "Q" },  { 0x024B, "q" },  { 0x024C, "R" },  { 0x024D, "r" },
  { 0x024E, "Y" },  { 0x024F, "y" },  { 0x0250, "a" },  { 0x0253, "b" },
  { 0x0254, "o" },  { 0x0256, "d" },  { 0x0257, "d" },  { 0x025B, "e" },
  { 0x0260, "g" },  { 0x0265, "h" },  { 0x0268, "i" },  { 0x026B, "l" },
  { 0x026F, "m" },  { 0x0271, "m" },  { 0x0272, "n" },  { 0x0275, "o" },
  { 0x027D, "r" },  { 0x0288, "t" },  { 0x0289, "u" },  { 0x028B, "v" },
  { 0x028C, "v" },  { 0x1D79, "g" },  { 0x1D7D, "p" },  { 0x1E9A, "a" },
  { 0x1E9B, "s" },  { 0x1E9E, "S" },  { 0x1EFE, "Y" },  { 0x1EFF, "y" },
};

static int
compare_letter (const void *key,
                const void *element)
{
  gunichar letter = *(const gunichar *) key;
  gunichar other = *(const gunichar *) element;

  return letter < other ? -1 : letter > other;
}

/* Writes the plain letters Hexo would put for @c into @out, or returns
 * FALSE when Hexo keeps @c. */
static gboolean
append_base_letter (GString  *out,
                    gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  GUnicodeType type;
  gsize n;

  /* Full-width and circled Latin letters. */
  if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
    {
      g_string_append_c (out, (char) (c - 0xFF21 + 'A'));
      return TRUE;
    }
  if (c >= 0x24B6 && c <= 0x24E9)
    {
      g_string_append_c (out, (char) (c < 0x24D0 ? c - 0x24B6 + 'A' : c - 0x24D0 + 'a'));
      return TRUE;
    }

  {
    const void *found = bsearch (&c, undecomposable, G_N_ELEMENTS (undecomposable),
                                 sizeof undecomposable[0], compare_letter);

    if (found != NULL)
      {
        g_string_append (out, ((const BaseLetter *) found)->base);
        return TRUE;
      }
  }

  /* A Latin letter with accents: its first canonical part, when that is a
   * plain letter and the rest are marks. */
  type = g_unichar_type (c);
  if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_LATIN ||
      (type != G_UNICODE_UPPERCASE_LETTER && type != G_UNICODE_LOWERCASE_LETTER &&
       type != G_UNICODE_TITLECASE_LETTER))
    return FALSE;

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  if (n < 2 || decomposed[0] > 0x7F || !g_ascii_isalpha ((char) decomposed[0]))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_unichar_ismark (decomposed[i]))
      return FALSE;

  g_string_append_c (out, (char) decomposed[0]);
  return TRUE;
}

/**
 * byline_escape_diacritics:
 * @text: UTF-8 text
 *
 * Replaces accented Latin letters by plain ones, as hexo-util's
 * escapeDiacritic does: `Ça va` becomes `Ca va`, `Ærø` becomes `AEro`.
 * Other scripts are kept.
 *
 * Returns: (transfer full): the text without diacritics
 */
char *
byline_escape_diacritics (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 || !append_base_letter (out, c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The control characters a file name must not carry: C0, DEL and C1.
 * Hexo removes only C0; the others make names no one can type either. */
static gboolean
is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/* What Hexo's slugize turns into the separator: JavaScript's `\s` and every
 * ASCII punctuation character. */
static gboolean
is_hexo_special (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isspace ((char) c) || g_ascii_ispunct ((char) c);

  return g_unichar_isspace (c) || c == 0xFEFF;
}

/* Joins the characters of @text that @keep accepts, with one `-` for each
 * run of the others, and no `-` at either end. */
static char *
join_kept_runs (const char *text,
                gboolean  (*keep) (gunichar c))
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_separator = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_control (c))
        continue;

      if (!keep (c))
        {
          pending_separator = out->len > 0;
          continue;
        }

      if (pending_separator)
        g_string_append_c (out, '-');
      pending_separator = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_kept_by_hexo (gunichar c)
{
  return !is_hexo_special (c);
}

/**
 * byline_slugize_hexo:
 * @title: a post's title
 * @filename_case: the site's `filename_case`
 *
 * Makes a file name from @title as Hexo's slugize does: diacritics
 * escaped, whitespace and ASCII punctuation turned into `-`, everything
 * else (Han, kana, full-width punctuation) kept. Control characters are
 * dropped.
 *
 * Returns: (transfer full): the slug, empty when @title has nothing to keep
 */
char *
byline_slugize_hexo (const char         *title,
                     BylineFilenameCase  filename_case)
{
  g_autofree char *escaped = NULL;
  g_autofree char *slug = NULL;

  g_return_val_if_fail (title != NULL, NULL);

  escaped = byline_escape_diacritics (title);
  slug = join_kept_runs (escaped, is_kept_by_hexo);

  switch (filename_case)
    {
    case BYLINE_FILENAME_CASE_LOWER:
      return g_utf8_strdown (slug, -1);
    case BYLINE_FILENAME_CASE_UPPER:
      return g_utf8_strup (slug, -1);
    case BYLINE_FILENAME_CASE_KEEP:
    default:
      return g_steal_pointer (&slug);
    }
}

static gboolean
is_word_character (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c) ||
         g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

/**
 * byline_slugize:
 * @title: a post's title
 *
 * Makes a file name from @title as Jekyll's slugify does by default:
 * letters (Han included), marks and digits kept, every other run turned
 * into `-`, lower-cased. Byline names Hugo posts the same way, since Hugo
 * lower-cases URLs.
 *
 * Returns: (transfer full): the slug, empty when @title has nothing to keep
 */
char *
byline_slugize (const char *title)
{
  g_autofree char *slug = NULL;

  g_return_val_if_fail (title != NULL, NULL);

  slug = join_kept_runs (title, is_word_character);
  return g_utf8_strdown (slug, -1);
}
