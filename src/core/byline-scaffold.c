/* byline-scaffold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-scaffold.h"

/* Counts the lines before @p, for errors that point into a template. */
static guint
line_at (const char *text,
         const char *p)
{
  guint line = 1;

  for (const char *q = text; q < p; q++)
    line += *q == '\n';
  return line;
}

static const char *
hexo_variable (const char                 *name,
               const BylineScaffoldValues *values)
{
  if (strcmp (name, "title") == 0)
    return BYLINE_SCAFFOLD_TITLE_TOKEN;
  if (strcmp (name, "slug") == 0)
    return values->slug;
  if (strcmp (name, "date") == 0)
    return values->date;
  if (strcmp (name, "layout") == 0)
    return values->layout;

  return NULL;
}

/**
 * byline_scaffold_fill_hexo:
 * @scaffold: a file of the site's `scaffolds` folder
 *
 * Fills the `{{ name }}` variables of a scaffold as `hexo new` does (title,
 * slug, date, layout; any other name is empty, as in Nunjucks) and drops
 * its `{# comments #}`. The title becomes %BYLINE_SCAFFOLD_TITLE_TOKEN.
 *
 * Returns: (transfer full): the filled text
 */
char *
byline_scaffold_fill_hexo (const char                 *scaffold,
                           const BylineScaffoldValues *values)
{
  GString *out;

  g_return_val_if_fail (scaffold != NULL, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = scaffold; *p != '\0';)
    {
      const char *end;

      if (p[0] == '{' && p[1] == '#' && (end = strstr (p + 2, "#}")) != NULL)
        {
          p = end + 2;
          continue;
        }

      if (p[0] == '{' && p[1] == '{' && (end = strstr (p + 2, "}}")) != NULL)
        {
          g_autofree char *name = g_strstrip (g_strndup (p + 2, end - p - 2));
          const char *value = hexo_variable (name, values);

          g_string_append (out, value != NULL ? value : "");
          p = end + 2;
          continue;
        }

      g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* Hugo archetypes are Go templates. Byline fills the actions archetypes
 * use: fields of the page (`.Title`, `.Date`, `.File.ContentBaseName`…),
 * string literals, a few string functions and pipes between them. Anything
 * else is refused with an error rather than guessed. */

typedef enum {
  TOKEN_FIELD,
  TOKEN_STRING,
  TOKEN_WORD,
  TOKEN_PIPE,
} TokenKind;

typedef struct {
  TokenKind  kind;
  char      *text;
} Token;

static void
token_clear (Token *token)
{
  g_free (token->text);
}

static gboolean
read_go_string (const char  **p,
                GString      *out)
{
  char quote = **p;
  const char *q = *p + 1;

  for (; *q != '\0' && *q != quote; q++)
    {
      if (quote == '"' && *q == '\\' && q[1] != '\0')
        {
          q++;
          switch (*q)
            {
            case 'n':
              g_string_append_c (out, '\n');
              break;
            case 't':
              g_string_append_c (out, '\t');
              break;
            default:
              g_string_append_c (out, *q);
            }
          continue;
        }
      g_string_append_c (out, *q);
    }

  if (*q != quote)
    return FALSE;

  *p = q + 1;
  return TRUE;
}

static GArray *
tokenize_action (const char *action)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, TRUE, sizeof (Token));

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);

  for (const char *p = action; *p != '\0';)
    {
      Token token = { 0 };
      const char *start = p;

      if (g_ascii_isspace (*p))
        {
          p++;
          continue;
        }

      if (*p == '|')
        {
          token.kind = TOKEN_PIPE;
          p++;
        }
      else if (*p == '"' || *p == '`')
        {
          g_autoptr(GString) text = g_string_new (NULL);

          if (!read_go_string (&p, text))
            return NULL;
          token.kind = TOKEN_STRING;
          token.text = g_string_free (g_steal_pointer (&text), FALSE);
        }
      else if (*p == '.' || g_ascii_isalpha (*p) || *p == '_')
        {
          while (g_ascii_isalnum (*p) || *p == '_' || *p == '.')
            p++;
          token.kind = *start == '.' ? TOKEN_FIELD : TOKEN_WORD;
          token.text = g_strndup (start, p - start);
        }
      else
        return NULL;

      g_array_append_val (tokens, token);
    }

  return g_steal_pointer (&tokens);
}

static char *
hugo_field (const char                 *name,
            const BylineScaffoldValues *values)
{
  if (strcmp (name, ".Title") == 0)
    return g_strdup (BYLINE_SCAFFOLD_TITLE_TOKEN);
  if (strcmp (name, ".Name") == 0 || strcmp (name, ".File.ContentBaseName") == 0 ||
      strcmp (name, ".File.BaseFileName") == 0 || strcmp (name, ".File.TranslationBaseName") == 0)
    return g_strdup (values->slug);
  if (strcmp (name, ".Date") == 0)
    return g_strdup (values->date);
  if (strcmp (name, ".Draft") == 0)
    return g_strdup (values->is_draft ? "true" : "false");
  if (strcmp (name, ".Section") == 0 || strcmp (name, ".Type") == 0)
    return g_strdup (values->section);
  if (strcmp (name, ".Site.Title") == 0)
    return g_strdup (values->site_title != NULL ? values->site_title : "");
  if (strcmp (name, ".Kind") == 0)
    return g_strdup ("page");

  return NULL;
}

/* Hugo's `title`: the first letter of every word in capitals. */
static char *
title_case (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean at_word_start = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, at_word_start ? g_unichar_totitle (c) : c);
      at_word_start = g_unichar_isspace (c);
    }

  return g_string_free (out, FALSE);
}

/* Hugo's `humanize`: words apart, the first letter in capitals. */
static char *
humanize (const char *text)
{
  g_autoptr(GString) words = g_string_new (text);
  GString *out = g_string_new (NULL);

  g_string_replace (words, "-", " ", 0);
  g_string_replace (words, "_", " ", 0);
  for (const char *p = words->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, p == words->str ? g_unichar_totitle (c) : c);
    }

  return g_string_free (out, FALSE);
}

static char *
call_function (const char  *name,
               GPtrArray   *args,
               GError     **error)
{
  const char *arg0 = args->len > 0 ? g_ptr_array_index (args, 0) : NULL;

  if ((strcmp (name, "replace") == 0 || strcmp (name, "strings.Replace") == 0) && args->len == 3)
    {
      g_autoptr(GString) text = g_string_new (arg0);

      g_string_replace (text, g_ptr_array_index (args, 1), g_ptr_array_index (args, 2), 0);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (args->len == 1)
    {
      if (strcmp (name, "title") == 0 || strcmp (name, "strings.Title") == 0)
        return title_case (arg0);
      if (strcmp (name, "lower") == 0 || strcmp (name, "strings.ToLower") == 0)
        return g_utf8_strdown (arg0, -1);
      if (strcmp (name, "upper") == 0 || strcmp (name, "strings.ToUpper") == 0)
        return g_utf8_strup (arg0, -1);
      if (strcmp (name, "humanize") == 0)
        return humanize (arg0);
    }

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("Byline cannot fill the archetype’s function “%s”"), name);
  return NULL;
}

static char *
operand_value (const Token                *token,
               const BylineScaffoldValues *values,
               GError                    **error)
{
  char *value;

  if (token->kind == TOKEN_STRING)
    return g_strdup (token->text);

  if (token->kind == TOKEN_FIELD && (value = hugo_field (token->text, values)) != NULL)
    return value;

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("Byline cannot fill “%s” in the archetype"), token->text);
  return NULL;
}

/* Runs one command of a pipeline: a function with its arguments (and the
 * piped value last), or a single operand. */
static char *
run_command (const Token                *tokens,
             guint                       n_tokens,
             char                       *piped,
             const BylineScaffoldValues *values,
             GError                    **error)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *input = piped;

  if (n_tokens == 0)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("The archetype has an empty command in a pipeline"));
      return NULL;
    }

  if (tokens[0].kind != TOKEN_WORD)
    {
      if (n_tokens == 1 && input == NULL)
        return operand_value (&tokens[0], values, error);

      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("Byline cannot fill “%s” in the archetype"), tokens[0].text);
      return NULL;
    }

  for (guint i = 1; i < n_tokens; i++)
    {
      char *arg = operand_value (&tokens[i], values, error);

      if (arg == NULL)
        return NULL;
      g_ptr_array_add (args, arg);
    }
  if (input != NULL)
    g_ptr_array_add (args, g_steal_pointer (&input));

  return call_function (tokens[0].text, args, error);
}

static char *
eval_action (const char                 *action,
             const BylineScaffoldValues *values,
             GError                    **error)
{
  g_autoptr(GArray) tokens = tokenize_action (action);
  char *value = NULL;
  guint start = 0;

  if (tokens == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("Byline cannot fill “{{%s}}” in the archetype"), action);
      return NULL;
    }

  for (guint i = 0; i <= tokens->len; i++)
    {
      if (i < tokens->len && g_array_index (tokens, Token, i).kind != TOKEN_PIPE)
        continue;

      value = run_command (&g_array_index (tokens, Token, start), i - start, value, values, error);
      if (value == NULL)
        return NULL;
      start = i + 1;
    }

  return value;
}

/**
 * byline_scaffold_fill_hugo:
 * @archetype: a file of the site's `archetypes` folder
 *
 * Fills the actions of an archetype as `hugo new` does, for the forms
 * archetypes use: `{{ .Date }}`, `{{ .Draft }}`, `{{ .Title }}` (as
 * %BYLINE_SCAFFOLD_TITLE_TOKEN), `{{ replace .File.ContentBaseName "-" " "
 * | title }}` and the like, trim markers and comments.
 *
 * Returns: (transfer full) (nullable): the filled text, or %NULL when the
 *   archetype asks for something Byline cannot give
 */
char *
byline_scaffold_fill_hugo (const char                  *archetype,
                           const BylineScaffoldValues  *values,
                           GError                     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean trim_next = FALSE;

  g_return_val_if_fail (archetype != NULL, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  for (const char *p = archetype; *p != '\0';)
    {
      const char *end;
      g_autofree char *action = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *value = NULL;
      gboolean trim_before;

      if (trim_next && g_ascii_isspace (*p))
        {
          p++;
          continue;
        }
      trim_next = FALSE;

      if (p[0] != '{' || p[1] != '{')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      if ((end = strstr (p + 2, "}}")) == NULL)
        {
          byline_set_located_error (error, BYLINE_ERROR_INVALID, line_at (archetype, p), 0,
                                    _("The archetype opens an action with “{{” and never closes it"));
          return NULL;
        }

      action = g_strndup (p + 2, end - p - 2);
      trim_before = action[0] == '-' && g_ascii_isspace (action[1]);
      trim_next = end - p - 2 >= 2 && end[-1] == '-' && g_ascii_isspace (end[-2]);
      if (trim_before)
        {
          while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
            g_string_truncate (out, out->len - 1);
          action[0] = ' ';
        }
      if (trim_next)
        action[strlen (action) - 1] = ' ';
      g_strstrip (action);

      if (!(g_str_has_prefix (action, "/*") && g_str_has_suffix (action, "*/")))
        {
          if (!(value = eval_action (action, values, &local_error)))
            {
              byline_set_located_error (error, BYLINE_ERROR_INVALID, line_at (archetype, p), 0,
                                        "%s", local_error->message);
              return NULL;
            }
          g_string_append (out, value);
        }

      p = end + 2;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
