/* fuzz-front-matter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text that parses is kept byte for byte. Then, on fresh copies, each
 * of its first members is set to a string, removed and renamed, a member
 * is added, and lists get an item: each edit must succeed, and the front
 * matter's own check guarantees that its tree is the intended one, which
 * is asserted again here.
 */

#include "config.h"

#include "byline-error.h"
#include "fuzz-front-matter.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);

/* Edits this many members at most, so that one input stays fast. */
#define MAX_MEMBERS 4

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

static void
check_member (BylineFormat  format,
              const char   *text,
              BylineNode   *root,
              guint         index)
{
  const char *key = byline_node_get_key_string (root, index);
  BylineNode *child = byline_node_get_child (root, index);
  g_autofree char *path = escape_key (key);
  g_autoptr(BylineNode) value = byline_node_new_string ("fuzzed \"value\"\n'second' line");
  g_autoptr(BylineNode) number = byline_node_new_integer (7);
  g_autoptr(BylineNode) set = NULL;
  g_autoptr(BylineNode) removed = NULL;
  g_autoptr(BylineNode) renamed = NULL;
  g_autoptr(BylineNode) appended = NULL;

  if (*key == '\0')
    return;

  set = edit (format, text, EDIT_SET, path, value, NULL);
  g_assert_true (byline_node_equal (byline_node_lookup (set, key), value));

  removed = edit (format, text, EDIT_REMOVE, path, NULL, NULL);
  g_assert_null (byline_node_lookup (removed, key));

  if (byline_node_find_key (root, "renamed") < 0)
    {
      renamed = edit (format, text, EDIT_RENAME, path, NULL, "renamed");
      g_assert_null (byline_node_lookup (renamed, key));
      g_assert_true (byline_node_equal (byline_node_lookup (renamed, "renamed"), child));
    }

  if (byline_node_get_kind (child) == BYLINE_NODE_SEQUENCE &&
      byline_node_get_style (child) == BYLINE_NODE_STYLE_FLOW)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.%u", path, byline_node_get_n_children (child));

      appended = edit (format, text, EDIT_SET, item_path, number, NULL);
      g_assert_cmpuint (byline_node_get_n_children (byline_node_lookup (appended, key)), ==,
                        byline_node_get_n_children (child) + 1);
    }
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
    check_member (format, text, root, i);

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
