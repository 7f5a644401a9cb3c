/* byline-completion.c
 *
 * The popover never takes the focus: the writer keeps typing in the entry
 * while Up and Down pick a suggestion and Enter takes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-completion.h"

#define MAX_SUGGESTIONS 8

struct _BylineCompletion
{
  GObject               parent_instance;

  GtkWidget            *entry;
  GtkWidget            *popover;
  GtkListBox           *list;
  BylineCompletionFunc  func;
  gpointer              user_data;
  char                **suggestions;
};

G_DEFINE_FINAL_TYPE (BylineCompletion, byline_completion, G_TYPE_OBJECT)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
byline_completion_dispose (GObject *object)
{
  BylineCompletion *self = (BylineCompletion *)object;

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->entry = NULL;

  G_OBJECT_CLASS (byline_completion_parent_class)->dispose (object);
}

static void
byline_completion_finalize (GObject *object)
{
  BylineCompletion *self = (BylineCompletion *)object;

  g_clear_pointer (&self->suggestions, g_strfreev);

  G_OBJECT_CLASS (byline_completion_parent_class)->finalize (object);
}

static void
byline_completion_class_init (BylineCompletionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_completion_dispose;
  object_class->finalize = byline_completion_finalize;

  /**
   * BylineCompletion::chosen:
   * @value: the suggestion the writer took
   */
  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
byline_completion_init (BylineCompletion *self)
{
}

static void
row_activated_cb (BylineCompletion *self,
                  GtkListBoxRow    *row)
{
  byline_completion_choose (self, (guint) gtk_list_box_row_get_index (row));
}

/* Moves the selection by @step rows, opening the list when it is shut. */
static void
move_selection (BylineCompletion *self,
                int               step)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  int n = (int) byline_completion_get_n_suggestions (self);
  int index;

  if (!gtk_widget_get_visible (self->popover))
    {
      byline_completion_update (self);
      return;
    }

  if (n == 0)
    return;

  index = selected != NULL ? gtk_list_box_row_get_index (selected) + step : (step > 0 ? 0 : n - 1);
  index = CLAMP (index, 0, n - 1);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index));
}

static gboolean
key_pressed_cb (BylineCompletion      *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean is_shown = gtk_widget_get_visible (self->popover);
  GtkListBoxRow *selected;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!is_shown)
        return FALSE;
      move_selection (self, -1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      selected = gtk_list_box_get_selected_row (self->list);
      if (!is_shown || selected == NULL)
        return FALSE;
      byline_completion_choose (self, (guint) gtk_list_box_row_get_index (selected));
      return TRUE;

    case GDK_KEY_Escape:
      if (!is_shown)
        return FALSE;
      byline_completion_hide (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
entry_changed_cb (BylineCompletion *self)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->entry));

  /* Only the writer's typing opens the list, not a value being shown. */
  if (gtk_widget_has_focus (GTK_WIDGET (delegate != NULL ? delegate : GTK_EDITABLE (self->entry))))
    byline_completion_update (self);
}

/**
 * byline_completion_new:
 * @entry: a #GtkEditable widget
 * @func: gives the suggestions for what is typed
 *
 * Returns: (transfer full): a completion that lives as long as @entry
 *   does, or until disposed
 */
BylineCompletion *
byline_completion_new (GtkWidget            *entry,
                       BylineCompletionFunc  func,
                       gpointer              user_data)
{
  BylineCompletion *self;
  GtkEventController *keys;
  GtkWidget *scroller;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_COMPLETION, NULL);
  self->entry = entry;
  self->func = func;
  self->user_data = user_data;

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggestions"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  self->popover = gtk_popover_new ();
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_popover_set_child (GTK_POPOVER (self->popover), scroller);
  gtk_widget_set_parent (self->popover, entry);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, keys);

  g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

/**
 * byline_completion_update:
 *
 * Asks for the suggestions of what the entry holds and shows them, or
 * hides the list when there are none.
 */
void
byline_completion_update (BylineCompletion *self)
{
  GtkWidget *child;

  g_return_if_fail (BYLINE_IS_COMPLETION (self));

  if (self->entry == NULL)
    return;

  g_clear_pointer (&self->suggestions, g_strfreev);
  self->suggestions = self->func (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->user_data);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; self->suggestions[i] != NULL && i < MAX_SUGGESTIONS; i++)
    {
      GtkWidget *label = gtk_label_new (self->suggestions[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->list, label);
    }
  gtk_list_box_unselect_all (self->list);

  if (byline_completion_get_n_suggestions (self) > 0)
    {
      gtk_widget_set_size_request (self->popover, gtk_widget_get_width (self->entry), -1);
      gtk_popover_popup (GTK_POPOVER (self->popover));
    }
  else
    byline_completion_hide (self);
}

void
byline_completion_hide (BylineCompletion *self)
{
  g_return_if_fail (BYLINE_IS_COMPLETION (self));

  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

guint
byline_completion_get_n_suggestions (BylineCompletion *self)
{
  g_return_val_if_fail (BYLINE_IS_COMPLETION (self), 0);

  if (self->suggestions == NULL)
    return 0;

  return MIN (g_strv_length (self->suggestions), MAX_SUGGESTIONS);
}

const char *
byline_completion_get_suggestion (BylineCompletion *self,
                                  guint             index)
{
  g_return_val_if_fail (BYLINE_IS_COMPLETION (self), NULL);
  g_return_val_if_fail (index < byline_completion_get_n_suggestions (self), NULL);

  return self->suggestions[index];
}

/**
 * byline_completion_choose:
 *
 * Takes the suggestion at @index, as a click or Enter on it does.
 */
void
byline_completion_choose (BylineCompletion *self,
                          guint             index)
{
  g_autofree char *value = NULL;

  g_return_if_fail (BYLINE_IS_COMPLETION (self));
  g_return_if_fail (index < byline_completion_get_n_suggestions (self));

  value = g_strdup (self->suggestions[index]);
  byline_completion_hide (self);
  g_signal_emit (self, signals[CHOSEN], 0, value);
}
