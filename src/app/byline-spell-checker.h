/* byline-spell-checker.h: the dictionaries of enchant, and which words
 * they know
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SPELL_CHECKER (byline_spell_checker_get_type ())

G_DECLARE_FINAL_TYPE (BylineSpellChecker, byline_spell_checker, BYLINE, SPELL_CHECKER, GObject)

BylineSpellChecker  *byline_spell_checker_get_default     (void);
char               **byline_spell_checker_list_languages  (BylineSpellChecker *self);
const char          *byline_spell_checker_get_language    (BylineSpellChecker *self);
void                 byline_spell_checker_set_language    (BylineSpellChecker *self,
                                                           const char         *language);
gboolean             byline_spell_checker_has_dictionary  (BylineSpellChecker *self);
gboolean             byline_spell_checker_check_word      (BylineSpellChecker *self,
                                                           const char         *word,
                                                           gssize              length);
char               **byline_spell_checker_suggest         (BylineSpellChecker *self,
                                                           const char         *word,
                                                           gssize              length);
void                 byline_spell_checker_add_word        (BylineSpellChecker *self,
                                                           const char         *word,
                                                           gssize              length);
void                 byline_spell_checker_ignore_word     (BylineSpellChecker *self,
                                                           const char         *word,
                                                           gssize              length);

G_END_DECLS
