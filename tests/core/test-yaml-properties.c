/* test-yaml-properties.c: every edit of every value of many front matters
 * changes only its own bytes and reads back as intended
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-front-matter.h"
#include "byline-node-private.h"
#include "byline-syntax.h"

static const char * const documents[] = {
  /* The sample post's front matter. */
  "title: '共享服务贸易发展机遇 共促世界经济复苏和增长'\n"
  "categories: \n"
  " - 新媒体\n"
  " - ZAKER\n"
  " - source\n"
  "headimg: 'https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/6131681c8e9f09557e317974_1024.jpg'\n"
  "author: ZAKER\n"
  "comments: false\n"
  "date: Thu, 02 Sep 2021 16:11:00 GMT\n"
  "thumbnail: 'https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/6131681c8e9f09557e317974_1024.jpg'\n",

  /* Every scalar style. */
  "plain: a plain value\n"
  "single: 'it''s single'\n"
  "double: \"tab\\there \\u4e2d\"\n"
  "literal: |\n  line one\n  line two\n"
  "strip: |-\n  no final newline\n"
  "keep: |+\n  kept\n\n"
  "folded: >\n  folded\n  text\n"
  "number: 42\n"
  "float: 2.5\n"
  "yes: true\n"
  "nothing: ~\n"
  "empty:\n"
  "when: 2021-09-02 16:11:00 +08:00\n",

  /* Comments everywhere. */
  "# A post\n"
  "title: Hello # the title\n"
  "\n"
  "# the tags\n"
  "tags:\n"
  "  - one # first\n"
  "  # between\n"
  "  - two\n"
  "draft: false\n"
  "# the end\n",

  /* Nested mappings and lists. */
  "author:\n"
  "  name: 王小明\n"
  "  links:\n"
  "    site: https://example.com\n"
  "    mail: a@example.com\n"
  "series:\n"
  "- name: part one\n"
  "  order: 1\n"
  "- name: part two\n"
  "  order: 2\n"
  "matrix:\n"
  "  - - a\n"
  "    - b\n"
  "  - - c\n",

  /* Flow collections. */
  "tags: [news, 经济, 'a, b']\n"
  "meta: {lang: zh, pages: 3}\n"
  "nested: [[1, 2], {k: v}]\n"
  "none: []\n"
  "blank: {}\n",

  /* Anchors, aliases and a merge. */
  "defaults: &defaults\n"
  "  layout: post\n"
  "  comments: true\n"
  "page:\n"
  "  <<: *defaults\n"
  "  title: Page\n"
  "same: *defaults\n"
  "own: &own mine\n"
  "other: value\n",

  /* No final line break, indented by four. */
  "title: 标题\n"
  "info:\n"
  "    a: 1\n"
  "    b: 2\n"
  "last: end",
};

static BylineNode *
make_values (void)
{
  static const char * const strings[] = {
    "new value", "needs: quotes", "123", "true", "", "two\nlines\n", "中文标题",
    "it's", "# hash", " lead", "- dash", "[x]",
  };
  BylineNode *values = byline_node_new_sequence ();
  g_autoptr(BylineDate) date = byline_date_parse ("2021-09-03", NULL);
  g_autoptr(BylineNode) list = byline_node_new_sequence ();
  g_autoptr(BylineNode) mapping = byline_node_new_mapping ();
  g_autoptr(BylineNode) item = NULL;
  BylineNode *scalars[] = {
    byline_node_new_integer (7), byline_node_new_float (0.5), byline_node_new_boolean (FALSE),
    byline_node_new_null (), byline_node_new_date (date),
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_autoptr(BylineNode) node = byline_node_new_string (strings[i]);

      byline_node_append (values, node);
    }
  for (guint i = 0; i < G_N_ELEMENTS (scalars); i++)
    {
      byline_node_append (values, scalars[i]);
      byline_node_unref (scalars[i]);
    }

  item = byline_node_new_string ("新");
  byline_node_append (list, item);
  byline_node_append (list, item);
  byline_node_insert (mapping, "k", item);
  byline_node_insert (mapping, "list", list);
  byline_node_append (values, list);
  byline_node_append (values, mapping);
  g_clear_pointer (&mapping, byline_node_unref);
  mapping = byline_node_new_mapping ();
  byline_node_append (values, mapping);
  g_clear_pointer (&list, byline_node_unref);
  list = byline_node_new_sequence ();
  byline_node_append (values, list);

  return values;
}

typedef enum {
  EDIT_SET,
  EDIT_REMOVE,
  EDIT_RENAME,
} EditKind;

typedef struct {
  char       *path;
  BylineNode *parent;      /* of the original tree */
  int         index;       /* -1: a new member */
  BylineNode *grandparent;
  guint       parent_index;
  gboolean    is_shared;   /* anchored and repeated, or reached through an alias */
} Place;

static void
clear_place (gpointer data)
{
  g_free (((Place *) data)->path);
}

static gboolean
subtree_is_shared (const BylineNode *node,
                   GHashTable       *shared)
{
  if (g_hash_table_contains (shared, node))
    return TRUE;
  if (node->target != NULL || byline_node_is_scalar (node))
    return FALSE;
  for (guint i = 0; i < node->values->len; i++)
    if ((node->keys != NULL && subtree_is_shared (g_ptr_array_index (node->keys, i), shared)) ||
        subtree_is_shared (g_ptr_array_index (node->values, i), shared))
      return TRUE;
  return FALSE;
}

static void
collect_shared (const BylineNode *node,
                GHashTable       *shared)
{
  if (node->target != NULL)
    g_hash_table_add (shared, byline_node_resolve (node));
  else if (!byline_node_is_scalar (node))
    for (guint i = 0; i < node->values->len; i++)
      {
        if (node->keys != NULL)
          collect_shared (g_ptr_array_index (node->keys, i), shared);
        collect_shared (g_ptr_array_index (node->values, i), shared);
      }
}

/* Every member of every collection, and one new member of each. */
static void
collect_places (BylineNode *node,
                const char *prefix,
                BylineNode *grandparent,
                guint       parent_index,
                gboolean    inside_shared,
                GHashTable *shared,
                GArray     *places)
{
  gboolean shared_here = inside_shared || node->target != NULL || g_hash_table_contains (shared, node);
  Place place = { NULL, node, -1, grandparent, parent_index, shared_here };

  if (node->target != NULL || byline_node_is_scalar (node))
    return;

  for (guint i = 0; i <= node->values->len; i++)
    {
      const char *name = node->kind == BYLINE_NODE_MAPPING && i < node->values->len
        ? byline_node_get_key_string (node, i) : NULL;
      g_autofree char *segment = node->kind == BYLINE_NODE_MAPPING
        ? g_strdup (i < node->values->len ? name : "added")
        : g_strdup_printf ("%u", i);

      if (segment == NULL || strchr (segment, '.') != NULL || g_strcmp0 (segment, "<<") == 0)
        continue;

      place.path = prefix != NULL ? g_strconcat (prefix, ".", segment, NULL) : g_strdup (segment);
      place.index = i < node->values->len ? (int) i : -1;
      place.is_shared = shared_here ||
                        (i < node->values->len && subtree_is_shared (g_ptr_array_index (node->values, i), shared));
      g_array_append_val (places, place);

      if (i < node->values->len)
        collect_places (g_ptr_array_index (node->values, i), place.path, node, i, shared_here, shared, places);
    }
}

static gsize
line_start (const char *text,
            gsize       pos)
{
  while (pos > 0 && text[pos - 1] != '\n')
    pos--;
  return pos;
}

static gsize
next_line (const char *text,
           gsize       pos)
{
  const char *nl = strchr (text + pos, '\n');

  return nl != NULL ? (gsize) (nl - text) + 1 : strlen (text);
}

/* Where the line of @pos ends, before its `\r\n` or `\n`. */
static gsize
line_end (const char *text,
          gsize       pos)
{
  gsize end = next_line (text, pos);

  if (end > pos && text[end - 1] == '\n')
    end--;
  if (end > pos && text[end - 1] == '\r')
    end--;
  return end;
}

static gsize
member_start (const BylineNode *parent,
              guint             index)
{
  if (parent->keys != NULL)
    return ((BylineNode *) g_ptr_array_index (parent->keys, index))->start;
  return ((BylineNode *) g_ptr_array_index (parent->values, index))->start;
}

static gsize
member_end (const BylineNode *parent,
            guint             index)
{
  gsize end = ((BylineNode *) g_ptr_array_index (parent->values, index))->end;

  if (parent->keys != NULL)
    end = MAX (end, ((BylineNode *) g_ptr_array_index (parent->keys, index))->end);
  return end;
}

/* The bytes an edit of member @index of @parent may touch: its lines in a
 * block collection, the text between its neighbours in a flow one, the
 * point after the last member for a new one. */
static void
allowed_region (const char       *text,
                const BylineNode *parent,
                int               index,
                gsize            *start,
                gsize            *end)
{
  guint n = parent->values->len;

  if (index < 0 && n == 0)
    {
      *start = parent->style == BYLINE_NODE_STYLE_FLOW ? parent->start : strlen (text);
      *end = parent->style == BYLINE_NODE_STYLE_FLOW ? parent->end : strlen (text);
    }
  else if (index < 0)
    {
      *start = *end = member_end (parent, n - 1);
      if (parent->style != BYLINE_NODE_STYLE_FLOW)
        *start = *end = line_end (text, *start);
    }
  else if (parent->style == BYLINE_NODE_STYLE_FLOW)
    {
      *start = index > 0 ? member_end (parent, index - 1) : parent->start;
      *end = (guint) index + 1 < n ? member_start (parent, index + 1) : parent->end;
    }
  else
    {
      /* A first member on the line of a `- ` gives that place to the next
       * one, which loses its indentation. */
      *start = line_start (text, member_start (parent, index));
      *end = next_line (text, member_end (parent, index));
      if ((guint) index + 1 < n)
        *end = MAX (*end, member_start (parent, index + 1));
    }
}

static gboolean
outside_unchanged (const char *before,
                   const char *after,
                   gsize       start,
                   gsize       end)
{
  gsize before_length = strlen (before);
  gsize after_length = strlen (after);

  return after_length >= start + (before_length - end) &&
         memcmp (before, after, start) == 0 &&
         memcmp (before + end, after + after_length - (before_length - end), before_length - end) == 0;
}

static BylineNode *
expected_tree (BylineNode *root,
               Place      *place,
               EditKind    kind,
               BylineNode *value,
               const char *new_key)
{
  g_autoptr(BylineNode) copy = byline_node_copy (root);
  g_auto(GStrv) segments = byline_path_split (place->path, NULL);
  guint n = g_strv_length (segments);
  BylineNode *parent = copy;

  for (guint i = 0; i + 1 < n; i++)
    {
      int index = byline_node_get_kind (parent) == BYLINE_NODE_MAPPING
        ? byline_node_find_key (parent, segments[i]) : atoi (segments[i]);

      parent = byline_node_get_child (parent, index);
    }

  if (kind == EDIT_SET && place->index < 0 && byline_node_get_kind (parent) == BYLINE_NODE_MAPPING)
    byline_node_insert (parent, segments[n - 1], value);
  else if (kind == EDIT_SET && place->index < 0)
    byline_node_append (parent, value);
  else if (kind == EDIT_SET)
    byline_node_replace_child (parent, place->index, value);
  else if (kind == EDIT_REMOVE)
    byline_node_remove_child (parent, place->index);
  else
    byline_node_rename_key (parent, place->index, new_key);

  return g_steal_pointer (&copy);
}

static guint n_checked;

static void
check_edit (const char *text,
            BylineNode *root,
            Place      *place,
            EditKind    kind,
            BylineNode *value,
            const char *new_key)
{
  g_autoptr(BylineFrontMatter) front_matter = byline_front_matter_new (BYLINE_FORMAT_YAML, text);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) expected = NULL;
  g_autoptr(BylineNode) reread = NULL;
  const BylineNode *region_parent = place->parent;
  int region_index = place->index;
  const char *after;
  gboolean ok;
  gsize start, end;

  if (kind == EDIT_SET)
    ok = byline_front_matter_set (front_matter, place->path, value, &error);
  else if (kind == EDIT_REMOVE)
    ok = byline_front_matter_remove (front_matter, place->path, &error);
  else
    ok = byline_front_matter_rename (front_matter, place->path, new_key, &error);

  after = byline_front_matter_get_text (front_matter);
  if (place->is_shared)
    {
      g_assert_false (ok);
      g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
      g_assert_cmpstr (after, ==, text);
      return;
    }

  if (error != NULL)
    g_error ("%s of “%s” in\n%s\nfailed: %s", kind == EDIT_SET ? "set" : kind == EDIT_REMOVE ? "remove" : "rename",
             place->path, text, error->message);
  g_assert_true (ok);

  /* A block collection that loses its last member becomes `[]` or `{}`
   * on the line of its key. */
  if (kind == EDIT_REMOVE && place->parent->values->len == 1 &&
      place->parent->style == BYLINE_NODE_STYLE_BLOCK && place->grandparent != NULL)
    {
      region_parent = place->grandparent;
      region_index = place->parent_index;
    }

  if (kind == EDIT_RENAME)
    {
      const BylineNode *key = g_ptr_array_index (place->parent->keys, place->index);

      start = key->start;
      end = key->end;
    }
  else
    allowed_region (text, region_parent, region_index, &start, &end);
  expected = expected_tree (root, place, kind, value, new_key);
  reread = byline_yaml_syntax.parse (after, &error);
  g_assert_no_error (error);
  g_assert_true (byline_node_equal (reread, expected));

  if (!outside_unchanged (text, after, start, end))
    g_error ("%s of “%s” changed bytes outside [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT "):\n%s\n→\n%s",
             kind == EDIT_SET ? "set" : kind == EDIT_REMOVE ? "remove" : "rename",
             place->path, start, end, text, after);
  n_checked++;
}

static char *
with_crlf (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv ("\r\n", lines);
}

static void
check_document (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) root = byline_yaml_syntax.parse (text, &error);
  g_autoptr(BylineNode) values = make_values ();
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr(GHashTable) shared = g_hash_table_new (NULL, NULL);

  g_assert_no_error (error);
  g_array_set_clear_func (places, clear_place);
  collect_shared (root, shared);
  collect_places (root, NULL, NULL, 0, FALSE, shared, places);

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);

      for (guint j = 0; j < byline_node_get_n_children (values); j++)
        check_edit (text, root, place, EDIT_SET, byline_node_get_child (values, j), NULL);

      if (place->index < 0)
        continue;

      check_edit (text, root, place, EDIT_REMOVE, NULL, NULL);
      if (place->parent->kind == BYLINE_NODE_MAPPING)
        {
          check_edit (text, root, place, EDIT_RENAME, NULL, "renamed");
          check_edit (text, root, place, EDIT_RENAME, NULL, "needs: quotes");
        }
    }
}

static void
test_every_edit (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *crlf = with_crlf (documents[i]);
      g_autofree char *bom = g_strconcat ("\xef\xbb\xbf", documents[i], NULL);

      check_document (documents[i]);
      check_document (crlf);
      check_document (bom);
    }

  g_test_message ("%u edits checked", n_checked);
  g_assert_cmpuint (n_checked, >, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/yaml/properties/every-edit", test_every_edit);

  return g_test_run ();
}
