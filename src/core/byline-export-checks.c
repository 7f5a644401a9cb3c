/* byline-export-checks.c: what each generator's readers trip on, beyond
 * the layout and the date: template tags in bodies, YAML its reader does
 * not know, keys it takes for its own, terms it cannot nest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-export-private.h"
#include "byline-template-use.h"

/* Hexo runs Nunjucks and Jekyll runs Liquid on post bodies. Braces that
 * are text (all of them in a scraped HTML body) would be eaten or stop the
 * build; template code written for the site is left to run. */
gboolean
byline_export_fix_templates (BylineExportPlan  *plan,
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

/* Rewrites scalars in ways that keep their values: the front matter's own
 * edits skip a value equal to the old one, so these go into the text,
 * within each scalar's bytes, and are kept only if every value reads back
 * the same. */
typedef char *(*ScalarRewrite) (BylineNode *node,
                                const char *source);

static void
collect_scalars (BylineNode *node,
                 GPtrArray  *scalars)
{
  if (byline_node_is_scalar (node))
    {
      if (byline_node_has_span (node))
        g_ptr_array_add (scalars, node);
      return;
    }

  for (guint i = 0; i < byline_node_get_n_children (node); i++)
    {
      if (byline_node_get_kind (node) == BYLINE_NODE_MAPPING)
        collect_scalars (byline_node_get_key (node, i), scalars);
      collect_scalars (byline_node_get_child (node, i), scalars);
    }
}

static int
compare_starts_descending (gconstpointer a,
                           gconstpointer b)
{
  gsize start_a = byline_node_get_start (*(BylineNode **) a);
  gsize start_b = byline_node_get_start (*(BylineNode **) b);

  return start_a < start_b ? 1 : start_a > start_b ? -1 : 0;
}

static gboolean
rewrite_scalars (BylineExportPlan *plan,
                 ScalarRewrite     rewrite)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  g_autoptr(BylineNode) before = NULL;
  g_autoptr(GPtrArray) scalars = g_ptr_array_new ();
  g_autoptr(GString) text = NULL;
  g_autofree char *old_text = NULL;
  gboolean changed = FALSE;

  if (byline_front_matter_get_root (front_matter) == NULL)
    return FALSE;

  before = byline_node_ref (byline_front_matter_get_root (front_matter));
  old_text = g_strdup (byline_front_matter_get_text (front_matter));
  text = g_string_new (old_text);
  collect_scalars (before, scalars);
  g_ptr_array_sort (scalars, compare_starts_descending);

  for (guint i = 0; i < scalars->len; i++)
    {
      BylineNode *node = g_ptr_array_index (scalars, i);
      gsize start = byline_node_get_start (node);
      gsize length = byline_node_get_end (node) - start;
      g_autofree char *source = g_strndup (old_text + start, length);
      g_autofree char *fixed = rewrite (node, source);

      if (fixed == NULL)
        continue;
      g_string_erase (text, start, length);
      g_string_insert (text, start, fixed);
      changed = TRUE;
    }

  if (!changed)
    return FALSE;

  byline_front_matter_set_text (front_matter, text->str);
  if (byline_front_matter_get_root (front_matter) != NULL &&
      byline_node_equal (byline_front_matter_get_root (front_matter), before))
    return TRUE;

  byline_front_matter_set_text (front_matter, old_text);
  return FALSE;
}

/* Ruby's YAML reader fails on a timestamp with a tab between its date and
 * its time, and Jekyll then drops the post's whole front matter; with a
 * space, the timestamp is the same. */
static char *
untab_timestamp (BylineNode *node,
                 const char *source)
{
  if (byline_node_get_kind (node) != BYLINE_NODE_TIMESTAMP || strchr (source, '\t') == NULL)
    return NULL;

  return g_strdelimit (g_strdup (source), "\t", ' ');
}

/* Hugo's YAML reader does not know the escape `\/` of YAML 1.2 and stops
 * the build on it; a plain `/` is the same character. */
static char *
unescape_slashes (BylineNode *node,
                  const char *source)
{
  GString *out;
  gboolean changed = FALSE;

  if (byline_node_get_style (node) != BYLINE_NODE_STYLE_DOUBLE_QUOTED || strstr (source, "\\/") == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = source; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] == '/')
        {
          g_string_append_c (out, *++p);
          changed = TRUE;
          continue;
        }
      g_string_append_c (out, *p);
      if (p[0] == '\\' && p[1] != '\0')
        g_string_append_c (out, *++p);
    }

  if (!changed)
    return g_string_free (out, TRUE);
  return g_string_free (out, FALSE);
}

/**
 * byline_export_fix_reader_quirks:
 *
 * Rewrites, without changing their values, the scalars a generator's YAML
 * reader trips on.
 */
void
byline_export_fix_reader_quirks (BylineExportPlan *plan)
{
  switch (byline_site_get_kind (plan->site))
    {
    case BYLINE_SITE_JEKYLL:
      if (rewrite_scalars (plan, untab_timestamp))
        byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_REWRITE_DATE,
                                       _("Writes timestamps with a space where they have a tab: Jekyll’s YAML reader fails on the tab and drops the front matter"));
      break;
    case BYLINE_SITE_HUGO:
      if (byline_front_matter_get_format (byline_post_get_front_matter (plan->work)) == BYLINE_FORMAT_YAML &&
          rewrite_scalars (plan, unescape_slashes))
        byline_export_plan_add_change (plan, BYLINE_EXPORT_CHANGE_UNESCAPE,
                                       _("Writes “\\/” in quoted text as “/”: Hugo’s YAML reader does not know that escape and stops the build"));
      break;
    case BYLINE_SITE_HEXO:
    default:
      break;
    }
}

/* Hexo reads a list inside `categories` as a hierarchy; Jekyll and Hugo
 * have none, and name a term after the inner list's text, as
 * `["Tech", "Linux"]` or `[Tech Linux]`. */
void
byline_export_check_nested_terms (BylineExportPlan *plan)
{
  static const char * const keys[] = { "categories", "tags", NULL };
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);

  if (byline_site_get_kind (plan->site) == BYLINE_SITE_HEXO)
    return;

  for (guint k = 0; keys[k] != NULL; k++)
    {
      BylineNode *list = byline_front_matter_lookup (front_matter, keys[k]);

      for (guint i = 0; list != NULL && byline_node_get_kind (list) == BYLINE_NODE_SEQUENCE &&
                        i < byline_node_get_n_children (list); i++)
        if (byline_node_get_kind (byline_node_get_child (list, i)) == BYLINE_NODE_SEQUENCE)
          {
            byline_export_plan_add_warning (plan, BYLINE_EXPORT_WARNING_NESTED_TERMS,
                                            _("%s has no nested %s: it reads a list inside the list as one term named after its text"),
                                            byline_site_get_kind_name (plan->site), keys[k]);
            break;
          }
    }
}

/* Hugo takes `url` as the page's own address and stops the build on one
 * with a scheme, as scraped posts carry for their source. */
gboolean
byline_export_check_hugo_url (BylineExportPlan  *plan,
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

      byline_export_plan_set_error (plan, key, error,
                    _("Hugo takes “%s” as the page’s own address and stops building the site on “%s”: rename the key before exporting"),
                    key, byline_node_get_string (value));
      return FALSE;
    }

  return TRUE;
}
