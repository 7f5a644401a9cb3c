/* byline-edit-steps.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-edit-steps.h"
#include "byline-error.h"

static BylineNode *
find_parent (BylineNode         *root,
             const char * const *path,
             int                *index)
{
  BylineNode *node = root;

  *index = -1;
  for (guint i = 0; path[i] != NULL; i++)
    {
      guint64 item = G_MAXUINT64;

      if (byline_node_get_kind (node) == BYLINE_NODE_MAPPING)
        *index = byline_node_find_key (node, path[i]);
      else if (byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE &&
               g_ascii_string_to_unsigned (path[i], 10, 0, G_MAXINT, &item, NULL))
        *index = item < byline_node_get_n_children (node) ? (int) item : -1;
      else
        return NULL;

      if (path[i + 1] == NULL)
        return node;
      if (*index < 0)
        return NULL;
      node = byline_node_get_child (node, (guint) *index);
    }

  return NULL;
}

/**
 * byline_path_find_parent:
 * @index: (out): where the last segment of @path is in the parent, or -1
 *   when the parent has no such member or item
 *
 * Returns: (transfer none) (nullable): the collection that holds, or would
 *   hold, the last segment of @path; %NULL with @error set when there is
 *   none
 */
BylineNode *
byline_path_find_parent (BylineNode          *root,
                         const char * const  *path,
                         int                 *index,
                         GError             **error)
{
  BylineNode *node = find_parent (root, path, index);

  if (node == NULL)
    g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
                 _("There is no mapping or list to hold “%s”"), path[g_strv_length ((char **) path) - 1]);
  return node;
}

/**
 * byline_path_find_existing:
 * @index: (out): where the last segment of @path is in the parent
 *
 * Returns: (transfer none) (nullable): the collection that holds the last
 *   segment of @path; %NULL with @error set when there is none
 */
BylineNode *
byline_path_find_existing (BylineNode          *root,
                           const char * const  *path,
                           int                 *index,
                           GError             **error)
{
  BylineNode *node = find_parent (root, path, index);

  if (node != NULL && *index >= 0)
    return node;

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_NOT_FOUND,
               _("There is no “%s” in the front matter"), path[g_strv_length ((char **) path) - 1]);
  return NULL;
}

/* Returns: (transfer none) (nullable): the node at @path */
BylineNode *
byline_path_lookup (BylineNode         *root,
                    const char * const *path)
{
  int index;
  BylineNode *parent = find_parent (root, path, &index);

  return parent != NULL && index >= 0 ? byline_node_get_child (parent, (guint) index) : NULL;
}

/* Returns: (transfer full): @path with @segment added */
char **
byline_path_child (const char * const *path,
                   const char         *segment)
{
  guint n = g_strv_length ((char **) path);
  char **child = g_new0 (char *, n + 2);

  for (guint i = 0; i < n; i++)
    child[i] = g_strdup (path[i]);
  child[n] = g_strdup (segment);
  return child;
}

/* Whether editing @old member by member gives @value's order: the members
 * both have come in the same order, and new members come after them. */
gboolean
byline_mapping_keeps_order (const BylineNode *old,
                            const BylineNode *value)
{
  int last_kept = -1;
  gboolean adding = FALSE;

  for (guint i = 0; i < byline_node_get_n_children (value); i++)
    {
      int index = byline_node_find_key (old, byline_node_get_key_string (value, i));

      if (index < 0)
        adding = TRUE;
      else if (adding || index < last_kept)
        return FALSE;
      else
        last_kept = index;
    }

  return TRUE;
}

/* Runs one step on *text, replacing it with the result. */
static gboolean
step (char **text,
      char  *result)
{
  if (result == NULL)
    return FALSE;

  g_free (*text);
  *text = result;
  return TRUE;
}

static char *
set_item (const BylineEditSteps  *steps,
          const char             *text,
          const char * const     *path,
          guint                   index,
          BylineNode             *value,
          const char             *newline,
          GError                **error)
{
  g_autofree char *segment = g_strdup_printf ("%u", index);
  g_auto(GStrv) child = byline_path_child (path, segment);

  if (value == NULL)
    return steps->remove (text, NULL, (const char * const *) child, newline, error);
  return steps->set (text, NULL, (const char * const *) child, value, newline, error);
}

/**
 * byline_edit_sequence:
 *
 * Keeps the items that @old and @value share at their start and at their
 * end, and rewrites, removes or inserts only the items in between.
 */
char *
byline_edit_sequence (const BylineEditSteps  *steps,
                      const char             *text,
                      const char * const     *path,
                      const BylineNode       *old,
                      BylineNode             *value,
                      const char             *newline,
                      GError                **error)
{
  guint n_old = byline_node_get_n_children (old);
  guint n_new = byline_node_get_n_children (value);
  guint prefix = 0, suffix = 0, kept;
  g_autofree char *result = g_strdup (text);

  while (prefix < MIN (n_old, n_new) &&
         byline_node_equal (byline_node_get_child (old, prefix),
                            byline_node_get_child (value, prefix)))
    prefix++;
  while (suffix < MIN (n_old, n_new) - prefix &&
         byline_node_equal (byline_node_get_child (old, n_old - 1 - suffix),
                            byline_node_get_child (value, n_new - 1 - suffix)))
    suffix++;

  kept = MIN (n_old, n_new) - prefix - suffix;

  for (guint i = prefix; i < prefix + kept; i++)
    if (!step (&result, set_item (steps, result, path, i, byline_node_get_child (value, i),
                                  newline, error)))
      return NULL;

  for (guint i = n_new; i < n_old; i++)
    if (!step (&result, set_item (steps, result, path, prefix + kept, NULL, newline, error)))
      return NULL;

  for (guint i = prefix + kept; i < n_new - suffix; i++)
    if (!step (&result, steps->insert (result, path, i, byline_node_get_child (value, i),
                                       newline, error)))
      return NULL;

  return g_steal_pointer (&result);
}

/**
 * byline_edit_mapping:
 *
 * Sets the members of @value that @old lacks or holds otherwise, then
 * removes those @value lacks: adding first keeps a table that only exists
 * through its members (TOML's `a.b = 1`) alive while it changes.
 */
char *
byline_edit_mapping (const BylineEditSteps  *steps,
                     const char             *text,
                     const char * const     *path,
                     const BylineNode       *old,
                     BylineNode             *value,
                     const char             *newline,
                     GError                **error)
{
  g_autofree char *result = g_strdup (text);

  for (guint i = 0; i < byline_node_get_n_children (value); i++)
    {
      const char *key = byline_node_get_key_string (value, i);
      BylineNode *member = byline_node_get_child (value, i);
      int index = byline_node_find_key (old, key);
      g_auto(GStrv) child = NULL;

      if (index >= 0 && byline_node_equal (byline_node_get_child (old, (guint) index), member))
        continue;

      child = byline_path_child (path, key);
      if (!step (&result, steps->set (result, NULL, (const char * const *) child, member, newline, error)))
        return NULL;
    }

  for (guint i = 0; i < byline_node_get_n_children (old); i++)
    {
      const char *key = byline_node_get_key_string (old, i);
      g_auto(GStrv) child = NULL;

      if (byline_node_find_key (value, key) >= 0)
        continue;

      child = byline_path_child (path, key);
      if (!step (&result, steps->remove (result, NULL, (const char * const *) child, newline, error)))
        return NULL;
    }

  return g_steal_pointer (&result);
}
