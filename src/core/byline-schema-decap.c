/* byline-schema-decap.c: the fields of a Decap (Netlify) CMS collection
 *
 * Decap's `admin/config.yml` lists collections; a folder collection's
 * `folder` holds its posts, a file collection names each file. A field is
 * required unless it says `required: false`, and its `widget` (a string
 * when absent) decides the control.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-schema-private.h"

/* Decap keeps the post's body as a field of this name. */
#define BODY_FIELD "body"

static BylineFieldKind
kind_for_widget (const char *widget,
                 BylineNode *declaration,
                 const char *name)
{
  gboolean is_multiple = byline_schema_read_boolean (declaration, "multiple", FALSE);

  if (g_str_equal (widget, "string") || g_str_equal (widget, "color"))
    return BYLINE_FIELD_KIND_TEXT;
  if (g_str_equal (widget, "text") || g_str_equal (widget, "markdown"))
    return BYLINE_FIELD_KIND_MULTILINE;
  if (g_str_equal (widget, "boolean"))
    return BYLINE_FIELD_KIND_SWITCH;
  if (g_str_equal (widget, "datetime") || g_str_equal (widget, "date"))
    return BYLINE_FIELD_KIND_DATE;
  if (g_str_equal (widget, "number"))
    return BYLINE_FIELD_KIND_NUMBER;
  if (g_str_equal (widget, "image") || g_str_equal (widget, "file"))
    return is_multiple ? BYLINE_FIELD_KIND_LIST : BYLINE_FIELD_KIND_IMAGE;
  if (g_str_equal (widget, "object"))
    return BYLINE_FIELD_KIND_GROUP;
  if (g_str_equal (widget, "select") || g_str_equal (widget, "relation"))
    return is_multiple ? BYLINE_FIELD_KIND_LIST : BYLINE_FIELD_KIND_TEXT;
  if (g_str_equal (widget, "list"))
    {
      /* A list of objects has `fields`, `field` or `types`; a list of
       * words has none of them or a single string field. */
      BylineNode *field = byline_schema_read (declaration, "field");
      const char *item_widget = byline_schema_read_string (field, "widget");

      if (byline_schema_read (declaration, "fields") != NULL ||
          byline_schema_read (declaration, "types") != NULL ||
          (field != NULL && g_strcmp0 (item_widget != NULL ? item_widget : "string", "string") != 0))
        return BYLINE_FIELD_KIND_RAW;
      return BYLINE_FIELD_KIND_LIST;
    }
  if (g_str_equal (widget, "code") || g_str_equal (widget, "map"))
    return BYLINE_FIELD_KIND_RAW;

  return byline_field_kind_for_key (name);
}

static BylineSchemaField *
read_field (BylineNode *declaration)
{
  const char *name = byline_schema_read_string (declaration, "name");
  const char *widget = byline_schema_read_string (declaration, "widget");
  BylineNode *default_value = byline_schema_read (declaration, "default");
  BylineNode *nested = byline_schema_read (declaration, "fields");
  BylineSchemaField *field;

  if (name == NULL || g_str_equal (name, BODY_FIELD))
    return NULL;

  field = byline_schema_field_new (name);
  field->widget = g_strdup (widget != NULL ? widget : "string");
  field->label = g_strdup (byline_schema_read_string (declaration, "label"));
  field->hint = g_strdup (byline_schema_read_string (declaration, "hint"));
  field->options = byline_schema_read_options (declaration, "options", "value");
  if (default_value != NULL)
    field->default_value = byline_node_copy (default_value);

  /* A hidden field carries its default; its kind is its default's. */
  if (g_str_equal (field->widget, "hidden"))
    field->kind = byline_field_kind_for_value (name, default_value);
  else
    field->kind = kind_for_widget (field->widget, declaration, name);

  /* A switch and a hidden field always have a value in Decap. */
  field->is_required = byline_schema_read_boolean (declaration, "required", TRUE) &&
                       field->kind != BYLINE_FIELD_KIND_SWITCH &&
                       !g_str_equal (field->widget, "hidden");

  if (field->kind == BYLINE_FIELD_KIND_GROUP && nested != NULL)
    field->fields = byline_schema_read_fields (nested, read_field);

  return field;
}

/* How closely an entry of a collection holds the post: the length of the
 * folder that holds it, more for a file collection naming it exactly, or
 * -1 when it does not hold it. */
static gssize
match_entry (BylineNode *entry,
             const char *post_path)
{
  const char *folder = byline_schema_read_string (entry, "folder");
  const char *file = byline_schema_read_string (entry, "file");

  if (file != NULL)
    return g_strcmp0 (file, post_path) == 0 ? G_MAXSSIZE : -1;
  if (folder != NULL && (post_path == NULL || byline_schema_path_is_under (post_path, folder)))
    return (gssize) strlen (folder);

  return -1;
}

static void
consider_entry (BylineNode  *entry,
                const char  *post_path,
                BylineNode **best,
                gssize      *best_score)
{
  gssize score = match_entry (entry, post_path);

  if (score > *best_score)
    {
      *best = entry;
      *best_score = score;
    }
}

/**
 * byline_schema_new_from_decap:
 * @config: the text of `admin/config.yml`
 * @post_path: (nullable): the post's path from the site's root, which
 *   picks the collection; %NULL takes the first folder collection
 *
 * Returns: (transfer full) (nullable): the fields of the collection that
 *   holds the post; %NULL with %BYLINE_ERROR_NOT_FOUND when none does
 */
BylineSchema *
byline_schema_new_from_decap (const char  *config,
                              const char  *post_path,
                              GError     **error)
{
  g_autoptr(BylineNode) root = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  BylineNode *collections;
  BylineNode *best = NULL;
  gssize best_score = -1;
  const char *name;

  g_return_val_if_fail (config != NULL, NULL);

  if (!(root = byline_schema_parse_config (BYLINE_FORMAT_YAML, config, error)))
    return NULL;

  collections = byline_schema_read (root, "collections");
  for (guint i = 0; i < byline_schema_count_items (collections); i++)
    {
      BylineNode *collection = byline_node_get_child (collections, i);
      BylineNode *files = byline_schema_read (collection, "files");

      consider_entry (collection, post_path, &best, &best_score);
      for (guint j = 0; j < byline_schema_count_items (files); j++)
        consider_entry (byline_node_get_child (files, j), post_path, &best, &best_score);
    }

  if (best == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                   _("No Decap CMS collection holds this post"));
      return NULL;
    }

  fields = byline_schema_read_fields (byline_schema_read (best, "fields"), read_field);
  name = byline_schema_read_string (best, "label");
  if (name == NULL)
    name = byline_schema_read_string (best, "name");

  return byline_schema_new (BYLINE_SCHEMA_DECAP, name, fields);
}
