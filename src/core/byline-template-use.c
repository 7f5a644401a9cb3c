/* byline-template-use.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-template-use.h"

/* The block tags of Liquid, Jekyll, Nunjucks and Hexo's tag plugins: each
 * must be closed by its `end` tag, or the engine stops. */
static const char * const block_tags[] = {
  "if", "unless", "for", "case", "capture", "comment", "raw", "tablerow", "highlight",
  "codeblock", "blockquote", "pullquote", "macro", "filter", "call", "block",
  NULL,
};

static GRegex *
expression_regex (void)
{
  static GRegex *regex;

  /* A variable, a path into it, and filters: `page.title`,
   * `site.data["x"] | escape`. */
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("^-?\\s*[A-Za-z_][\\w.]*(\\[[^\\]]*\\][\\w.]*)*\\s*(\\|[^|}]+)*-?$",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

/* The tag's name: its first word, after a `-` trim marker. */
static char *
tag_name (const char *inside)
{
  const char *start = inside;
  const char *end;

  if (*start == '-')
    start++;
  while (g_ascii_isspace (*start))
    start++;
  for (end = start; g_ascii_isalnum (*end) || *end == '_'; end++)
    ;

  return g_strndup (start, end - start);
}

static void
count_block (GHashTable *depths,
             const char *name)
{
  gboolean closes = g_str_has_prefix (name, "end");
  const char *block = closes ? name + 3 : name;

  if (!g_strv_contains (block_tags, block))
    return;

  g_hash_table_insert (depths, (gpointer) g_intern_string (block),
                       GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (depths, g_intern_string (block))) +
                                        (closes ? -1 : 1)));
}

static gboolean
blocks_balance (GHashTable *depths)
{
  GHashTableIter iter;
  gpointer depth;

  g_hash_table_iter_init (&iter, depths);
  while (g_hash_table_iter_next (&iter, NULL, &depth))
    if (GPOINTER_TO_INT (depth) != 0)
      return FALSE;
  return TRUE;
}

/**
 * byline_template_use:
 * @body: a post's body
 * @with_comments: whether `{# #}` is a comment (Nunjucks) too
 *
 * Tells template code from text in a body that Hexo or Jekyll will run
 * through its template engine. `{{ page.title }}` and balanced `{% if %}`
 * blocks are code; `{{ double braces }}`, Hugo's `{{< shortcodes >}}`, a
 * `{% raw %}` never closed, or a tag never ended are text or errors.
 */
BylineTemplateUse
byline_template_use (const char *body,
                     gboolean    with_comments)
{
  g_autoptr(GHashTable) depths = g_hash_table_new (NULL, NULL);
  gboolean has_tags = FALSE;
  int raw_depth = 0;

  g_return_val_if_fail (body != NULL, BYLINE_TEMPLATE_USE_NONE);

  for (const char *p = strchr (body, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      const char *close;
      g_autofree char *inside = NULL;

      if (p[1] == '{')
        close = strstr (p + 2, "}}");
      else if (p[1] == '%')
        close = strstr (p + 2, "%}");
      else if (p[1] == '#' && with_comments)
        close = strstr (p + 2, "#}");
      else
        continue;

      has_tags = TRUE;
      if (close == NULL)
        return BYLINE_TEMPLATE_USE_TEXT;

      inside = g_strstrip (g_strndup (p + 2, close - p - 2));

      if (p[1] == '%')
        {
          g_autofree char *name = tag_name (inside);

          if (*name == '\0')
            return BYLINE_TEMPLATE_USE_TEXT;
          raw_depth += strcmp (name, "raw") == 0 ? 1 : strcmp (name, "endraw") == 0 ? -1 : 0;
          count_block (depths, name);
        }
      else if (p[1] == '{' && raw_depth == 0 &&
               !g_regex_match (expression_regex (), inside, 0, NULL))
        return BYLINE_TEMPLATE_USE_TEXT;

      p = close + 1;
    }

  if (!has_tags)
    return BYLINE_TEMPLATE_USE_NONE;

  return blocks_balance (depths) ? BYLINE_TEMPLATE_USE_TAGS : BYLINE_TEMPLATE_USE_TEXT;
}
