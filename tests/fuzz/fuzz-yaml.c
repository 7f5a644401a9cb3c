/* fuzz-yaml.c: YAML front matter from arbitrary bytes, read and edited
 *
 * Every input must parse or fail with an error, never crash or hang; one
 * that parses is edited at a place the input's last bytes choose, and an
 * edit must either fail cleanly or give exactly the intended tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "byline-error.h"
#include "byline-front-matter.h"
#include "byline-syntax.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

typedef enum {
  EDIT_SET_STRING,
  EDIT_SET_LIST,
  EDIT_SET_MAPPING,
  EDIT_SET_NEW,
  EDIT_REMOVE,
  EDIT_RENAME,
  N_EDITS
} EditKind;

/* Walks down from the root, choosing members with @choice. */
static GPtrArray *
choose_path (BylineNode *root,
             guint       choice)
{
  GPtrArray *path = g_ptr_array_new_with_free_func (g_free);
  BylineNode *node = root;

  while (byline_node_get_n_children (node) > 0)
    {
      guint n = byline_node_get_n_children (node);
      guint index = choice % n;
      g_autofree char *segment = NULL;

      if (byline_node_get_kind (node) == BYLINE_NODE_MAPPING)
        {
          const char *key = byline_node_get_key_string (node, index);

          if (key == NULL || *key == '\0' || strchr (key, '.') != NULL || strchr (key, '\\') != NULL)
            break;
          segment = g_strdup (key);
          /* A path names the first of duplicate keys. */
          index = byline_node_find_key (node, key);
        }
      else
        segment = g_strdup_printf ("%u", index);

      g_ptr_array_add (path, g_steal_pointer (&segment));
      node = byline_node_get_child (node, index);
      choice /= 2;
      if (choice % 3 == 0)
        break;
    }

  g_ptr_array_add (path, NULL);
  return path;
}

static BylineNode *
lookup_parent (BylineNode         *root,
               const char * const *path,
               guint               n)
{
  BylineNode *node = root;

  for (guint i = 0; i + 1 < n; i++)
    {
      int index = byline_node_get_kind (node) == BYLINE_NODE_MAPPING
        ? byline_node_find_key (node, path[i]) : atoi (path[i]);

      node = byline_node_get_child (node, index);
    }

  return node;
}

static void
check_edit (const char *text,
            BylineNode *root,
            GPtrArray  *path_array,
            EditKind    kind)
{
  const char * const *path = (const char * const *) path_array->pdata;
  guint n = path_array->len - 1;
  const char *newline = strstr (text, "\r\n") != NULL ? "\r\n" : "\n";
  g_autoptr(BylineNode) expected = byline_node_copy (root);
  g_autoptr(BylineNode) value = NULL;
  g_autoptr(BylineNode) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  BylineNode *parent = lookup_parent (expected, path, n);
  const char *last = path[n - 1];
  int index;

  if (byline_node_is_scalar (parent))
    return;
  index = byline_node_get_kind (parent) == BYLINE_NODE_MAPPING
    ? byline_node_find_key (parent, last) : atoi (last);

  switch (kind)
    {
    case EDIT_SET_STRING:
    case EDIT_SET_LIST:
    case EDIT_SET_MAPPING:
      if (kind == EDIT_SET_STRING)
        value = byline_node_new_string ("fuzz: \"value\"\nline");
      else
        {
          g_autoptr(BylineNode) item = byline_node_new_string ("新");
          g_autoptr(BylineNode) number = byline_node_new_float (0.5);

          value = kind == EDIT_SET_LIST ? byline_node_new_sequence () : byline_node_new_mapping ();
          if (kind == EDIT_SET_LIST)
            {
              byline_node_append (value, item);
              byline_node_append (value, number);
            }
          else
            {
              byline_node_insert (value, "k", item);
              byline_node_insert (value, "n", number);
            }
        }
      byline_node_replace_child (parent, index, value);
      edited = byline_yaml_syntax.set (text, root, path, value, newline, &error);
      break;

    case EDIT_SET_NEW:
      if (byline_node_get_kind (parent) != BYLINE_NODE_MAPPING || byline_node_find_key (parent, "fuzz-added") >= 0)
        return;
      value = byline_node_new_integer (42);
      byline_node_insert (parent, "fuzz-added", value);
      {
        g_autoptr(GPtrArray) added = g_ptr_array_new ();

        for (guint i = 0; i + 1 < n; i++)
          g_ptr_array_add (added, (gpointer) path[i]);
        g_ptr_array_add (added, (gpointer) "fuzz-added");
        g_ptr_array_add (added, NULL);
        edited = byline_yaml_syntax.set (text, root, (const char * const *) added->pdata, value, newline, &error);
      }
      break;

    case EDIT_REMOVE:
      byline_node_remove_child (parent, index);
      edited = byline_yaml_syntax.remove (text, root, path, newline, &error);
      break;

    case EDIT_RENAME:
      if (byline_node_get_kind (parent) != BYLINE_NODE_MAPPING || byline_node_find_key (parent, "renamed") >= 0)
        return;
      byline_node_rename_key (parent, index, "renamed");
      edited = byline_yaml_syntax.rename (text, root, path, "renamed", newline, &error);
      break;

    case N_EDITS:
    default:
      g_assert_not_reached ();
    }

  if (edited == NULL)
    {
      g_assert (error != NULL);
      return;
    }

  result = byline_yaml_syntax.parse (edited, &error);
  /* abort(), not g_error(): libFuzzer keeps the input of an abort. */
  if (result == NULL || !byline_node_equal (result, expected))
    {
      g_printerr ("Edit %d of “%s” gave another tree:\n%s\n→\n%s\n", kind, last, text, edited);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(BylineFrontMatter) front_matter = NULL;
  BylineNode *root;
  guint choice = 0;

  /* Posts are checked for UTF-8 before their front matter is read. */
  if (!g_utf8_validate (text, -1, NULL))
    return 0;

  front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, text);
  g_assert (strcmp (byline_front_matter_get_text (front_matter), text) == 0);
  root = byline_front_matter_get_root (front_matter);
  if (root == NULL)
    {
      g_assert (byline_front_matter_get_error (front_matter) != NULL);
      return 0;
    }

  for (size_t i = size > 4 ? size - 4 : 0; i < size; i++)
    choice = choice * 31 + data[i];

  if (byline_node_get_n_children (root) > 0)
    {
      g_autoptr(GPtrArray) path = choose_path (root, choice);

      if (path->len > 1)
        for (EditKind kind = 0; kind < N_EDITS; kind++)
          check_edit (text, root, path, kind);
    }
  else if (byline_node_get_kind (root) == BYLINE_NODE_MAPPING)
    {
      g_autoptr(GError) error = NULL;

      /* Only text with odd line breaks may refuse a first key. */
      if (byline_front_matter_set_string (front_matter, "title", "新", &error))
        g_assert (g_strcmp0 (byline_front_matter_get_string (front_matter, "title"), "新") == 0);
      else
        g_assert (g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_INVALID));
    }

  return 0;
}
