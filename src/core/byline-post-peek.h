/* byline-post-peek.h: the front matter of a post read at a glance, for
 * listing thousands of posts, when it is as plain as most are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node.h"

G_BEGIN_DECLS

BylineNode *byline_post_peek_front_matter (const char          *text,
                                           gsize                length);
gboolean    byline_post_peek_values       (const char          *text,
                                           gsize                length,
                                           const char * const  *keys,
                                           BylineNode         **values);

G_END_DECLS
