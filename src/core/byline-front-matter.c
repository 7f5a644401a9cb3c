/* byline-front-matter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-front-matter.h"
#include "byline-syntax.h"

struct _BylineFrontMatter
{
  GObject       parent_instance;

  BylineFormat  format;
  char         *text;
  BylineNode   *root;
  GError       *error;
};

G_DEFINE_FINAL_TYPE (BylineFrontMatter, byline_front_matter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const BylineSyntax *
get_syntax (BylineFormat format)
{
  switch (format)
    {
    case BYLINE_FORMAT_YAML:
      return &byline_yaml_syntax;
    case BYLINE_FORMAT_TOML:
      return &byline_toml_syntax;
    case BYLINE_FORMAT_JSON:
      return &byline_json_syntax;
    default:
      g_assert_not_reached ();
    }
}

static const char *
detect_newline (const char *text)
{
  const char *nl = strchr (text, '\n');

  return nl != NULL && nl > text && nl[-1] == '\r' ? "\r\n" : "\n";
}

static void
reparse (BylineFrontMatter *self)
{
  g_clear_pointer (&self->root, byline_node_unref);
  g_clear_error (&self->error);

  self->root = get_syntax (self->format)->parse (self->text, &self->error);
  g_assert (self->root != NULL || self->error != NULL);
}

static void
byline_front_matter_finalize (GObject *object)
{
  BylineFrontMatter *self = (BylineFrontMatter *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->root, byline_node_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (byline_front_matter_parent_class)->finalize (object);
}

static void
byline_front_matter_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BylineFrontMatter *self = BYLINE_FRONT_MATTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_int (value, self->format);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_front_matter_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BylineFrontMatter *self = BYLINE_FRONT_MATTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      self->format = g_value_get_int (value);
      break;
    case PROP_TEXT:
      byline_front_matter_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_front_matter_class_init (BylineFrontMatterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_front_matter_finalize;
  object_class->get_property = byline_front_matter_get_property;
  object_class->set_property = byline_front_matter_set_property;

  properties[PROP_FORMAT] =
    g_param_spec_int ("format", NULL, NULL,
                      BYLINE_FORMAT_YAML, BYLINE_FORMAT_JSON, BYLINE_FORMAT_YAML,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Every change of the text, by an edit or a raw replacement, notifies
   * this property; readers then look at the root again. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_front_matter_init (BylineFrontMatter *self)
{
}

/**
 * byline_front_matter_new:
 * @format: the language of @text
 * @text: the front matter, without its delimiter lines
 *
 * Never fails: a text that does not parse is kept as it is, with
 * byline_front_matter_get_error() saying where it breaks, so that the writer
 * can still edit it.
 */
BylineFrontMatter *
byline_front_matter_new (BylineFormat  format,
                         const char   *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (BYLINE_TYPE_FRONT_MATTER,
                       "format", format,
                       "text", text,
                       NULL);
}

BylineFormat
byline_front_matter_get_format (BylineFrontMatter *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), BYLINE_FORMAT_YAML);

  return self->format;
}

const char *
byline_front_matter_get_text (BylineFrontMatter *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), NULL);

  return self->text;
}

/**
 * byline_front_matter_set_text:
 *
 * Replaces the whole text, as raw editing does, and parses it again.
 */
void
byline_front_matter_set_text (BylineFrontMatter *self,
                              const char        *text)
{
  g_return_if_fail (BYLINE_IS_FRONT_MATTER (self));

  if (text == NULL)
    text = "";

  if (self->text != NULL && strcmp (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  reparse (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * byline_front_matter_get_error:
 *
 * Returns: (nullable): why the text does not parse, with its line and column
 *   counted from the first line of the front matter
 */
const GError *
byline_front_matter_get_error (BylineFrontMatter *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), NULL);

  return self->error;
}

/**
 * byline_front_matter_get_root:
 *
 * Returns: (transfer none) (nullable): the top-level value, usually a
 *   mapping; %NULL when the text does not parse
 */
BylineNode *
byline_front_matter_get_root (BylineFrontMatter *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), NULL);

  return self->root;
}

/**
 * byline_path_split:
 * @path: keys joined by dots, as `author.name` or `tags.0`; `\.` is a dot
 *   inside a key
 *
 * Returns: (transfer full): the path's segments
 */
char **
byline_path_split (const char  *path,
                   GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) segment = g_string_new (NULL);

  g_return_val_if_fail (path != NULL, NULL);

  for (const char *p = path;; p++)
    {
      if (*p == '\\' && (p[1] == '.' || p[1] == '\\'))
        {
          g_string_append_c (segment, *++p);
          continue;
        }

      if (*p == '.' || *p == '\0')
        {
          if (segment->len == 0)
            {
              g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                           _("“%s” is not a key path: it has an empty key"), path);
              return NULL;
            }
          g_strv_builder_add (builder, segment->str);
          g_string_truncate (segment, 0);
          if (*p == '\0')
            break;
          continue;
        }

      g_string_append_c (segment, *p);
    }

  return g_strv_builder_end (builder);
}

static gboolean
parse_index (const char *segment,
             guint      *index)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (segment, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;

  *index = (guint) value;
  return TRUE;
}

/* Finds the child of @parent that @segment names: a key of a mapping or an
 * index of a sequence. Returns -1 when there is none. */
static int
find_child (BylineNode *parent,
            const char *segment)
{
  guint index;

  switch (byline_node_get_kind (parent))
    {
    case BYLINE_NODE_MAPPING:
      return byline_node_find_key (parent, segment);
    case BYLINE_NODE_SEQUENCE:
      if (parse_index (segment, &index) && index < byline_node_get_n_children (parent))
        return (int) index;
      return -1;
    case BYLINE_NODE_NULL:
    case BYLINE_NODE_BOOLEAN:
    case BYLINE_NODE_INTEGER:
    case BYLINE_NODE_FLOAT:
    case BYLINE_NODE_STRING:
    case BYLINE_NODE_TIMESTAMP:
    default:
      return -1;
    }
}

static BylineNode *
lookup_segments (BylineNode         *node,
                 const char * const *segments,
                 guint               n_segments)
{
  for (guint i = 0; node != NULL && i < n_segments; i++)
    {
      int index = find_child (node, segments[i]);

      node = index >= 0 ? byline_node_get_child (node, (guint) index) : NULL;
    }

  return node;
}

/**
 * byline_front_matter_lookup:
 * @path: a key path, see byline_path_split()
 *
 * Returns: (transfer none) (nullable): the value at @path
 */
BylineNode *
byline_front_matter_lookup (BylineFrontMatter *self,
                            const char        *path)
{
  g_auto(GStrv) segments = NULL;

  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (self->root == NULL || !(segments = byline_path_split (path, NULL)))
    return NULL;

  return lookup_segments (self->root, (const char * const *) segments, g_strv_length (segments));
}

/**
 * byline_front_matter_get_string:
 *
 * Returns: (nullable): the scalar at @path as text, or %NULL when there is
 *   no scalar there
 */
const char *
byline_front_matter_get_string (BylineFrontMatter *self,
                                const char        *path)
{
  BylineNode *node = byline_front_matter_lookup (self, path);

  return node != NULL ? byline_node_get_string (node) : NULL;
}

typedef enum {
  EDIT_SET,
  EDIT_REMOVE,
  EDIT_RENAME,
} EditKind;

/* Applies the edit to a detached copy of the tree: what the text must parse
 * to once the syntax has spliced its bytes. */
static BylineNode *
expected_tree (BylineNode         *root,
               const char * const *segments,
               EditKind            kind,
               BylineNode         *value,
               const char         *new_key,
               GError            **error)
{
  g_autoptr(BylineNode) copy = byline_node_copy (root);
  guint n = g_strv_length ((char **) segments);
  BylineNode *parent = lookup_segments (copy, segments, n - 1);
  const char *last = segments[n - 1];
  int index;

  if (parent == NULL || byline_node_is_scalar (parent))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                   _("There is no mapping or list to hold “%s”"), last);
      return NULL;
    }

  index = find_child (parent, last);

  switch (kind)
    {
    case EDIT_SET:
      {
        g_autoptr(BylineNode) detached = byline_node_copy (value);
        guint append_index;

        if (index >= 0)
          byline_node_replace_child (parent, (guint) index, detached);
        else if (byline_node_get_kind (parent) == BYLINE_NODE_MAPPING)
          byline_node_insert (parent, last, detached);
        else if (parse_index (last, &append_index) &&
                 append_index == byline_node_get_n_children (parent))
          byline_node_append (parent, detached);
        else
          {
            g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                         _("The list has no item %s"), last);
            return NULL;
          }
      }
      break;

    case EDIT_REMOVE:
    case EDIT_RENAME:
      if (index < 0)
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                       _("There is no “%s” to change"), last);
          return NULL;
        }
      if (kind == EDIT_REMOVE)
        byline_node_remove_child (parent, (guint) index);
      else if (byline_node_get_kind (parent) != BYLINE_NODE_MAPPING)
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                       _("Only the keys of a mapping can be renamed"));
          return NULL;
        }
      else if (byline_node_find_key (parent, new_key) >= 0)
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_EXISTS,
                       _("There is a “%s” already"), new_key);
          return NULL;
        }
      else
        byline_node_rename_key (parent, (guint) index, new_key);
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&copy);
}

static gboolean
apply_edit (BylineFrontMatter *self,
            const char        *path,
            EditKind           kind,
            BylineNode        *value,
            const char        *new_key,
            GError           **error)
{
  const BylineSyntax *syntax = get_syntax (self->format);
  const char *newline = detect_newline (self->text);
  g_auto(GStrv) segments = NULL;
  g_autoptr(BylineNode) expected = NULL;
  g_autoptr(BylineNode) result = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *text = NULL;
  const char * const *path_v;

  if (self->root == NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("The front matter has an error to fix first: %s"), self->error->message);
      return FALSE;
    }

  if (!(segments = byline_path_split (path, error)))
    return FALSE;
  path_v = (const char * const *) segments;

  if (!(expected = expected_tree (self->root, path_v, kind, value, new_key, error)))
    return FALSE;

  switch (kind)
    {
    case EDIT_SET:
      text = syntax->set (self->text, self->root, path_v, value, newline, error);
      break;
    case EDIT_REMOVE:
      text = syntax->remove (self->text, self->root, path_v, newline, error);
      break;
    case EDIT_RENAME:
      text = syntax->rename (self->text, self->root, path_v, new_key, newline, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (text == NULL)
    return FALSE;

  /* The promise is that an edit changes exactly what was asked; check it
   * rather than trust it, and keep the old text if it does not hold. */
  result = syntax->parse (text, &parse_error);
  if (result == NULL ||
      !(syntax->has_unordered_tables ? byline_node_equal_unordered (result, expected)
                                     : byline_node_equal (result, expected)))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("Byline could not write “%s” without changing other values; the front matter was left as it was"),
                   path);
      return FALSE;
    }

  g_free (self->text);
  self->text = g_steal_pointer (&text);
  g_clear_pointer (&self->root, byline_node_unref);
  self->root = g_steal_pointer (&result);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  return TRUE;
}

/**
 * byline_front_matter_set:
 * @path: where to put @value; a missing last key is added at the end of its
 *   mapping, and the index one past a list's end appends to it
 * @value: the new value; its style, if any, is a hint
 *
 * Writes @value in place of the old one, in the old one's style where that
 * style can hold it. No other byte of the text changes.
 */
gboolean
byline_front_matter_set (BylineFrontMatter  *self,
                         const char         *path,
                         BylineNode         *value,
                         GError            **error)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return apply_edit (self, path, EDIT_SET, value, NULL, error);
}

gboolean
byline_front_matter_set_string (BylineFrontMatter  *self,
                                const char         *path,
                                const char         *value,
                                GError            **error)
{
  g_autoptr(BylineNode) node = NULL;

  g_return_val_if_fail (value != NULL, FALSE);

  node = byline_node_new_string (value);
  return byline_front_matter_set (self, path, node, error);
}

/**
 * byline_front_matter_remove:
 *
 * Takes out the member or item at @path with its lines.
 */
gboolean
byline_front_matter_remove (BylineFrontMatter  *self,
                            const char         *path,
                            GError            **error)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return apply_edit (self, path, EDIT_REMOVE, NULL, NULL, error);
}

gboolean
byline_front_matter_rename (BylineFrontMatter  *self,
                            const char         *path,
                            const char         *new_key,
                            GError            **error)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (new_key != NULL && *new_key != '\0', FALSE);

  return apply_edit (self, path, EDIT_RENAME, NULL, new_key, error);
}
