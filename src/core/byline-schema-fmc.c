/* byline-schema-fmc.c: the fields of a Front Matter CMS content type
 *
 * Front Matter CMS keeps its settings in `frontmatter.json` under dotted
 * names: `frontMatter.taxonomy.contentTypes` lists content types and their
 * fields, `frontMatter.content.pageFolders` the folders and the types their
 * posts use. A post picks its type with its `type` key. A field is
 * optional unless it says `required: true`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-schema-private.h"

#define CONTENT_TYPES "frontMatter.taxonomy.contentTypes"
#define PAGE_FOLDERS "frontMatter.content.pageFolders"
#define DEFAULT_TYPE "default"
#define WORKSPACE "[[workspace]]"

static BylineFieldKind
kind_for_type (const char *type,
               BylineNode *declaration,
               const char *name)
{
  gboolean is_multiple = byline_schema_read_boolean (declaration, "multiple", FALSE);

  if (g_str_equal (type, "string"))
    return byline_schema_read_boolean (declaration, "multiline", FALSE) ? BYLINE_FIELD_KIND_MULTILINE
                                                                        : BYLINE_FIELD_KIND_TEXT;
  if (g_str_equal (type, "slug"))
    return BYLINE_FIELD_KIND_TEXT;
  if (g_str_equal (type, "number"))
    return BYLINE_FIELD_KIND_NUMBER;
  if (g_str_equal (type, "boolean") || g_str_equal (type, "draft"))
    return BYLINE_FIELD_KIND_SWITCH;
  if (g_str_equal (type, "datetime"))
    return BYLINE_FIELD_KIND_DATE;
  if (g_str_equal (type, "image") || g_str_equal (type, "file"))
    return is_multiple ? BYLINE_FIELD_KIND_LIST : BYLINE_FIELD_KIND_IMAGE;
  if (g_str_equal (type, "choice") || g_str_equal (type, "contentRelationship") ||
      g_str_equal (type, "dataFile"))
    return is_multiple ? BYLINE_FIELD_KIND_LIST : BYLINE_FIELD_KIND_TEXT;
  if (g_str_equal (type, "tags") || g_str_equal (type, "categories") ||
      g_str_equal (type, "taxonomy") || g_str_equal (type, "list"))
    return BYLINE_FIELD_KIND_LIST;
  if (g_str_equal (type, "fields"))
    return BYLINE_FIELD_KIND_GROUP;
  if (g_str_equal (type, "json") || g_str_equal (type, "block") || g_str_equal (type, "customField"))
    return BYLINE_FIELD_KIND_RAW;

  return byline_field_kind_for_key (name);
}

static BylineSchemaField *
read_field (BylineNode *declaration)
{
  const char *name = byline_schema_read_string (declaration, "name");
  const char *type = byline_schema_read_string (declaration, "type");
  BylineNode *default_value = byline_schema_read (declaration, "default");
  BylineSchemaField *field;

  /* Dividers and headings only lay out Front Matter's own panel. */
  if (name == NULL || type == NULL || g_str_equal (type, "divider") || g_str_equal (type, "heading"))
    return NULL;

  field = byline_schema_field_new (name);
  field->widget = g_strdup (type);
  field->kind = kind_for_type (type, declaration, name);
  field->label = g_strdup (byline_schema_read_string (declaration, "title"));
  field->hint = g_strdup (byline_schema_read_string (declaration, "description"));
  field->options = byline_schema_read_options (declaration, "choices", "id");
  field->is_required = byline_schema_read_boolean (declaration, "required", FALSE);
  if (default_value != NULL)
    field->default_value = byline_node_copy (default_value);

  if (field->kind == BYLINE_FIELD_KIND_GROUP)
    field->fields = byline_schema_read_fields (byline_schema_read (declaration, "fields"), read_field);

  return field;
}

static BylineNode *
find_type (BylineNode *types,
           const char *name)
{
  for (guint i = 0; name != NULL && i < byline_schema_count_items (types); i++)
    {
      BylineNode *type = byline_node_get_child (types, i);

      if (g_strcmp0 (byline_schema_read_string (type, "name"), name) == 0)
        return type;
    }

  return NULL;
}

/* The first content type of the page folder that holds the post. */
static const char *
folder_type (BylineNode *folders,
             const char *post_path)
{
  for (guint i = 0; i < byline_schema_count_items (folders); i++)
    {
      BylineNode *folder = byline_node_get_child (folders, i);
      const char *path = byline_schema_read_string (folder, "path");
      BylineNode *types = byline_schema_read (folder, "contentTypes");

      if (path == NULL || byline_schema_count_items (types) == 0)
        continue;
      if (g_str_has_prefix (path, WORKSPACE))
        path += strlen (WORKSPACE);
      while (*path == '/')
        path++;

      if (byline_schema_path_is_under (post_path, path))
        return byline_node_get_string (byline_node_get_child (types, 0));
    }

  return NULL;
}

/**
 * byline_schema_new_from_front_matter_cms:
 * @config: the text of `frontmatter.json`
 * @post_path: (nullable): the post's path from the site's root
 * @content_type: (nullable): the post's `type`
 *
 * Picks the content type the post names, else the one of the page folder
 * that holds it, else the `default` type, as Front Matter CMS does.
 *
 * Returns: (transfer full) (nullable): the content type's fields; %NULL
 *   with %BYLINE_ERROR_NOT_FOUND when the file declares no content type
 */
BylineSchema *
byline_schema_new_from_front_matter_cms (const char  *config,
                                         const char  *post_path,
                                         const char  *content_type,
                                         GError     **error)
{
  g_autoptr(BylineNode) root = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  BylineNode *types;
  BylineNode *type;

  g_return_val_if_fail (config != NULL, NULL);

  if (!(root = byline_schema_parse_config (BYLINE_FORMAT_JSON, config, error)))
    return NULL;

  types = byline_schema_read (root, CONTENT_TYPES);
  type = find_type (types, content_type);
  if (type == NULL)
    type = find_type (types, folder_type (byline_schema_read (root, PAGE_FOLDERS), post_path));
  if (type == NULL)
    type = find_type (types, DEFAULT_TYPE);

  if (type == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                   _("Front Matter CMS declares no content type for this post"));
      return NULL;
    }

  fields = byline_schema_read_fields (byline_schema_read (type, "fields"), read_field);
  return byline_schema_new (BYLINE_SCHEMA_FRONT_MATTER_CMS,
                            byline_schema_read_string (type, "name"),
                            fields);
}
