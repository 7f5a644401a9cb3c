/* byline-draft-store-private.h: what the draft store's asynchronous calls
 * share with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-draft-store.h"

G_BEGIN_DECLS

gboolean byline_draft_store_write_bytes (BylineDraftStore  *self,
                                         const char        *id,
                                         GFile             *file,
                                         const char        *etag,
                                         GBytes            *contents,
                                         GCancellable      *cancellable,
                                         GError           **error);

G_END_DECLS
