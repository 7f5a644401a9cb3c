/* site-fixture.h: temporary sites for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-site.h"

G_BEGIN_DECLS

char       *site_fixture_new    (const char *first_path,
                                 ...) G_GNUC_NULL_TERMINATED;
void        site_fixture_write  (const char *root,
                                 const char *relative,
                                 const char *contents);
char       *site_fixture_read   (const char *root,
                                 const char *relative);
gboolean    site_fixture_exists (const char *root,
                                 const char *relative);
GDateTime  *site_fixture_date   (const char *iso8601);
BylineSite *site_fixture_load   (const char *root);

G_END_DECLS
