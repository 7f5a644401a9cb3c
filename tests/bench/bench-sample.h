/* bench-sample.h: the post whose HTML body the benchmarks measure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-post.h"

G_BEGIN_DECLS

BylinePost *bench_load_sample (int    argc,
                               char **argv);

G_END_DECLS
