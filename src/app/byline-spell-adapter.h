/* byline-spell-adapter.h: misspelled words of a text view underlined, and
 * its context menu's corrections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-post.h"
#include "byline-spell-checker.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_SPELL_ADAPTER (byline_spell_adapter_get_type ())

G_DECLARE_FINAL_TYPE (BylineSpellAdapter, byline_spell_adapter, BYLINE, SPELL_ADAPTER, GObject)

BylineSpellAdapter *byline_spell_adapter_new            (GtkTextView        *view,
                                                         BylineSpellChecker *checker);
gboolean            byline_spell_adapter_get_enabled    (BylineSpellAdapter *self);
void                byline_spell_adapter_set_enabled    (BylineSpellAdapter *self,
                                                         gboolean            enabled);
BylineBodyKind      byline_spell_adapter_get_body_kind  (BylineSpellAdapter *self);
void                byline_spell_adapter_set_body_kind  (BylineSpellAdapter *self,
                                                         BylineBodyKind      kind);
GtkTextTag         *byline_spell_adapter_get_tag        (BylineSpellAdapter *self);
GMenuModel         *byline_spell_adapter_get_menu_model (BylineSpellAdapter *self);
void                byline_spell_adapter_update_menu    (BylineSpellAdapter *self,
                                                         const GtkTextIter  *iter);

G_END_DECLS
