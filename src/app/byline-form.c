/* byline-form.c
 *
 * The form follows the document's front matter: its rows, its text, its
 * undo history, and what the post's site says about its fields, read in
 * the background.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-edit.h"
#include "byline-form-private.h"

/* What the form's undo history calls a run of keystrokes in the text. */
#define RAW_GROUP "\x01raw"

G_DEFINE_FINAL_TYPE (BylineForm, byline_form, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_HINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (BylineForm *self);

/* Returns: (nullable): the front matter's mapping of keys, when it reads
 * as one */
BylineNode *
byline_form_get_root (BylineForm *self)
{
  BylineNode *root = self->front_matter != NULL ? byline_front_matter_get_root (self->front_matter) : NULL;

  return root != NULL && byline_node_get_kind (root) == BYLINE_NODE_MAPPING ? root : NULL;
}

static void
update_actions (BylineForm *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.undo",
                                 self->history != NULL && byline_front_matter_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.redo",
                                 self->history != NULL && byline_front_matter_history_can_redo (self->history));
}

static void
set_raw_mode (BylineForm *self,
              gboolean    is_raw)
{
  gtk_toggle_button_set_active (self->raw_button, is_raw);
}

static void
refresh (BylineForm *self)
{
  BylineNode *root = byline_form_get_root (self);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->front_matter == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->raw_button), self->front_matter != NULL);

  if (self->front_matter != NULL && root == NULL)
    {
      /* The text does not read: the rows would show stale values. */
      set_raw_mode (self, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->group), FALSE);
      byline_form_update_problems (self);
      update_actions (self);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->group), TRUE);
  byline_form_show_rows (self, root);

  byline_form_update_missing (self);
  byline_form_update_problems (self);
  update_actions (self);
}

static void
text_changed_cb (BylineForm *self)
{
  refresh (self);
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
  g_clear_object (&self->history);

  if (front_matter != NULL)
    {
      self->history = byline_front_matter_history_new (front_matter);
      self->text_handler = g_signal_connect_object (front_matter, "notify::text",
                                                    G_CALLBACK (text_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
    }

  byline_raw_editor_set_front_matter (self->raw_editor, front_matter);
  byline_field_adder_set_hints (self->adder, self->hints, front_matter);
  byline_form_clear_rows (self);
  refresh (self);
}

/* The rows are made again with the site's hints: their kinds, labels
 * and suggestions may all change. A post outside any site keeps its rows,
 * which already follow its values alone. */
static void
set_hints (BylineForm       *self,
           BylineFieldHints *hints)
{
  gboolean knows_more = byline_field_hints_get_site (hints) != NULL ||
                        byline_field_hints_get_site (self->hints) != NULL;

  g_set_object (&self->hints, hints);
  byline_field_adder_set_hints (self->adder, hints, self->front_matter);
  g_clear_pointer (&self->missing_shown, g_free);
  if (knows_more)
    {
      byline_form_clear_rows (self);
      refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HINTS]);
}

static void
hints_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(BylineForm) self = user_data;
  g_autoptr(BylineFieldHints) hints = byline_field_hints_load_finish (result, NULL);

  if (hints != NULL)
    set_hints (self, hints);
}

/* Reads what the post's site says about its fields, in the background;
 * until then the rows follow the values alone. */
static void
load_hints (BylineForm *self)
{
  GFile *file = byline_document_get_file (self->document);
  const char *content_type = self->front_matter != NULL ? byline_front_matter_get_string (self->front_matter, "type") : NULL;

  g_cancellable_cancel (self->hints_cancellable);
  g_clear_object (&self->hints_cancellable);

  if (file == NULL)
    return;

  self->hints_cancellable = g_cancellable_new ();
  byline_field_hints_load_async (file, content_type, self->hints_cancellable,
                                 hints_loaded_cb, g_object_ref (self));
}

static void
post_changed_cb (BylineForm *self)
{
  set_front_matter (self, byline_document_get_front_matter (self->document));
  load_hints (self);
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
  g_signal_connect_object (document, "notify::post", G_CALLBACK (post_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (load_hints), self,
                           G_CONNECT_SWAPPED);
  post_changed_cb (self);
}

/**
 * byline_form_add_field:
 * @key: a top-level key the front matter does not have
 *
 * Adds @key with the value the site offers for it (its schema's default,
 * the present moment for a date, else an empty value) and moves the focus
 * to its row. A post without front matter gets one.
 *
 * Returns: %FALSE when the front matter's language cannot hold the value
 */
gboolean
byline_form_add_field (BylineForm  *self,
                       const char  *key,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BylineNode) value = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  BylineField *field;

  g_return_val_if_fail (BYLINE_IS_FORM (self), FALSE);
  g_return_val_if_fail (key != NULL && *key != '\0', FALSE);

  if (self->front_matter == NULL)
    {
      BylineSite *site = byline_field_hints_get_site (self->hints);

      byline_document_ensure_front_matter (self->document,
                                           site != NULL ? byline_site_get_front_matter_format (site)
                                                        : BYLINE_FORMAT_YAML);
    }

  path = byline_path_join (NULL, key);
  value = byline_field_hints_new_value (self->hints, key, byline_front_matter_get_format (self->front_matter), now);
  byline_front_matter_history_close_step (self->history);

  /* A date the syntax cannot write as a timestamp goes in as text. */
  if (!byline_front_matter_set (self->front_matter, path, value, &local_error) &&
      byline_node_get_kind (value) == BYLINE_NODE_TIMESTAMP)
    {
      g_autoptr(BylineNode) text = byline_node_new_string (byline_node_get_string (value));

      g_clear_error (&local_error);
      byline_front_matter_set (self->front_matter, path, text, &local_error);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if ((field = byline_form_find_field (self, path)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (field));

  return TRUE;
}

/**
 * byline_form_offer_field:
 *
 * Adds @key as byline_form_add_field() does, and tells the writer why
 * when it cannot.
 */
void
byline_form_offer_field (BylineForm *self,
                         const char *key)
{
  g_autoptr(GError) error = NULL;

  if (!byline_form_add_field (self, key, &error))
    byline_field_adder_show_error (self->adder, error->message);
}

static void
adder_add_cb (BylineForm *self,
              const char *key)
{
  byline_form_offer_field (self, key);
}

static void
raw_edited_cb (BylineForm *self,
               const char *text)
{
  byline_front_matter_history_set_group (self->history, RAW_GROUP);
  byline_front_matter_set_text (self->front_matter, text);
  byline_front_matter_history_set_group (self->history, NULL);
}

static void
raw_toggled_cb (BylineForm *self)
{
  gboolean is_raw = gtk_toggle_button_get_active (self->raw_button);

  gtk_stack_set_visible_child_name (self->stack, is_raw ? "raw" : "form");
  if (self->history != NULL)
    byline_front_matter_history_close_step (self->history);
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BylineForm *self = BYLINE_FORM (widget);

  if (self->history != NULL)
    byline_front_matter_history_undo (self->history);
}

static void
redo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BylineForm *self = BYLINE_FORM (widget);

  if (self->history != NULL)
    byline_front_matter_history_redo (self->history);
}

/**
 * byline_form_get_row:
 * @path: a key path, as `title` or `author.name`
 *
 * Returns: (transfer none) (nullable): the row that edits @path
 */
GtkWidget *
byline_form_get_row (BylineForm *self,
                     const char *path)
{
  g_return_val_if_fail (BYLINE_IS_FORM (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return (GtkWidget *) byline_form_find_field (self, path);
}

/**
 * byline_form_get_hints:
 *
 * Returns: (transfer none): what the post's site says about its fields;
 *   hints with nothing known until the site is read
 */
BylineFieldHints *
byline_form_get_hints (BylineForm *self)
{
  g_return_val_if_fail (BYLINE_IS_FORM (self), NULL);

  return self->hints;
}

/**
 * byline_form_get_raw_editor:
 *
 * Returns: (transfer none): the front matter as text
 */
BylineRawEditor *
byline_form_get_raw_editor (BylineForm *self)
{
  g_return_val_if_fail (BYLINE_IS_FORM (self), NULL);

  return self->raw_editor;
}

/**
 * byline_form_is_raw:
 *
 * Whether the front matter shows as text rather than rows.
 */
gboolean
byline_form_is_raw (BylineForm *self)
{
  g_return_val_if_fail (BYLINE_IS_FORM (self), FALSE);

  return gtk_toggle_button_get_active (self->raw_button);
}

/**
 * byline_form_set_raw:
 *
 * Shows the front matter as text, or as rows.
 */
void
byline_form_set_raw (BylineForm *self,
                     gboolean    is_raw)
{
  g_return_if_fail (BYLINE_IS_FORM (self));

  set_raw_mode (self, is_raw);
}

static void
byline_form_dispose (GObject *object)
{
  BylineForm *self = (BylineForm *)object;

  g_cancellable_cancel (self->hints_cancellable);
  g_clear_object (&self->hints_cancellable);
  if (self->front_matter != NULL)
    g_clear_signal_handler (&self->text_handler, self->front_matter);
  g_clear_object (&self->front_matter);
  g_clear_object (&self->history);
  g_clear_object (&self->document);

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_FORM);

  G_OBJECT_CLASS (byline_form_parent_class)->dispose (object);
}

static void
byline_form_finalize (GObject *object)
{
  BylineForm *self = (BylineForm *)object;

  g_clear_object (&self->hints);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->top_rows, g_ptr_array_unref);
  g_clear_pointer (&self->missing_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problems_shown, g_free);
  g_clear_pointer (&self->missing_shown, g_free);

  G_OBJECT_CLASS (byline_form_parent_class)->finalize (object);
}

static void
byline_form_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BylineForm *self = BYLINE_FORM (object);

  switch (prop_id)
    {
    case PROP_HINTS:
      g_value_set_object (value, self->hints);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_form_class_init (BylineFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_form_dispose;
  object_class->finalize = byline_form_finalize;
  object_class->get_property = byline_form_get_property;

  properties[PROP_HINTS] =
    g_param_spec_object ("hints", NULL, NULL,
                         BYLINE_TYPE_FIELD_HINTS,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BYLINE_TYPE_FIELD_ADDER);
  g_type_ensure (BYLINE_TYPE_RAW_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-form.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineForm, add_button);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, adder);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, raw_button);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, stack);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, problem_list);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, empty_label);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, group);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, missing_group);
  gtk_widget_class_bind_template_child (widget_class, BylineForm, raw_editor);

  gtk_widget_class_install_action (widget_class, "form.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "form.redo", NULL, redo_action_cb);
}

static void
byline_form_init (BylineForm *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->fields = g_ptr_array_new ();
  self->top_rows = g_ptr_array_new ();
  self->missing_rows = g_ptr_array_new ();
  self->hints = byline_field_hints_new (NULL, NULL, NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the rows' own text undo: in the form, undo takes back whole
   * front matter edits. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("form.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_y, GDK_CONTROL_MASK)),
                                                          gtk_named_action_new ("form.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->adder, "add", G_CALLBACK (adder_add_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->raw_editor, "edited", G_CALLBACK (raw_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->raw_button, "toggled", G_CALLBACK (raw_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->problem_list, "row-activated",
                           G_CALLBACK (byline_form_problem_activated_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}
