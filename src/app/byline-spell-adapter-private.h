/* byline-spell-adapter-private.h: what the spell adapter's menu file
 * shares with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-spell-adapter.h"

G_BEGIN_DECLS

struct _BylineSpellAdapter
{
  GObject             parent_instance;

  GtkTextView        *view;
  GtkTextBuffer      *buffer;
  GtkAdjustment      *vadjustment;
  BylineSpellChecker *checker;
  GtkTextTag         *tag;
  BylineBodyKind      kind;
  gboolean            enabled;

  /* The text as last read and its words; stale once the buffer changes,
   * which makes a new generation. */
  char               *text;
  GArray             *words;
  gboolean            is_stale;
  guint               generation;
  guint               refresh_source;
  GCancellable       *cancellable;

  /* The pass over the visible lines under way. */
  guint               check_source;
  guint               next_word;
  int                 pass_end;
  int                 checked_to;

  /* Where the word being typed ends: it is not marked until the writer
   * leaves it. */
  int                 typing_offset;

  GMenu              *menu;
  GSimpleActionGroup *actions;
  GtkTextMark        *word_start;
  GtkTextMark        *word_end;
  char               *menu_word;
};

void byline_spell_adapter_init_menu (BylineSpellAdapter *self);

G_END_DECLS
