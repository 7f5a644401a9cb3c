/* fuzz-json.c: JSON front matter read and edited from any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-front-matter.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  fuzz_front_matter (BYLINE_FORMAT_JSON, data, size);
  return 0;
}
