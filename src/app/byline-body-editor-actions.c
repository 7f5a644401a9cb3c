/* byline-body-editor-actions.c: what the body editor's shortcuts do:
 * search, and bold, italic, links and headings in Markdown or HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-body-editor-private.h"
#include "byline-markup.h"

typedef enum {
  FORMAT_BOLD,
  FORMAT_ITALIC,
  FORMAT_LINK,
  FORMAT_HEADING,
} Format;

static void
show_search (BylineBodyEditor *self,
             gboolean          replace)
{
  gtk_revealer_set_reveal_child (self->search_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.hide-search", TRUE);
  byline_search_bar_begin (self->search_bar, replace);
}

/**
 * byline_body_editor_hide_search:
 *
 * Closes the search bar and gives the focus back to the text.
 */
void
byline_body_editor_hide_search (BylineBodyEditor *self)
{
  gtk_revealer_set_reveal_child (self->search_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.hide-search", FALSE);
  byline_search_bar_end (self->search_bar);
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

static void
find_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_search (BYLINE_BODY_EDITOR (widget), g_str_equal (action_name, "editor.replace"));
}

static void
find_next_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BylineBodyEditor *self = BYLINE_BODY_EDITOR (widget);

  byline_search_bar_move (self->search_bar, g_str_equal (action_name, "editor.find-previous"));
}

static void
hide_search_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  byline_body_editor_hide_search (BYLINE_BODY_EDITOR (widget));
}

/* Converts a byte offset into @text to characters past @base. */
static int
offset_after (int         base,
              const char *text,
              gsize       bytes)
{
  return base + g_utf8_strlen (text, bytes);
}

/* Gives the whole lines of the selection to a formatting rule of the
 * core, and makes its change as one step to undo. */
static void
format (BylineBodyEditor *self,
        Format            what,
        guint             level)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  g_auto(BylineMarkupEdit) edit = { 0 };
  g_autofree char *lines = NULL;
  g_autofree char *before_start = NULL;
  g_autofree char *before_end = NULL;
  GtkTextIter start, end, lines_start, lines_end;
  int base, edit_start;

  if (!gtk_text_view_get_editable (GTK_TEXT_VIEW (self->source_view)))
    return;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  lines_start = start;
  gtk_text_iter_set_line_offset (&lines_start, 0);
  lines_end = end;
  if (!gtk_text_iter_ends_line (&lines_end))
    gtk_text_iter_forward_to_line_end (&lines_end);

  lines = gtk_text_iter_get_slice (&lines_start, &lines_end);
  before_start = gtk_text_iter_get_slice (&lines_start, &start);
  before_end = gtk_text_iter_get_slice (&lines_start, &end);

  switch (what)
    {
    case FORMAT_BOLD:
    case FORMAT_ITALIC:
      byline_markup_toggle_style (self->kind, what == FORMAT_BOLD ? BYLINE_MARKUP_BOLD : BYLINE_MARKUP_ITALIC,
                                  lines, strlen (before_start), strlen (before_end), &edit);
      break;
    case FORMAT_LINK:
      byline_markup_insert_link (self->kind, lines, strlen (before_start), strlen (before_end), &edit);
      break;
    case FORMAT_HEADING:
    default:
      byline_markup_toggle_heading (self->kind, level, lines, strlen (before_start), strlen (before_end), &edit);
      break;
    }

  base = gtk_text_iter_get_offset (&lines_start);
  edit_start = offset_after (base, lines, edit.start);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, edit_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset_after (base, lines, edit.end));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, edit.replacement, -1);
  gtk_text_buffer_end_user_action (buffer);

  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset_after (edit_start, edit.replacement, edit.select_start));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset_after (edit_start, edit.replacement, edit.select_end));
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self->source_view), gtk_text_buffer_get_insert (buffer));
}

static void
format_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BylineBodyEditor *self = BYLINE_BODY_EDITOR (widget);

  if (g_str_equal (action_name, "editor.bold"))
    format (self, FORMAT_BOLD, 0);
  else if (g_str_equal (action_name, "editor.italic"))
    format (self, FORMAT_ITALIC, 0);
  else if (g_str_equal (action_name, "editor.link"))
    format (self, FORMAT_LINK, 0);
  else
    format (self, FORMAT_HEADING, CLAMP (g_variant_get_uint32 (parameter), 1, 6));
}

/**
 * byline_body_editor_class_add_actions:
 *
 * Installs the editor's actions and their shortcuts, which work while the
 * focus is in the editor.
 */
void
byline_body_editor_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.find", NULL, find_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.replace", NULL, find_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.find-next", NULL, find_next_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.find-previous", NULL, find_next_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.hide-search", NULL, hide_search_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.bold", NULL, format_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.italic", NULL, format_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.link", NULL, format_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.heading", "u", format_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "editor.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "editor.replace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "editor.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.hide-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "editor.bold", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "editor.italic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "editor.link", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "editor.heading", "u", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "editor.heading", "u", 2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "editor.heading", "u", 3);
}
