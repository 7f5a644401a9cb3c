/* byline-template-use.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-template-use.h"

/* The tags each engine knows, with Jekyll's and Hexo's own (a theme's or
 * a plugin's tags are not known: the engine may stop on them). Block tags
 * must be closed by their `end` tag, or the engine stops; `raw` is
 * followed apart, as it hides the tags inside it. */
static const char * const liquid_blocks[] = {
  "if", "unless", "case", "for", "capture", "comment", "tablerow", "highlight", NULL
};

static const char * const liquid_tags[] = {
  "else", "elsif", "when", "assign", "cycle", "increment", "decrement", "break", "continue",
  "echo", "liquid", "render", "include", "include_relative", "link", "post_url", NULL
};

static const char * const nunjucks_blocks[] = {
  "if", "for", "asyncEach", "asyncAll", "verbatim", "macro", "call", "filter", "block",
  "blockquote", "quote", "code", "codeblock", "pullquote", NULL
};

static const char * const nunjucks_tags[] = {
  "else", "elif", "elseif", "set", "endset", "include", "import", "from", "extends",
  "a", "anchor", "asset_image", "asset_img", "asset_link", "asset_path", "full_url_for",
  "iframe", "image", "img", "include_code", "link", "post_link", "post_path", "url_for", NULL
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

/* Counts a block tag into @depths; returns FALSE for a tag the engine does
 * not know. */
static gboolean
count_tag (GHashTable           *depths,
           const char           *name,
           BylineTemplateEngine  engine)
{
  const char * const *blocks = engine == BYLINE_TEMPLATE_ENGINE_LIQUID ? liquid_blocks : nunjucks_blocks;
  const char * const *tags = engine == BYLINE_TEMPLATE_ENGINE_LIQUID ? liquid_tags : nunjucks_tags;
  gboolean closes = g_str_has_prefix (name, "end");
  const char *block = closes ? name + 3 : name;

  if (!g_strv_contains (blocks, block))
    return g_strv_contains (tags, name);

  g_hash_table_insert (depths, (gpointer) g_intern_string (block),
                       GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (depths, g_intern_string (block))) +
                                        (closes ? -1 : 1)));
  return TRUE;
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
 * @engine: the engine the site runs on it: Hexo's Nunjucks, whose `{# #}`
 *   are comments too, or Jekyll's Liquid
 *
 * Tells template code from text in a body that Hexo or Jekyll will run
 * through its template engine. `{{ page.title }}`, known tags and balanced
 * `{% if %}` blocks are code; `{{ double braces }}`, Hugo's
 * `{{< shortcodes >}}`, a tag the engine does not know (Jekyll's
 * `{% highlight %}` to Hexo), a `{% raw %}` never closed or a block never
 * ended are text or errors.
 */
BylineTemplateUse
byline_template_use (const char           *body,
                     BylineTemplateEngine  engine)
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
      else if (p[1] == '#' && engine == BYLINE_TEMPLATE_ENGINE_NUNJUCKS)
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

          raw_depth += strcmp (name, "raw") == 0 ? 1 : strcmp (name, "endraw") == 0 ? -1 : 0;
          if (raw_depth == 0 && strcmp (name, "endraw") != 0 && !count_tag (depths, name, engine))
            return BYLINE_TEMPLATE_USE_TEXT;
        }
      else if (p[1] == '{' && raw_depth == 0 &&
               !g_regex_match (expression_regex (), inside, 0, NULL))
        return BYLINE_TEMPLATE_USE_TEXT;

      p = close + 1;
    }

  if (!has_tags)
    return BYLINE_TEMPLATE_USE_NONE;

  return raw_depth == 0 && blocks_balance (depths) ? BYLINE_TEMPLATE_USE_TAGS : BYLINE_TEMPLATE_USE_TEXT;
}
