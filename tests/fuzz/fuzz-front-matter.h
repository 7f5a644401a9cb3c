/* fuzz-front-matter.h: what the front matter fuzz targets check on any
 * bytes, shared with the test that replays the crashes they found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"

G_BEGIN_DECLS

void fuzz_front_matter (BylineFormat  format,
                        const guint8 *data,
                        gsize         size);

G_END_DECLS
