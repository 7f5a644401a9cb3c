/* fuzz-front-matter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text that parses is kept byte for byte. Then, on fresh copies, each
 * of its first members and their last children a few levels down are set
 * to a string, removed and renamed, a member is added, and lists get an
 * item: each edit must succeed, and the front matter's own check
 * guarantees that its tree is the intended one, which is asserted again
 * here.
 */

#include "config.h"

#include "byline-error.h"
#include "fuzz-front-matter.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);

/* Edits this many members at most, and their last children this many
 * levels down, so that one input stays fast. */
#define MAX_MEMBERS 4
#define MAX_DEPTH 3

static char *
escape_key (const char *key)
{
  GString *path = g_string_new (NULL);

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '.' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
  return g_string_free (path, FALSE);
}

typedef enum {
  EDIT_SET,
  EDIT_REMOVE,
  EDIT_RENAME,
} Edit;

/* Applies one edit to a fresh copy of @text; returns the new root. */
static BylineNode *
edit (BylineFormat  format,
      const char   *text,
      Edit          kind,
      const char   *path,
      BylineNode   *value,
      const char   *new_key)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (format, text);
  g_autoptr(BylineFrontMatter) again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  switch (kind)
    {
    case EDIT_SET:
      done = byline_front_matter_set (front_matter, path, value, &error);
      break;
    case EDIT_REMOVE:
      done = byline_front_matter_remove (front_matter, path, &error);
      break;
    case EDIT_RENAME:
      done = byline_front_matter_rename (front_matter, path, new_key, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  /* libFuzzer keeps the input of an abort(), not of g_error()'s trap. */
  if (!done)
    {
      g_printerr ("Edit of “%s” failed: %s\n%s\n", path, error->message, text);
      abort ();
    }

  again = byline_front_matter_new (format, byline_front_matter_get_text (front_matter));
  g_assert_nonnull (byline_front_matter_get_root (again));
  return byline_node_ref (byline_front_matter_get_root (again));
}

/* The path of @parent's child @index below @prefix, and its key. */
static char *
child_path (const char *prefix,
            BylineNode *parent,
            guint       index)
{
  g_autofree char *segment = NULL;

  if (byline_node_get_kind (parent) == BYLINE_NODE_MAPPING)
    segment = escape_key (byline_node_get_key_string (parent, index));
  else
    segment = g_strdup_printf ("%u", index);

  return prefix != NULL ? g_strconcat (prefix, ".", segment, NULL) : g_steal_pointer (&segment);
}

/* Returns: the node at @path, or @root when @path is %NULL */
static BylineNode *
lookup (BylineNode *root,
        const char *path)
{
  g_auto(GStrv) segments = path != NULL ? byline_path_split (path, NULL) : g_new0 (char *, 1);
  BylineNode *node = root;

  for (guint i = 0; node != NULL && segments[i] != NULL; i++)
    {
      guint64 index;

      if (byline_node_get_kind (node) == BYLINE_NODE_MAPPING)
        node = byline_node_lookup (node, segments[i]);
      else if (byline_node_get_kind (node) == BYLINE_NODE_SEQUENCE &&
               g_ascii_string_to_unsigned (segments[i], 10, 0, G_MAXUINT, &index, NULL) &&
               index < byline_node_get_n_children (node))
        node = byline_node_get_child (node, (guint) index);
      else
        node = NULL;
    }
  return node;
}

/* Sets, removes and renames the child @index of @parent, and does the same
 * one level down, up to @depth levels. */
static void
check_child (BylineFormat  format,
             const char   *text,
             const char   *prefix,
             BylineNode   *parent,
             guint         index,
             guint         depth)
{
  BylineNode *child = byline_node_get_child (parent, index);
  gboolean is_member = byline_node_get_kind (parent) == BYLINE_NODE_MAPPING;
  g_autofree char *path = child_path (prefix, parent, index);
  g_autofree char *renamed_path = NULL;
  g_autoptr(BylineNode) value = byline_node_new_string ("fuzzed \"value\"\n'second' line");
  g_autoptr(BylineNode) number = byline_node_new_integer (7);
  g_autoptr(BylineNode) set = NULL;
  g_autoptr(BylineNode) removed = NULL;
  g_autoptr(BylineNode) renamed = NULL;
  g_autoptr(BylineNode) appended = NULL;

  if (is_member && *byline_node_get_key_string (parent, index) == '\0')
    return;

  /* An array of tables holds only tables. */
  if (is_member || byline_node_get_style (parent) != BYLINE_NODE_STYLE_BLOCK)
    {
      set = edit (format, text, EDIT_SET, path, value, NULL);
      g_assert_true (byline_node_equal (lookup (set, path), value));
    }

  removed = edit (format, text, EDIT_REMOVE, path, NULL, NULL);
  g_assert_cmpuint (byline_node_get_n_children (lookup (removed, prefix)) + 1, ==,
                    byline_node_get_n_children (parent));

  if (is_member && byline_node_find_key (parent, "renamed") < 0)
    {
      renamed = edit (format, text, EDIT_RENAME, path, NULL, "renamed");
      renamed_path = prefix != NULL ? g_strconcat (prefix, ".renamed", NULL) : g_strdup ("renamed");
      g_assert_true (byline_node_equal (lookup (renamed, renamed_path), child));
    }

  if (byline_node_get_kind (child) == BYLINE_NODE_SEQUENCE &&
      byline_node_get_style (child) == BYLINE_NODE_STYLE_FLOW)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.%u", path, byline_node_get_n_children (child));

      appended = edit (format, text, EDIT_SET, item_path, number, NULL);
      g_assert_cmpuint (byline_node_get_n_children (lookup (appended, path)), ==,
                        byline_node_get_n_children (child) + 1);
    }

  if (depth > 1 && !byline_node_is_scalar (child) && byline_node_get_n_children (child) > 0)
    check_child (format, text, path, child, byline_node_get_n_children (child) - 1, depth - 1);
}

void
fuzz_front_matter (BylineFormat  format,
                   const guint8 *data,
                   gsize         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (format, text);
  g_autoptr(BylineNode) added_value = byline_node_new_mapping ();
  g_autoptr(BylineNode) list = byline_node_new_sequence ();
  g_autoptr(BylineNode) item = byline_node_new_string ("x");
  g_autoptr(BylineNode) added = NULL;
  BylineNode *root;

  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, text);

  root = byline_front_matter_get_root (front_matter);
  if (root == NULL)
    {
      g_assert_nonnull (byline_front_matter_get_error (front_matter));
      return;
    }
  if (byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    return;

  for (guint i = 0; i < MIN (byline_node_get_n_children (root), MAX_MEMBERS); i++)
    check_child (format, text, NULL, root, i, MAX_DEPTH);

  if (byline_node_find_key (root, "added") >= 0)
    return;

  byline_node_append (list, item);
  byline_node_insert (added_value, "list", list);
  added = edit (format, text, EDIT_SET, "added", added_value, NULL);
  g_assert_true (byline_node_equal (byline_node_lookup (added, "added"), added_value));
}

/* Criticals and warnings are bugs; abort() makes libFuzzer keep the input,
 * where GLib's fatal messages would trap. */
static GLogWriterOutput
abort_on_warnings_cb (GLogLevelFlags   log_level,
                      const GLogField *fields,
                      gsize            n_fields,
                      gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

/* Both front matter targets start here. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_warnings_cb, NULL, NULL);
  return 0;
}
