/* byline-export-fixes.c: the changes that make a generator read a post as
 * the writer sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-export-private.h"
#include "byline-site-dates.h"
#include "byline-template-use.h"

#define UTF8_BOM "\xef\xbb\xbf"

static const char *
format_name (BylineFormat format)
{
  static const char * const names[] = { "YAML", "TOML", "JSON" };

  return names[format];
}

/* The marker line a generator wants around front matter of @format. Hugo
 * reads JSON front matter as a bare object. */
static const char *
wanted_marker (BylineSite   *site,
               BylineFormat  format)
{
  switch (format)
    {
    case BYLINE_FORMAT_TOML:
      return "+++";
    case BYLINE_FORMAT_JSON:
      return byline_site_get_kind (site) == BYLINE_SITE_HUGO ? "" : ";;;";
    case BYLINE_FORMAT_YAML:
    default:
      return "---";
    }
}

/* Whether the site's generator reads front matter of @format written with
 * @opener: Jekyll reads YAML only, Hexo YAML and `;;;` JSON. */
static gboolean
reads_format (BylineSite   *site,
              BylineFormat  format,
              const char   *opener)
{
  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_JEKYLL:
      return format == BYLINE_FORMAT_YAML;
    case BYLINE_SITE_HEXO:
      return format == BYLINE_FORMAT_YAML || g_str_has_prefix (opener, ";;;");
    case BYLINE_SITE_HUGO:
    default:
      return TRUE;
    }
}

/* Rebuilds the copy with a new front matter of @format between its
 * markers, keeping the leading text and the body. */
static BylineFrontMatter *
replace_front_matter (BylineExportPlan *plan,
                      BylineFormat      format,
                      const char       *text)
{
  const char *marker = wanted_marker (plan->site, format);
  const char *nl = byline_post_get_newline (plan->work);
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(BylinePost) work = NULL;
  g_autoptr(GError) error = NULL;

  if (byline_post_has_bom (plan->work))
    g_string_append (data, UTF8_BOM);
  g_string_append (data, byline_post_get_leading_text (plan->work));
  g_string_append_printf (data, "%s%s%s%s%s", marker, nl, text, marker, nl);
  g_string_append (data, byline_post_get_body (plan->work));

  work = byline_post_new_from_data (data->str, data->len, &error);
  g_assert_no_error (error);
  g_set_object (&plan->work, work);
  byline_export_plan_find_markers (plan);

  return byline_post_get_front_matter (plan->work);
}

/* Writes every value of @from into a new YAML front matter. Only a change
 * of language does this: within one language Byline edits in place. */
static gboolean
convert_to_yaml (BylineExportPlan   *plan,
                 BylineFrontMatter  *from,
                 GError            **error)
{
  BylineFormat old_format = byline_front_matter_get_format (from);
  g_autoptr(BylineFrontMatter) keep = g_object_ref (from);
  BylineNode *root = byline_front_matter_get_root (keep);
  BylineFrontMatter *to = replace_front_matter (plan, BYLINE_FORMAT_YAML, "");

  for (guint i = 0; root != NULL && i < byline_node_get_n_children (root); i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GString) escaped = g_string_new (byline_node_get_key_string (root, i));

      g_string_replace (escaped, "\\", "\\\\", 0);
      g_string_replace (escaped, ".", "\\.", 0);
      path = g_string_free (g_steal_pointer (&escaped), FALSE);
      if (!byline_front_matter_set (to, path, byline_node_get_child (root, i), error))
        return FALSE;
    }

  byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_CONVERT_FRONT_MATTER,
                                 _("Writes the %s front matter as YAML: %s reads no other"),
                                 format_name (old_format), byline_site_get_kind_name (plan->site));
  return TRUE;
}

static gboolean
is_marker_line (const char *line,
                const char *marker)
{
  const char *rest = line + strlen (marker);

  return g_str_has_prefix (line, marker) &&
         (*rest == '\0' || strcmp (rest, "\n") == 0 || strcmp (rest, "\r\n") == 0);
}

/* Hexo wants its markers bare (`--- ` with a blank after is no marker) and
 * the closing one like the opening one; Hugo closes YAML with `---` only. */
static void
fix_delimiters (BylineExportPlan *plan)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  BylineFormat format = byline_front_matter_get_format (front_matter);
  BylineSiteKind kind = byline_site_get_kind (plan->site);
  const char *marker = wanted_marker (plan->site, format);
  g_autofree char *text = NULL;
  gboolean opener_ok;

  if (kind == BYLINE_SITE_JEKYLL || *marker == '\0')
    return;

  /* Hexo also reads YAML with no opening marker, up to the first `---`. */
  opener_ok = is_marker_line (plan->opener, marker) ||
              (kind == BYLINE_SITE_HEXO && *plan->opener == '\0');
  if (opener_ok && is_marker_line (plan->closer, marker))
    return;

  text = g_strdup (byline_front_matter_get_text (front_matter));
  replace_front_matter (plan, format, text);
  byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_FIX_DELIMITERS,
                                 _("Writes the front matter’s marker lines as plain “%s”, the only form %s reads"),
                                 marker, byline_site_get_kind_name (plan->site));
}

static gboolean
fix_layout (BylineExportPlan  *plan,
            GError           **error)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  const GError *parse_error;

  if (front_matter == NULL)
    front_matter = replace_front_matter (plan, byline_site_get_front_matter_format (plan->site), "");

  if ((parse_error = byline_front_matter_get_error (front_matter)) != NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("The post’s front matter has an error to fix before it can be exported: %s"),
                   parse_error->message);
      return FALSE;
    }

  if (!reads_format (plan->site, byline_front_matter_get_format (front_matter), plan->opener) &&
      !convert_to_yaml (plan, front_matter, error))
    return FALSE;

  fix_delimiters (plan);

  if (byline_site_get_kind (plan->site) == BYLINE_SITE_JEKYLL &&
      *byline_post_get_leading_text (plan->work) != '\0')
    {
      byline_post_set_leading_text (plan->work, "");
      byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_DROP_LEADING_BLANK_LINES,
                                     _("Removes the blank lines before the front matter: Jekyll reads front matter only at the very start of a file"));
    }

  if (byline_site_get_kind (plan->site) == BYLINE_SITE_HEXO &&
      strcmp (byline_post_get_newline (plan->work), "\r\n") == 0)
    {
      plan->to_lf = TRUE;
      byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_CONVERT_NEWLINES,
                                     _("Converts Windows line endings (CRLF) to LF: Hexo 8 reads no front matter in a CRLF file"));
    }

  return TRUE;
}

static void set_error_at (BylineExportPlan  *plan,
                          const char        *key,
                          GError           **error,
                          const char        *format,
                          ...) G_GNUC_PRINTF (4, 5);

/* Sets an error at the place of @key's value in the writer's file, before
 * any fix moved its lines. */
static void
set_error_at (BylineExportPlan  *plan,
              const char        *key,
              GError           **error,
              const char        *format,
              ...)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->original);
  BylineNode *root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;
  BylineNode *node = root != NULL ? byline_node_lookup (root, key) : NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node == NULL || !byline_node_has_span (node))
    {
      g_set_error_literal (error, BYLINE_ERROR, BYLINE_ERROR_INVALID, message);
      return;
    }

  byline_set_located_error (error, BYLINE_ERROR_INVALID,
                            byline_post_get_front_matter_line (plan->original) + byline_node_get_line (node) - 1,
                            byline_node_get_column (node), "%s", message);
}

/* Hugo takes `url` as the page's own address and stops the build on one
 * with a scheme, as scraped posts carry for their source. */
static gboolean
check_hugo_url (BylineExportPlan  *plan,
                GError           **error)
{
  BylineNode *root = byline_front_matter_get_root (byline_post_get_front_matter (plan->work));

  if (byline_site_get_kind (plan->site) != BYLINE_SITE_HUGO ||
      root == NULL || byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    return TRUE;

  for (guint i = 0; i < byline_node_get_n_children (root); i++)
    {
      const char *key = byline_node_get_key_string (root, i);
      BylineNode *value = byline_node_get_child (root, i);
      g_autofree char *scheme = NULL;

      if (key == NULL || g_ascii_strcasecmp (key, "url") != 0 ||
          byline_node_get_kind (value) != BYLINE_NODE_STRING ||
          (scheme = g_uri_parse_scheme (byline_node_get_string (value))) == NULL)
        continue;

      set_error_at (plan, key, error,
                    _("Hugo takes “%s” as the page’s own address and stops building the site on “%s”: rename the key before exporting"),
                    key, byline_node_get_string (value));
      return FALSE;
    }

  return TRUE;
}

static gboolean
fix_date (BylineExportPlan  *plan,
          GError           **error)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  BylineNode *node = byline_front_matter_lookup (front_matter, "date");
  const char *generator = byline_site_get_kind_name (plan->site);
  GTimeZone *zone = byline_site_get_time_zone (plan->site);
  g_autoptr(BylineDate) date = NULL;
  g_autoptr(GDateTime) instant = NULL;
  g_autofree char *reason = NULL;

  if (node == NULL)
    {
      g_autoptr(BylineDate) now = byline_site_format_date (plan->site, plan->now);
      g_autoptr(BylineNode) value = byline_date_node_for (front_matter, now);

      if (!byline_front_matter_set (front_matter, "date", value, error))
        return FALSE;
      byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_ADD_DATE,
                                     _("Adds “date: %s”: without a date %s dates the post by its file"),
                                     byline_date_get_text (now), generator);
      return TRUE;
    }

  switch (byline_site_check_date (plan->site, node, &reason))
    {
    case BYLINE_DATE_READING_UNREADABLE:
      /* Jekyll stops the whole build on it; Hexo and Hugo date the post
       * by its file, or not at all. */
      if (byline_site_get_kind (plan->site) == BYLINE_SITE_JEKYLL)
        {
          set_error_at (plan, "date", error,
                        _("%s, and stops building the site on it: fix the date before exporting"),
                        reason);
          return FALSE;
        }
      byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_UNREADABLE_DATE, "%s", reason);
      return TRUE;

    case BYLINE_DATE_READING_MISREAD:
      {
        g_autoptr(BylineDate) old = byline_node_read_date (node);
        g_autoptr(GDateTime) old_instant = byline_date_resolve (old, zone);
        g_autoptr(BylineNode) value = NULL;

        date = byline_site_format_date (plan->site, old_instant);
        value = byline_date_node_for (front_matter, date);
        if (!byline_front_matter_set (front_matter, "date", value, error))
          return FALSE;
        byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_REWRITE_DATE,
                                       _("Writes the date “%s” as “%s”, the same time: %s"),
                                       byline_date_get_text (old), byline_date_get_text (date), reason);
      }
      break;

    case BYLINE_DATE_READING_RIGHT:
    default:
      date = byline_node_read_date (node);
      break;
    }

  instant = byline_date_resolve (date, zone);
  if (!byline_site_builds_future_posts (plan->site) && g_date_time_compare (instant, plan->now) > 0)
    byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_FUTURE_DATE,
                                    byline_site_get_kind (plan->site) == BYLINE_SITE_HUGO
                                    ? _("The post is dated in the future (%s): Hugo skips it until then, unless the site sets buildFuture = true")
                                    : _("The post is dated in the future (%s): %s skips it until then, unless the site sets future: true"),
                                    byline_date_get_text (date), generator);
  return TRUE;
}

/* Hexo runs Nunjucks and Jekyll runs Liquid on post bodies. Braces that
 * are text (all of them in a scraped HTML body) would be eaten or stop the
 * build; template code written for the site is left to run. */
static gboolean
fix_templates (BylineExportPlan  *plan,
               BylineBodyKind     body_kind,
               GError           **error)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  gboolean is_hexo = byline_site_get_kind (plan->site) == BYLINE_SITE_HEXO;
  const char *key = is_hexo ? "disableNunjucks" : "render_with_liquid";
  g_autoptr(BylineNode) off = NULL;
  BylineTemplateUse use;
  BylineNode *node;

  if (byline_site_get_kind (plan->site) == BYLINE_SITE_HUGO)
    return TRUE;

  use = byline_template_use (byline_post_get_body (plan->work),
                             is_hexo ? BYLINE_TEMPLATE_ENGINE_NUNJUCKS : BYLINE_TEMPLATE_ENGINE_LIQUID);
  node = byline_front_matter_lookup (front_matter, key);
  if (use == BYLINE_TEMPLATE_USE_NONE ||
      (use == BYLINE_TEMPLATE_USE_TAGS && body_kind != BYLINE_BODY_HTML) ||
      (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_BOOLEAN &&
       byline_node_get_boolean (node) == is_hexo))
    return TRUE;

  /* The writer chose to run the engine; say what it will do. */
  if (node != NULL)
    {
      byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_TEMPLATE_TAGS,
                                      is_hexo
                                      ? _("The body has “{{”, “{%%” or “{#” that Hexo will run as Nunjucks, as disableNunjucks says")
                                      : _("The body has “{{” or “{%%” that Jekyll will run as Liquid, as render_with_liquid says"));
      return TRUE;
    }

  off = byline_node_new_boolean (is_hexo);
  if (!byline_front_matter_set (front_matter, key, off, error))
    return FALSE;

  if (is_hexo)
    byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_DISABLE_NUNJUCKS,
                                   _("Sets “disableNunjucks: true”: the body has “{{”, “{%%” or “{#” that are text, which Hexo would run as Nunjucks"));
  else
    byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_DISABLE_LIQUID,
                                   _("Sets “render_with_liquid: false”: the body has “{{” or “{%%” that are text, which Jekyll would run as Liquid"));
  return TRUE;
}

static gboolean
is_marked_draft (BylineFrontMatter *front_matter)
{
  BylineNode *node = byline_front_matter_lookup (front_matter, "draft");

  return node != NULL && byline_node_get_kind (node) == BYLINE_NODE_BOOLEAN &&
         byline_node_get_boolean (node);
}

static gboolean
fix_draft (BylineExportPlan  *plan,
           GError           **error)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  gboolean as_draft = (plan->flags & BYLINE_EXPORT_FLAGS_DRAFT) != 0;

  if (byline_site_get_kind (plan->site) != BYLINE_SITE_HUGO)
    {
      if (as_draft && !byline_site_renders_drafts (plan->site))
        byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_DRAFT_NOT_BUILT,
                                        byline_site_get_kind (plan->site) == BYLINE_SITE_HEXO
                                        ? _("Hexo builds drafts only with “hexo generate --draft” or render_drafts: true")
                                        : _("Jekyll builds drafts only with “jekyll build --drafts”"));
      return TRUE;
    }

  if (as_draft && !is_marked_draft (front_matter))
    {
      g_autoptr(BylineNode) yes = byline_node_new_boolean (TRUE);

      if (!byline_front_matter_set (front_matter, "draft", yes, error))
        return FALSE;
      byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_MARK_DRAFT,
                                     _("Sets “draft: true”: Hugo keeps drafts among the posts"));
    }
  else if (!as_draft && is_marked_draft (front_matter) && !byline_site_renders_drafts (plan->site))
    byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_DRAFT_NOT_BUILT,
                                    _("The post has “draft: true”: Hugo builds it only with “hugo --buildDrafts”"));

  return TRUE;
}

/**
 * byline_export_wants_html:
 *
 * Returns: whether the post's raw HTML body would be dropped by the site
 *   (Hugo without `markup.goldmark.renderer.unsafe`) and survives only in
 *   a `.html` content file
 */
gboolean
byline_export_wants_html (BylineSite *site,
                          BylinePost *post)
{
  return byline_site_get_kind (site) == BYLINE_SITE_HUGO &&
         !byline_site_renders_raw_html (site) &&
         byline_post_get_body_kind (post) == BYLINE_BODY_HTML;
}

static void
check_raw_html (BylineExportPlan *plan,
                BylineBodyKind    body_kind)
{
  const char *body = byline_post_get_body (plan->work);

  if (byline_site_get_kind (plan->site) != BYLINE_SITE_HUGO || byline_site_renders_raw_html (plan->site))
    return;

  if (body_kind == BYLINE_BODY_HTML && plan->as_html)
    byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_HTML_FILE,
                                   _("Exports the post as a .html file: Hugo keeps the raw HTML of .html content, while its Markdown renderer drops it"));
  else if (body_kind == BYLINE_BODY_HTML ||
           g_regex_match_simple ("<[A-Za-z][A-Za-z0-9-]*[\\s>/]", body, 0, 0))
    byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_RAW_HTML_DROPPED,
                                    _("Hugo replaces the post’s raw HTML with “<!-- raw HTML omitted -->”: "
                                      "export it as a .html file, or set “unsafe = true” under "
                                      "[markup.goldmark.renderer] in the site’s configuration"));
}

/**
 * byline_export_fix_post:
 *
 * Makes the changes the site's generator needs in @plan's copy of the
 * post, and notes what it changed and what it could not.
 */
gboolean
byline_export_fix_post (BylineExportPlan  *plan,
                        GError           **error)
{
  g_autofree char *name = plan->post_file != NULL ? g_file_get_basename (plan->post_file) : NULL;
  BylineBodyKind body_kind = byline_body_kind_guess (byline_post_get_body (plan->work), name);

  if (!fix_layout (plan, error) ||
      !check_hugo_url (plan, error) ||
      !fix_date (plan, error) ||
      !fix_templates (plan, body_kind, error) ||
      !fix_draft (plan, error))
    return FALSE;

  check_raw_html (plan, body_kind);
  return TRUE;
}

/**
 * byline_export_assemble:
 *
 * Returns: (transfer full): the bytes of the exported post
 */
GBytes *
byline_export_assemble (BylineExportPlan *plan)
{
  g_autoptr(GBytes) bytes = byline_post_serialize (plan->work);
  g_autoptr(GString) text = NULL;

  if (!plan->to_lf)
    return g_steal_pointer (&bytes);

  text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_string_replace (text, "\r\n", "\n", 0);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}
