/* byline-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-field.h"

G_DEFINE_INTERFACE (BylineField, byline_field, ADW_TYPE_PREFERENCES_ROW)

enum {
  EDITED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char     *path;
  char     *problem;
  gboolean  is_showing;
} FieldState;

static void
field_state_free (gpointer data)
{
  FieldState *state = data;

  g_free (state->path);
  g_free (state->problem);
  g_free (state);
}

static FieldState *
get_state (BylineField *self)
{
  static GQuark quark;
  FieldState *state;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("byline-field-state");

  state = g_object_get_qdata (G_OBJECT (self), quark);
  if (state == NULL)
    {
      state = g_new0 (FieldState, 1);
      g_object_set_qdata_full (G_OBJECT (self), quark, state, field_state_free);
    }

  return state;
}

static void
byline_field_default_init (BylineFieldInterface *iface)
{
  /**
   * BylineField::edited:
   * @value: the value the writer gave the field
   * @is_typing: whether the edit is one of a run of keystrokes, which
   *   undo takes back together
   */
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, BYLINE_TYPE_NODE, G_TYPE_BOOLEAN);

  /**
   * BylineField::remove:
   *
   * The writer asked to take the field out of the front matter.
   */
  signals[REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/**
 * byline_field_show_value:
 * @value: (nullable): the value, or %NULL when the key has none
 *
 * Shows @value. The changes of the field's controls this makes are not
 * the writer's: they emit no #BylineField::edited.
 */
void
byline_field_show_value (BylineField *self,
                         BylineNode  *value)
{
  FieldState *state;

  g_return_if_fail (BYLINE_IS_FIELD (self));

  state = get_state (self);
  state->is_showing = TRUE;
  BYLINE_FIELD_GET_IFACE (self)->show_value (self, value);
  state->is_showing = FALSE;
}

/**
 * byline_field_setup:
 * @path: the key path the field edits
 * @key: the last key of @path, as written
 * @label: what the row is called
 *
 * Names the row for sight and for screen readers; the key shows in its
 * tooltip when the label is not the key itself.
 */
void
byline_field_setup (BylineField *self,
                    const char  *path,
                    const char  *key,
                    const char  *label)
{
  FieldState *state;

  g_return_if_fail (BYLINE_IS_FIELD (self));
  g_return_if_fail (path != NULL && key != NULL && label != NULL);

  state = get_state (self);
  g_free (state->path);
  state->path = g_strdup (path);

  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), label);
  if (g_strcmp0 (label, key) != 0)
    {
      /* Translators: the tooltip of a form row: the key it edits. */
      g_autofree char *tooltip = g_strdup_printf (_("Key “%s”"), key);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

const char *
byline_field_get_path (BylineField *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD (self), NULL);

  return get_state (self)->path;
}

/**
 * byline_field_set_problem:
 * @message: (nullable): what is wrong with the field, or %NULL when
 *   nothing is
 *
 * Marks the row in error, and tells screen readers why.
 */
void
byline_field_set_problem (BylineField *self,
                          const char  *message)
{
  FieldState *state;

  g_return_if_fail (BYLINE_IS_FIELD (self));

  state = get_state (self);
  if (g_strcmp0 (state->problem, message) == 0)
    return;

  g_free (state->problem);
  state->problem = g_strdup (message);

  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * byline_field_get_problem:
 *
 * Returns: (nullable): what is wrong with the field
 */
const char *
byline_field_get_problem (BylineField *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD (self), NULL);

  return get_state (self)->problem;
}

/**
 * byline_field_emit_edited:
 *
 * For the fields themselves: reports that the writer changed the value.
 * Nothing is reported while the field shows a value of the front matter.
 */
void
byline_field_emit_edited (BylineField *self,
                          BylineNode  *value,
                          gboolean     is_typing)
{
  g_return_if_fail (BYLINE_IS_FIELD (self));
  g_return_if_fail (value != NULL);

  if (get_state (self)->is_showing)
    return;

  g_signal_emit (self, signals[EDITED], 0, value, is_typing);
}

/**
 * byline_field_emit_text:
 *
 * For the fields of text: reports that the writer typed @text.
 */
void
byline_field_emit_text (BylineField *self,
                        const char  *text)
{
  g_autoptr(BylineNode) value = byline_node_new_string (text);

  byline_field_emit_edited (self, value, TRUE);
}

/**
 * byline_field_value_text:
 * @value: (nullable): a value
 *
 * Returns: the text a field of text shows for @value: a scalar as
 *   written, else nothing
 */
const char *
byline_field_value_text (BylineNode *value)
{
  if (value == NULL || !byline_node_is_scalar (value) || byline_node_get_kind (value) == BYLINE_NODE_NULL)
    return "";

  return byline_node_get_string (value);
}

/**
 * byline_field_show_text:
 *
 * Shows @value in @editable, unless it shows it already.
 */
void
byline_field_show_text (GtkEditable *editable,
                        BylineNode  *value)
{
  const char *text = byline_field_value_text (value);

  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static void
remove_clicked_cb (BylineField *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/**
 * byline_field_new_remove_button:
 *
 * Returns: (transfer floating): a button that asks to remove the field,
 *   for the field to place in its row
 */
GtkWidget *
byline_field_new_remove_button (BylineField *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  /* Translators: the button that removes a field of the front matter. */
  g_autofree char *label = g_strdup_printf (_("Remove “%s”"), title);
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  return button;
}

/**
 * byline_field_set_column:
 * @label: the field's name, shown above its control
 * @first_content: the control, then more widgets under it, ended by %NULL
 *
 * Lays out a row whose control sits under its name, as a paragraph or a
 * list of words needs: the name and the remove button, then the content.
 *
 * Returns: (transfer none): the label that names the field, for the
 *   control's accessible relation
 */
GtkWidget *
byline_field_set_column (BylineField *self,
                         const char  *label,
                         GtkWidget   *first_content,
                         ...)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (label);
  va_list args;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "subtitle");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), byline_field_new_remove_button (self));
  gtk_box_append (GTK_BOX (box), header);

  va_start (args, first_content);
  for (GtkWidget *content = first_content; content != NULL; content = va_arg (args, GtkWidget *))
    gtk_box_append (GTK_BOX (box), content);
  va_end (args);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  return title;
}
