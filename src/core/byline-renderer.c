/* byline-renderer.c: a post's body, header and preview page as HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cmark-gfm.h>
/* Upstream's extensions header uses bool without including stdbool.h
 * (Debian patches it; the Flatpak builds upstream's). */
#include <stdbool.h>
#include <cmark-gfm-core-extensions.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-core-resources.h"
#include "byline-hexo-tags.h"
#include "byline-html.h"
#include "byline-markdown-arena-private.h"
#include "byline-page-header.h"
#include "byline-render-cache.h"
#include "byline-renderer.h"

#define RESOURCE_PATH "/io/github/byline/Byline/core/"

/* Raw HTML is kept, as the generators keep it; the preview never runs its
 * scripts (the app turns JavaScript markup off). */
#define MARKDOWN_OPTIONS (CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)

/* How much of a body is read to guess its language. */
#define LANGUAGE_SAMPLE_LENGTH 4096

/*
 * A renderer holds only what it reads: the GFM extensions, found once, and
 * the page template and style from the core's resources. Rendering changes
 * none of it, so one renderer may render from several threads at once.
 *
 * cmark-gfm itself is not so: while it parses, it adds the extensions'
 * characters to a global table and takes them out when it is done, under
 * any other parse running at the time (github/cmark-gfm#221). Parses are
 * therefore taken one at a time, under this lock.
 */
static GMutex parse_lock;

struct _BylineRenderer
{
  GObject                  parent_instance;

  cmark_syntax_extension  *extensions[4];
  GBytes                  *page_template;
  GBytes                  *page_style;
};

G_DEFINE_FINAL_TYPE (BylineRenderer, byline_renderer, G_TYPE_OBJECT)

static void
byline_renderer_finalize (GObject *object)
{
  BylineRenderer *self = (BylineRenderer *)object;

  g_clear_pointer (&self->page_template, g_bytes_unref);
  g_clear_pointer (&self->page_style, g_bytes_unref);

  G_OBJECT_CLASS (byline_renderer_parent_class)->finalize (object);
}

static void
byline_renderer_class_init (BylineRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_renderer_finalize;

  /* Registers cmark-gfm's extensions in its global list: once, here,
   * where GType makes it happen on one thread only. */
  cmark_gfm_core_extensions_ensure_registered ();
}

static GBytes *
lookup_resource (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resource_lookup_data (byline_core_get_resource (), path,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  /* The resource is compiled into the core: missing, the build is broken. */
  if (bytes == NULL)
    g_error ("%s", error->message);

  return bytes;
}

static void
byline_renderer_init (BylineRenderer *self)
{
  static const char * const names[] = { "table", "strikethrough", "autolink", "tasklist" };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (self->extensions));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      self->extensions[i] = cmark_find_syntax_extension (names[i]);
      g_assert (self->extensions[i] != NULL);
    }

  self->page_template = lookup_resource ("preview.html");
  self->page_style = lookup_resource ("preview.css");
}

BylineRenderer *
byline_renderer_new (void)
{
  return g_object_new (BYLINE_TYPE_RENDERER, NULL);
}

/* Whether @text holds `<!--`, found with memchr(), which is faster than
 * memmem() on text where most characters are not `<`. */
static gboolean
has_comment (const char *text,
             gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; (p = memchr (p, '<', end - p)) != NULL; p++)
    if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
      return TRUE;

  return FALSE;
}

/* Whether HTML blocks can be among the children of @node. */
static gboolean
holds_blocks (cmark_node *node)
{
  cmark_node_type type = cmark_node_get_type (node);

  return type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE ||
         type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM;
}

/* Raw HTML inside Markdown gets the treatment of an HTML body: its
 * elements marked with their lines and `<!-- more -->` shown. The walk
 * goes down into paragraphs, headings and tables, whose inline nodes make
 * most of a document, only when the body has a comment to find there; it
 * follows parents rather than recursing, so that no nesting exhausts the
 * stack. */
static void
annotate_raw_html (cmark_node *document,
                   guint       first_line,
                   gboolean    has_comments)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  cmark_node *node = document;

  while (node != NULL)
    {
      cmark_node *child = cmark_node_first_child (node);
      cmark_node_type type = cmark_node_get_type (node);
      const char *literal;

      if (type == CMARK_NODE_HTML_BLOCK)
        {
          literal = cmark_node_get_literal (node);
          g_string_truncate (buffer, 0);
          byline_html_annotate (buffer, literal, strlen (literal),
                                cmark_node_get_start_line (node) + first_line - 1);
          cmark_node_set_literal (node, buffer->str);
        }
      else if (type == CMARK_NODE_HTML_INLINE)
        {
          literal = cmark_node_get_literal (node);
          if (byline_html_is_more_comment (literal, strlen (literal)))
            {
              g_string_truncate (buffer, 0);
              byline_html_append_more_divider (buffer, 0);
              cmark_node_set_literal (node, buffer->str);
            }
        }

      if (child != NULL && (has_comments || holds_blocks (node)))
        {
          node = child;
          continue;
        }

      while (node != document && cmark_node_next (node) == NULL)
        node = cmark_node_parent (node);
      node = node != document ? cmark_node_next (node) : NULL;
    }
}

/* Appends `data-line="@line"` in one piece, without the cost of
 * g_string_append_printf(): a long post has a line mark for every block. */
static void
append_line_mark (GString *out,
                  guint64  line)
{
  static const char name[] = "data-line=\"";
  char mark[sizeof name + 20];
  char *end = mark + sizeof mark;
  char *p = end;

  *--p = '"';
  do
    {
      *--p = '0' + line % 10;
      line /= 10;
    }
  while (line > 0);

  p -= sizeof name - 1;
  memcpy (p, name, sizeof name - 1);
  g_string_append_len (out, p, end - p);
}

/* Reads a line number as g_ascii_strtoull() does, but the digits that
 * cmark-gfm writes without its cost. A number past G_MAXUINT is read only
 * as far as to know that. */
static guint64
read_line (const char  *digits,
           const char **digits_end)
{
  const char *p = digits;
  guint64 line = 0;

  if (!g_ascii_isdigit (*p))
    return g_ascii_strtoull (digits, (char **) digits_end, 10);

  for (; g_ascii_isdigit (*p) && line <= G_MAXUINT; p++)
    line = 10 * line + (guint) (*p - '0');

  *digits_end = p;
  return line;
}

/* cmark-gfm marks blocks with `data-sourcepos="12:1-14:5"`, lines counted
 * in the body; the preview wants `data-line="N"`, lines of the file. */
static void
append_with_file_lines (GString    *out,
                        const char *html,
                        guint       first_line)
{
  static const char attribute[] = "data-sourcepos=\"";
  const char *p = html;
  const char *found;

  while ((found = strstr (p, attribute)) != NULL)
    {
      const char *digits = found + sizeof attribute - 1;
      const char *quote = strchr (digits, '"');
      const char *digits_end;
      guint64 line = read_line (digits, &digits_end);

      g_string_append_len (out, p, found - p);
      if (digits_end == digits || quote == NULL || line > G_MAXUINT)
        {
          g_string_append_len (out, attribute, sizeof attribute - 1);
          p = digits;
          continue;
        }

      /* cmark-gfm gives line 0 to a paragraph that a table ends; no line
       * is better than a wrong one. */
      if (line == 0)
        {
          if (out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          p = quote + 1;
          continue;
        }

      append_line_mark (out, line + first_line - 1);
      p = quote + 1;
    }

  g_string_append (out, p);
}

/* The parser and its document live in @arena, and go with it. */
static cmark_node *
parse_markdown (BylineRenderer       *self,
                BylineMarkdownArena  *arena,
                const char           *text,
                gsize                 length,
                cmark_parser        **parser_out)
{
  cmark_parser *parser = cmark_parser_new_with_mem (MARKDOWN_OPTIONS, byline_markdown_arena_get_mem (arena));
  cmark_node *document;

  for (guint i = 0; i < G_N_ELEMENTS (self->extensions); i++)
    cmark_parser_attach_syntax_extension (parser, self->extensions[i]);

  g_mutex_lock (&parse_lock);
  cmark_parser_feed (parser, text, length);
  document = cmark_parser_finish (parser);
  g_mutex_unlock (&parse_lock);

  *parser_out = parser;
  return document;
}

static void
render_document (GString      *out,
                 cmark_node   *document,
                 cmark_parser *parser,
                 gboolean      has_comments,
                 guint         first_line)
{
  char *html;

  annotate_raw_html (document, first_line, has_comments);

  html = cmark_render_html (document, MARKDOWN_OPTIONS, cmark_parser_get_syntax_extensions (parser));
  append_with_file_lines (out, html, first_line);
}

static void
render_markdown (BylineRenderer *self,
                 GString        *out,
                 const char     *text,
                 gsize           length,
                 guint           first_line)
{
  g_autoptr(BylineMarkdownArena) arena = byline_markdown_arena_new ();
  cmark_parser *parser;
  cmark_node *document = parse_markdown (self, arena, text, length, &parser);

  render_document (out, document, parser, has_comment (text, length), first_line);
}

/* Counts the line breaks in @text as cmark does: a carriage return on
 * its own ends a line too. */
static guint
count_lines (const char *text,
             gsize       length)
{
  guint lines = 0;

  for (gsize i = 0; i < length; i++)
    lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == length || text[i + 1] != '\n'));

  return lines;
}

/* Renders the run of blocks at the start of @text, up to @length, once
 * it is sure that the line after it, up to @checked_length, starts a new
 * top-level block: then the blocks of the run end where they would end in
 * the whole body, and render as they would there. */
static gboolean
render_run (BylineRenderer *self,
            GString        *out,
            const char     *text,
            gsize           length,
            gsize           checked_length,
            guint           first_line)
{
  g_autoptr(BylineMarkdownArena) arena = byline_markdown_arena_new ();
  guint next_line = 1 + count_lines (text, length);
  cmark_parser *parser;
  cmark_node *document;
  cmark_node *last;

  document = parse_markdown (self, arena, text, checked_length, &parser);
  last = cmark_node_last_child (document);
  if (checked_length > length &&
      (last == NULL || cmark_node_get_start_line (last) != (int) next_line))
    return FALSE;

  if (checked_length > length)
    cmark_node_free (last);
  render_document (out, document, parser, has_comment (text, length), first_line);
  return TRUE;
}

/* Appends the run at @text, from the cache or rendered and kept there.
 * Returns %FALSE when the line after @length does not start a new block. */
static gboolean
append_run (BylineRenderer    *self,
            BylineRenderCache *cache,
            GString           *out,
            const char        *text,
            gsize              length,
            gsize              checked_length,
            guint              first_line)
{
  g_autoptr(GString) html = NULL;
  const char *known;
  gsize known_length;

  if (byline_render_cache_lookup (cache, text, length, checked_length, first_line, &known, &known_length))
    {
      if (known != NULL)
        g_string_append_len (out, known, known_length);
      return known != NULL;
    }

  html = g_string_new (NULL);
  if (!render_run (self, html, text, length, checked_length, first_line))
    {
      byline_render_cache_store (cache, text, length, checked_length, first_line, NULL, 0);
      return FALSE;
    }

  byline_render_cache_store (cache, text, length, checked_length, first_line, html->str, html->len);
  g_string_append_len (out, html->str, html->len);
  return TRUE;
}

static gboolean
is_blank (const char *line,
          const char *end)
{
  for (; line < end; line++)
    if (*line != ' ' && *line != '\t' && *line != '\r')
      return FALSE;
  return TRUE;
}

/* Whether a line, after a blank one, may start a run: unindented, and no
 * item that would continue a list before it. Whether it does is for
 * render_run() to find out. */
static gboolean
may_start_run (char c)
{
  return !g_ascii_isspace (c) && !g_ascii_isdigit (c) && c != '-' && c != '+' && c != '*';
}

/* Renders @text as render_markdown() does, in runs of blocks that end
 * where a blank line is followed by a new top-level block. The runs an
 * edit left alone come from @cache.
 *
 * A run is checked by parsing it with the line after it, and a check that
 * fails makes the run longer: were there many such lines, as in a long
 * code block with blank lines, each check would parse the run again. The
 * checks may parse twice the body's length; past that, the rest of the
 * body is one run. */
static void
render_markdown_in_runs (BylineRenderer    *self,
                         BylineRenderCache *cache,
                         GString           *out,
                         const char        *text,
                         gsize              length,
                         guint              first_line)
{
  const char *end = text + length;
  const char *run = text;
  guint run_line = first_line;
  guint line = first_line;
  gsize budget = 2 * length;
  gboolean after_blank = FALSE;

  /* A link's reference may be defined in any run, and lines written as
   * cmark-gfm writes them are counted from the start of the body. */
  if (g_strstr_len (text, length, "]:") != NULL || g_strstr_len (text, length, "data-sourcepos") != NULL)
    {
      render_markdown (self, out, text, length, first_line);
      return;
    }

  for (const char *p = text; p < end && budget > 0;)
    {
      const char *newline = memchr (p, '\n', end - p);
      const char *next = newline != NULL ? newline + 1 : end;

      if (after_blank && p > run && may_start_run (*p))
        {
          gsize checked = next - run;

          if (append_run (self, cache, out, run, p - run, checked, run_line))
            {
              run = p;
              run_line = line;
            }
          else
            budget -= MIN (budget, checked);
        }

      after_blank = is_blank (p, newline != NULL ? newline : end);
      line += count_lines (p, next - p);
      p = next;
    }

  if (run < end)
    append_run (self, cache, out, run, end - run, end - run, run_line);
  byline_render_cache_sweep (cache);
}

static char *
render_body (BylineRenderer    *self,
             BylineRenderCache *cache,
             const char        *body,
             BylineBodyKind     kind,
             guint              first_line,
             const char        *asset_folder)
{
  g_autofree char *expanded = NULL;
  const char *text = body;
  gsize length;
  GString *out;

  length = strlen (body);
  expanded = byline_hexo_tags_expand (body, length, kind == BYLINE_BODY_MARKDOWN, asset_folder);
  if (expanded != NULL)
    {
      text = expanded;
      length = strlen (expanded);
    }

  out = g_string_sized_new (length + length / 4);
  if (kind == BYLINE_BODY_HTML)
    byline_html_annotate (out, text, length, first_line);
  else if (cache != NULL)
    render_markdown_in_runs (self, cache, out, text, length, first_line);
  else
    render_markdown (self, out, text, length, first_line);

  return g_string_free (out, FALSE);
}

/**
 * byline_renderer_render_body:
 * @body: the post's body
 * @kind: whether @body is Markdown or HTML
 * @first_line: the line of the file on which @body starts, as
 *   byline_post_get_body_line() says
 * @asset_folder: (nullable): the name of the post's asset folder, as
 *   byline_asset_folder_name() gives it, for `{% asset_img %}`
 *
 * Renders Markdown as GitHub does (tables, strikethrough, autolinks, task
 * lists), raw HTML kept; an HTML body stays as written, never read as
 * Markdown. Either way, elements that start a block carry `data-line` with
 * their line in the file, `<!-- more -->` shows as the excerpt divider and
 * Hexo's tags as what they make or as labelled placeholders.
 *
 * Returns: (transfer full): the body as HTML
 */
char *
byline_renderer_render_body (BylineRenderer *self,
                             const char     *body,
                             BylineBodyKind  kind,
                             guint           first_line,
                             const char     *asset_folder)
{
  g_return_val_if_fail (BYLINE_IS_RENDERER (self), NULL);
  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (first_line >= 1, NULL);

  return render_body (self, NULL, body, kind, first_line, asset_folder);
}

/**
 * byline_renderer_render_body_cached:
 * @cache: what the last render of this body left
 *
 * Renders as byline_renderer_render_body() does, to the byte, but renders
 * again only the runs of blocks that changed since the last render with
 * @cache, as typing into a long post asks.
 *
 * Returns: (transfer full): the body as HTML
 */
char *
byline_renderer_render_body_cached (BylineRenderer    *self,
                                    BylineRenderCache *cache,
                                    const char        *body,
                                    BylineBodyKind     kind,
                                    guint              first_line,
                                    const char        *asset_folder)
{
  g_return_val_if_fail (BYLINE_IS_RENDERER (self), NULL);
  g_return_val_if_fail (BYLINE_IS_RENDER_CACHE (cache), NULL);
  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (first_line >= 1, NULL);

  return render_body (self, cache, body, kind, first_line, asset_folder);
}

/**
 * byline_renderer_render_header:
 * @front_matter: (nullable): the front matter's top-level value, as
 *   byline_front_matter_get_root() gives it
 *
 * A front matter replaces its root on every change rather than changing
 * it, so a worker thread may render a root it holds a reference to.
 *
 * Returns: (transfer full): the inside of the page's `#byline-header`: the
 *   header image, title, date, author, categories and tags
 */
char *
byline_renderer_render_header (BylineRenderer *self,
                               BylineNode     *front_matter)
{
  GString *out;

  g_return_val_if_fail (BYLINE_IS_RENDERER (self), NULL);

  out = g_string_new (NULL);
  byline_page_header_append (out, front_matter);
  return g_string_free (out, FALSE);
}

/**
 * byline_asset_folder_name:
 *
 * Returns: (transfer full) (nullable): the name of the folder beside the
 *   post that Hexo keeps its assets in: the file's name without extension
 */
char *
byline_asset_folder_name (GFile *post_file)
{
  g_autofree char *basename = NULL;
  char *dot;

  g_return_val_if_fail (G_IS_FILE (post_file), NULL);

  if ((basename = g_file_get_basename (post_file)) == NULL)
    return NULL;

  if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
    *dot = '\0';

  return g_steal_pointer (&basename);
}

/* The page's language, which picks the right glyphs for Han characters:
 * the front matter's, else a guess from the script of the text. */
static const char *
guess_language (BylineNode *front_matter,
                const char *title,
                const char *body)
{
  const char *texts[] = { title, body };
  gboolean has_han = FALSE;

  for (guint i = 0; front_matter != NULL && i < 2; i++)
    {
      BylineNode *node = byline_node_lookup (front_matter, i == 0 ? "lang" : "language");

      if (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_STRING)
        return byline_node_get_string (node);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *p = texts[i];

      for (gsize read = 0; p != NULL && *p != '\0' && read < LANGUAGE_SAMPLE_LENGTH; read++)
        {
          gunichar c = g_utf8_get_char_validated (p, -1);

          if (c == (gunichar) -1 || c == (gunichar) -2)
            break;

          switch ((int) g_unichar_get_script (c))
            {
            case G_UNICODE_SCRIPT_HIRAGANA:
            case G_UNICODE_SCRIPT_KATAKANA:
              return "ja";
            case G_UNICODE_SCRIPT_HANGUL:
              return "ko";
            case G_UNICODE_SCRIPT_HAN:
              has_han = TRUE;
              break;
            default:
              break;
            }

          p = g_utf8_next_char (p);
        }
    }

  return has_han ? "zh" : "";
}

/* A user's style goes inside <style>: it must not be able to end it. */
static void
append_style (GString    *out,
              const char *css)
{
  for (const char *p = css; *p != '\0'; p++)
    {
      if (p[0] == '<' && p[1] == '/')
        g_string_append (out, "<\\");
      else
        g_string_append_c (out, *p);
    }
}

/**
 * byline_renderer_render_page:
 * @extra_css: (nullable): the user's own style, applied after the page's
 *
 * Renders the whole preview page: the header inside `#byline-header` and
 * the body inside `#byline-body`, so that an update can replace either in
 * place with what byline_renderer_render_header() and
 * byline_renderer_render_body() give. Light and dark follow the system
 * unless the root element has the class `byline-light` or `byline-dark`.
 *
 * @post must not change while this runs.
 *
 * Returns: (transfer full): the page as an HTML document
 */
char *
byline_renderer_render_page (BylineRenderer *self,
                             BylinePost     *post,
                             const char     *extra_css)
{
  BylineFrontMatter *front_matter;
  BylineNode *root = NULL;
  GFile *file;
  g_autofree char *asset_folder = NULL;
  g_autofree char *header = NULL;
  g_autofree char *body = NULL;
  const char *title;
  const char *template;
  const char *p;
  GString *out;

  g_return_val_if_fail (BYLINE_IS_RENDERER (self), NULL);
  g_return_val_if_fail (BYLINE_IS_POST (post), NULL);

  if ((front_matter = byline_post_get_front_matter (post)) != NULL)
    root = byline_front_matter_get_root (front_matter);
  if ((file = byline_post_get_file (post)) != NULL)
    asset_folder = byline_asset_folder_name (file);

  header = byline_renderer_render_header (self, root);
  body = byline_renderer_render_body (self, byline_post_get_body (post),
                                      byline_post_get_body_kind (post),
                                      byline_post_get_body_line (post),
                                      asset_folder);
  title = byline_page_header_get_title (root);

  template = g_bytes_get_data (self->page_template, NULL);
  out = g_string_sized_new (strlen (template) + strlen (body) + strlen (header) +
                            g_bytes_get_size (self->page_style));

  /* The template's holes are @NAME@; what fills them is not read again. */
  for (p = template; *p != '\0';)
    {
      const char *hole = strchr (p, '@');
      const char *hole_end = hole != NULL ? strchr (hole + 1, '@') : NULL;
      g_autofree char *name = NULL;

      if (hole_end == NULL)
        break;

      g_string_append_len (out, p, hole - p);
      name = g_strndup (hole + 1, hole_end - hole - 1);
      p = hole_end + 1;

      if (strcmp (name, "LANG") == 0)
        byline_html_append_escaped (out, guess_language (root, title, byline_post_get_body (post)), -1);
      else if (strcmp (name, "TITLE") == 0)
        byline_html_append_escaped (out, title != NULL ? title : _("Preview"), -1);
      else if (strcmp (name, "CSS") == 0)
        g_string_append_len (out, g_bytes_get_data (self->page_style, NULL), g_bytes_get_size (self->page_style));
      else if (strcmp (name, "USER_CSS") == 0)
        append_style (out, extra_css != NULL ? extra_css : "");
      else if (strcmp (name, "HEADER") == 0)
        g_string_append (out, header);
      else if (strcmp (name, "BODY") == 0)
        g_string_append (out, body);
      else
        g_assert_not_reached ();
    }

  g_string_append (out, p);
  return g_string_free (out, FALSE);
}
