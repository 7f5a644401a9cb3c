/* byline-display-path.h: a folder's path as a writer knows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *byline_display_path (const char *path);

G_END_DECLS
