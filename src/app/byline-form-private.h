/* byline-form-private.h: what the files of the form share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-field-adder.h"
#include "byline-field-group.h"
#include "byline-form.h"
#include "byline-front-matter-history.h"
#include "byline-raw-editor.h"

G_BEGIN_DECLS

struct _BylineForm
{
  AdwBin                    parent_instance;

  BylineDocument           *document;
  BylineFrontMatter        *front_matter;
  gulong                    text_handler;
  BylineFrontMatterHistory *history;
  BylineFieldHints         *hints;
  GCancellable             *hints_cancellable;

  /* Every field, nested ones after their group, in the file's order. */
  GPtrArray                *fields;
  GPtrArray                *top_rows;
  GPtrArray                *missing_rows;
  /* What the problem list and the missing fields show, so that typing
   * does not build them again at each keystroke. */
  char                     *problems_shown;
  char                     *missing_shown;

  GtkMenuButton            *add_button;
  BylineFieldAdder         *adder;
  GtkToggleButton          *raw_button;
  GtkStack                 *stack;
  GtkListBox               *problem_list;
  GtkLabel                 *empty_label;
  AdwPreferencesGroup      *group;
  AdwPreferencesGroup      *missing_group;
  BylineRawEditor          *raw_editor;
};

BylineNode      *byline_form_get_root             (BylineForm      *self);
BylineField     *byline_form_find_field           (BylineForm      *self,
                                                   const char      *path);
void             byline_form_clear_rows           (BylineForm      *self);
void             byline_form_show_rows            (BylineForm      *self,
                                                   BylineNode      *root);
GtkWidget       *byline_form_new_field            (BylineForm      *self,
                                                   BylineFieldKind  kind,
                                                   const char      *path,
                                                   const char      *key);
BylineFieldKind  byline_form_field_get_kind       (BylineField     *field);
void             byline_form_offer_field          (BylineForm      *self,
                                                   const char      *key);
void             byline_form_update_missing       (BylineForm      *self);
void             byline_form_update_problems      (BylineForm      *self);
void             byline_form_problem_activated_cb (BylineForm      *self,
                                                   GtkListBoxRow   *row);

G_END_DECLS
