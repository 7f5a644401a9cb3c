/* fuzz-post.c: posts split from any bytes, saved back and edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes that are not UTF-8 text are refused with an error at their line
 * and column. Text splits into leading lines, front matter and body, and
 * serialising gives back every byte. Setting the title of a front matter
 * that parses keeps the body and the text before the front matter, and
 * the edited file splits again into the same parts with the new title.
 */

#include "config.h"

#include "byline-error.h"
#include "byline-post.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* libFuzzer keeps the input of an abort(), not of g_error()'s trap. */
static void
fail (const char *what,
      const char *text)
{
  g_printerr ("%s:\n%s\n", what, text);
  abort ();
}

static void
check_refused (const GError *error)
{
  guint line, column;

  if (!g_error_matches (error, BYLINE_ERROR, BYLINE_ERROR_ENCODING) ||
      !byline_error_get_location (error, &line, &column) || column == 0)
    fail ("Refused without an encoding error at a place", error != NULL ? error->message : "");
}

static char *
serialize (BylinePost *post)
{
  g_autoptr(GBytes) bytes = byline_post_serialize (post);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static void
check_title_edit (BylinePost *post)
{
  static const char title[] = "新的标题: “edited”";
  BylineFrontMatter *front_matter = byline_post_get_front_matter (post);
  g_autofree char *body = g_strdup (byline_post_get_body (post));
  g_autofree char *leading = g_strdup (byline_post_get_leading_text (post));
  g_autoptr(BylinePost) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  BylineFrontMatter *edited_front_matter;

  if (front_matter == NULL ||
      byline_front_matter_get_root (front_matter) == NULL ||
      byline_node_get_kind (byline_front_matter_get_root (front_matter)) != BYLINE_NODE_MAPPING ||
      !byline_front_matter_set_string (front_matter, "title", title, &error))
    return;

  edited = serialize (post);
  again = byline_post_new_from_data (edited, strlen (edited), &error);
  if (again == NULL)
    fail ("The edited post is no longer text", edited);

  edited_front_matter = byline_post_get_front_matter (again);
  if (edited_front_matter == NULL || byline_front_matter_get_root (edited_front_matter) == NULL)
    fail ("The edited post has no front matter", edited);
  if (g_strcmp0 (byline_front_matter_get_string (edited_front_matter, "title"), title) != 0)
    fail ("The edited post has another title", edited);
  if (strcmp (byline_post_get_body (again), body) != 0)
    fail ("The edit changed the body", edited);
  if (strcmp (byline_post_get_leading_text (again), leading) != 0)
    fail ("The edit changed the lines before the front matter", edited);
  if (byline_post_get_body_line (again) < byline_post_get_front_matter_line (again))
    fail ("The body starts before the front matter", edited);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(BylinePost) post = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *text = NULL;

  post = byline_post_new_from_data ((const char *) data, size, &error);
  if (post == NULL)
    {
      check_refused (error);
      return 0;
    }

  saved = serialize (post);
  text = g_strndup ((const char *) data, size);
  if (strlen (saved) != size || memcmp (saved, data, size) != 0)
    fail ("Saving without edits changed the bytes", text);

  if (byline_post_get_layout_error (post) != NULL &&
      !byline_error_get_location (byline_post_get_layout_error (post), NULL, NULL))
    fail ("A front matter that is never closed is reported without its line", text);

  check_title_edit (post);
  return 0;
}
