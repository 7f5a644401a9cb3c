/* byline-form-rows.c: the form's rows, built for the front matter's keys
 * and shown their values, and the edits they make
 *
 * Each change of a row becomes one lossless edit of its key in the core.
 * The rows are built again only when the keys change or a value no longer
 * fits its row; otherwise each row is shown its new value, which it
 * ignores when it shows that value already, so typing is never disturbed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-edit.h"
#include "byline-form-private.h"

BylineField *
byline_form_find_field (BylineForm *self,
                        const char *path)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      BylineField *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (byline_field_get_path (field), path) == 0)
        return field;
    }

  return NULL;
}

/* Applies the writer's edit of a field as one edit of the core, which
 * keeps every other byte of the front matter. */
static void
field_edited_cb (BylineForm  *self,
                 BylineNode  *value,
                 gboolean     is_typing,
                 BylineField *field)
{
  const char *path = byline_field_get_path (field);
  BylineNode *current = byline_front_matter_lookup (self->front_matter, path);
  g_autoptr(GError) error = NULL;

  if (current != NULL && byline_node_equal (current, value))
    return;

  if (!byline_front_matter_history_set (self->history, path, value, is_typing ? path : NULL, &error))
    byline_field_set_problem (field, error->message);
}

static void
field_remove_cb (BylineForm  *self,
                 BylineField *field)
{
  g_autofree char *path = g_strdup (byline_field_get_path (field));
  g_autoptr(GError) error = NULL;
  guint index;

  if (!g_ptr_array_find (self->fields, field, &index))
    return;

  byline_front_matter_history_close_step (self->history);
  if (!byline_front_matter_remove (self->front_matter, path, &error))
    {
      byline_field_set_problem (field, error->message);
      return;
    }

  /* The focus goes to the row that took the removed one's place. */
  if (index < self->fields->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->fields, index));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
field_focus_left_cb (BylineForm *self)
{
  if (self->history != NULL)
    byline_front_matter_history_close_step (self->history);
}

static void
add_field_row (BylineForm *self,
               BylineNode *mapping,
               guint       index,
               const char *parent_path,
               GtkWidget  *parent)
{
  const char *key = byline_node_get_key_string (mapping, index);
  BylineNode *value = byline_node_get_child (mapping, index);
  g_autofree char *path = NULL;
  BylineFieldKind kind;
  GtkWidget *field;
  GtkEventController *focus;

  if (key == NULL)
    return;

  path = byline_path_join (parent_path, key);
  kind = byline_field_hints_get_kind (self->hints, path, value);
  field = byline_form_new_field (self, kind, path, key);

  g_ptr_array_add (self->fields, field);
  if (parent != NULL)
    byline_field_group_add (BYLINE_FIELD_GROUP (parent), field);
  else
    {
      adw_preferences_group_add (self->group, field);
      g_ptr_array_add (self->top_rows, field);
    }

  /* Path edits reach the first of keys written twice; the others wait
   * for the writer to remove one in the text. */
  if (byline_node_find_key (mapping, key) != (int) index)
    gtk_widget_set_sensitive (field, FALSE);

  byline_field_show_value (BYLINE_FIELD (field), value);
  g_signal_connect_object (field, "edited", G_CALLBACK (field_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (field, "remove", G_CALLBACK (field_remove_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (field_focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (field, focus);

  if (kind == BYLINE_FIELD_KIND_GROUP)
    for (guint i = 0; i < byline_node_get_n_children (value); i++)
      add_field_row (self, value, i, path, field);
}

void
byline_form_clear_rows (BylineForm *self)
{
  for (guint i = 0; i < self->top_rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->top_rows, i));
  g_ptr_array_set_size (self->top_rows, 0);
  g_ptr_array_set_size (self->fields, 0);
}

/* The path of the field that holds the focus, to give it back after the
 * rows are built again. */
static char *
dup_focused_path (BylineForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *field = focus != NULL ? gtk_widget_get_ancestor (focus, BYLINE_TYPE_FIELD) : NULL;

  if (field == NULL || !gtk_widget_is_ancestor (field, GTK_WIDGET (self)))
    return NULL;

  return g_strdup (byline_field_get_path (BYLINE_FIELD (field)));
}

static void
build_rows (BylineForm *self,
            BylineNode *root)
{
  g_autofree char *focused = dup_focused_path (self);
  BylineField *field;

  byline_form_clear_rows (self);
  for (guint i = 0; root != NULL && i < byline_node_get_n_children (root); i++)
    add_field_row (self, root, i, NULL, NULL);

  if (focused != NULL && (field = byline_form_find_field (self, focused)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (field));
}

/* Whether the rows still show @mapping's keys in order, each value in a
 * row that can show it. */
static gboolean
rows_fit (BylineForm *self,
          BylineNode *mapping,
          const char *parent_path,
          guint      *index)
{
  for (guint i = 0; i < byline_node_get_n_children (mapping); i++)
    {
      const char *key = byline_node_get_key_string (mapping, i);
      BylineNode *value = byline_node_get_child (mapping, i);
      g_autofree char *path = NULL;
      BylineField *field;
      BylineFieldKind kind;

      if (key == NULL)
        continue;
      if (*index >= self->fields->len)
        return FALSE;

      path = byline_path_join (parent_path, key);
      field = g_ptr_array_index (self->fields, (*index)++);
      kind = byline_form_field_get_kind (field);
      if (g_strcmp0 (byline_field_get_path (field), path) != 0 ||
          !byline_field_kind_accepts (kind, key, value))
        return FALSE;

      if (kind == BYLINE_FIELD_KIND_GROUP && !rows_fit (self, value, path, index))
        return FALSE;
    }

  return TRUE;
}

static void
show_values (BylineForm *self,
             BylineNode *mapping,
             guint      *index)
{
  for (guint i = 0; i < byline_node_get_n_children (mapping); i++)
    {
      BylineNode *value = byline_node_get_child (mapping, i);
      BylineField *field;

      if (byline_node_get_key_string (mapping, i) == NULL)
        continue;

      field = g_ptr_array_index (self->fields, (*index)++);
      byline_field_show_value (field, value);
      if (byline_form_field_get_kind (field) == BYLINE_FIELD_KIND_GROUP)
        show_values (self, value, index);
    }
}

/**
 * byline_form_show_rows:
 * @root: (nullable): the front matter's mapping
 *
 * Shows each row its value, or builds the rows again when the keys
 * changed or a value no longer fits its row.
 */
void
byline_form_show_rows (BylineForm *self,
                       BylineNode *root)
{
  guint index = 0;

  if (root == NULL)
    byline_form_clear_rows (self);
  else if (rows_fit (self, root, NULL, &index) && index == self->fields->len)
    {
      index = 0;
      show_values (self, root, &index);
    }
  else
    build_rows (self, root);
}
