/* byline-hexo-tags.c: Hexo's `{% tag %}` plugins, shown as the preview can
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hexo renders tag plugins before Markdown, so the preview does the same:
 * each tag becomes HTML (an image, a code block) or a labelled placeholder,
 * never raw braces. Every replacement keeps the number of lines it
 * replaces, so that the lines Markdown sees are still the lines of the file.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-hexo-tags.h"
#include "byline-html.h"

/* How far a tag's `%}` may be from its `{%`; beyond, the braces are text. */
#define MAX_TAG_LENGTH 4096

typedef struct {
  const char  *start;  /* the `{` of `{%` */
  const char  *end;    /* after the `}` of `%}` */
  char        *name;
  char        *text;   /* the name and arguments as written */
  char       **args;
} Tag;

static void
tag_clear (Tag *tag)
{
  g_clear_pointer (&tag->name, g_free);
  g_clear_pointer (&tag->text, g_free);
  g_clear_pointer (&tag->args, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tag, tag_clear)

typedef struct {
  GString    *out;
  const char *copied;  /* the input up to here is in @out */
  const char *asset_folder;
} Expander;

/* Arguments split at blanks; quotes group words and are taken off. */
static char **
split_arguments (const char *p,
                 const char *end)
{
  GPtrArray *args = g_ptr_array_new ();

  for (;;)
    {
      const char *start;
      const char *close;

      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p >= end)
        break;

      if ((*p == '"' || *p == '\'') && (close = memchr (p + 1, *p, end - p - 1)) != NULL)
        {
          g_ptr_array_add (args, g_strndup (p + 1, close - p - 1));
          p = close + 1;
          continue;
        }

      for (start = p; p < end && !g_ascii_isspace (*p); p++)
        ;
      g_ptr_array_add (args, g_strndup (start, p - start));
    }

  g_ptr_array_add (args, NULL);
  return (char **) g_ptr_array_free (args, FALSE);
}

/* Reads `{% name args %}` (or `{%- … -%}`) at @p. */
static gboolean
read_tag (const char *p,
          const char *end,
          Tag        *tag)
{
  const char *q = p + 2;
  const char *name;
  const char *name_end;
  const char *close;
  const char *args_end;

  if (q < end && *q == '-')
    q++;
  while (q < end && g_ascii_isspace (*q))
    q++;
  if (q >= end || !(g_ascii_isalpha (*q) || *q == '_'))
    return FALSE;

  for (name = q; q < end && (g_ascii_isalnum (*q) || *q == '_'); q++)
    ;
  name_end = q;

  close = g_strstr_len (q, MIN (end - q, MAX_TAG_LENGTH), "%}");
  if (close == NULL)
    return FALSE;

  args_end = close > name_end && close[-1] == '-' ? close - 1 : close;
  tag->start = p;
  tag->end = close + 2;
  tag->name = g_strndup (name, name_end - name);
  tag->args = split_arguments (name_end, args_end);
  tag->text = g_strstrip (g_strndup (name, args_end - name));
  return TRUE;
}

/* Finds the next `{%` from @p. Most bodies have none, and memchr() finds
 * that out many times faster than a loop over the characters. */
static const char *
find_tag_start (const char *p,
                const char *end)
{
  while ((p = memchr (p, '{', end - p)) != NULL && p + 1 < end)
    {
      if (p[1] == '%')
        return p;
      p++;
    }

  return NULL;
}

/* Finds `{% end<name> %}` after @p. */
static gboolean
find_end_tag (const char *p,
              const char *end,
              const char *name,
              Tag        *tag)
{
  g_autofree char *end_name = g_strconcat ("end", name, NULL);

  while ((p = find_tag_start (p, end)) != NULL)
    {
      if (read_tag (p, end, tag))
        {
          if (strcmp (tag->name, end_name) == 0)
            return TRUE;
          tag_clear (tag);
        }
      p += 2;
    }

  return FALSE;
}

static void
flush (Expander   *x,
       const char *to)
{
  g_string_append_len (x->out, x->copied, to - x->copied);
  x->copied = to;
}

static guint
count_newlines (const char *p,
                gsize       length)
{
  guint n = 0;

  for (const char *nl = memchr (p, '\n', length); nl != NULL; nl = memchr (nl + 1, '\n', p + length - nl - 1))
    n++;
  return n;
}

/* Gives the replacement written since @mark as many lines as [from, to).
 * A replacement that says an argument twice, as an image's alt and title,
 * says its line breaks twice too: the last ones become spaces, which HTML
 * reads alike. */
static void
pad_lines (Expander   *x,
           gsize       mark,
           const char *from,
           const char *to)
{
  guint wanted = count_newlines (from, to - from);
  guint written = count_newlines (x->out->str + mark, x->out->len - mark);

  for (gsize i = x->out->len; written > wanted && i > mark; i--)
    if (x->out->str[i - 1] == '\n')
      {
        x->out->str[i - 1] = ' ';
        written--;
      }

  for (; written < wanted; written++)
    g_string_append_c (x->out, '\n');
}

/* An asset's address relative to the post's folder: Hexo keeps a post's
 * assets in a folder named as the post. */
static void
append_asset_url (Expander   *x,
                  const char *slug)
{
  g_autofree char *escaped_slug = g_uri_escape_string (slug, "/", TRUE);

  if (x->asset_folder != NULL)
    {
      g_autofree char *escaped_folder = g_uri_escape_string (x->asset_folder, NULL, TRUE);

      byline_html_append_escaped (x->out, escaped_folder, -1);
      g_string_append_c (x->out, '/');
    }

  byline_html_append_escaped (x->out, escaped_slug, -1);
}

static gboolean
is_number (const char *text)
{
  return *text != '\0' && strspn (text, "0123456789") == strlen (text);
}

static gboolean
looks_like_source (const char *arg)
{
  return strstr (arg, "://") != NULL || arg[0] == '/' || strchr (arg, '.') != NULL;
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  byline_html_append_escaped (out, value, -1);
  g_string_append_c (out, '"');
}

/* {% asset_img [class…] slug [width [height]] [title] %}, and Hexo's
 * {% img %} with a URL in place of the slug. */
static void
append_image (Expander *x,
              Tag      *tag,
              gboolean  is_asset)
{
  guint n = g_strv_length (tag->args);
  guint source = 0;
  guint i;
  g_autofree char *title = NULL;

  while (source < n && !looks_like_source (tag->args[source]))
    source++;
  if (source == n)
    source = 0;

  g_string_append (x->out, "<img");
  if (source > 0)
    {
      g_autofree char **class_args = g_memdup2 (tag->args, source * sizeof (char *) + sizeof (char *));
      g_autofree char *classes = NULL;

      class_args[source] = NULL;
      classes = g_strjoinv (" ", class_args);
      append_attribute (x->out, "class", classes);
    }

  g_string_append (x->out, " src=\"");
  if (is_asset)
    append_asset_url (x, tag->args[source]);
  else
    byline_html_append_escaped (x->out, tag->args[source], -1);
  g_string_append_c (x->out, '"');

  i = source + 1;
  if (i < n && is_number (tag->args[i]))
    append_attribute (x->out, "width", tag->args[i++]);
  if (i < n && is_number (tag->args[i]))
    append_attribute (x->out, "height", tag->args[i++]);

  title = g_strjoinv (" ", tag->args + i);
  append_attribute (x->out, "alt", title);
  if (*title != '\0')
    append_attribute (x->out, "title", title);
  g_string_append_c (x->out, '>');
}

/* {% asset_link slug [title] %} */
static void
append_asset_link (Expander *x,
                   Tag      *tag)
{
  g_autofree char *title = g_strjoinv (" ", tag->args + 1);

  g_string_append (x->out, "<a href=\"");
  append_asset_url (x, tag->args[0]);
  g_string_append (x->out, "\">");
  byline_html_append_escaped (x->out, *title != '\0' ? title : tag->args[0], -1);
  g_string_append (x->out, "</a>");
}

/* A video the preview does not load: a box that says what it is. */
static void
append_embed (Expander   *x,
              const char *label)
{
  g_string_append (x->out, "<figure class=\"byline-embed\"");
  append_attribute (x->out, "data-label", label);
  g_string_append (x->out, "></figure>");
}

static void
append_placeholder (Expander *x,
                    Tag      *tag)
{
  g_auto(GStrv) lines = g_strsplit_set (tag->text, "\r\n", -1);
  g_autofree char *label = g_strjoinv (" ", lines);

  g_string_append (x->out, "<span class=\"byline-tag\"");
  append_attribute (x->out, "data-label", label);
  g_string_append (x->out, "></span>");
}

/* {% codeblock [title] [lang:name] [url [link text]] %}…{% endcodeblock %}
 * as <pre>, which Markdown passes through whole up to its `</pre>` line. */
static void
append_code_block (Expander   *x,
                   Tag        *tag,
                   const char *content,
                   const char *content_end)
{
  g_autoptr(GPtrArray) title = g_ptr_array_new ();
  const char *language = NULL;

  for (guint i = 0; tag->args[i] != NULL; i++)
    {
      if (g_str_has_prefix (tag->args[i], "lang:"))
        language = tag->args[i] + strlen ("lang:");
      else if (strstr (tag->args[i], "://") != NULL)
        break;
      else if (strchr (tag->args[i], ':') == NULL)
        g_ptr_array_add (title, tag->args[i]);
    }
  g_ptr_array_add (title, NULL);

  g_string_append (x->out, "<pre class=\"byline-codeblock\"");
  if (title->len > 1)
    {
      g_autofree char *label = g_strjoinv (" ", (char **) title->pdata);

      append_attribute (x->out, "data-label", label);
    }
  g_string_append_c (x->out, '>');

  /* A newline right after <pre> is not content, as the one after the tag
   * was not. */
  if (content < content_end && *content == '\n')
    g_string_append_c (x->out, *content++);
  else if (content_end - content > 1 && content[0] == '\r' && content[1] == '\n')
    {
      g_string_append (x->out, "\r\n");
      content += 2;
    }

  g_string_append (x->out, "<code");
  if (language != NULL && *language != '\0')
    {
      g_autofree char *class = g_strconcat ("language-", language, NULL);

      append_attribute (x->out, "class", class);
    }
  g_string_append_c (x->out, '>');
  byline_html_append_escaped (x->out, content, content_end - content);
  g_string_append (x->out, "</code></pre>");
}

/* Replaces the tag at @p, and its content and end tag for the tags that
 * have them. Returns where the input goes on, or %NULL when @p starts no
 * tag. */
static const char *
expand_tag (Expander   *x,
            const char *p,
            const char *end)
{
  g_auto(Tag) tag = { 0 };
  g_auto(Tag) end_tag = { 0 };
  const char *replaced_end;
  gsize mark;

  if (!read_tag (p, end, &tag))
    return NULL;

  flush (x, p);
  mark = x->out->len;
  replaced_end = tag.end;

  if ((strcmp (tag.name, "raw") == 0 ||
       strcmp (tag.name, "codeblock") == 0 ||
       strcmp (tag.name, "code") == 0) &&
      find_end_tag (tag.end, end, tag.name, &end_tag))
    {
      if (strcmp (tag.name, "raw") == 0)
        g_string_append_len (x->out, tag.end, end_tag.start - tag.end);
      else
        append_code_block (x, &tag, tag.end, end_tag.start);
      replaced_end = end_tag.end;
    }
  else if (strcmp (tag.name, "asset_img") == 0 && tag.args[0] != NULL)
    append_image (x, &tag, TRUE);
  else if (strcmp (tag.name, "img") == 0 && tag.args[0] != NULL)
    append_image (x, &tag, FALSE);
  else if (strcmp (tag.name, "asset_link") == 0 && tag.args[0] != NULL)
    append_asset_link (x, &tag);
  else if (strcmp (tag.name, "asset_path") == 0 && tag.args[0] != NULL)
    append_asset_url (x, tag.args[0]);
  else if (strcmp (tag.name, "youtube") == 0 && tag.args[0] != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("YouTube video %s"), tag.args[0]);

      append_embed (x, label);
    }
  else if (strcmp (tag.name, "vimeo") == 0 && tag.args[0] != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Vimeo video %s"), tag.args[0]);

      append_embed (x, label);
    }
  else
    append_placeholder (x, &tag);

  pad_lines (x, mark, p, replaced_end);
  x->copied = replaced_end;
  return replaced_end;
}

/* Inside an HTML tag only {% asset_path %} makes sense: it is an address.
 * Other tags are left alone there, as markup would break the tag. */
static void
expand_paths_in_tag (Expander   *x,
                     const char *p,
                     const char *end)
{
  while ((p = find_tag_start (p, end)) != NULL)
    {
      g_auto(Tag) tag = { 0 };
      gsize mark;

      if (!read_tag (p, end, &tag) || strcmp (tag.name, "asset_path") != 0 || tag.args[0] == NULL)
        {
          p += 2;
          continue;
        }

      flush (x, p);
      mark = x->out->len;
      append_asset_url (x, tag.args[0]);
      pad_lines (x, mark, p, tag.end);
      x->copied = p = tag.end;
    }
}

static const char *
next_line (const char *p,
           const char *end)
{
  const char *nl = memchr (p, '\n', end - p);

  return nl != NULL ? nl + 1 : end;
}

/* The fence of a fenced code block at @line, after any indentation or
 * block quote markers, as Hexo finds it. */
static gsize
fence_length (const char *line,
              const char *end,
              char       *fence_char)
{
  const char *p = line;
  gsize n = 0;

  while (p < end && (*p == ' ' || *p == '\t' || *p == '>'))
    p++;
  if (p >= end || (*p != '`' && *p != '~'))
    return 0;

  *fence_char = *p;
  while (p + n < end && p[n] == *fence_char)
    n++;
  return n >= 3 ? n : 0;
}

/* Hexo leaves tags inside fenced code blocks alone: returns the line after
 * the block that starts at @line, or %NULL when none starts there. */
static const char *
skip_fenced_code (const char *line,
                  const char *end)
{
  char fence_char = 0;
  gsize opening = fence_length (line, end, &fence_char);

  if (opening == 0)
    return NULL;

  for (line = next_line (line, end); line < end; line = next_line (line, end))
    {
      char closing_char = 0;
      gsize closing = fence_length (line, end, &closing_char);

      if (closing >= opening && closing_char == fence_char)
        return next_line (line, end);
    }

  return end;
}

static gboolean
is_blank_line (const char *line,
               const char *end)
{
  while (line < end && (*line == ' ' || *line == '\t' || *line == '\r'))
    line++;
  return line < end && *line == '\n';
}

/* And inside code spans: returns the end of the span at @p, or the end of
 * its backticks when they open none. A span never crosses a blank line. */
static const char *
skip_code_span (const char *p,
                const char *end)
{
  gsize opening = 0;
  const char *q;

  while (p + opening < end && p[opening] == '`')
    opening++;

  for (q = p + opening; q < end; q++)
    {
      gsize run = 0;

      if (*q == '\n' && is_blank_line (q + 1, end))
        break;
      if (*q != '`')
        continue;

      while (q + run < end && q[run] == '`')
        run++;
      if (run == opening)
        return q + run;
      q += run - 1;
    }

  return p + opening;
}

/**
 * byline_hexo_tags_expand:
 * @is_markdown: whether @body is Markdown, whose code Hexo leaves alone
 * @asset_folder: (nullable): the name of the post's asset folder, which
 *   holds the files of `{% asset_img %}`
 *
 * Returns: (transfer full) (nullable): @body with its tags replaced, or
 *   %NULL when it has none
 */
char *
byline_hexo_tags_expand (const char *body,
                         gsize       length,
                         gboolean    is_markdown,
                         const char *asset_folder)
{
  const char *end = body + length;
  const char *p = body;
  gboolean at_line_start = TRUE;
  Expander x;

  if (find_tag_start (body, end) == NULL)
    return NULL;

  x.out = g_string_sized_new (length + length / 16);
  x.copied = body;
  x.asset_folder = asset_folder;

  while (p < end)
    {
      const char *next = NULL;

      if (is_markdown && at_line_start && (next = skip_fenced_code (p, end)) != NULL)
        {
          p = next;
          continue;
        }

      at_line_start = *p == '\n';

      if (*p == '`' && is_markdown)
        next = skip_code_span (p, end);
      else if (*p == '<' && p + 1 < end && (g_ascii_isalpha (p[1]) || p[1] == '/') &&
               (next = byline_html_find_tag_end (p, end)) != NULL)
        expand_paths_in_tag (&x, p, next);
      else if (*p == '{' && p + 1 < end && p[1] == '%')
        next = expand_tag (&x, p, end);

      p = next != NULL ? next : p + 1;
    }

  flush (&x, end);
  return g_string_free (x.out, FALSE);
}
