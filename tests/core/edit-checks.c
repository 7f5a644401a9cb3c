/* edit-checks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-node-private.h"
#include "edit-checks.h"

/* Parses @text and asserts that it parses. */
BylineFrontMatter *
edit_checks_parse (BylineFormat  format,
                   const char   *text)
{
  BylineFrontMatter *front_matter = byline_front_matter_new (format, text);

  g_assert_no_error ((GError *) byline_front_matter_get_error (front_matter));
  g_assert_nonnull (byline_front_matter_get_root (front_matter));
  g_assert_cmpstr (byline_front_matter_get_text (front_matter), ==, text);
  return front_matter;
}

/**
 * edit_checks_assert_error:
 * @words: words the message must hold
 *
 * Asserts that @text does not parse, with an error of @code at @line and
 * @column.
 */
void
edit_checks_assert_error (BylineFormat  format,
                          const char   *text,
                          int           code,
                          guint         line,
                          guint         column,
                          const char   *words)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (format, text);
  const GError *error = byline_front_matter_get_error (front_matter);
  guint error_line = 0, error_column = 0;

  g_assert_null (byline_front_matter_get_root (front_matter));
  g_assert_error ((GError *) error, BYLINE_ERROR, code);
  g_assert_true (byline_error_get_location (error, &error_line, &error_column));
  if (error_line != line || error_column != column || strstr (error->message, words) == NULL)
    g_error ("%s: got %u:%u “%s”, expected %u:%u with “%s”",
             text, error_line, error_column, error->message, line, column, words);
}

static gboolean
apply (BylineFrontMatter  *front_matter,
       const char         *path,
       BylineNode         *value,
       const char         *new_key,
       GError            **error)
{
  if (value != NULL)
    return byline_front_matter_set (front_matter, path, value, error);
  if (new_key != NULL)
    return byline_front_matter_rename (front_matter, path, new_key, error);
  return byline_front_matter_remove (front_matter, path, error);
}

/**
 * edit_checks_apply:
 * @value: (nullable): the value to set at @path
 * @new_key: (nullable): without @value, the key to rename @path to;
 *   without either, @path is removed
 *
 * Returns: the text after the edit, which must succeed
 */
char *
edit_checks_apply (BylineFormat  format,
                   const char   *text,
                   const char   *path,
                   BylineNode   *value,
                   const char   *new_key)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (format, text);
  g_autoptr(GError) error = NULL;

  apply (front_matter, path, value, new_key, &error);
  g_assert_no_error (error);
  return g_strdup (byline_front_matter_get_text (front_matter));
}

char *
edit_checks_set_string (BylineFormat  format,
                        const char   *text,
                        const char   *path,
                        const char   *value)
{
  g_autoptr(BylineNode) node = byline_node_new_string (value);

  return edit_checks_apply (format, text, path, node, NULL);
}

BylineNode *
edit_checks_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  BylineNode *node = byline_node_parse_json (json, &error);

  g_assert_no_error (error);
  return node;
}

/* A key path as byline_path_split() reads it, dots in keys escaped. */
static char *
join_path (GPtrArray *segments)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      if (i > 0)
        g_string_append_c (path, '.');
      for (const char *p = g_ptr_array_index (segments, i); *p != '\0'; p++)
        {
          if (*p == '.' || *p == '\\')
            g_string_append_c (path, '\\');
          g_string_append_c (path, *p);
        }
    }
  return g_string_free (path, FALSE);
}

/* Whether @after is @before with only the bytes [lo, hi) replaced. */
static gboolean
keeps_outside (const char *before,
               const char *after,
               gsize       lo,
               gsize       hi)
{
  gsize len_before = strlen (before);
  gsize len_after = strlen (after);
  gsize tail = len_before - hi;

  return lo + tail <= len_after &&
         strncmp (before, after, lo) == 0 &&
         memcmp (before + hi, after + len_after - tail, tail) == 0;
}

static gsize
line_start (const char *text,
            gsize       offset)
{
  while (offset > 0 && text[offset - 1] != '\n')
    offset--;
  return offset;
}

static gsize
line_end (const char *text,
          gsize       offset)
{
  const char *nl = strchr (text + offset, '\n');

  return nl != NULL ? (gsize) (nl - text) + 1 : strlen (text);
}

typedef struct {
  BylineFormat  format;
  const char   *text;
  guint         n_edits;
} Checks;

/* Runs one edit on a fresh front matter and checks that it holds and that
 * it changed no byte outside [lo, hi) of the old text. */
static void
check_edit (Checks     *checks,
            const char *what,
            const char *path,
            BylineNode *value,
            const char *new_key,
            gsize       lo,
            gsize       hi)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (checks->format, checks->text);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineFrontMatter) again = NULL;
  const char *after;

  if (!apply (front_matter, path, value, new_key, &error))
    g_error ("%s “%s” failed: %s\nin:\n%s", what, path, error->message, checks->text);

  after = byline_front_matter_get_text (front_matter);
  if (!keeps_outside (checks->text, after, lo, hi))
    g_error ("%s “%s” changed bytes outside %zu–%zu:\n%s\n→\n%s",
             what, path, lo, hi, checks->text, after);

  /* The new text reads back as the tree the front matter kept. */
  again = edit_checks_parse (checks->format, after);
  g_assert_true (byline_node_equal (byline_front_matter_get_root (again),
                                    byline_front_matter_get_root (front_matter)));
  checks->n_edits++;
}

static gboolean
is_block (const BylineNode *node)
{
  return byline_node_get_style (node) == BYLINE_NODE_STYLE_BLOCK;
}

static void
check_node (Checks     *checks,
            BylineNode *parent,
            GPtrArray  *segments)
{
  gboolean is_mapping = byline_node_get_kind (parent) == BYLINE_NODE_MAPPING;
  guint n = byline_node_get_n_children (parent);
  gsize text_len = strlen (checks->text);
  g_autofree char *added_path = NULL;
  g_autoptr(BylineNode) added = byline_node_new_string ("added value");

  for (guint i = 0; i < n; i++)
    {
      BylineNode *child = byline_node_get_child (parent, i);
      BylineNode *first = is_mapping ? byline_node_get_key (parent, i) : child;
      BylineNode *prev = i > 0 ? byline_node_get_child (parent, i - 1) : NULL;
      BylineNode *next = i + 1 < n ? (is_mapping ? byline_node_get_key (parent, i + 1)
                                                 : byline_node_get_child (parent, i + 1)) : NULL;
      g_autofree char *segment = is_mapping ? g_strdup (byline_node_get_key_string (parent, i))
                                            : g_strdup_printf ("%u", i);
      g_autofree char *path = NULL;
      gsize lo = line_start (checks->text, byline_node_get_start (first));
      gsize hi = line_end (checks->text, byline_node_get_end (child));

      g_ptr_array_add (segments, segment);
      path = join_path (segments);

      if (byline_node_is_scalar (child))
        {
          g_autoptr(BylineNode) value = byline_node_new_string ("new “value”\twith 'quotes'");

          check_edit (checks, "set", path, value, NULL, byline_node_get_start (child),
                      byline_node_get_end (child));
        }

      if (is_block (child) || (is_block (parent) && n == 1))
        check_edit (checks, "remove", path, NULL, NULL, 0, text_len);
      else if (is_block (parent))
        check_edit (checks, "remove", path, NULL, NULL, lo, hi);
      else
        {
          if (prev != NULL)
            lo = MIN (lo, line_start (checks->text, byline_node_get_end (prev)));
          if (next != NULL)
            hi = MAX (hi, line_end (checks->text, byline_node_get_start (next)));
          /* Taking the only item closes up the brackets: `[]`, `{}`. */
          if (n == 1)
            {
              lo = MIN (lo, line_start (checks->text, byline_node_get_start (parent)));
              hi = MAX (hi, line_end (checks->text, byline_node_get_end (parent)));
            }
          check_edit (checks, "remove", path, NULL, NULL, lo, hi);
        }

      if (is_mapping && byline_node_find_key (parent, "renamed key") < 0)
        {
          BylineNode *key = byline_node_get_key (parent, i);

          check_edit (checks, "rename", path, NULL, "renamed key",
                      is_block (child) ? 0 : byline_node_get_start (key),
                      is_block (child) ? text_len : byline_node_get_end (key));
        }

      if (!byline_node_is_scalar (child))
        check_node (checks, child, segments);

      g_ptr_array_remove_index (segments, segments->len - 1);
    }

  if (is_mapping && byline_node_find_key (parent, "added key") < 0)
    g_ptr_array_add (segments, g_strdup ("added key"));
  else if (!is_mapping && !is_block (parent))
    g_ptr_array_add (segments, g_strdup_printf ("%u", n));
  else
    return;

  added_path = join_path (segments);
  g_free (g_ptr_array_steal_index (segments, segments->len - 1));
  if (is_block (parent))
    check_edit (checks, "add", added_path, added, NULL, 0, text_len);
  else
    check_edit (checks, "add", added_path, added, NULL,
                n > 0 ? line_start (checks->text, byline_node_get_start (byline_node_get_child (parent, n - 1)))
                      : line_start (checks->text, byline_node_get_start (parent)),
                line_end (checks->text, byline_node_get_end (parent)));
}

/**
 * edit_checks_run:
 *
 * Sets every scalar, removes and renames every member, removes every item,
 * adds a member to every mapping and an item to every inline list, each on
 * a fresh copy, and checks that each edit gives the intended tree and keeps
 * the bytes outside the edited lines. A member of a block mapping (YAML's
 * `key: value`, TOML's `key = value` lines) must keep to its lines; whole
 * block collections and additions to them are checked for the tree only.
 */
void
edit_checks_run (BylineFormat  format,
                 const char   *text)
{
  g_autoptr(BylineFrontMatter) front_matter = edit_checks_parse (format, text);
  g_autoptr(GPtrArray) segments = g_ptr_array_new ();
  Checks checks = { format, text, 0 };

  check_node (&checks, byline_front_matter_get_root (front_matter), segments);
  g_assert_cmpuint (checks.n_edits, >, 0);
  g_test_message ("%u edits checked", checks.n_edits);
}
