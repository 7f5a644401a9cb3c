/* byline-spell-checker.c: the dictionaries of enchant, and which words
 * they know
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <enchant.h>
#include <string.h>

#include "byline-spell-checker.h"

/* More suggestions than this only make the menu longer. */
#define MAX_SUGGESTIONS 6

typedef enum {
  WORD_UNKNOWN,
  WORD_CORRECT,
  WORD_MISSPELLED,
} WordState;

struct _BylineSpellChecker
{
  GObject        parent_instance;

  EnchantBroker *broker;
  EnchantDict   *dict;
  /* The language of the dictionary in use, or NULL when there is none. */
  char          *language;
  /* What the dictionary said of each word checked: enchant is quick, but
   * a body repeats its words and is checked again on every scroll. */
  GHashTable    *known;
};

G_DEFINE_FINAL_TYPE (BylineSpellChecker, byline_spell_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
byline_spell_checker_finalize (GObject *object)
{
  BylineSpellChecker *self = (BylineSpellChecker *)object;

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  g_clear_pointer (&self->broker, enchant_broker_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->known, g_hash_table_unref);

  G_OBJECT_CLASS (byline_spell_checker_parent_class)->finalize (object);
}

static void
byline_spell_checker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_checker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      byline_spell_checker_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_checker_class_init (BylineSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_spell_checker_finalize;
  object_class->get_property = byline_spell_checker_get_property;
  object_class->set_property = byline_spell_checker_set_property;

  /**
   * BylineSpellChecker:language:
   *
   * The language of the dictionary in use, such as `en_US`; %NULL when
   * enchant has none for the language asked for. Setting it to %NULL or
   * the empty string picks the desktop's language.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineSpellChecker::changed:
   *
   * The words the checker knows changed: another dictionary, or a word
   * added or ignored. What was checked must be checked again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
byline_spell_checker_init (BylineSpellChecker *self)
{
  self->broker = enchant_broker_init ();
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * byline_spell_checker_get_default:
 *
 * Returns: (transfer none): the checker the whole application shares
 */
BylineSpellChecker *
byline_spell_checker_get_default (void)
{
  static BylineSpellChecker *instance;

  if (instance == NULL)
    instance = g_object_new (BYLINE_TYPE_SPELL_CHECKER, NULL);

  return instance;
}

static void
add_language_cb (const char * const  language,
                 const char * const  provider_name,
                 const char * const  provider_description,
                 const char * const  provider_file,
                 void               *user_data)
{
  GPtrArray *languages = user_data;

  if (!g_ptr_array_find_with_equal_func (languages, language, g_str_equal, NULL))
    g_ptr_array_add (languages, g_strdup (language));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * byline_spell_checker_list_languages:
 *
 * Returns: (transfer full): the languages enchant has dictionaries for,
 *   such as `en_US`, sorted
 */
char **
byline_spell_checker_list_languages (BylineSpellChecker *self)
{
  GPtrArray *languages;

  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);

  languages = g_ptr_array_new ();
  enchant_broker_list_dicts (self->broker, add_language_cb, languages);
  g_ptr_array_sort (languages, compare_strings);
  g_ptr_array_add (languages, NULL);

  return (char **) g_ptr_array_free (languages, FALSE);
}

/* The desktop's first language enchant has a dictionary for: `en_US`
 * from `en_US.UTF-8`, else `en`. */
static char *
find_desktop_language (BylineSpellChecker *self)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *tag = g_strndup (names[i], strcspn (names[i], ".@"));

      if (*tag != '\0' && strcmp (tag, "C") != 0 && strcmp (tag, "POSIX") != 0 &&
          enchant_broker_dict_exists (self->broker, tag))
        return g_steal_pointer (&tag);
    }

  return NULL;
}

const char *
byline_spell_checker_get_language (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);

  return self->language;
}

/**
 * byline_spell_checker_set_language:
 * @language: (nullable): a language enchant knows, such as `en_US`; %NULL
 *   or empty for the desktop's language
 *
 * Checks with the dictionary of @language from now on. Without one, every
 * word passes.
 */
void
byline_spell_checker_set_language (BylineSpellChecker *self,
                                   const char         *language)
{
  g_autofree char *found = NULL;

  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));

  found = language != NULL && *language != '\0' ? g_strdup (language) : find_desktop_language (self);
  if (found != NULL && g_strcmp0 (found, self->language) == 0)
    return;

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  self->dict = found != NULL ? enchant_broker_request_dict (self->broker, found) : NULL;

  g_free (self->language);
  self->language = self->dict != NULL ? g_steal_pointer (&found) : NULL;
  g_hash_table_remove_all (self->known);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
byline_spell_checker_has_dictionary (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  return self->dict != NULL;
}

/**
 * byline_spell_checker_check_word:
 * @length: the length of @word in bytes, or -1 when it ends with a NUL
 *
 * Returns: whether @word is spelled right, or there is no dictionary to
 *   tell
 */
gboolean
byline_spell_checker_check_word (BylineSpellChecker *self,
                                 const char         *word,
                                 gssize              length)
{
  g_autofree char *key = NULL;
  WordState state;

  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  if (self->dict == NULL)
    return TRUE;

  key = length < 0 ? g_strdup (word) : g_strndup (word, length);
  state = GPOINTER_TO_INT (g_hash_table_lookup (self->known, key));
  if (state == WORD_UNKNOWN)
    {
      state = enchant_dict_check (self->dict, key, strlen (key)) == 0 ? WORD_CORRECT : WORD_MISSPELLED;
      g_hash_table_insert (self->known, g_steal_pointer (&key), GINT_TO_POINTER (state));
    }

  return state == WORD_CORRECT;
}

/**
 * byline_spell_checker_suggest:
 *
 * Returns: (transfer full): a few words @word may have been meant to be,
 *   best first; empty without a dictionary
 */
char **
byline_spell_checker_suggest (BylineSpellChecker *self,
                              const char         *word,
                              gssize              length)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **suggestions;
  size_t n = 0;

  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  if (self->dict == NULL)
    return g_strv_builder_end (builder);

  suggestions = enchant_dict_suggest (self->dict, word, length, &n);
  for (size_t i = 0; i < n && i < MAX_SUGGESTIONS; i++)
    g_strv_builder_add (builder, suggestions[i]);
  if (suggestions != NULL)
    enchant_dict_free_string_list (self->dict, suggestions);

  return g_strv_builder_end (builder);
}

/* Teaches the dictionary @word: for good, in the user's own dictionary
 * that enchant keeps, or until Byline quits. */
static void
learn_word (BylineSpellChecker *self,
            const char         *word,
            gssize              length,
            gboolean            for_good)
{
  if (self->dict == NULL)
    return;

  if (for_good)
    enchant_dict_add (self->dict, word, length);
  else
    enchant_dict_add_to_session (self->dict, word, length);

  g_hash_table_remove_all (self->known);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * byline_spell_checker_add_word:
 *
 * Adds @word to the user's own dictionary for the language, which enchant
 * keeps for the next time.
 */
void
byline_spell_checker_add_word (BylineSpellChecker *self,
                               const char         *word,
                               gssize              length)
{
  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  learn_word (self, word, length, TRUE);
}

/**
 * byline_spell_checker_ignore_word:
 *
 * Lets @word pass until Byline quits.
 */
void
byline_spell_checker_ignore_word (BylineSpellChecker *self,
                                  const char         *word,
                                  gssize              length)
{
  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  learn_word (self, word, length, FALSE);
}
