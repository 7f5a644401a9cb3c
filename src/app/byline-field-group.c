/* byline-field-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-field-group.h"

struct _BylineFieldGroup
{
  AdwExpanderRow parent_instance;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldGroup, byline_field_group, ADW_TYPE_EXPANDER_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

/* The group's own row only counts its fields; each nested field shows
 * its own value. */
static void
byline_field_group_show_value (BylineField *field,
                               BylineNode  *value)
{
  guint n = value != NULL && byline_node_get_kind (value) == BYLINE_NODE_MAPPING
            ? byline_node_get_n_children (value) : 0;
  g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u field", "%u fields", n), n);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (field), summary);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_group_show_value;
}

static void
byline_field_group_class_init (BylineFieldGroupClass *klass)
{
}

static void
byline_field_group_init (BylineFieldGroup *self)
{
}

GtkWidget *
byline_field_group_new (const char *path,
                        const char *key,
                        const char *label)
{
  BylineFieldGroup *self = g_object_new (BYLINE_TYPE_FIELD_GROUP, NULL);

  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);

  return GTK_WIDGET (self);
}

/**
 * byline_field_group_add:
 * @field: a #BylineField for a key of the group's mapping
 */
void
byline_field_group_add (BylineFieldGroup *self,
                        GtkWidget        *field)
{
  g_return_if_fail (BYLINE_IS_FIELD_GROUP (self));
  g_return_if_fail (BYLINE_IS_FIELD (field));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), field);
}
