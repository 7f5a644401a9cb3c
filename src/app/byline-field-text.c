/* byline-field-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-completion.h"
#include "byline-field-text.h"

#define MAX_SUGGESTIONS 8

struct _BylineFieldText
{
  AdwEntryRow       parent_instance;

  BylineFieldHints *hints;
  BylineCompletion *completion;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldText, byline_field_text, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static void
byline_field_text_show_value (BylineField *field,
                              BylineNode  *value)
{
  byline_field_show_text (GTK_EDITABLE (field), value);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_text_show_value;
}

static void
changed_cb (BylineFieldText *self)
{
  byline_field_emit_text (BYLINE_FIELD (self), gtk_editable_get_text (GTK_EDITABLE (self)));
}

static char **
complete_cb (const char *typed,
             gpointer    user_data)
{
  BylineFieldText *self = user_data;

  return byline_field_hints_complete (self->hints, byline_field_get_path (BYLINE_FIELD (self)),
                                      typed, NULL, MAX_SUGGESTIONS);
}

static void
chosen_cb (BylineFieldText *self,
           const char      *value)
{
  gtk_editable_set_text (GTK_EDITABLE (self), value);
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
}

static void
byline_field_text_dispose (GObject *object)
{
  BylineFieldText *self = (BylineFieldText *)object;

  g_clear_object (&self->completion);
  g_clear_object (&self->hints);

  G_OBJECT_CLASS (byline_field_text_parent_class)->dispose (object);
}

static void
byline_field_text_class_init (BylineFieldTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_field_text_dispose;
}

static void
byline_field_text_init (BylineFieldText *self)
{
}

/**
 * byline_field_text_new:
 * @hints: what offers the values the site declares for the field, as the
 *   choices of a select
 */
GtkWidget *
byline_field_text_new (const char       *path,
                       const char       *key,
                       const char       *label,
                       BylineFieldHints *hints)
{
  BylineFieldText *self = g_object_new (BYLINE_TYPE_FIELD_TEXT, NULL);
  g_auto(GStrv) choices = NULL;

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (hints), NULL);

  byline_field_setup (BYLINE_FIELD (self), path, key, label);

  choices = byline_field_hints_complete (hints, path, "", NULL, 1);
  if (choices[0] != NULL)
    {
      self->hints = g_object_ref (hints);
      self->completion = byline_completion_new (GTK_WIDGET (self), complete_cb, self);
      g_signal_connect_object (self->completion, "chosen", G_CALLBACK (chosen_cb), self,
                               G_CONNECT_SWAPPED);
    }

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));

  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);

  return GTK_WIDGET (self);
}
