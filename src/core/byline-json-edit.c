/* byline-json-edit.c: edits of a JSON front matter in place, in the file's
 * own layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "byline-edit-steps.h"
#include "byline-error.h"
#include "byline-json-private.h"
#include "byline-syntax.h"
#include "byline-text.h"

/* How the file writes JSON, so that new text looks like the old. */
typedef struct {
  gboolean    pretty;     /* objects and arrays spread over lines */
  char       *unit;       /* one level of indentation */
  char       *colon;      /* between a key and its value */
  const char *separator;  /* after a comma between items on one line */
  const char *newline;
} Layout;

static void
layout_clear (Layout *layout)
{
  g_free (layout->unit);
  g_free (layout->colon);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layout, layout_clear)

/* The indentation one level adds: what the first indented item of an
 * object or array has more than the line that opens it. */
static char *
detect_unit (const BylineJsonDocument *document,
             const char               *text)
{
  GHashTableIter iter;
  gpointer value;
  gssize first_open = -1;
  char *unit = NULL;

  g_hash_table_iter_init (&iter, document->flows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const BylineFlow *flow = value;
      g_autofree char *outer = NULL;
      g_autofree char *inner = NULL;

      if (flow->open < 0 || flow->items->len == 0 || (first_open >= 0 && flow->open > first_open))
        continue;

      outer = byline_text_indent_of (text, flow->open);
      inner = byline_text_indent_of (text, g_array_index (flow->items, BylineFlowItem, 0).start);
      if (byline_text_line_start (text, flow->open) ==
          byline_text_line_start (text, g_array_index (flow->items, BylineFlowItem, 0).start) ||
          !g_str_has_prefix (inner, outer) || strlen (inner) == strlen (outer))
        continue;

      first_open = flow->open;
      g_free (unit);
      unit = g_strdup (inner + strlen (outer));
    }

  return unit != NULL ? unit : g_strdup ("  ");
}

static void
detect_layout (Layout                   *layout,
               const BylineJsonDocument *document,
               const char               *text,
               const char               *newline)
{
  const BylineNode *root = document->root;
  const BylineFlow *flow = g_hash_table_lookup (document->flows, root);

  layout->pretty = byline_flow_is_multiline (flow, text);
  layout->unit = detect_unit (document, text);
  layout->colon = NULL;
  layout->newline = newline;

  if (byline_node_get_n_children (root) > 0)
    {
      gsize key_end = byline_node_get_end (byline_node_get_key (root, 0));
      gsize value_start = byline_node_get_start (byline_node_get_child (root, 0));

      if (!memchr (text + key_end, '\n', value_start - key_end))
        layout->colon = g_strndup (text + key_end, value_start - key_end);
    }
  if (layout->colon == NULL)
    layout->colon = g_strdup (": ");

  layout->separator = g_str_has_suffix (layout->colon, " ") ? " " : "";
}

static gboolean write_value (GString           *out,
                             const BylineNode  *value,
                             const Layout      *layout,
                             const char        *indent,
                             gboolean           pretty,
                             GError           **error);

static gboolean
write_collection (GString           *out,
                  const BylineNode  *value,
                  const Layout      *layout,
                  const char        *indent,
                  gboolean           pretty,
                  GError           **error)
{
  gboolean is_object = byline_node_get_kind (value) == BYLINE_NODE_MAPPING;
  guint n = byline_node_get_n_children (value);
  g_autofree char *inner = g_strconcat (indent, layout->unit, NULL);

  g_string_append_c (out, is_object ? '{' : '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_printf (out, ",%s", pretty ? "" : layout->separator);
      if (pretty)
        g_string_append_printf (out, "%s%s", layout->newline, inner);
      if (is_object)
        {
          byline_json_append_string (out, byline_node_get_key_string (value, i));
          g_string_append (out, layout->colon);
        }
      if (!write_value (out, byline_node_get_child (value, i), layout, inner, pretty, error))
        return FALSE;
    }
  if (pretty && n > 0)
    g_string_append_printf (out, "%s%s", layout->newline, indent);
  g_string_append_c (out, is_object ? '}' : ']');
  return TRUE;
}

static gboolean
write_value (GString           *out,
             const BylineNode  *value,
             const Layout      *layout,
             const char        *indent,
             gboolean           pretty,
             GError           **error)
{
  double number;

  switch (byline_node_get_kind (value))
    {
    case BYLINE_NODE_NULL:
      g_string_append (out, "null");
      return TRUE;
    case BYLINE_NODE_BOOLEAN:
      g_string_append (out, byline_node_get_boolean (value) ? "true" : "false");
      return TRUE;
    case BYLINE_NODE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, byline_node_get_integer (value));
      return TRUE;
    case BYLINE_NODE_FLOAT:
      number = byline_node_get_float (value);
      if (!isfinite (number))
        {
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                       _("JSON cannot hold infinite numbers or NaN"));
          return FALSE;
        }
      byline_text_append_float (out, number);
      return TRUE;
    case BYLINE_NODE_STRING:
      byline_json_append_string (out, byline_node_get_string (value));
      return TRUE;
    case BYLINE_NODE_TIMESTAMP:
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   _("JSON has no dates: write the date as a string"));
      return FALSE;
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
      return write_collection (out, value, layout, indent, pretty, error);
    default:
      g_assert_not_reached ();
    }
}

static char *set_at    (const char         *text,
                        BylineNode         *root,
                        const char * const *path,
                        BylineNode         *value,
                        const char         *newline,
                        GError            **error);
static char *insert_at (const char         *text,
                        const char * const *path,
                        guint               index,
                        BylineNode         *value,
                        const char         *newline,
                        GError            **error);
static char *remove_at (const char         *text,
                        BylineNode         *root,
                        const char * const *path,
                        const char         *newline,
                        GError            **error);

static const BylineEditSteps steps = { set_at, insert_at, remove_at };

static char *
insert_item (const BylineJsonDocument  *document,
             const char                *text,
             BylineNode                *parent,
             guint                      index,
             const char                *key,
             BylineNode                *value,
             const char                *newline,
             GError                   **error)
{
  const BylineFlow *flow = g_hash_table_lookup (document->flows, parent);
  g_auto(Layout) layout = { 0, };
  g_autoptr(GString) item = g_string_new (NULL);
  g_autofree char *indent = NULL;
  g_autofree char *outer = NULL;
  g_autofree char *empty_before = NULL;
  g_autofree char *empty_after = NULL;
  BylineFlowStyle style;
  gboolean pretty;

  detect_layout (&layout, document, text, newline);

  /* A new item takes the indentation of its neighbours; the first one of
   * a pretty `{}` goes one level in, on a line of its own. */
  if (flow->items->len > 0)
    {
      guint near = MIN (index, flow->items->len - 1);

      indent = byline_text_indent_of (text, g_array_index (flow->items, BylineFlowItem, near).start);
      pretty = byline_flow_is_multiline (flow, text);
      empty_before = g_strdup ("");
      empty_after = g_strdup ("");
    }
  else if (flow->open < 0)
    {
      indent = g_strdup ("");
      pretty = TRUE;
      empty_before = g_strdup ("");
      empty_after = g_strdup (newline);
    }
  else
    {
      outer = byline_text_indent_of (text, flow->open);
      indent = g_strconcat (outer, layout.unit, NULL);
      pretty = layout.pretty;
      empty_before = pretty ? g_strconcat (newline, indent, NULL) : g_strdup ("");
      empty_after = pretty ? g_strconcat (newline, outer, NULL) : g_strdup ("");
    }

  if (key != NULL)
    {
      byline_json_append_string (item, key);
      g_string_append (item, layout.colon);
    }
  if (!write_value (item, value, &layout, indent, pretty, error))
    return NULL;

  style = (BylineFlowStyle) { layout.separator, empty_before, empty_after, newline };
  return byline_flow_insert (flow, text, index, item->str, &style);
}

static char *
replace_value (const BylineJsonDocument  *document,
               const char                *text,
               BylineNode                *parent,
               BylineNode                *old,
               BylineNode                *value,
               const char                *newline,
               GError                   **error)
{
  const BylineFlow *flow = g_hash_table_lookup (document->flows, parent);
  g_auto(Layout) layout = { 0, };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *indent = byline_text_indent_of (text, byline_node_get_start (old));

  detect_layout (&layout, document, text, newline);
  if (!write_value (out, value, &layout, indent, byline_flow_is_multiline (flow, text), error))
    return NULL;

  return byline_text_splice (text, byline_node_get_start (old), byline_node_get_end (old), out->str);
}

/* @root is not used: the edit reads @text again for the places it needs. */
static char *
set_at (const char          *text,
        BylineNode          *root,
        const char * const  *path,
        BylineNode          *value,
        const char          *newline,
        GError             **error)
{
  g_autoptr(BylineJsonDocument) document = byline_json_document_parse (text, error);
  BylineNode *parent;
  BylineNode *old;
  guint64 item;
  int index;

  if (document == NULL || !(parent = byline_path_find_parent (document->root, path, &index, error)))
    return NULL;

  if (index < 0)
    {
      const char *last = path[g_strv_length ((char **) path) - 1];

      if (byline_node_get_kind (parent) == BYLINE_NODE_MAPPING)
        return insert_item (document, text, parent, byline_node_get_n_children (parent),
                            last, value, newline, error);
      if (g_ascii_string_to_unsigned (last, 10, 0, G_MAXUINT, &item, NULL) &&
          item == byline_node_get_n_children (parent))
        return insert_item (document, text, parent, byline_node_get_n_children (parent),
                            NULL, value, newline, error);
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND, _("The list has no item %s"), last);
      return NULL;
    }

  old = byline_node_get_child (parent, (guint) index);
  if (byline_node_get_kind (old) == BYLINE_NODE_SEQUENCE &&
      byline_node_get_kind (value) == BYLINE_NODE_SEQUENCE)
    return byline_edit_sequence (&steps, text, path, old, value, newline, error);
  if (byline_node_get_kind (old) == BYLINE_NODE_MAPPING &&
      byline_node_get_kind (value) == BYLINE_NODE_MAPPING &&
      byline_mapping_keeps_order (old, value))
    return byline_edit_mapping (&steps, text, path, old, value, newline, error);

  return replace_value (document, text, parent, old, value, newline, error);
}

static char *
insert_at (const char          *text,
           const char * const  *path,
           guint                index,
           BylineNode          *value,
           const char          *newline,
           GError             **error)
{
  g_autoptr(BylineJsonDocument) document = byline_json_document_parse (text, error);
  g_autofree char *segment = g_strdup_printf ("%u", index);
  g_auto(GStrv) child = byline_path_child (path, segment);
  BylineNode *parent;
  int found;

  if (document == NULL || !(parent = byline_path_find_parent (document->root, (const char * const *) child, &found, error)))
    return NULL;

  return insert_item (document, text, parent, index, NULL, value, newline, error);
}

static char *
remove_at (const char          *text,
           BylineNode          *root,
           const char * const  *path,
           const char          *newline,
           GError             **error)
{
  g_autoptr(BylineJsonDocument) document = byline_json_document_parse (text, error);
  BylineNode *parent;
  int index;

  if (document == NULL || !(parent = byline_path_find_existing (document->root, path, &index, error)))
    return NULL;

  return byline_flow_remove (g_hash_table_lookup (document->flows, parent), text, (guint) index);
}

static BylineNode *
json_parse (const char  *text,
            GError     **error)
{
  g_autoptr(BylineJsonDocument) document = byline_json_document_parse (text, error);

  return document != NULL ? g_steal_pointer (&document->root) : NULL;
}

static char *
json_rename (const char          *text,
             BylineNode          *root,
             const char * const  *path,
             const char          *new_key,
             const char          *newline,
             GError             **error)
{
  g_autoptr(BylineJsonDocument) document = byline_json_document_parse (text, error);
  g_autoptr(GString) quoted = g_string_new (NULL);
  BylineNode *parent;
  BylineNode *key;
  int index;

  if (document == NULL || !(parent = byline_path_find_existing (document->root, path, &index, error)))
    return NULL;
  g_return_val_if_fail (byline_node_get_kind (parent) == BYLINE_NODE_MAPPING, NULL);

  key = byline_node_get_key (parent, (guint) index);
  byline_json_append_string (quoted, new_key);
  return byline_text_splice (text, byline_node_get_start (key), byline_node_get_end (key), quoted->str);
}

const BylineSyntax byline_json_syntax = { json_parse, set_at, remove_at, json_rename };
