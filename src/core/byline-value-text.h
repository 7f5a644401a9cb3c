/* byline-value-text.h: one front matter value as a line of text in the
 * front matter's own language, for the raw value editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"

G_BEGIN_DECLS

char       *byline_value_to_text (BylineFormat       format,
                                  const BylineNode  *value);
BylineNode *byline_value_parse   (BylineFormat       format,
                                  const char        *text,
                                  GError           **error);

G_END_DECLS
