/* byline-recovery-bar.h: offers to restore the unsaved changes a crash or a
 * kill left in a draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-draft-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_RECOVERY_BAR (byline_recovery_bar_get_type ())

G_DECLARE_FINAL_TYPE (BylineRecoveryBar, byline_recovery_bar, BYLINE, RECOVERY_BAR, AdwBin)

void         byline_recovery_bar_offer     (BylineRecoveryBar *self,
                                            BylineDraft       *draft);
BylineDraft *byline_recovery_bar_get_draft (BylineRecoveryBar *self);

G_END_DECLS
