/* byline-page-header.c: the news header of the preview, from a post's
 * front matter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-html.h"
#include "byline-page-header.h"

/* The keys themes read a header image from, in the order they are tried. */
static const char * const image_keys[] = {
  "headimg", "thumbnail", "cover", "image", "featured_image", NULL,
};

/* A scalar's text, or %NULL for anything else or an empty value. */
static const char *
scalar_text (BylineNode *node)
{
  const char *text;

  if (node == NULL || !byline_node_is_scalar (node) ||
      byline_node_get_kind (node) == BYLINE_NODE_NULL)
    return NULL;

  text = byline_node_get_string (node);
  return text != NULL && *text != '\0' ? text : NULL;
}

/* A value such as `author` may be a name or a mapping with a name. */
static const char *
name_of (BylineNode *node,
         const char *key)
{
  if (node != NULL && byline_node_get_kind (node) == BYLINE_NODE_MAPPING)
    return scalar_text (byline_node_lookup (node, key));

  return scalar_text (node);
}

/**
 * byline_page_header_get_title:
 * @front_matter: (nullable): the front matter's top-level value
 *
 * Returns: (nullable): the post's title
 */
const char *
byline_page_header_get_title (BylineNode *front_matter)
{
  if (front_matter == NULL)
    return NULL;

  return scalar_text (byline_node_lookup (front_matter, "title"));
}

static const char *
find_image (BylineNode *front_matter)
{
  for (guint i = 0; image_keys[i] != NULL; i++)
    {
      const char *source = name_of (byline_node_lookup (front_matter, image_keys[i]), "image");

      if (source != NULL)
        return source;
    }

  return NULL;
}

static void
append_date (GString    *out,
             BylineNode *node)
{
  g_autoptr(BylineDate) parsed = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *text = NULL;
  BylineDate *date = NULL;

  if (node == NULL)
    return;

  if (byline_node_get_kind (node) == BYLINE_NODE_TIMESTAMP)
    date = byline_node_get_date (node);
  else if (scalar_text (node) != NULL)
    date = parsed = byline_date_parse (scalar_text (node), NULL);

  if (date == NULL)
    {
      if (scalar_text (node) != NULL)
        {
          g_string_append (out, "<span class=\"byline-date\">");
          byline_html_append_escaped (out, scalar_text (node), -1);
          g_string_append (out, "</span>");
        }
      return;
    }

  iso = byline_date_to_iso8601 (date);
  text = byline_date_format_for_reader (date);

  g_string_append (out, "<time class=\"byline-date\" datetime=\"");
  byline_html_append_escaped (out, iso, -1);
  g_string_append (out, "\">");
  byline_html_append_escaped (out, text != NULL ? text : iso, -1);
  g_string_append (out, "</time>");
}

static void
append_authors (GString    *out,
                BylineNode *front_matter)
{
  BylineNode *authors = byline_node_lookup (front_matter, "authors");
  const char *author = name_of (byline_node_lookup (front_matter, "author"), "name");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (author != NULL)
    g_ptr_array_add (names, (char *) author);
  else if (authors != NULL && byline_node_get_kind (authors) == BYLINE_NODE_SEQUENCE)
    {
      for (guint i = 0; i < byline_node_get_n_children (authors); i++)
        {
          const char *name = name_of (byline_node_get_child (authors, i), "name");

          if (name != NULL)
            g_ptr_array_add (names, (char *) name);
        }
    }

  if (names->len == 0)
    return;

  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  g_string_append (out, "<span class=\"byline-author\">");
  byline_html_append_escaped (out, joined, -1);
  g_string_append (out, "</span>");
}

/* One category or tag: a name, or as in Hexo a list that is a path of
 * nested categories. */
static void
append_term (GString    *out,
             BylineNode *node)
{
  g_autoptr(GString) path = g_string_new (NULL);

  if (byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE)
    {
      for (guint i = 0; i < byline_node_get_n_children (node); i++)
        {
          const char *name = scalar_text (byline_node_get_child (node, i));

          if (name == NULL)
            continue;
          if (path->len > 0)
            g_string_append (path, " › ");
          g_string_append (path, name);
        }
    }
  else if (scalar_text (node) != NULL)
    g_string_append (path, scalar_text (node));

  if (path->len == 0)
    return;

  g_string_append (out, "<li>");
  byline_html_append_escaped (out, path->str, path->len);
  g_string_append (out, "</li>");
}

static void
append_terms (GString    *out,
              BylineNode *front_matter,
              const char *plural,
              const char *singular,
              const char *label)
{
  BylineNode *node = byline_node_lookup (front_matter, plural);
  g_autoptr(GString) items = g_string_new (NULL);

  if (node == NULL)
    node = byline_node_lookup (front_matter, singular);
  if (node == NULL)
    return;

  if (byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE)
    for (guint i = 0; i < byline_node_get_n_children (node); i++)
      append_term (items, byline_node_get_child (node, i));
  else
    append_term (items, node);

  if (items->len == 0)
    return;

  g_string_append_printf (out, "<ul class=\"byline-%s\" aria-label=\"", plural);
  byline_html_append_escaped (out, label, -1);
  g_string_append_printf (out, "\">%s</ul>\n", items->str);
}

/**
 * byline_page_header_append:
 * @front_matter: (nullable): the front matter's top-level value
 *
 * Appends the header a news site shows above a post: the header image
 * (the first of `headimg`, `thumbnail`, `cover`, `image` and
 * `featured_image`), the title, the date in the user's locale, the author,
 * then the categories and tags.
 */
void
byline_page_header_append (GString    *out,
                           BylineNode *front_matter)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *image;
  const char *title;

  if (front_matter == NULL || byline_node_get_kind (front_matter) != BYLINE_NODE_MAPPING)
    return;

  if ((image = find_image (front_matter)) != NULL)
    {
      g_string_append (out, "<figure class=\"byline-header-image\"><img src=\"");
      byline_html_append_escaped (out, image, -1);
      g_string_append (out, "\" alt=\"\"></figure>\n");
    }

  if ((title = byline_page_header_get_title (front_matter)) != NULL)
    {
      g_string_append (out, "<h1 class=\"byline-title\">");
      byline_html_append_escaped (out, title, -1);
      g_string_append (out, "</h1>\n");
    }

  append_date (meta, byline_node_lookup (front_matter, "date"));
  append_authors (meta, front_matter);
  if (meta->len > 0)
    g_string_append_printf (out, "<p class=\"byline-meta\">%s</p>\n", meta->str);

  append_terms (out, front_matter, "categories", "category", _("Categories"));
  append_terms (out, front_matter, "tags", "tag", _("Tags"));
}
