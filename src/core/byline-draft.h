/* byline-draft.h: one draft of unsaved changes: whose they are and when
 * they were kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_DRAFT (byline_draft_get_type ())

typedef struct _BylineDraft BylineDraft;

GType        byline_draft_get_type  (void) G_GNUC_CONST;
BylineDraft *byline_draft_new       (const char  *id,
                                     GFile       *file,
                                     const char  *etag,
                                     GDateTime   *saved);
BylineDraft *byline_draft_ref       (BylineDraft *self);
void         byline_draft_unref     (BylineDraft *self);
const char  *byline_draft_get_id    (BylineDraft *self);
GFile       *byline_draft_get_file  (BylineDraft *self);
const char  *byline_draft_get_etag  (BylineDraft *self);
GDateTime   *byline_draft_get_saved (BylineDraft *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineDraft, byline_draft_unref)

G_END_DECLS
