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
 * @opener: Jekyll reads YAML only, Hexo YAML and `;;;` JSON, Hugo all
 * three but JSON only as a bare object. */
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
      return format != BYLINE_FORMAT_JSON || !g_str_has_prefix (opener, ";;;");
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

/* The key path of a top-level @key, its dots escaped. */
static char *
key_path (const char *key)
{
  GString *path = g_string_new (key);

  g_string_replace (path, "\\", "\\\\", 0);
  g_string_replace (path, ".", "\\.", 0);
  return g_string_free (path, FALSE);
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
      g_autofree char *path = key_path (byline_node_get_key_string (root, i));

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

/* Whether the generator reads the post's marker lines. Hexo wants them
 * bare (`--- ` with a blank after is no marker) and the closing one like
 * the opening one, or no opening one at all; Jekyll wants an opening
 * `---` and allows blanks after it and a closing `...`; Hugo closes YAML
 * with `---` only. */
static gboolean
reads_markers (BylineExportPlan *plan,
               const char       *marker)
{
  switch (byline_site_get_kind (plan->site))
    {
    case BYLINE_SITE_HEXO:
      return (*plan->opener == '\0' || is_marker_line (plan->opener, marker)) &&
             is_marker_line (plan->closer, marker);
    case BYLINE_SITE_JEKYLL:
      return g_str_has_prefix (plan->opener, marker);
    case BYLINE_SITE_HUGO:
    default:
      return is_marker_line (plan->opener, marker) && is_marker_line (plan->closer, marker);
    }
}

static void
fix_delimiters (BylineExportPlan *plan)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  BylineFormat format = byline_front_matter_get_format (front_matter);
  const char *marker = wanted_marker (plan->site, format);
  g_autofree char *text = NULL;

  if (*marker == '\0' || reads_markers (plan, marker))
    return;

  text = g_strdup (byline_front_matter_get_text (front_matter));
  replace_front_matter (plan, format, text);
  byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_FIX_DELIMITERS,
                                 _("Writes the front matter between plain “%s” lines, the form %s reads"),
                                 marker, byline_site_get_kind_name (plan->site));
}

/* Whether the generator sees front matter after the post's leading blank
 * lines: Hugo always, Jekyll never, Hexo after one empty line only (its
 * front matter pattern happens to skip a lone newline, not two, nor a line
 * of spaces). */
static gboolean
reads_leading_text (BylineExportPlan *plan)
{
  const char *leading = byline_post_get_leading_text (plan->work);

  switch (byline_site_get_kind (plan->site))
    {
    case BYLINE_SITE_HEXO:
      return *leading == '\0' || strcmp (leading, "\n") == 0 || strcmp (leading, "\r\n") == 0;
    case BYLINE_SITE_JEKYLL:
      return *leading == '\0';
    case BYLINE_SITE_HUGO:
    default:
      return TRUE;
    }
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

  if (!reads_leading_text (plan))
    {
      byline_post_set_leading_text (plan->work, "");
      byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_DROP_LEADING_BLANK_LINES,
                                     byline_site_get_kind (plan->site) == BYLINE_SITE_JEKYLL
                                     ? _("Removes the blank lines before the front matter: Jekyll reads front matter only at the very start of a file")
                                     : _("Removes the blank lines before the front matter: Hexo sees front matter after one empty line at most"));
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
      switch (byline_site_get_kind (plan->site))
        {
        case BYLINE_SITE_HEXO:
          byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_ADD_DATE,
                                         _("Adds “date: %s”: without a date Hexo dates the post by its file’s time"),
                                         byline_date_get_text (now));
          break;
        case BYLINE_SITE_JEKYLL:
          byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_ADD_DATE,
                                         _("Adds “date: %s”: without a date Jekyll dates the post by its file’s name"),
                                         byline_date_get_text (now));
          break;
        case BYLINE_SITE_HUGO:
        default:
          byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_ADD_DATE,
                                         _("Adds “date: %s”: without a date Hugo leaves the post undated"),
                                         byline_date_get_text (now));
          break;
        }
      return TRUE;
    }

  switch (byline_site_check_date (plan->site, node, &reason))
    {
    case BYLINE_DATE_READING_UNREADABLE:
      /* Jekyll stops the whole build on it; Hexo and Hugo date the post
       * by its file, or not at all. */
      if (byline_site_get_kind (plan->site) == BYLINE_SITE_JEKYLL)
        {
          byline_export_plan_set_error (plan, "date", error,
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
      !byline_export_check_hugo_url (plan, error) ||
      !fix_date (plan, error) ||
      !byline_export_fix_templates (plan, body_kind, error) ||
      !fix_draft (plan, error))
    return FALSE;

  byline_export_fix_reader_quirks (plan);
  check_raw_html (plan, body_kind);
  byline_export_check_nested_terms (plan);
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
