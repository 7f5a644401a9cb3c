/* byline-page-header.h: the news header of the preview, from a post's
 * front matter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node.h"

G_BEGIN_DECLS

const char *byline_page_header_get_title (BylineNode *front_matter);
void        byline_page_header_append    (GString    *out,
                                          BylineNode *front_matter);

G_END_DECLS
