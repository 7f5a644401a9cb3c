/* test-samples.h: the sample posts the tests edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *test_sample_front_matter (void);

G_END_DECLS
