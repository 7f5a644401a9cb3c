/* byline-word-count.h: how long a post's body is, in words, characters
 * and minutes of reading, in Chinese, Japanese and Korean as in English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-post.h"

G_BEGIN_DECLS

/* How fast people read, on average: Chinese, Japanese and Korean in
 * characters a minute, other languages in words a minute. */
#define BYLINE_CJK_CHARACTERS_PER_MINUTE 300
#define BYLINE_WORDS_PER_MINUTE          240

typedef struct {
  /* Each CJK character, and each word of other scripts. */
  guint words;
  guint cjk_characters;
  guint other_words;
  /* Every character the reader reads but spaces. */
  guint characters;
} BylineWordCount;

void  byline_word_count                 (const char            *text,
                                         gsize                  length,
                                         BylineBodyKind         kind,
                                         BylineWordCount       *count);
guint byline_word_count_reading_minutes (const BylineWordCount *count);

G_END_DECLS
