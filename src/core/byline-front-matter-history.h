/* byline-front-matter-history.h: undo and redo for a front matter's edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_FRONT_MATTER_HISTORY (byline_front_matter_history_get_type ())

G_DECLARE_FINAL_TYPE (BylineFrontMatterHistory, byline_front_matter_history, BYLINE, FRONT_MATTER_HISTORY, GObject)

BylineFrontMatterHistory *byline_front_matter_history_new         (BylineFrontMatter        *front_matter);
void                      byline_front_matter_history_set_group   (BylineFrontMatterHistory *self,
                                                                   const char               *group);
void                      byline_front_matter_history_close_step  (BylineFrontMatterHistory *self);
gboolean                  byline_front_matter_history_set         (BylineFrontMatterHistory *self,
                                                                   const char               *path,
                                                                   BylineNode               *value,
                                                                   const char               *group,
                                                                   GError                  **error);
gboolean                  byline_front_matter_history_can_undo    (BylineFrontMatterHistory *self);
gboolean                  byline_front_matter_history_can_redo    (BylineFrontMatterHistory *self);
gboolean                  byline_front_matter_history_undo        (BylineFrontMatterHistory *self);
gboolean                  byline_front_matter_history_redo        (BylineFrontMatterHistory *self);

G_END_DECLS
