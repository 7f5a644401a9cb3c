/* byline-completion.h: suggestions under an entry as the writer types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the suggestions for @typed, as a %NULL-terminated array. */
typedef char **(*BylineCompletionFunc) (const char *typed,
                                        gpointer    user_data);

#define BYLINE_TYPE_COMPLETION (byline_completion_get_type ())

G_DECLARE_FINAL_TYPE (BylineCompletion, byline_completion, BYLINE, COMPLETION, GObject)

BylineCompletion *byline_completion_new                (GtkWidget            *entry,
                                                        BylineCompletionFunc  func,
                                                        gpointer              user_data);
void              byline_completion_update             (BylineCompletion     *self);
void              byline_completion_hide               (BylineCompletion     *self);
guint             byline_completion_get_n_suggestions  (BylineCompletion     *self);
const char       *byline_completion_get_suggestion     (BylineCompletion     *self,
                                                        guint                 index);
void              byline_completion_choose             (BylineCompletion     *self,
                                                        guint                 index);

G_END_DECLS
