/* byline-field-hints-private.h: what the hints' loader sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field-hints.h"

G_BEGIN_DECLS

void byline_field_hints_take_schema_error (BylineFieldHints *self,
                                           GError           *error);

G_END_DECLS
