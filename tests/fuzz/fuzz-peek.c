/* fuzz-peek.c: the front matter read at a glance is the one the parser
 * reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On any text without NUL (the post index skips files with one), when
 * byline_post_peek_front_matter() reads a front matter, the post's own
 * parse must find one too, with the same keys in the same order and the
 * same values, written the same. Asked for some keys only, it reads the
 * same front matters and keeps those keys' values.
 */

#include "config.h"

#include "byline-post-peek.h"
#include "byline-post.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static gboolean
same_tree (BylineNode *a,
           BylineNode *b)
{
  guint n = byline_node_get_n_children (a);

  if (!byline_node_equal (a, b) || byline_node_get_kind (a) != byline_node_get_kind (b))
    return FALSE;
  if (byline_node_is_scalar (a))
    return g_strcmp0 (byline_node_get_string (a), byline_node_get_string (b)) == 0;
  if (n != byline_node_get_n_children (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (byline_node_get_kind (a) == BYLINE_NODE_MAPPING &&
          g_strcmp0 (byline_node_get_key_string (a, i), byline_node_get_key_string (b, i)) != 0)
        return FALSE;
      if (!same_tree (byline_node_get_child (a, i), byline_node_get_child (b, i)))
        return FALSE;
    }

  return TRUE;
}

/* Whether @some holds the members of @all whose keys are @wanted, in
 * order. */
static gboolean
same_wanted (BylineNode         *some,
             BylineNode         *all,
             const char * const *wanted)
{
  guint n = 0;

  for (guint i = 0; i < byline_node_get_n_children (all); i++)
    {
      if (!g_strv_contains (wanted, byline_node_get_key_string (all, i)))
        continue;
      if (n >= byline_node_get_n_children (some) ||
          g_strcmp0 (byline_node_get_key_string (some, n), byline_node_get_key_string (all, i)) != 0 ||
          !same_tree (byline_node_get_child (some, n), byline_node_get_child (all, i)))
        return FALSE;
      n++;
    }

  return n == byline_node_get_n_children (some);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char * const wanted[] = { "title", "date", "tags", NULL };
  const char *text = (const char *) data;
  g_autoptr(BylineNode) peeked = NULL;
  g_autoptr(BylineNode) peeked_some = NULL;
  g_autoptr(BylinePost) post = NULL;
  BylineFrontMatter *front_matter;
  BylineNode *root;

  if (memchr (data, '\0', size) != NULL || !g_utf8_validate_len (text, size, NULL))
    return 0;

  peeked = byline_post_peek_front_matter (text, size, NULL);
  peeked_some = byline_post_peek_front_matter (text, size, wanted);
  if ((peeked == NULL) != (peeked_some == NULL) ||
      (peeked != NULL && !same_wanted (peeked_some, peeked, wanted)))
    {
      g_printerr ("Peeked other keys asked for some:\n%.*s\n", (int) size, text);
      abort ();
    }
  if (peeked == NULL)
    return 0;

  post = byline_post_new_from_data (text, size, NULL);
  front_matter = post != NULL ? byline_post_get_front_matter (post) : NULL;
  root = front_matter != NULL ? byline_front_matter_get_root (front_matter) : NULL;

  /* libFuzzer keeps the input of an abort(), not of g_error()'s trap. */
  if (root == NULL || !same_tree (peeked, root))
    {
      g_autofree char *peeked_json = byline_node_to_json (peeked, TRUE);
      g_autofree char *parsed_json = root != NULL ? byline_node_to_json (root, TRUE) : g_strdup ("(none)");

      g_printerr ("Peeked another front matter:\n%.*s\n\npeeked: %s\nparsed: %s\n",
                  (int) size, text, peeked_json, parsed_json);
      abort ();
    }

  return 0;
}
