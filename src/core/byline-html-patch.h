/* byline-html-patch.h: the smallest change that turns a page's body, as one
 * rendering made it, into the next rendering
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One element on the way from the body down to the element whose children
 * change: the @index-th of @n_children, named @name. */
typedef struct {
  guint  index;
  guint  n_children;
  char  *name;
} BylineHtmlPatchStep;

/**
 * BylineHtmlPatch:
 * @path: (element-type BylineHtmlPatchStep): the elements to enter, from
 *   the body's container down to the one whose children change
 * @removes_all: whether all the children go, as when their number is not
 *   known; @n_children, @from and @n_removed then say nothing
 * @n_children: how many children the changed element has before the patch
 * @from: the first child replaced
 * @n_removed: how many children are replaced
 * @is_opaque: whether @inserted may make any number of nodes, rather than
 *   @n_inserted
 * @inserted: the HTML of the new children
 * @n_inserted: how many nodes @inserted makes
 * @before_shift: what to add to the `data-line` of the nodes kept before
 *   the change, and of the elements on @path
 * @after_shift: what to add to the `data-line` of the nodes kept after it
 *
 * A patch is applied as a browser parses HTML: @inserted in the context of
 * the changed element. It is cut where a browser would make one node of
 * each piece, and where that is not certain the patch replaces the whole
 * content of the element instead.
 */
typedef struct {
  GArray    *path;
  gboolean   removes_all;
  guint      n_children;
  guint      from;
  guint      n_removed;
  gboolean   is_opaque;
  char      *inserted;
  guint      n_inserted;
  int        before_shift;
  int        after_shift;
} BylineHtmlPatch;

BylineHtmlPatch *byline_html_patch_new      (const char      *old_html,
                                             const char      *new_html,
                                             int              before_shift,
                                             int              after_shift);
BylineHtmlPatch *byline_html_patch_new_fill (const char      *html);
gboolean         byline_html_patch_is_empty (BylineHtmlPatch *patch);
void             byline_html_patch_free     (BylineHtmlPatch *patch);

gboolean         byline_html_equal_shifted  (const char      *old_html,
                                             gsize            old_length,
                                             const char      *new_html,
                                             gsize            new_length,
                                             int              shift);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineHtmlPatch, byline_html_patch_free)

G_END_DECLS
