/* byline-spell-adapter-menu.c: the corrections of a misspelled word in
 * the text view's context menu, and "Add to Dictionary"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-spell-adapter-private.h"

static char *
dup_menu_word (BylineSpellAdapter *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->word_end);
  return gtk_text_iter_get_slice (&start, &end);
}

static void
correct_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BylineSpellAdapter *self = user_data;
  g_autofree char *word = dup_menu_word (self);
  GtkTextIter start, end;

  /* The text may have changed since the menu was made. */
  if (self->menu_word == NULL || g_strcmp0 (word, self->menu_word) != 0)
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->word_end);

  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  gtk_text_buffer_insert (self->buffer, &start, g_variant_get_string (parameter, NULL), -1);
  gtk_text_buffer_end_user_action (self->buffer);
}

static void
add_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  BylineSpellAdapter *self = user_data;

  if (self->menu_word != NULL)
    byline_spell_checker_add_word (self->checker, self->menu_word, -1);
}

static void
ignore_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BylineSpellAdapter *self = user_data;

  if (self->menu_word != NULL)
    byline_spell_checker_ignore_word (self->checker, self->menu_word, -1);
}

static const GActionEntry spelling_actions[] = {
  { "correct", correct_action_cb, "s" },
  { "add", add_action_cb },
  { "ignore", ignore_action_cb },
};

/* A right click shows the corrections of the word under the pointer, and
 * puts the cursor there unless it falls inside the selection. */
static void
secondary_pressed_cb (BylineSpellAdapter *self,
                      int                 n_press,
                      double              x,
                      double              y,
                      GtkGestureClick    *gesture)
{
  GtkTextIter iter, selection_start, selection_end;
  int buffer_x, buffer_y;

  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
  gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y);

  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &selection_start, &selection_end) ||
      !gtk_text_iter_in_range (&iter, &selection_start, &selection_end))
    gtk_text_buffer_select_range (self->buffer, &iter, &iter);

  byline_spell_adapter_update_menu (self, &iter);
}

static gboolean
key_pressed_cb (BylineSpellAdapter    *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkTextIter cursor;

  if (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK) != 0))
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor, gtk_text_buffer_get_insert (self->buffer));
      byline_spell_adapter_update_menu (self, &cursor);
    }

  return GDK_EVENT_PROPAGATE;
}

/**
 * byline_spell_adapter_init_menu:
 *
 * Gives the view the corrections' actions, and updates them on a right
 * click or the menu key, before the view shows its context menu.
 */
void
byline_spell_adapter_init_menu (BylineSpellAdapter *self)
{
  GtkGesture *gesture;
  GtkEventController *keys;

  self->menu = g_menu_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), spelling_actions,
                                   G_N_ELEMENTS (spelling_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self->view), "spelling", G_ACTION_GROUP (self->actions));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (secondary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (gesture));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
}

/**
 * byline_spell_adapter_get_menu_model:
 *
 * Returns: (transfer none): the corrections of the word last asked about
 *   with byline_spell_adapter_update_menu(), for the view's extra menu
 */
GMenuModel *
byline_spell_adapter_get_menu_model (BylineSpellAdapter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_ADAPTER (self), NULL);

  return G_MENU_MODEL (self->menu);
}

/**
 * byline_spell_adapter_update_menu:
 *
 * Fills the menu with the corrections of the misspelled word at @iter,
 * "Add to Dictionary" and "Ignore"; empties it when no misspelled word is
 * there.
 */
void
byline_spell_adapter_update_menu (BylineSpellAdapter *self,
                                  const GtkTextIter  *iter)
{
  g_autoptr(GMenu) corrections = NULL;
  g_autoptr(GMenu) choices = NULL;
  g_auto(GStrv) suggestions = NULL;
  GtkTextIter start = *iter;
  GtkTextIter end = *iter;

  g_return_if_fail (BYLINE_IS_SPELL_ADAPTER (self));

  g_menu_remove_all (self->menu);
  g_clear_pointer (&self->menu_word, g_free);

  /* The cursor right after a word is still on it. */
  if (!gtk_text_iter_has_tag (&start, self->tag) && !gtk_text_iter_starts_tag (&start, self->tag))
    {
      if (!gtk_text_iter_backward_char (&start) || !gtk_text_iter_has_tag (&start, self->tag))
        return;
      end = start;
    }

  if (!gtk_text_iter_starts_tag (&start, self->tag))
    gtk_text_iter_backward_to_tag_toggle (&start, self->tag);
  gtk_text_iter_forward_to_tag_toggle (&end, self->tag);

  gtk_text_buffer_move_mark (self->buffer, self->word_start, &start);
  gtk_text_buffer_move_mark (self->buffer, self->word_end, &end);
  self->menu_word = gtk_text_iter_get_slice (&start, &end);

  corrections = g_menu_new ();
  suggestions = byline_spell_checker_suggest (self->checker, self->menu_word, -1);
  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target_value (item, "spelling.correct", g_variant_new_string (suggestions[i]));
      g_menu_append_item (corrections, item);
    }

  choices = g_menu_new ();
  g_menu_append (choices, _("_Add to Dictionary"), "spelling.add");
  g_menu_append (choices, _("_Ignore"), "spelling.ignore");

  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (corrections));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (choices));
}
