/* fixtures.h: the posts of tests/data/posts, for the tests of every suite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *fixture_path (const char *name);
GStrv  fixture_list (const char *folder);

G_END_DECLS
