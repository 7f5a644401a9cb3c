/* fuzz-render.c: the renderer on any bytes, as Markdown and as HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hexo tags must keep the body's line count (scroll sync relies on it), an
 * HTML body must come back byte for byte once the line marks are out, and
 * Markdown rendered in runs must be Markdown rendered whole.
 */

#include "config.h"

#include "byline-hexo-tags.h"
#include "byline-renderer.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static guint
count_newlines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

static char *
without_line_marks (const char *html)
{
  static const char mark[] = " data-line=\"";
  GString *out = g_string_new (NULL);
  const char *p = html;
  const char *found;

  while ((found = strstr (p, mark)) != NULL)
    {
      const char *q = found + strlen (mark);

      g_string_append_len (out, p, found - p);
      while (g_ascii_isdigit (*q))
        q++;
      g_assert_true (*q == '"');
      p = q + 1;
    }

  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static BylineRenderer *renderer;
  g_autoptr(BylineRenderCache) cache = byline_render_cache_new ();
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GString) before = g_string_new (NULL);
  g_autofree char *in_runs = NULL;
  gsize length = strlen (text);
  g_autofree char *expanded = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;

  if (renderer == NULL)
    renderer = byline_renderer_new ();

  expanded = byline_hexo_tags_expand (text, strlen (text), TRUE, "post");
  if (expanded != NULL)
    g_assert_cmpuint (count_newlines (expanded), ==, count_newlines (text));

  markdown = byline_renderer_render_body (renderer, text, BYLINE_BODY_MARKDOWN, 1, "post");
  html = byline_renderer_render_body (renderer, text, BYLINE_BODY_HTML, 1, "post");

  /* Rendered in runs after an edit, from the runs of the text before it
   * (the text without its middle third), the body is what it is whole. */
  g_string_append_len (before, text, length / 3);
  g_string_append (before, text + 2 * length / 3);
  g_free (byline_renderer_render_body_cached (renderer, cache, before->str, BYLINE_BODY_MARKDOWN, 1, "post"));
  in_runs = byline_renderer_render_body_cached (renderer, cache, text, BYLINE_BODY_MARKDOWN, 1, "post");
  g_assert_cmpstr (in_runs, ==, markdown);

  if (strstr (text, "{%") == NULL && strstr (text, "<!--") == NULL && strstr (text, "data-line") == NULL)
    {
      g_autofree char *unmarked = without_line_marks (html);

      g_assert_cmpstr (unmarked, ==, text);
    }

  return 0;
}
