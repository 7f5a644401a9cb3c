/* byline-field-switch.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-switch.h"

struct _BylineFieldSwitch
{
  AdwActionRow  parent_instance;

  GtkSwitch    *toggle;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldSwitch, byline_field_switch, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static void
byline_field_switch_show_value (BylineField *field,
                                BylineNode  *value)
{
  BylineFieldSwitch *self = BYLINE_FIELD_SWITCH (field);
  gboolean active = value != NULL && byline_node_get_kind (value) == BYLINE_NODE_BOOLEAN &&
                    byline_node_get_boolean (value);

  if (gtk_switch_get_active (self->toggle) != active)
    gtk_switch_set_active (self->toggle, active);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_switch_show_value;
}

static void
active_changed_cb (BylineFieldSwitch *self)
{
  g_autoptr(BylineNode) value = byline_node_new_boolean (gtk_switch_get_active (self->toggle));

  byline_field_emit_edited (BYLINE_FIELD (self), value, FALSE);
}

static void
byline_field_switch_class_init (BylineFieldSwitchClass *klass)
{
}

static void
byline_field_switch_init (BylineFieldSwitch *self)
{
  self->toggle = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->toggle), GTK_ALIGN_CENTER);
}

GtkWidget *
byline_field_switch_new (const char *path,
                         const char *key,
                         const char *label)
{
  BylineFieldSwitch *self = g_object_new (BYLINE_TYPE_FIELD_SWITCH, NULL);

  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->toggle));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->toggle));

  g_signal_connect_object (self->toggle, "notify::active", G_CALLBACK (active_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * byline_field_switch_get_switch:
 *
 * Returns: (transfer none): the switch the writer flips
 */
GtkSwitch *
byline_field_switch_get_switch (BylineFieldSwitch *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_SWITCH (self), NULL);

  return self->toggle;
}
