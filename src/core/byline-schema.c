/* byline-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-front-matter.h"
#include "byline-schema-private.h"

struct _BylineSchema
{
  GObject             parent_instance;

  BylineSchemaSource  source;
  char               *name;
  char               *config_path;
  GPtrArray          *fields;
};

G_DEFINE_FINAL_TYPE (BylineSchema, byline_schema, G_TYPE_OBJECT)

/* Where each content manager keeps its configuration, from the site's
 * root: Decap's admin folder is published as it is, so it sits in the
 * folder the generator copies (Hugo's static, Hexo's source). */
static const struct {
  const char         *path;
  BylineSchemaSource  source;
} config_places[] = {
  { "admin/config.yml", BYLINE_SCHEMA_DECAP },
  { "static/admin/config.yml", BYLINE_SCHEMA_DECAP },
  { "source/admin/config.yml", BYLINE_SCHEMA_DECAP },
  { "frontmatter.json", BYLINE_SCHEMA_FRONT_MATTER_CMS },
};

static void
byline_schema_finalize (GObject *object)
{
  BylineSchema *self = (BylineSchema *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->config_path, g_free);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (byline_schema_parent_class)->finalize (object);
}

static void
byline_schema_class_init (BylineSchemaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_schema_finalize;
}

static void
byline_schema_init (BylineSchema *self)
{
}

BylineSchema *
byline_schema_new (BylineSchemaSource  source,
                   const char         *name,
                   GPtrArray          *fields)
{
  BylineSchema *self = g_object_new (BYLINE_TYPE_SCHEMA, NULL);

  self->source = source;
  self->name = g_strdup (name);
  self->fields = g_ptr_array_ref (fields);

  return self;
}

BylineSchemaField *
byline_schema_field_new (const char *name)
{
  BylineSchemaField *field = g_new0 (BylineSchemaField, 1);

  field->name = g_strdup (name);

  return field;
}

void
byline_schema_field_free (gpointer data)
{
  BylineSchemaField *field = data;

  g_free (field->name);
  g_free (field->label);
  g_free (field->hint);
  g_free (field->widget);
  g_clear_pointer (&field->default_value, byline_node_unref);
  g_strfreev (field->options);
  g_clear_pointer (&field->fields, g_ptr_array_unref);
  g_free (field);
}

/**
 * byline_schema_read_fields:
 * @fields: (nullable): a list of field declarations
 * @read_field: reads one declaration, or returns %NULL to skip it
 *
 * Returns: (transfer full) (element-type BylineSchemaField): the fields
 */
GPtrArray *
byline_schema_read_fields (BylineNode              *fields,
                           BylineSchemaFieldReader  read_field)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (byline_schema_field_free);

  for (guint i = 0; i < byline_schema_count_items (fields); i++)
    {
      BylineSchemaField *field = read_field (byline_node_get_child (fields, i));

      if (field != NULL)
        g_ptr_array_add (list, field);
    }

  return list;
}

/* Reads a configuration file with Byline's own front matter readers. */
BylineNode *
byline_schema_parse_config (BylineFormat   format,
                            const char    *config,
                            GError       **error)
{
  g_autoptr(BylineFrontMatter) parsed = byline_front_matter_new (format, config);
  BylineNode *root = byline_front_matter_get_root (parsed);

  if (root == NULL)
    {
      g_propagate_error (error, g_error_copy (byline_front_matter_get_error (parsed)));
      return NULL;
    }

  if (byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("The content manager’s settings are not a list of named settings"));
      return NULL;
    }

  return byline_node_ref (root);
}

/* Returns: (nullable): the value under @key when @mapping is a mapping
 * that has it */
BylineNode *
byline_schema_read (BylineNode *mapping,
                    const char *key)
{
  if (mapping == NULL || byline_node_get_kind (mapping) != BYLINE_NODE_MAPPING)
    return NULL;

  return byline_node_lookup (mapping, key);
}

/* Returns: the number of items of @sequence, or 0 when it is no list */
guint
byline_schema_count_items (BylineNode *sequence)
{
  if (sequence == NULL || byline_node_get_kind (sequence) != BYLINE_NODE_SEQUENCE)
    return 0;

  return byline_node_get_n_children (sequence);
}

/* Returns: (nullable): the string under @key in @mapping */
const char *
byline_schema_read_string (BylineNode *mapping,
                           const char *key)
{
  BylineNode *value = byline_schema_read (mapping, key);

  if (value == NULL || byline_node_get_kind (value) != BYLINE_NODE_STRING)
    return NULL;

  return byline_node_get_string (value);
}

gboolean
byline_schema_read_boolean (BylineNode *mapping,
                            const char *key,
                            gboolean    otherwise)
{
  BylineNode *value = byline_schema_read (mapping, key);

  if (value == NULL || byline_node_get_kind (value) != BYLINE_NODE_BOOLEAN)
    return otherwise;

  return byline_node_get_boolean (value);
}

/**
 * byline_schema_read_options:
 * @value_key: the key holding the value when an option is a mapping, as
 *   Decap's `{label: …, value: …}`
 *
 * Returns: (transfer full) (nullable): the options under @key, or %NULL
 *   when there are none
 */
char **
byline_schema_read_options (BylineNode *mapping,
                            const char *key,
                            const char *value_key)
{
  BylineNode *options = byline_schema_read (mapping, key);
  g_autoptr(GStrvBuilder) builder = NULL;

  if (byline_schema_count_items (options) == 0)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < byline_schema_count_items (options); i++)
    {
      BylineNode *option = byline_node_get_child (options, i);

      if (byline_node_is_scalar (option))
        g_strv_builder_add (builder, byline_node_get_string (option));
      else if (byline_schema_read_string (option, value_key) != NULL)
        g_strv_builder_add (builder, byline_schema_read_string (option, value_key));
    }

  return g_strv_builder_end (builder);
}

/* Whether the post at @post_path (from the site's root) lies in @folder or
 * below it. */
gboolean
byline_schema_path_is_under (const char *post_path,
                             const char *folder)
{
  g_autofree char *trimmed = NULL;
  gsize length;

  if (post_path == NULL || folder == NULL)
    return FALSE;

  trimmed = g_strdup (folder);
  while (g_str_has_prefix (trimmed, "./"))
    memmove (trimmed, trimmed + 2, strlen (trimmed + 2) + 1);
  length = strlen (trimmed);
  while (length > 0 && trimmed[length - 1] == '/')
    trimmed[--length] = '\0';

  if (length == 0)
    return TRUE;

  return g_str_has_prefix (post_path, trimmed) && post_path[length] == '/';
}

/**
 * byline_schema_load:
 * @site_root: the site's folder
 * @post_file: the post, inside @site_root
 * @content_type: (nullable): the content type the post names (Front Matter
 *   CMS reads it from its `type` key)
 *
 * Looks for a content manager's configuration in the site and reads the
 * fields it declares for the post's collection or content type.
 *
 * Returns: (transfer full) (nullable): the schema; %NULL with
 *   %BYLINE_ERROR_NOT_FOUND when the site declares none for this post
 */
BylineSchema *
byline_schema_load (GFile         *site_root,
                    GFile         *post_file,
                    const char    *content_type,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *post_path = NULL;

  g_return_val_if_fail (G_IS_FILE (site_root), NULL);
  g_return_val_if_fail (G_IS_FILE (post_file), NULL);

  post_path = g_file_get_relative_path (site_root, post_file);

  for (guint i = 0; i < G_N_ELEMENTS (config_places); i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (site_root, config_places[i].path);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *config = NULL;
      BylineSchema *schema;

      if (!g_file_load_contents (file, cancellable, &config, NULL, NULL, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      if (config_places[i].source == BYLINE_SCHEMA_DECAP)
        schema = byline_schema_new_from_decap (config, post_path, &local_error);
      else
        schema = byline_schema_new_from_front_matter_cms (config, post_path, content_type, &local_error);

      if (schema != NULL)
        {
          schema->config_path = g_strdup (config_places[i].path);
          return schema;
        }

      if (!g_error_matches (local_error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       /* Translators: a settings file of the site, and what is wrong in it. */
                       _("%s: %s"), config_places[i].path, local_error->message);
          return NULL;
        }
    }

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
               _("The site declares no fields for this post"));
  return NULL;
}

BylineSchemaSource
byline_schema_get_source (BylineSchema *self)
{
  g_return_val_if_fail (BYLINE_IS_SCHEMA (self), BYLINE_SCHEMA_DECAP);

  return self->source;
}

/**
 * byline_schema_get_name:
 *
 * Returns: the collection or content type the fields belong to
 */
const char *
byline_schema_get_name (BylineSchema *self)
{
  g_return_val_if_fail (BYLINE_IS_SCHEMA (self), NULL);

  return self->name;
}

/**
 * byline_schema_get_config_path:
 *
 * Returns: (nullable): the configuration file, from the site's root, for
 *   a schema found by byline_schema_load()
 */
const char *
byline_schema_get_config_path (BylineSchema *self)
{
  g_return_val_if_fail (BYLINE_IS_SCHEMA (self), NULL);

  return self->config_path;
}

/**
 * byline_schema_get_fields:
 *
 * Returns: (transfer none) (element-type BylineSchemaField): the top-level
 *   fields, in the configuration's order
 */
GPtrArray *
byline_schema_get_fields (BylineSchema *self)
{
  g_return_val_if_fail (BYLINE_IS_SCHEMA (self), NULL);

  return self->fields;
}

static const BylineSchemaField *
find_field (GPtrArray  *fields,
            const char *name)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      const BylineSchemaField *field = g_ptr_array_index (fields, i);

      if (g_strcmp0 (field->name, name) == 0)
        return field;
    }

  return NULL;
}

/**
 * byline_schema_lookup:
 * @path: a key path, as `author.name`
 *
 * Returns: (nullable): the field declared at @path
 */
const BylineSchemaField *
byline_schema_lookup (BylineSchema *self,
                      const char   *path)
{
  g_auto(GStrv) segments = NULL;
  const BylineSchemaField *field = NULL;
  GPtrArray *fields;

  g_return_val_if_fail (BYLINE_IS_SCHEMA (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(segments = byline_path_split (path, NULL)))
    return NULL;

  fields = self->fields;
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (!(field = find_field (fields, segments[i])))
        return NULL;
      fields = field->fields;
    }

  return field;
}
