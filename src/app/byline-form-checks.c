/* byline-form-checks.c: the form's problems, and the fields the site's
 * schema declares that the post does not have yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-error.h"
#include "byline-field-check.h"
#include "byline-form-private.h"
#include "byline-value-text.h"

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Adds a problem, taking @message. */
static void
add_problem (GPtrArray  *problems,
             char       *message,
             const char *path,
             guint       line,
             guint       column)
{
  g_ptr_array_add (problems, byline_field_problem_new (path, message, line, column));
  g_free (message);
}

static GtkWidget *
new_problem_row (const BylineFieldProblem *problem)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->message);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data_full (G_OBJECT (row), "byline-path", g_strdup (problem->path), g_free);
  g_object_set_data (G_OBJECT (row), "byline-line", GUINT_TO_POINTER (problem->line));
  g_object_set_data (G_OBJECT (row), "byline-column", GUINT_TO_POINTER (problem->column));

  return row;
}

/* The front matter's problems: its syntax error, or else what the checks
 * of core find, with the site's schema. */
static GPtrArray *
find_problems (BylineForm *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (byline_field_problem_free);
  const GError *error = self->front_matter != NULL ? byline_front_matter_get_error (self->front_matter) : NULL;
  const GError *schema_error = byline_field_hints_get_schema_error (self->hints);
  g_autoptr(GPtrArray) checked = NULL;
  guint line = 0, column = 0;

  if (error != NULL)
    {
      if (byline_error_get_location (error, &line, &column))
        /* Translators: an error of the front matter text and where it is. */
        add_problem (problems, g_strdup_printf (_("Line %u, column %u: %s"), line, column, error->message),
                     NULL, line, column);
      else
        add_problem (problems, g_strdup (error->message), NULL, 1, 0);
      return problems;
    }

  if (byline_form_get_root (self) == NULL)
    return problems;

  if (schema_error != NULL)
    /* Translators: the site's CMS settings (admin/config.yml or
     * frontmatter.json) could not be read; the error follows. */
    add_problem (problems, g_strdup_printf (_("The site’s content settings cannot be read: %s"),
                                            schema_error->message),
                 NULL, 0, 0);

  checked = byline_field_hints_check (self->hints, self->front_matter);
  g_ptr_array_extend_and_steal (problems, g_steal_pointer (&checked));

  return problems;
}

static char *
describe_problems (GPtrArray *problems)
{
  GString *description = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const BylineFieldProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (description, "%s\x1f%s\x1f%u\x1f%u\x1e", problem->message,
                              problem->path != NULL ? problem->path : "", problem->line, problem->column);
    }

  return g_string_free (description, FALSE);
}

/**
 * byline_form_update_problems:
 *
 * Lists what is wrong with the front matter above the rows, and marks
 * the rows it concerns (each row of a key written twice).
 */
void
byline_form_update_problems (BylineForm *self)
{
  g_autoptr(GPtrArray) problems = find_problems (self);
  g_autofree char *shown = describe_problems (problems);

  for (guint i = 0; i < self->fields->len; i++)
    {
      BylineField *field = g_ptr_array_index (self->fields, i);
      const char *message = NULL;

      for (guint j = 0; j < problems->len && message == NULL; j++)
        {
          const BylineFieldProblem *problem = g_ptr_array_index (problems, j);

          if (g_strcmp0 (problem->path, byline_field_get_path (field)) == 0)
            message = problem->message;
        }
      byline_field_set_problem (field, message);
    }

  if (g_strcmp0 (shown, self->problems_shown) == 0)
    return;

  g_free (self->problems_shown);
  self->problems_shown = g_steal_pointer (&shown);

  clear_list (self->problem_list);
  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->problem_list, new_problem_row (g_ptr_array_index (problems, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->problem_list), problems->len > 0);
}

/* Shows the text with the cursor at the problem. */
static void
show_in_text (BylineForm *self,
              guint       line,
              guint       column)
{
  GtkSourceView *view = byline_raw_editor_get_view (self->raw_editor);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter iter;

  byline_form_set_raw (self, TRUE);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, (int) line - 1, column > 0 ? (int) column - 1 : 0);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (view), &iter, 0.1, FALSE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

/**
 * byline_form_problem_activated_cb:
 *
 * Takes the writer to the problem: its row, its place in the text, or
 * for a missing field, a new row for it.
 */
void
byline_form_problem_activated_cb (BylineForm    *self,
                                  GtkListBoxRow *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "byline-path");
  guint line = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "byline-line"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "byline-column"));
  BylineField *field = path != NULL ? byline_form_find_field (self, path) : NULL;
  g_auto(GStrv) segments = NULL;

  if (field != NULL && gtk_widget_get_sensitive (GTK_WIDGET (field)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (field));
      return;
    }

  if (line > 0)
    {
      show_in_text (self, line, column);
      return;
    }

  segments = path != NULL ? byline_path_split (path, NULL) : NULL;
  if (segments != NULL && g_strv_length (segments) == 1)
    byline_form_offer_field (self, segments[0]);
}

static void
add_missing_clicked_cb (GtkButton *button,
                        BylineForm *self)
{
  byline_form_offer_field (self, g_object_get_data (G_OBJECT (button), "byline-key"));
}

static char *
describe_missing (BylineForm              *self,
                  const BylineSchemaField *field)
{
  g_autofree char *default_text = NULL;

  if (field->default_value != NULL)
    default_text = byline_value_to_text (byline_front_matter_get_format (self->front_matter),
                                         field->default_value);

  if (field->is_required && default_text != NULL)
    /* Translators: a field the site requires, and the value it offers. */
    return g_strdup_printf (_("Required · Default: %s"), default_text);
  if (field->is_required)
    return g_strdup (_("Required"));
  if (default_text != NULL)
    /* Translators: the value the site offers for a field. */
    return g_strdup_printf (_("Default: %s"), default_text);

  return field->hint != NULL ? g_strdup (field->hint) : NULL;
}

static GtkWidget *
new_missing_row (BylineForm              *self,
                 const BylineSchemaField *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Add"));
  const char *label = field->label != NULL ? field->label : field->name;
  /* Translators: the button that adds a field the site declares. */
  g_autofree char *add_label = g_strdup_printf (_("Add “%s”"), label);
  g_autofree char *subtitle = describe_missing (self, field);

  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (field->is_required)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Required"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "byline-key", g_strdup (field->name), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_missing_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), "byline-key", g_strdup (field->name), g_free);

  return row;
}

/**
 * byline_form_update_missing:
 *
 * Offers the fields the site's schema declares that the post lacks, the
 * required ones marked, each with its default.
 */
void
byline_form_update_missing (BylineForm *self)
{
  BylineSchema *schema = byline_field_hints_get_schema (self->hints);
  BylineNode *root = byline_form_get_root (self);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GString) shown = g_string_new (NULL);
  GPtrArray *fields = schema != NULL ? byline_schema_get_fields (schema) : NULL;

  for (guint i = 0; root != NULL && fields != NULL && i < fields->len; i++)
    {
      BylineSchemaField *field = g_ptr_array_index (fields, i);

      if (byline_node_find_key (root, field->name) < 0)
        {
          g_ptr_array_add (missing, field);
          g_string_append_printf (shown, "%s\x1e", field->name);
        }
    }

  if (g_strcmp0 (shown->str, self->missing_shown) == 0)
    return;

  g_free (self->missing_shown);
  self->missing_shown = g_strdup (shown->str);

  for (guint i = 0; i < self->missing_rows->len; i++)
    adw_preferences_group_remove (self->missing_group, g_ptr_array_index (self->missing_rows, i));
  g_ptr_array_set_size (self->missing_rows, 0);

  for (guint i = 0; i < missing->len; i++)
    {
      GtkWidget *row = new_missing_row (self, g_ptr_array_index (missing, i));

      adw_preferences_group_add (self->missing_group, row);
      g_ptr_array_add (self->missing_rows, row);
    }

  if (missing->len > 0)
    {
      /* Translators: the group of fields the site's schema declares for
       * this kind of post (a collection or content type) that it lacks. */
      g_autofree char *title = g_strdup_printf (_("More Fields of “%s”"), byline_schema_get_name (schema));

      adw_preferences_group_set_title (self->missing_group, title);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->missing_group), missing->len > 0);
}

/**
 * byline_form_get_missing_row:
 * @key: a key the site's schema declares
 *
 * Returns: (transfer none) (nullable): the row that offers to add @key
 */
GtkWidget *
byline_form_get_missing_row (BylineForm *self,
                             const char *key)
{
  g_return_val_if_fail (BYLINE_IS_FORM (self), NULL);

  for (guint i = 0; i < self->missing_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->missing_rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "byline-key"), key) == 0)
        return row;
    }

  return NULL;
}

/**
 * byline_form_get_problems:
 *
 * Returns: (transfer full): the problems listed above the rows, one
 *   message each
 */
char **
byline_form_get_problems (BylineForm *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (BYLINE_IS_FORM (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->problem_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_strv_builder_add (builder, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  return g_strv_builder_end (builder);
}
