/* byline-i18n.h: where Byline's translations are found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void byline_i18n_bind_text_domain (void);

G_END_DECLS
