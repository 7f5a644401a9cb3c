/* byline-body-editor-private.h: what the body editor's action file shares
 * with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-body-editor.h"
#include "byline-image-importer.h"

G_BEGIN_DECLS

struct _BylineBodyEditor
{
  GtkWidget            parent_instance;

  BylineDocument      *document;
  GSettings           *settings;
  BylineSpellAdapter  *spell_adapter;
  BylineImageImporter *image_importer;
  BylineBodyKind       kind;
  /* Each edit makes a new generation of the text. */
  guint                generation;
  guint                update_source;
  GCancellable        *cancellable;

  /* Template widgets */
  GtkRevealer         *search_revealer;
  BylineSearchBar     *search_bar;
  GtkScrolledWindow   *scroller;
  GtkSourceView       *source_view;
  GtkLabel            *status_label;
};

void byline_body_editor_class_add_actions (GtkWidgetClass   *widget_class);
void byline_body_editor_hide_search       (BylineBodyEditor *self);

G_END_DECLS
