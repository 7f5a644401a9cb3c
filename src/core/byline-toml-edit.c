/* byline-toml-edit.c: edits of a TOML front matter in place: values in
 * their span, keys at the end of their table, tables as new sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-edit-steps.h"
#include "byline-syntax.h"
#include "byline-toml-private.h"

static char *insert_at (const char         *text,
                        const char * const *path,
                        guint               index,
                        BylineNode         *value,
                        const char         *newline,
                        GError            **error);

static const BylineEditSteps steps = { byline_toml_set, insert_at, byline_toml_remove };

static BylineTomlTable *
table_of (const BylineTomlDocument *document,
          const BylineNode         *node)
{
  return g_hash_table_lookup (document->tables, node);
}

static void
collect_subtree (GHashTable *set,
                 BylineNode *node)
{
  g_hash_table_add (set, node);
  for (guint i = 0; i < byline_node_get_n_children (node); i++)
    collect_subtree (set, byline_node_get_child (node, i));
}

GHashTable *
byline_toml_subtree (BylineNode *node)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  collect_subtree (set, node);
  return set;
}

/* The text between a key and its value, as the file writes it. */
static char *
detect_equals (const BylineTomlDocument *document,
               const char               *text)
{
  for (guint i = 0; i < document->entries->len; i++)
    {
      const BylineTomlEntry *entry = g_ptr_array_index (document->entries, i);

      if (entry->section != NULL)
        return g_strndup (text + entry->key_end, byline_node_get_start (entry->value) - entry->key_end);
    }
  return g_strdup (" = ");
}

/* The indentation of the key/value lines under headers, as in
 * `[params]\n  author = "x"`. */
static char *
detect_section_indent (const BylineTomlDocument *document,
                       const char               *text)
{
  for (guint i = 0; i < document->entries->len; i++)
    {
      const BylineTomlEntry *entry = g_ptr_array_index (document->entries, i);

      if (entry->section != NULL && entry->section->header_end > 0)
        return byline_text_indent_of (text, entry->start);
    }
  return g_strdup ("");
}

/* Appends `keys.key = value`, the keys of a dotted key first. */
static gboolean
append_member (GString             *out,
               const char * const  *keys,
               const char          *key,
               const char          *equals,
               BylineNode          *value,
               const char          *newline,
               GError             **error)
{
  if (keys != NULL)
    {
      byline_toml_append_keys (out, keys);
      g_string_append_c (out, '.');
    }
  byline_toml_append_key (out, key);
  g_string_append (out, equals);
  return byline_toml_append_value (out, value, byline_node_get_style (value), TRUE, newline, error);
}

/* Adds a `key = value` line after the last one of @section, in its
 * indentation. */
static char *
add_line (const BylineTomlDocument  *document,
          const char                *text,
          const BylineTomlSection   *section,
          const char * const        *keys,
          const char                *key,
          BylineNode                *value,
          const char                *newline,
          GError                   **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *equals = detect_equals (document, text);
  g_autofree char *indent = NULL;
  gsize at = section->end;

  if (section->has_entries)
    indent = byline_text_indent_of (text, section->last_entry);
  else if (section->header_end > 0)
    indent = detect_section_indent (document, text);
  else
    indent = g_strdup ("");

  if (at > 0 && text[at - 1] != '\n')
    g_string_append (line, newline);
  g_string_append (line, indent);
  if (!append_member (line, keys, key, equals, value, newline, error))
    return NULL;
  g_string_append (line, newline);

  return byline_text_splice (text, at, at, line->str);
}

/* Appends a `[keys]` or `[[keys]]` header and the members of @table, in
 * the file's indentation. */
static gboolean
append_section (GString                   *out,
                const BylineTomlDocument  *document,
                const char                *text,
                const char * const        *keys,
                gboolean                   is_array,
                BylineNode                *table,
                const char                *newline,
                GError                   **error)
{
  g_autofree char *indent = detect_section_indent (document, text);

  g_string_append (out, is_array ? "[[" : "[");
  byline_toml_append_keys (out, keys);
  g_string_append (out, is_array ? "]]" : "]");
  g_string_append (out, newline);

  for (guint i = 0; i < byline_node_get_n_children (table); i++)
    {
      g_string_append (out, indent);
      if (!append_member (out, NULL, byline_node_get_key_string (table, i), " = ",
                          byline_node_get_child (table, i), newline, error))
        return FALSE;
      g_string_append (out, newline);
    }
  return TRUE;
}

/* Adds a new section after the last one that belongs to @owner, so that it
 * stays in the same table of an array of tables. */
static char *
add_section (const BylineTomlDocument  *document,
             const char                *text,
             BylineNode                *owner,
             const char * const        *keys,
             gboolean                   is_array,
             BylineNode                *table,
             const char                *newline,
             GError                   **error)
{
  g_autoptr(GHashTable) subtree = byline_toml_subtree (owner);
  g_autoptr(GString) out = g_string_new (NULL);
  gsize at = 0;

  for (guint i = 0; i < document->sections->len; i++)
    {
      const BylineTomlSection *section = g_ptr_array_index (document->sections, i);

      if (g_hash_table_contains (subtree, section->table))
        at = MAX (at, section->end);
    }

  if (at > 0 && text[at - 1] != '\n')
    g_string_append (out, newline);
  if (at > 0)
    g_string_append (out, newline);
  if (!append_section (out, document, text, keys, is_array, table, newline, error))
    return NULL;

  return byline_text_splice (text, at, at, out->str);
}

static char *
insert_into_inline_table (const BylineTomlDocument  *document,
                          const char                *text,
                          BylineNode                *inline_table,
                          const char * const        *keys,
                          const char                *key,
                          BylineNode                *value,
                          const char                *newline,
                          GError                   **error)
{
  const BylineFlow *flow = g_hash_table_lookup (document->flows, inline_table);
  const BylineFlowStyle style = { " ", " ", " ", newline };
  g_autoptr(GString) item = g_string_new (NULL);

  if (!append_member (item, keys, key, " = ", value, newline, error))
    return NULL;
  return byline_flow_insert (flow, text, flow->items->len, item->str, &style);
}

static char *
insert_into_array (const BylineTomlDocument  *document,
                   const char                *text,
                   BylineNode                *array,
                   guint                      index,
                   BylineNode                *value,
                   const char                *newline,
                   GError                   **error)
{
  const BylineFlowStyle style = { " ", "", "", newline };
  g_autoptr(GString) item = g_string_new (NULL);
  const BylineTomlTable *first;
  const BylineTomlSection *before;

  if (byline_node_get_style (array) != BYLINE_NODE_STYLE_BLOCK)
    {
      if (!byline_toml_append_value (item, value, byline_node_get_style (value), TRUE, newline, error))
        return NULL;
      return byline_flow_insert (g_hash_table_lookup (document->flows, array), text, index, item->str, &style);
    }

  if (byline_node_get_kind (value) != BYLINE_NODE_MAPPING)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("An array of tables can only hold tables"));
      return NULL;
    }

  first = table_of (document, byline_node_get_child (array, 0));
  if (index == byline_node_get_n_children (array))
    return add_section (document, text, array, (const char * const *) first->key_path, TRUE, value,
                        newline, error);

  before = table_of (document, byline_node_get_child (array, index))->section;
  if (!append_section (item, document, text, (const char * const *) first->key_path, TRUE, value,
                       newline, error))
    return NULL;
  g_string_append (item, newline);
  return byline_text_splice (text, before->start, before->start, item->str);
}

static gboolean
is_filled_mapping (const BylineNode *value)
{
  return byline_node_get_kind (value) == BYLINE_NODE_MAPPING && byline_node_get_n_children (value) > 0;
}

/* Adds @key to @table, where the table's kind says keys go. */
static char *
add_member (const BylineTomlDocument  *document,
            const char                *text,
            BylineNode                *table,
            const char                *key,
            BylineNode                *value,
            const char                *newline,
            GError                   **error)
{
  const BylineTomlTable *info = table_of (document, table);
  g_auto(GStrv) keys = NULL;
  g_autoptr(BylineNode) wrapper = NULL;

  switch (info->kind)
    {
    case BYLINE_TOML_TABLE_INLINE:
      return insert_into_inline_table (document, text, table, NULL, key, value, newline, error);

    case BYLINE_TOML_TABLE_DOTTED:
      if (info->inline_table != NULL)
        return insert_into_inline_table (document, text, info->inline_table,
                                         (const char * const *) info->dotted_keys, key, value, newline, error);
      return add_line (document, text, info->section, (const char * const *) info->dotted_keys,
                       key, value, newline, error);

    case BYLINE_TOML_TABLE_ROOT:
    case BYLINE_TOML_TABLE_HEADER:
    case BYLINE_TOML_TABLE_ELEMENT:
      if (!is_filled_mapping (value))
        return add_line (document, text, info->section, NULL, key, value, newline, error);
      keys = byline_path_child ((const char * const *) info->key_path, key);
      return add_section (document, text, table, (const char * const *) keys, FALSE, value, newline, error);

    case BYLINE_TOML_TABLE_IMPLICIT:
      /* A table that only its sub-tables made gets a header of its own. */
      if (is_filled_mapping (value))
        {
          keys = byline_path_child ((const char * const *) info->key_path, key);
          return add_section (document, text, table, (const char * const *) keys, FALSE, value,
                              newline, error);
        }
      wrapper = byline_node_new_mapping ();
      byline_node_insert (wrapper, key, value);
      return add_section (document, text, table, (const char * const *) info->key_path, FALSE, wrapper,
                          newline, error);

    default:
      g_assert_not_reached ();
    }
}

static char *
add_value (const BylineTomlDocument  *document,
           const char                *text,
           BylineNode                *parent,
           const char                *segment,
           BylineNode                *value,
           const char                *newline,
           GError                   **error)
{
  guint64 index;

  if (byline_node_get_kind (parent) == BYLINE_NODE_MAPPING)
    return add_member (document, text, parent, segment, value, newline, error);

  if (!g_ascii_string_to_unsigned (segment, 10, 0, G_MAXUINT, &index, NULL) ||
      index != byline_node_get_n_children (parent))
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND, _("The list has no item %s"), segment);
      return NULL;
    }
  return insert_into_array (document, text, parent, (guint) index, value, newline, error);
}

static gboolean
holds_only_tables (const BylineNode *list)
{
  for (guint i = 0; i < byline_node_get_n_children (list); i++)
    if (byline_node_get_kind (byline_node_get_child (list, i)) != BYLINE_NODE_MAPPING)
      return FALSE;
  return TRUE;
}

/* Whether a multi-line string starts its text on the line after its
 * opening quotes. */
static gboolean
breaks_after_open (const char       *text,
                   const BylineNode *node)
{
  const char *after = text + byline_node_get_start (node) + 3;
  BylineNodeStyle style = byline_node_get_style (node);

  return (style == BYLINE_NODE_STYLE_FOLDED || style == BYLINE_NODE_STYLE_LITERAL) &&
         (after[0] == '\n' || (after[0] == '\r' && after[1] == '\n'));
}

/* @root is not used: the edit reads @text again for the places it needs. */
char *
byline_toml_set (const char          *text,
                 BylineNode          *root,
                 const char * const  *path,
                 BylineNode          *value,
                 const char          *newline,
                 GError             **error)
{
  g_autoptr(BylineTomlDocument) document = byline_toml_document_parse (text, error);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *removed = NULL;
  BylineNodeKind old_kind, new_kind = byline_node_get_kind (value);
  BylineNodeStyle style;
  BylineNode *parent;
  BylineNode *old;
  int index;

  if (document == NULL || !(parent = byline_path_find_parent (document->root, path, &index, error)))
    return NULL;

  if (index < 0)
    return add_value (document, text, parent, path[g_strv_length ((char **) path) - 1], value, newline, error);

  old = byline_node_get_child (parent, (guint) index);
  old_kind = byline_node_get_kind (old);

  if (old_kind == BYLINE_NODE_MAPPING && new_kind == BYLINE_NODE_MAPPING)
    return byline_edit_mapping (&steps, text, path, old, value, newline, error);
  if (old_kind == BYLINE_NODE_SEQUENCE && new_kind == BYLINE_NODE_SEQUENCE &&
      (byline_node_get_style (old) == BYLINE_NODE_STYLE_FLOW || holds_only_tables (value)))
    return byline_edit_sequence (&steps, text, path, old, value, newline, error);

  /* A table written as lines of its own gives way to the value's line. */
  if (byline_node_get_style (old) == BYLINE_NODE_STYLE_BLOCK)
    {
      if (!(removed = byline_toml_remove (text, NULL, path, newline, error)))
        return NULL;
      return byline_toml_set (removed, NULL, path, value, newline, error);
    }

  style = old_kind == BYLINE_NODE_STRING && new_kind == BYLINE_NODE_STRING
          ? byline_node_get_style (old) : byline_node_get_style (value);
  if (!byline_toml_append_value (out, value, style, breaks_after_open (text, old), newline, error))
    return NULL;

  return byline_text_splice (text, byline_node_get_start (old), byline_node_get_end (old), out->str);
}

static char *
insert_at (const char          *text,
           const char * const  *path,
           guint                index,
           BylineNode          *value,
           const char          *newline,
           GError             **error)
{
  g_autoptr(BylineTomlDocument) document = byline_toml_document_parse (text, error);
  BylineNode *array;

  if (document == NULL)
    return NULL;

  array = byline_path_lookup (document->root, path);
  g_return_val_if_fail (array != NULL && byline_node_get_kind (array) == BYLINE_NODE_SEQUENCE, NULL);
  return insert_into_array (document, text, array, index, value, newline, error);
}

static BylineNode *
toml_parse (const char  *text,
            GError     **error)
{
  g_autoptr(BylineTomlDocument) document = byline_toml_document_parse (text, error);

  return document != NULL ? g_steal_pointer (&document->root) : NULL;
}

const BylineSyntax byline_toml_syntax = { toml_parse, byline_toml_set, byline_toml_remove, byline_toml_rename, TRUE };
