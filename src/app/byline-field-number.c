/* byline-field-number.c
 *
 * An integer stays an integer; a decimal number keeps as many decimals as
 * it was written with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "byline-field-number.h"

#define MAX_DIGITS 6
#define LIMIT 1e15

struct _BylineFieldNumber
{
  AdwActionRow   parent_instance;

  GtkSpinButton *spin;
  gboolean       is_integer;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldNumber, byline_field_number, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

/* How many decimals @text is written with. */
static guint
count_decimals (const char *text)
{
  const char *point = strchr (text, '.');
  guint n = 0;

  if (point == NULL)
    return 1;

  for (const char *p = point + 1; g_ascii_isdigit (*p); p++)
    n++;

  return CLAMP (n, 1, MAX_DIGITS);
}

static void
byline_field_number_show_value (BylineField *field,
                                BylineNode  *value)
{
  BylineFieldNumber *self = BYLINE_FIELD_NUMBER (field);
  BylineNodeKind kind = value != NULL ? byline_node_get_kind (value) : BYLINE_NODE_NULL;
  double number = 0;

  self->is_integer = kind != BYLINE_NODE_FLOAT;
  if (kind == BYLINE_NODE_INTEGER)
    number = (double) byline_node_get_integer (value);
  else if (kind == BYLINE_NODE_FLOAT)
    number = byline_node_get_float (value);

  /* YAML's .inf and .nan have no place on a spin button. */
  if (!isfinite (number))
    number = 0;

  gtk_spin_button_set_digits (self->spin, self->is_integer ? 0 : count_decimals (byline_node_get_string (value)));
  if (gtk_spin_button_get_value (self->spin) != number)
    gtk_spin_button_set_value (self->spin, number);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_number_show_value;
}

static void
value_changed_cb (BylineFieldNumber *self)
{
  double number = gtk_spin_button_get_value (self->spin);
  g_autoptr(BylineNode) value = self->is_integer ? byline_node_new_integer ((gint64) llround (number))
                                                 : byline_node_new_float (number);

  byline_field_emit_edited (BYLINE_FIELD (self), value, TRUE);
}

static void
byline_field_number_class_init (BylineFieldNumberClass *klass)
{
}

static void
byline_field_number_init (BylineFieldNumber *self)
{
  self->is_integer = TRUE;
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (-LIMIT, LIMIT, 1));
  gtk_spin_button_set_numeric (self->spin, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->spin), GTK_ALIGN_CENTER);
}

GtkWidget *
byline_field_number_new (const char *path,
                         const char *key,
                         const char *label)
{
  BylineFieldNumber *self = g_object_new (BYLINE_TYPE_FIELD_NUMBER, NULL);

  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));

  g_signal_connect_object (self->spin, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

GtkSpinButton *
byline_field_number_get_spin (BylineFieldNumber *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_NUMBER (self), NULL);

  return self->spin;
}
