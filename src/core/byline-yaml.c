/* byline-yaml.c: YAML front matter, read and edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-syntax.h"
#include "byline-yaml-private.h"

/* Where an edit lands: member @index of @parent (-1 when the last key of
 * the path is missing), and where @parent itself is held. */
typedef struct {
  BylineNode *parent;
  int         index;
  BylineNode *grandparent;
  guint       parent_index;
} Target;

/* Anchored nodes that aliases (or merge keys) repeat elsewhere: changing
 * one would change every copy. */
static void
collect_shared (BylineNode *node,
                GHashTable *shared)
{
  if (node->target != NULL)
    {
      g_hash_table_add (shared, byline_node_resolve (node));
      return;
    }

  if (byline_node_is_scalar (node))
    return;

  for (guint i = 0; i < node->values->len; i++)
    {
      if (node->keys != NULL)
        collect_shared (g_ptr_array_index (node->keys, i), shared);
      collect_shared (g_ptr_array_index (node->values, i), shared);
    }
}

static const BylineNode *
find_shared (const BylineNode *node,
             GHashTable       *shared)
{
  if (g_hash_table_contains (shared, node))
    return node;

  if (node->target != NULL || byline_node_is_scalar (node))
    return NULL;

  for (guint i = 0; i < node->values->len; i++)
    {
      const BylineNode *found = NULL;

      if (node->keys != NULL)
        found = find_shared (g_ptr_array_index (node->keys, i), shared);
      if (found == NULL)
        found = find_shared (g_ptr_array_index (node->values, i), shared);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
check_not_shared (const BylineNode  *node,
                  gboolean           whole_tree,
                  GHashTable        *shared,
                  const char        *segment,
                  GError           **error)
{
  const BylineNode *found = whole_tree ? find_shared (node, shared)
                                       : g_hash_table_contains (shared, node) ? node : NULL;

  if (found == NULL)
    return TRUE;

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("“%s” touches the value anchored as “&%s”, which aliases repeat elsewhere; Byline cannot change one copy alone"),
               segment, found->anchor);
  return FALSE;
}

static int
find_member (BylineNode *collection,
             const char *segment)
{
  guint64 index;

  if (collection->kind == BYLINE_NODE_MAPPING)
    return byline_node_find_key (collection, segment);

  if (g_ascii_string_to_unsigned (segment, 10, 0, G_MAXINT, &index, NULL) &&
      index < collection->values->len)
    return (int) index;
  return -1;
}

static gboolean
find_target (BylineNode         *root,
             const char * const *path,
             GHashTable         *shared,
             Target             *target,
             GError            **error)
{
  BylineNode *node = root;

  target->grandparent = NULL;
  target->parent_index = 0;

  for (guint i = 0; path[i] != NULL; i++)
    {
      int index;

      if (node->target != NULL)
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                       _("“%s” is an alias of “&%s”; change the anchored value instead"),
                       path[i - 1], byline_node_resolve (node)->anchor);
          return FALSE;
        }

      if (byline_node_is_scalar (node))
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                       _("There is no mapping or list to hold “%s”"), path[i]);
          return FALSE;
        }

      if (!check_not_shared (node, FALSE, shared, path[i], error))
        return FALSE;

      index = find_member (node, path[i]);
      if (path[i + 1] == NULL)
        {
          target->parent = node;
          target->index = index;
          return TRUE;
        }

      if (index < 0)
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                       _("There is no “%s”"), path[i]);
          return FALSE;
        }

      target->grandparent = node;
      target->parent_index = index;
      node = g_ptr_array_index (node->values, index);
    }

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID, _("The key path is empty"));
  return FALSE;
}

/* libyaml also ends lines at a lone CR and at U+0085, U+2028 and U+2029,
 * where an editor (and js-yaml, for the last three) sees none; edits,
 * which add and take out whole lines and count columns, refuse such text. */
static gboolean
has_plain_lines (const char  *text,
                 GError     **error)
{
  /* A byte order mark after the start is skipped by libyaml too, but
   * counts in columns. */
  if (strstr (text + (g_str_has_prefix (text, "\xef\xbb\xbf") ? 3 : 0), "\xef\xbb\xbf") != NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("The front matter holds a byte order mark after its start; Byline cannot edit it in place"));
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p++)
    if ((p[0] == '\r' && p[1] != '\n') ||
        (p[0] == '\xc2' && p[1] == '\x85') ||
        (p[0] == '\xe2' && p[1] == '\x80' && (p[2] == '\xa8' || p[2] == '\xa9')))
      {
        g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                     _("The front matter ends lines with other characters than line feeds; Byline cannot edit it in place"));
        return FALSE;
      }

  return TRUE;
}

static gboolean
begin (BylineYamlEdit      *edit,
       const char          *text,
       BylineNode          *root,
       const char * const  *path,
       const char          *newline,
       gboolean             changes_key,
       Target              *target,
       GError             **error)
{
  g_autoptr(GHashTable) shared = g_hash_table_new (NULL, NULL);

  if (!has_plain_lines (text, error))
    return FALSE;

  collect_shared (root, shared);
  if (!find_target (root, path, shared, target, error))
    return FALSE;

  if (target->index >= 0 &&
      !check_not_shared (g_ptr_array_index (target->parent->values, target->index), TRUE,
                         shared, path[g_strv_length ((char **) path) - 1], error))
    return FALSE;

  /* Removed or renamed, a key that aliases repeat would change them too. */
  if (changes_key && target->index >= 0 && target->parent->keys != NULL &&
      !check_not_shared (g_ptr_array_index (target->parent->keys, target->index), TRUE,
                         shared, path[g_strv_length ((char **) path) - 1], error))
    return FALSE;

  byline_yaml_edit_init (edit, text, root, newline);
  return TRUE;
}

static char *
finish (BylineYamlEdit  *edit,
        gboolean         ok,
        GError         **error)
{
  char *text = ok ? byline_yaml_edit_finish (edit, error) : NULL;

  byline_yaml_edit_clear (edit);
  return text;
}

static GArray *
keep_all (const BylineNode *collection)
{
  GArray *ops = g_array_new (FALSE, FALSE, sizeof (BylineYamlOp));

  for (guint i = 0; i < collection->values->len; i++)
    {
      BylineYamlOp op = { BYLINE_YAML_OP_KEEP, (int) i, NULL, NULL };

      g_array_append_val (ops, op);
    }

  return ops;
}

/* Adds a member at the end of @collection: a line after its last member,
 * or `, member` in a flow collection. */
static gboolean
append_member (BylineYamlEdit  *edit,
               BylineNode      *collection,
               BylineNode      *key,
               BylineNode      *value,
               GError         **error)
{
  g_autoptr(GArray) ops = keep_all (collection);
  BylineYamlOp op = { BYLINE_YAML_OP_INSERT, -1, key, value };
  g_autoptr(GString) line = NULL;

  if (collection->values->len > 0 || collection->style == BYLINE_NODE_STYLE_FLOW)
    {
      g_array_append_val (ops, op);
      return byline_yaml_apply_ops (edit, collection, ops, error);
    }

  /* Front matter without keys: the new one starts its first line. */
  line = g_string_new (NULL);
  if (edit->length > 0 && edit->text[edit->length - 1] != '\n')
    g_string_append (line, edit->habits.newline);
  if (!byline_yaml_write_block_item (line, key, value, 0, &edit->habits))
    return byline_yaml_set_unwritable_error (error, value);
  if (edit->length == 0 || edit->text[edit->length - 1] == '\n')
    g_string_append (line, edit->habits.newline);

  byline_yaml_edit_splice (edit, edit->length, edit->length, g_string_free (g_steal_pointer (&line), FALSE));
  return TRUE;
}

/* A flow list may hold a mapping of one pair without braces, `[a: 1]`:
 * a second pair would be a second item. */
static gboolean
is_single_pair (const BylineYamlEdit *edit,
                const BylineNode     *collection,
                GError              **error)
{
  gsize content = byline_yaml_edit_content_start (edit, collection);

  if (collection->kind != BYLINE_NODE_MAPPING || collection->style != BYLINE_NODE_STYLE_FLOW ||
      (content < edit->length && edit->text[content] == '{'))
    return FALSE;

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
               _("This pair stands in a list without braces; add braces in the text to give it more keys"));
  return TRUE;
}

static gboolean
is_merge_member (const BylineNode *collection,
                 guint             index)
{
  return collection->kind == BYLINE_NODE_MAPPING &&
         byline_yaml_is_merge_key (g_ptr_array_index (collection->keys, index));
}

/* Whether @value can follow a `<<` merge key. */
static gboolean
merges (BylineNode *value)
{
  value = byline_node_resolve (value);
  if (value->kind == BYLINE_NODE_SEQUENCE)
    {
      for (guint i = 0; i < value->values->len; i++)
        if (byline_node_get_kind (g_ptr_array_index (value->values, i)) != BYLINE_NODE_MAPPING)
          return FALSE;
      return TRUE;
    }

  return value->kind == BYLINE_NODE_MAPPING;
}

static gboolean
is_index (const char *segment,
          guint       index)
{
  guint64 value;

  return g_ascii_string_to_unsigned (segment, 10, 0, G_MAXINT, &value, NULL) && value == index;
}

static char *
yaml_set (const char          *text,
          BylineNode          *root,
          const char * const  *path,
          BylineNode          *value,
          const char          *newline,
          GError             **error)
{
  BylineYamlEdit edit;
  g_autoptr(BylineNode) key = NULL;
  const char *last;
  Target target;
  gboolean ok;

  if (!begin (&edit, text, root, path, newline, FALSE, &target, error))
    return NULL;

  last = path[g_strv_length ((char **) path) - 1];
  if ((target.index >= 0 && is_merge_member (target.parent, target.index) && !merges (value)) ||
      (target.grandparent != NULL && is_merge_member (target.grandparent, target.parent_index) &&
       byline_node_get_kind (value) != BYLINE_NODE_MAPPING))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("A “<<” merge takes a mapping or a list of mappings"));
      ok = FALSE;
    }
  else if (target.index >= 0)
    ok = byline_yaml_edit_set_member (&edit, target.parent, target.index, value, error);
  else if (is_single_pair (&edit, target.parent, error))
    ok = FALSE;
  else if (target.parent->kind == BYLINE_NODE_MAPPING)
    {
      key = byline_node_new_string (last);
      ok = append_member (&edit, target.parent, key, value, error);
    }
  else if (is_index (last, target.parent->values->len))
    ok = append_member (&edit, target.parent, NULL, value, error);
  else
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND, _("The list has no item %s"), last);
      ok = FALSE;
    }

  return finish (&edit, ok, error);
}

/* Writes `[]` or `{}` in place of the root collection @root, whose
 * content starts at @content. */
static void
empty_root (BylineYamlEdit   *edit,
            const BylineNode *root,
            gsize             content)
{
  gsize tabbed_end = byline_yaml_edit_tabbed_blank_lines_end (edit, root);

  byline_yaml_edit_splice (edit, content, root->end,
                           g_strconcat (byline_yaml_edit_touches_properties (edit, root, content) ? " " : "",
                                        root->kind == BYLINE_NODE_SEQUENCE ? "[]" : "{}", NULL));

  /* Tabs on the blank lines after a plain value, which took them in, are
   * errors after the brackets: those lines go with the value. */
  if (tabbed_end > 0)
    byline_yaml_edit_splice (edit, byline_yaml_next_line (edit->text, edit->length,
                                                          byline_yaml_line_end (edit->text, edit->length, root->end)),
                             tabbed_end, NULL);
}

static char *
yaml_remove (const char          *text,
             BylineNode          *root,
             const char * const  *path,
             const char          *newline,
             GError             **error)
{
  BylineYamlEdit edit;
  g_autoptr(GArray) ops = NULL;
  BylineNode *parent;
  Target target;
  gsize content;
  gboolean ok;

  if (!begin (&edit, text, root, path, newline, TRUE, &target, error))
    return NULL;

  parent = target.parent;
  if (target.index < 0)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                   _("There is no “%s” to remove"), path[g_strv_length ((char **) path) - 1]);
      return finish (&edit, FALSE, error);
    }

  if (is_single_pair (&edit, parent, error))
    return finish (&edit, FALSE, error);

  /* A block collection cannot be empty: it becomes `[]` or `{}`. Front
   * matter without keys is empty text, unless an anchor or tag would stay
   * behind. */
  content = byline_yaml_edit_content_start (&edit, parent);
  if (parent->values->len == 1 && parent->style == BYLINE_NODE_STYLE_BLOCK &&
      (target.grandparent != NULL || parent->kind == BYLINE_NODE_SEQUENCE || content > parent->start))
    {
      g_autoptr(BylineNode) empty = byline_node_new (parent->kind);

      if (target.grandparent != NULL)
        ok = byline_yaml_edit_set_member (&edit, target.grandparent, target.parent_index, empty, error);
      else
        {
          empty_root (&edit, parent, content);
          ok = TRUE;
        }
      return finish (&edit, ok, error);
    }

  ops = keep_all (parent);
  g_array_index (ops, BylineYamlOp, target.index).kind = BYLINE_YAML_OP_DELETE;
  ok = byline_yaml_apply_ops (&edit, parent, ops, error);
  return finish (&edit, ok, error);
}

static char *
yaml_rename (const char          *text,
             BylineNode          *root,
             const char * const  *path,
             const char          *new_key,
             const char          *newline,
             GError             **error)
{
  BylineYamlEdit edit;
  Target target;
  gboolean ok;

  if (!begin (&edit, text, root, path, newline, TRUE, &target, error))
    return NULL;

  if (target.index < 0 || target.parent->kind != BYLINE_NODE_MAPPING)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                   _("There is no key “%s” to rename"), path[g_strv_length ((char **) path) - 1]);
      return finish (&edit, FALSE, error);
    }

  ok = byline_yaml_edit_rename_key (&edit, target.parent, target.index, new_key, error);
  return finish (&edit, ok, error);
}

const BylineSyntax byline_yaml_syntax = {
  byline_yaml_parse,
  yaml_set,
  yaml_remove,
  yaml_rename,
};
