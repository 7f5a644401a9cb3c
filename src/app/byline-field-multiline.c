/* byline-field-multiline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-multiline.h"

struct _BylineFieldMultiline
{
  AdwPreferencesRow  parent_instance;

  GtkTextView       *text_view;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldMultiline, byline_field_multiline, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static char *
dup_text (BylineFieldMultiline *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
byline_field_multiline_show_value (BylineField *field,
                                   BylineNode  *value)
{
  BylineFieldMultiline *self = BYLINE_FIELD_MULTILINE (field);
  const char *text = byline_field_value_text (value);
  g_autofree char *shown = dup_text (self);

  if (g_strcmp0 (shown, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_multiline_show_value;
}

static void
buffer_changed_cb (BylineFieldMultiline *self)
{
  g_autofree char *text = dup_text (self);

  byline_field_emit_text (BYLINE_FIELD (self), text);
}

static void
byline_field_multiline_class_init (BylineFieldMultilineClass *klass)
{
}

static void
byline_field_multiline_init (BylineFieldMultiline *self)
{
  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->text_view, FALSE);
  gtk_text_view_set_top_margin (self->text_view, 6);
  gtk_text_view_set_bottom_margin (self->text_view, 6);
  gtk_text_view_set_left_margin (self->text_view, 6);
  gtk_text_view_set_right_margin (self->text_view, 6);
  gtk_widget_set_size_request (GTK_WIDGET (self->text_view), -1, 72);
}

GtkWidget *
byline_field_multiline_new (const char *path,
                            const char *key,
                            const char *label)
{
  BylineFieldMultiline *self = g_object_new (BYLINE_TYPE_FIELD_MULTILINE, NULL);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *title;

  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->text_view));
  title = byline_field_set_column (BYLINE_FIELD (self), label, frame, NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
