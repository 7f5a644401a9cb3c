/* byline-field-list.c
 *
 * Each word is a chip the writer can focus: Delete removes it, Alt+Left
 * and Alt+Right move it, and dragging a chip onto another puts it there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-field-edit.h"
#include "byline-field-list.h"

#define MAX_SUGGESTIONS 8

struct _BylineFieldList
{
  AdwPreferencesRow  parent_instance;

  BylineFieldHints  *hints;
  BylineNode        *value;
  GPtrArray         *items;
  int                dragged;

  GtkFlowBox        *chips;
  GtkEntry          *entry;
  BylineCompletion  *completion;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldList, byline_field_list, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static void rebuild_chips (BylineFieldList *self);

/* The items as a string vector: the array keeps a NULL past its end. */
static const char * const *
items_strv (BylineFieldList *self)
{
  g_ptr_array_add (self->items, NULL);
  g_ptr_array_set_size (self->items, self->items->len - 1);

  return (const char * const *) self->items->pdata;
}

static gboolean
items_equal (GPtrArray  *items,
             char      **other)
{
  if (items->len != g_strv_length (other))
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (items, i), other[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
byline_field_list_show_value (BylineField *field,
                              BylineNode  *value)
{
  BylineFieldList *self = BYLINE_FIELD_LIST (field);
  g_auto(GStrv) items = byline_field_list_items (value);

  g_clear_pointer (&self->value, byline_node_unref);
  if (value != NULL)
    self->value = byline_node_copy (value);

  if (items_equal (self->items, items))
    return;

  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; items[i] != NULL; i++)
    g_ptr_array_add (self->items, g_strdup (items[i]));

  rebuild_chips (self);
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_list_show_value;
}

/* Reports the list as it now stands, and shows it. */
static void
items_changed (BylineFieldList *self)
{
  g_autoptr(BylineNode) value = NULL;

  rebuild_chips (self);
  value = byline_field_list_value (self->value, items_strv (self));
  byline_field_emit_edited (BYLINE_FIELD (self), value, FALSE);
}

static guint
chip_index (GtkWidget *chip)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "byline-index"));
}

static void
focus_chip (BylineFieldList *self,
            guint            index)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->chips, (int) index);

  if (child != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (child));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
remove_clicked_cb (GtkButton *button)
{
  GtkWidget *chip = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_FLOW_BOX_CHILD);
  BylineFieldList *self = BYLINE_FIELD_LIST (gtk_widget_get_ancestor (chip, BYLINE_TYPE_FIELD_LIST));

  byline_field_list_remove (self, chip_index (chip));
}

/* The index of the chip with the keyboard focus, or -1. */
static int
focused_chip (BylineFieldList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || gtk_widget_get_parent (focus) != GTK_WIDGET (self->chips))
    return -1;

  return (int) chip_index (focus);
}

static gboolean
remove_focused_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  BylineFieldList *self = BYLINE_FIELD_LIST (widget);
  int index = focused_chip (self);

  if (index < 0)
    return FALSE;

  byline_field_list_remove (self, (guint) index);
  focus_chip (self, MIN ((guint) index, self->items->len));
  return TRUE;
}

/* Moves the focused chip one place: by -1 (left) or +1 (right). */
static gboolean
move_focused_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  BylineFieldList *self = BYLINE_FIELD_LIST (widget);
  int index = focused_chip (self);
  int to = index + GPOINTER_TO_INT (user_data);

  if (index < 0 || to < 0 || to >= (int) self->items->len)
    return FALSE;

  byline_field_list_move (self, (guint) index, (guint) to);
  focus_chip (self, (guint) to);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              GtkShortcutTrigger    *first,
              GtkShortcutTrigger    *second,
              GtkShortcutFunc        callback,
              gpointer               user_data)
{
  GtkShortcutAction *action = gtk_callback_action_new (callback, user_data, NULL);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_alternative_trigger_new (first, second),
                                                          action));
}

/* The keys of a focused chip, in the help overlay's Front Matter group;
 * the keypad's keys work as well. */
static void
add_chip_shortcuts (BylineFieldList *self)
{
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  add_shortcut (controller,
                gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                             gtk_keyval_trigger_new (GDK_KEY_BackSpace, 0)),
                remove_focused_cb, NULL);
  add_shortcut (controller,
                gtk_keyval_trigger_new (GDK_KEY_Left, GDK_ALT_MASK),
                gtk_keyval_trigger_new (GDK_KEY_KP_Left, GDK_ALT_MASK),
                move_focused_cb, GINT_TO_POINTER (-1));
  add_shortcut (controller,
                gtk_keyval_trigger_new (GDK_KEY_Right, GDK_ALT_MASK),
                gtk_keyval_trigger_new (GDK_KEY_KP_Right, GDK_ALT_MASK),
                move_focused_cb, GINT_TO_POINTER (1));

  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (controller));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  BylineFieldList *self = BYLINE_FIELD_LIST (gtk_widget_get_ancestor (chip, BYLINE_TYPE_FIELD_LIST));

  self->dragged = (int) chip_index (chip);
  return gdk_content_provider_new_typed (G_TYPE_STRING, g_ptr_array_index (self->items, self->dragged));
}

static void
drag_end_cb (GtkDragSource *source)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  BylineFieldList *self = BYLINE_FIELD_LIST (gtk_widget_get_ancestor (chip, BYLINE_TYPE_FIELD_LIST));

  if (self != NULL)
    self->dragged = -1;
}

/* Only chips of the same list move: a drag from elsewhere is refused. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  BylineFieldList *self = BYLINE_FIELD_LIST (gtk_widget_get_ancestor (chip, BYLINE_TYPE_FIELD_LIST));

  if (self->dragged < 0)
    return FALSE;

  byline_field_list_move (self, (guint) self->dragged, chip_index (chip));
  self->dragged = -1;
  return TRUE;
}

static GtkWidget *
new_chip (BylineFieldList *self,
          guint            index)
{
  const char *item = g_ptr_array_index (self->items, index);
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (item);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  /* Translators: the button on a chip of a list field, as categories. */
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), item);
  /* Translators: a chip of a list field: the list's name and the word. */
  g_autofree char *chip_label = g_strdup_printf (_("%s: %s"), title, item);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_focusable (remove, FALSE);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), NULL);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_add_css_class (box, "byline-chip");
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);

  g_object_set_data (G_OBJECT (child), "byline-index", GUINT_TO_POINTER (index));
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, chip_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Delete removes it; Alt+Left and Alt+Right move it"),
                                  -1);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), NULL);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end_cb), NULL);
  gtk_widget_add_controller (child, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), NULL);
  gtk_widget_add_controller (child, GTK_EVENT_CONTROLLER (target));

  return child;
}

static void
rebuild_chips (BylineFieldList *self)
{
  GtkFlowBoxChild *child;

  while ((child = gtk_flow_box_get_child_at_index (self->chips, 0)) != NULL)
    gtk_flow_box_remove (self->chips, GTK_WIDGET (child));

  for (guint i = 0; i < self->items->len; i++)
    gtk_flow_box_append (self->chips, new_chip (self, i));

  gtk_widget_set_visible (GTK_WIDGET (self->chips), self->items->len > 0);
}

static char **
complete_cb (const char *typed,
             gpointer    user_data)
{
  BylineFieldList *self = user_data;
  g_autofree char *stripped = g_strstrip (g_strdup (typed));

  return byline_field_hints_complete (self->hints, byline_field_get_path (BYLINE_FIELD (self)),
                                      stripped, items_strv (self), MAX_SUGGESTIONS);
}

static void
chosen_cb (BylineFieldList *self,
           const char      *value)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  byline_field_list_add (self, value);
}

static void
entry_activate_cb (BylineFieldList *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  byline_completion_hide (self->completion);
  if (*typed == '\0')
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  byline_field_list_add (self, typed);
}

static void
byline_field_list_dispose (GObject *object)
{
  BylineFieldList *self = (BylineFieldList *)object;

  g_clear_object (&self->completion);

  G_OBJECT_CLASS (byline_field_list_parent_class)->dispose (object);
}

static void
byline_field_list_finalize (GObject *object)
{
  BylineFieldList *self = (BylineFieldList *)object;

  g_clear_object (&self->hints);
  g_clear_pointer (&self->value, byline_node_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (byline_field_list_parent_class)->finalize (object);
}

static void
byline_field_list_class_init (BylineFieldListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_field_list_dispose;
  object_class->finalize = byline_field_list_finalize;
}

static void
byline_field_list_init (BylineFieldList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_free);
  self->dragged = -1;

  self->chips = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->chips, GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (self->chips, 20);
  gtk_flow_box_set_row_spacing (self->chips, 6);
  gtk_flow_box_set_column_spacing (self->chips, 6);
  gtk_widget_set_visible (GTK_WIDGET (self->chips), FALSE);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Add…"));
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);

  add_chip_shortcuts (self);
}

/**
 * byline_field_list_new:
 * @hints: where the words to suggest come from
 */
GtkWidget *
byline_field_list_new (const char       *path,
                       const char       *key,
                       const char       *label,
                       BylineFieldHints *hints)
{
  BylineFieldList *self = g_object_new (BYLINE_TYPE_FIELD_LIST, NULL);
  /* Translators: the entry under a list field, as categories. */
  g_autofree char *add_label = g_strdup_printf (_("Add to “%s”"), label);

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (hints), NULL);

  self->hints = g_object_ref (hints);
  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  byline_field_set_column (BYLINE_FIELD (self), label, GTK_WIDGET (self->chips), GTK_WIDGET (self->entry), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chips),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  self->completion = byline_completion_new (GTK_WIDGET (self->entry), complete_cb, self);
  g_signal_connect_object (self->completion, "chosen", G_CALLBACK (chosen_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * byline_field_list_get_items:
 *
 * Returns: (transfer none): the words, in order
 */
const char * const *
byline_field_list_get_items (BylineFieldList *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_LIST (self), NULL);

  return items_strv (self);
}

/**
 * byline_field_list_add:
 *
 * Appends @item, unless the list has it already.
 */
void
byline_field_list_add (BylineFieldList *self,
                       const char      *item)
{
  g_return_if_fail (BYLINE_IS_FIELD_LIST (self));
  g_return_if_fail (item != NULL && *item != '\0');

  for (guint i = 0; i < self->items->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->items, i), item) == 0)
        return;
    }

  g_ptr_array_add (self->items, g_strdup (item));
  items_changed (self);
}

void
byline_field_list_remove (BylineFieldList *self,
                          guint            index)
{
  g_return_if_fail (BYLINE_IS_FIELD_LIST (self));
  g_return_if_fail (index < self->items->len);

  g_ptr_array_remove_index (self->items, index);
  items_changed (self);
}

/**
 * byline_field_list_move:
 *
 * Moves the word at @from to @to, shifting those between.
 */
void
byline_field_list_move (BylineFieldList *self,
                        guint            from,
                        guint            to)
{
  char *item;

  g_return_if_fail (BYLINE_IS_FIELD_LIST (self));
  g_return_if_fail (from < self->items->len && to < self->items->len);

  if (from == to)
    return;

  item = g_ptr_array_steal_index (self->items, from);
  g_ptr_array_insert (self->items, (int) to, item);
  items_changed (self);
}

/**
 * byline_field_list_get_entry:
 *
 * Returns: (transfer none): the entry new words are typed in
 */
GtkEntry *
byline_field_list_get_entry (BylineFieldList *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_LIST (self), NULL);

  return self->entry;
}

/**
 * byline_field_list_get_completion:
 *
 * Returns: (transfer none): the suggestions under the entry
 */
BylineCompletion *
byline_field_list_get_completion (BylineFieldList *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_LIST (self), NULL);

  return self->completion;
}
