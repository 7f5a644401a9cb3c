/* byline-html-patch.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-html-patch.h"
#include "byline-html-pieces-private.h"

/*
 * The preview follows every keystroke, and a browser takes far longer to
 * parse and lay out a long body than the core takes to render it. So the
 * page is patched: of the old and the new rendering, the pieces both share
 * at the start and at the end are kept, and where one element is all that
 * changed, the patch goes down into its content and does the same there.
 * The page checks the numbers of nodes the patch expects, so a rule of
 * HTML that the cutting misses costs a full update, not a wrong preview.
 */

static const char data_line[] = "data-line=\"";

/**
 * byline_html_equal_shifted:
 * @shift: how much greater each `data-line` of @new_html is
 *
 * Returns: whether @new_html is @old_html with each element's source line
 *   moved by @shift
 */
gboolean
byline_html_equal_shifted (const char *old_html,
                           gsize       old_length,
                           const char *new_html,
                           gsize       new_length,
                           int         shift)
{
  const char *old_end = old_html + old_length;
  const char *new_end = new_html + new_length;
  const char *a = old_html;
  const char *b = new_html;

  for (;;)
    {
      const char *mark = memmem (a, old_end - a, data_line, strlen (data_line));
      gsize before = (mark != NULL ? mark + strlen (data_line) : old_end) - a;
      char *a_digits_end;
      char *b_digits_end;
      gint64 a_line;
      gint64 b_line;

      if ((gsize) (new_end - b) < before || memcmp (a, b, before) != 0)
        return FALSE;
      a += before;
      b += before;
      if (mark == NULL)
        return b == new_end;

      a_line = g_ascii_strtoll (a, &a_digits_end, 10);
      b_line = g_ascii_strtoll (b, &b_digits_end, 10);
      if (a_line + shift != b_line)
        return FALSE;
      a = a_digits_end;
      b = b_digits_end;
    }
}

static char *
dup_range (const char *start,
           const char *end)
{
  return g_strndup (start, end - start);
}

static gboolean
piece_equal (const BylineHtmlPiece *old,
             const BylineHtmlPiece *new,
             int                    shift)
{
  return byline_html_equal_shifted (old->start, old->end - old->start,
                                    new->start, new->end - new->start, shift);
}

static BylineHtmlPatch *
patch_new (int before_shift,
           int after_shift)
{
  BylineHtmlPatch *patch = g_new0 (BylineHtmlPatch, 1);

  patch->path = g_array_new (FALSE, FALSE, sizeof (BylineHtmlPatchStep));
  patch->before_shift = before_shift;
  patch->after_shift = after_shift;

  return patch;
}

/* Replaces everything between @start and @end, which a patch's container
 * holds as @old_pieces (or an unknown number of nodes when %NULL). */
static void
replace_all (BylineHtmlPatch *patch,
             GArray          *old_pieces,
             const char      *start,
             const char      *end)
{
  g_autoptr(GArray) pieces = byline_html_cut (start, end);

  if (old_pieces != NULL)
    {
      patch->n_children = old_pieces->len;
      patch->n_removed = old_pieces->len;
    }
  else
    patch->removes_all = TRUE;

  patch->inserted = dup_range (start, end);
  if (pieces == NULL)
    patch->is_opaque = TRUE;
  else
    patch->n_inserted = pieces->len;
}

static void
plan_level (BylineHtmlPatch *patch,
            const char      *old_start,
            const char      *old_end,
            const char      *new_start,
            const char      *new_end)
{
  g_autoptr(GArray) olds = byline_html_cut (old_start, old_end);
  g_autoptr(GArray) news = NULL;
  guint prefix = 0;
  guint suffix = 0;
  BylineHtmlPiece *old;
  BylineHtmlPiece *new;

  if (olds == NULL || (news = byline_html_cut (new_start, new_end)) == NULL)
    {
      replace_all (patch, olds, new_start, new_end);
      return;
    }

  while (prefix < olds->len && prefix < news->len &&
         piece_equal (&g_array_index (olds, BylineHtmlPiece, prefix),
                      &g_array_index (news, BylineHtmlPiece, prefix),
                      patch->before_shift))
    prefix++;

  while (suffix < olds->len - prefix && suffix < news->len - prefix &&
         piece_equal (&g_array_index (olds, BylineHtmlPiece, olds->len - 1 - suffix),
                      &g_array_index (news, BylineHtmlPiece, news->len - 1 - suffix),
                      patch->after_shift))
    suffix++;

  /* One element changed inside: the patch goes into it. */
  if (olds->len - prefix - suffix == 1 && news->len - prefix - suffix == 1 &&
      (old = &g_array_index (olds, BylineHtmlPiece, prefix))->content != NULL &&
      (new = &g_array_index (news, BylineHtmlPiece, prefix))->content != NULL &&
      byline_html_equal_shifted (old->start, old->content - old->start,
                                 new->start, new->content - new->start,
                                 patch->before_shift))
    {
      BylineHtmlPatchStep step = {
        prefix, olds->len, g_ascii_strdown (old->name, old->name_length)
      };

      g_array_append_val (patch->path, step);
      plan_level (patch, old->content, old->content_end, new->content, new->content_end);
      return;
    }

  patch->n_children = olds->len;
  patch->from = prefix;
  patch->n_removed = olds->len - prefix - suffix;
  patch->n_inserted = news->len - prefix - suffix;
  if (patch->n_inserted > 0)
    patch->inserted = dup_range (g_array_index (news, BylineHtmlPiece, prefix).start,
                                 g_array_index (news, BylineHtmlPiece, news->len - suffix - 1).end);
  else
    patch->inserted = g_strdup ("");
}

/**
 * byline_html_patch_new:
 * @old_html: the body the page shows
 * @new_html: the body it should show
 * @before_shift: how far the source lines before the edit moved, as when
 *   the front matter above the body gained a line
 * @after_shift: how far the source lines after the edit moved
 *
 * Plans the smallest patch that turns the nodes a browser made of
 * @old_html into those it would make of @new_html.
 *
 * Returns: (transfer full): the patch
 */
BylineHtmlPatch *
byline_html_patch_new (const char *old_html,
                       const char *new_html,
                       int         before_shift,
                       int         after_shift)
{
  BylineHtmlPatch *patch;

  g_return_val_if_fail (old_html != NULL, NULL);
  g_return_val_if_fail (new_html != NULL, NULL);

  patch = patch_new (before_shift, after_shift);
  plan_level (patch,
              old_html, old_html + strlen (old_html),
              new_html, new_html + strlen (new_html));

  return patch;
}

/**
 * byline_html_patch_new_fill:
 * @html: the body the page should show
 *
 * Returns: (transfer full): a patch that replaces whatever the body holds
 *   with @html
 */
BylineHtmlPatch *
byline_html_patch_new_fill (const char *html)
{
  BylineHtmlPatch *patch;

  g_return_val_if_fail (html != NULL, NULL);

  patch = patch_new (0, 0);
  replace_all (patch, NULL, html, html + strlen (html));

  return patch;
}

/**
 * byline_html_patch_is_empty:
 *
 * Returns: whether @patch leaves the page as it is
 */
gboolean
byline_html_patch_is_empty (BylineHtmlPatch *patch)
{
  g_return_val_if_fail (patch != NULL, TRUE);

  return !patch->removes_all && patch->n_removed == 0 && *patch->inserted == '\0' &&
         patch->before_shift == 0 && patch->after_shift == 0;
}

void
byline_html_patch_free (BylineHtmlPatch *patch)
{
  if (patch == NULL)
    return;

  for (guint i = 0; i < patch->path->len; i++)
    g_free (g_array_index (patch->path, BylineHtmlPatchStep, i).name);
  g_array_unref (patch->path);
  g_free (patch->inserted);
  g_free (patch);
}
