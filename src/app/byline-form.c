/* byline-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-error.h"
#include "byline-form.h"

struct _BylineForm
{
  AdwBin                parent_instance;

  BylineDocument       *document;
  BylineFrontMatter    *front_matter;
  gulong                text_handler;

  /* The rows, by key, in the front matter's order. */
  GPtrArray            *rows;
  char                 *shape;
  gboolean              editing;

  GtkLabel             *error_label;
  AdwPreferencesGroup  *group;
};

G_DEFINE_FINAL_TYPE (BylineForm, byline_form, ADW_TYPE_BIN)

static char *
describe_value (BylineNode *node)
{
  GString *text;

  if (byline_node_is_scalar (node))
    return g_strdup (byline_node_get_string (node));

  text = g_string_new (NULL);
  for (guint i = 0; i < byline_node_get_n_children (node); i++)
    {
      BylineNode *child = byline_node_get_child (node, i);

      if (i > 0)
        g_string_append (text, ", ");
      if (byline_node_get_kind (node) == BYLINE_NODE_MAPPING)
        g_string_append_printf (text, "%s: ", byline_node_get_key_string (node, i));
      if (byline_node_is_scalar (child))
        g_string_append (text, byline_node_get_string (child));
      else
        g_string_append (text, "…");
    }

  return g_string_free (text, FALSE);
}

/* The keys and kinds of the top-level values: while it stays the same,
 * edits update the rows in place instead of building them again. */
static char *
describe_shape (BylineNode *root)
{
  GString *shape = g_string_new (NULL);

  for (guint i = 0; i < byline_node_get_n_children (root); i++)
    g_string_append_printf (shape, "%s\x1f%d\x1e",
                            byline_node_get_key_string (root, i),
                            byline_node_get_kind (byline_node_get_child (root, i)));

  return g_string_free (shape, FALSE);
}

static void
entry_changed_cb (BylineForm  *self,
                  AdwEntryRow *row)
{
  const char *key = g_object_get_data (G_OBJECT (row), "byline-key");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;

  if (self->editing || self->front_matter == NULL)
    return;

  if (g_strcmp0 (byline_front_matter_get_string (self->front_matter, key), text) == 0)
    return;

  self->editing = TRUE;
  if (!byline_front_matter_set_string (self->front_matter, key, text, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  self->editing = FALSE;
}

static GtkWidget *
create_row (BylineForm *self,
            const char *key,
            BylineNode *value)
{
  GtkWidget *row;

  if (byline_node_get_kind (value) == BYLINE_NODE_STRING)
    {
      row = adw_entry_row_new ();
      gtk_editable_set_text (GTK_EDITABLE (row), byline_node_get_string (value));
      g_signal_connect_object (row, "changed", G_CALLBACK (entry_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      g_autofree char *summary = describe_value (value);

      row = adw_action_row_new ();
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), key);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "byline-key", g_strdup (key), g_free);

  return row;
}

static void
clear_rows (BylineForm *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
update_rows (BylineForm *self,
             BylineNode *root)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      BylineNode *value = byline_node_get_child (root, i);

      if (ADW_IS_ENTRY_ROW (row))
        {
          if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), byline_node_get_string (value)) != 0)
            gtk_editable_set_text (GTK_EDITABLE (row), byline_node_get_string (value));
        }
      else
        {
          g_autofree char *summary = describe_value (value);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
        }
    }
}

static void
show_parse_error (BylineForm *self)
{
  const GError *error = byline_front_matter_get_error (self->front_matter);
  BylinePost *post = byline_document_get_post (self->document);
  guint line, column;
  g_autofree char *message = NULL;

  if (byline_error_get_location (error, &line, &column))
    /* Translators: a front matter syntax error and where it is. */
    message = g_strdup_printf (_("Line %u, column %u: %s"),
                               line + byline_post_get_front_matter_line (post) - 1,
                               column, error->message);
  else
    message = g_strdup (error->message);

  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
refresh (BylineForm *self)
{
  BylineNode *root;
  g_autofree char *shape = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (self->front_matter == NULL)
    {
      clear_rows (self);
      g_clear_pointer (&self->shape, g_free);
      return;
    }

  root = byline_front_matter_get_root (self->front_matter);
  if (root == NULL)
    {
      show_parse_error (self);
      return;
    }

  if (byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    {
      clear_rows (self);
      g_clear_pointer (&self->shape, g_free);
      return;
    }

  shape = describe_shape (root);
  if (g_strcmp0 (shape, self->shape) == 0)
    {
      if (!self->editing)
        update_rows (self, root);
      return;
    }

  clear_rows (self);
  for (guint i = 0; i < byline_node_get_n_children (root); i++)
    {
      GtkWidget *row = create_row (self,
                                   byline_node_get_key_string (root, i),
                                   byline_node_get_child (root, i));

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  g_free (self->shape);
  self->shape = g_steal_pointer (&shape);
}

static void
set_front_matter (BylineForm        *self,
                  BylineFrontMatter *front_matter)
{
  if (self->front_matter == front_matter)
    return;

  if (self->front_matter != NULL)
    g_clear_signal_handler (&self->text_handler, self->front_matter);
  g_set_object (&self->front_matter, front_matter);
  g_clear_pointer (&self->shape, g_free);

  if (front_matter != NULL)
    self->text_handler = g_signal_connect_object (front_matter, "notify::text",
                                                  G_CALLBACK (refresh), self,
                                                  G_CONNECT_SWAPPED);
  refresh (self);
}

static void
post_changed_cb (BylineForm     *self,
                 GParamSpec     *pspec,
                 BylineDocument *document)
{
  set_front_matter (self, byline_document_get_front_matter (document));
}

/**
 * byline_form_set_document:
 *
 * Shows @document's front matter, following it as it changes.
 */
void
byline_form_set_document (BylineForm     *self,
                          BylineDocument *document)
{
  g_return_if_fail (BYLINE_IS_FORM (self));
  g_return_if_fail (BYLINE_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_signal_connect_object (document, "notify::post",
                           G_CALLBACK (post_changed_cb), self,
                           G_CONNECT_SWAPPED);
  post_changed_cb (self, NULL, document);
}

/**
 * byline_form_get_row:
 *
 * Returns: (transfer none) (nullable): the row that edits the top-level
 *   @key
 */
GtkWidget *
byline_form_get_row (BylineForm *self,
                     const char *key)
{
  g_return_val_if_fail (BYLINE_IS_FORM (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "byline-key"), key) == 0)
        return row;
    }

  return NULL;
}

static void
byline_form_dispose (GObject *object)
{
  BylineForm *self = (BylineForm *)object;

  if (self->front_matter != NULL)
    g_clear_signal_handler (&self->text_handler, self->front_matter);
  g_clear_object (&self->front_matter);
  g_clear_object (&self->document);
  g_clear_pointer (&self->shape, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_FORM);

  G_OBJECT_CLASS (byline_form_parent_class)->dispose (object);
}

static void
byline_form_finalize (GObject *object)
{
  BylineForm *self = (BylineForm *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (byline_form_parent_class)->finalize (object);
}

static void
byline_form_class_init (BylineFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_form_dispose;
  object_class->finalize = byline_form_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-form.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, group);
}

static void
byline_form_init (BylineForm *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
