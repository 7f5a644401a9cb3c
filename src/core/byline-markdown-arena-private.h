/* byline-markdown-arena-private.h: memory for one cmark-gfm document,
 * given back all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark-gfm.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _BylineMarkdownArena BylineMarkdownArena;

BylineMarkdownArena *byline_markdown_arena_new     (void);
cmark_mem           *byline_markdown_arena_get_mem (BylineMarkdownArena *self);
void                 byline_markdown_arena_free    (BylineMarkdownArena *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineMarkdownArena, byline_markdown_arena_free)

G_END_DECLS
