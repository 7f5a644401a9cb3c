/* byline-hexo-tags.h: Hexo's `{% tag %}` plugins, shown as the preview can
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *byline_hexo_tags_expand (const char *body,
                               gsize       length,
                               gboolean    is_markdown,
                               const char *asset_folder);

G_END_DECLS
