/* byline-post-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post-query.h"

/* The words of the query, folded, each of which a post must contain. */
struct _BylinePostQuery
{
  GStrv terms;
};

/**
 * byline_post_query_fold:
 *
 * Folds @text for searching: compatibility forms become their plain
 * letters (full-width Ｚ is Z, ﬁ is fi) and case is ignored, so that a
 * writer finds a post however its title was typed.
 *
 * Returns: (transfer full): the folded text
 */
char *
byline_post_query_fold (const char *text)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normal == NULL)
    return g_strdup ("");

  return g_utf8_casefold (normal, -1);
}

/**
 * byline_post_query_new:
 * @text: what the writer typed
 *
 * A query finds the posts whose title, categories or tags contain each of
 * its words, in any order and ignoring case; a post may have one word in
 * its title and another in a tag.
 *
 * Returns: (transfer full): the query
 */
BylinePostQuery *
byline_post_query_new (const char *text)
{
  BylinePostQuery *self;
  g_autofree char *folded = NULL;
  g_autoptr(GStrvBuilder) terms = g_strv_builder_new ();
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (BylinePostQuery, 1);
  folded = byline_post_query_fold (text);

  for (p = folded; *p != '\0';)
    {
      const char *start;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p > start)
        {
          g_autofree char *term = g_strndup (start, p - start);

          g_strv_builder_add (terms, term);
        }
    }

  self->terms = g_strv_builder_end (terms);
  return self;
}

void
byline_post_query_free (BylinePostQuery *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->terms);
  g_free (self);
}

/**
 * byline_post_query_is_empty:
 *
 * Returns: whether the query has no words, and so finds every post
 */
gboolean
byline_post_query_is_empty (const BylinePostQuery *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->terms[0] == NULL;
}

/**
 * byline_post_query_matches:
 *
 * Returns: whether each word of the query is in @entry's title, one of its
 *   categories or one of its tags
 */
gboolean
byline_post_query_matches (const BylinePostQuery *self,
                           BylinePostEntry       *entry)
{
  const char *text;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (BYLINE_IS_POST_ENTRY (entry), FALSE);

  if (self->terms[0] == NULL)
    return TRUE;

  /* A line of its own for each field: no word can span two of them. */
  text = byline_post_entry_get_search_text (entry);
  for (guint i = 0; self->terms[i] != NULL; i++)
    if (strstr (text, self->terms[i]) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * byline_post_query_implies:
 * @other: another query
 *
 * Whether every post @self finds, @other finds too: each word of @other is
 * part of a word of @self. A list narrowing as the writer types need only
 * look again at the posts it shows.
 */
gboolean
byline_post_query_implies (const BylinePostQuery *self,
                           const BylinePostQuery *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  for (guint i = 0; other->terms[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; self->terms[j] != NULL && !found; j++)
        found = strstr (self->terms[j], other->terms[i]) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}
