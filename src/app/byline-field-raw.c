/* byline-field-raw.c
 *
 * What the writer types is read as a value of the front matter's language
 * at each keystroke; only a text that reads is written to the post, and
 * one that does not marks the row with the reader's message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-raw.h"
#include "byline-value-text.h"

struct _BylineFieldRaw
{
  AdwEntryRow  parent_instance;

  BylineFormat format;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldRaw, byline_field_raw, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static void
byline_field_raw_show_value (BylineField *field,
                             BylineNode  *value)
{
  BylineFieldRaw *self = BYLINE_FIELD_RAW (field);
  g_autoptr(BylineNode) shown = byline_value_parse (self->format, gtk_editable_get_text (GTK_EDITABLE (self)), NULL);
  g_autoptr(BylineNode) null = NULL;
  g_autofree char *text = NULL;

  if (value == NULL)
    value = null = byline_node_new_null ();

  /* What the writer typed stays as typed while it reads as the value. */
  if (shown != NULL && byline_node_equal (shown, value))
    return;

  text = byline_value_to_text (self->format, value);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  byline_field_set_problem (field, NULL);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_raw_show_value;
}

static void
changed_cb (BylineFieldRaw *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineNode) value = byline_value_parse (self->format, gtk_editable_get_text (GTK_EDITABLE (self)), &error);

  if (value == NULL)
    {
      byline_field_set_problem (BYLINE_FIELD (self), error->message);
      return;
    }

  byline_field_set_problem (BYLINE_FIELD (self), NULL);
  byline_field_emit_edited (BYLINE_FIELD (self), value, TRUE);
}

static void
byline_field_raw_class_init (BylineFieldRawClass *klass)
{
}

static void
byline_field_raw_init (BylineFieldRaw *self)
{
}

GtkWidget *
byline_field_raw_new (const char   *path,
                      const char   *key,
                      const char   *label,
                      BylineFormat  format)
{
  BylineFieldRaw *self = g_object_new (BYLINE_TYPE_FIELD_RAW, NULL);

  self->format = format;
  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  gtk_widget_add_css_class (GTK_WIDGET (self), "monospace");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);

  return GTK_WIDGET (self);
}
