/* byline-raw-editor.c
 *
 * Every keystroke is reported with the whole text, which the form puts in
 * the front matter (the core keeps a text that does not parse, with its
 * error), so nothing typed is ever lost and the form follows as soon as
 * the text reads again. Edits made elsewhere (the form, undo) come back
 * into the buffer with the cursor kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "byline-error.h"
#include "byline-raw-editor.h"

#define ERROR_CATEGORY "error"

struct _BylineRawEditor
{
  GtkBox             parent_instance;

  BylineFrontMatter *front_matter;
  gulong             text_handler;
  gboolean           is_loading;

  GtkSourceView     *view;
  GtkSourceBuffer   *buffer;
  GtkTextTag        *error_tag;
  GtkLabel          *message;
  guint              error_line;
  guint              error_column;
};

G_DEFINE_FINAL_TYPE (BylineRawEditor, byline_raw_editor, GTK_TYPE_BOX)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
language_id (BylineFormat format)
{
  switch (format)
    {
    case BYLINE_FORMAT_YAML:
      return "yaml";
    case BYLINE_FORMAT_TOML:
      return "toml";
    case BYLINE_FORMAT_JSON:
      return "json";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
clear_error (BylineRawEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->error_tag, &start, &end);
  gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, ERROR_CATEGORY);
  self->error_line = self->error_column = 0;
  gtk_label_set_text (self->message, "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
}

/* Underlines the error from its column to the end of its line and marks
 * the line in the gutter. */
static void
show_error (BylineRawEditor *self,
            const GError    *error)
{
  GtkTextIter start, end;
  g_autofree char *message = NULL;
  guint line = 0, column = 0;

  if (byline_error_get_location (error, &line, &column) && line > 0)
    {
      self->error_line = line;
      self->error_column = MAX (column, 1);

      gtk_text_buffer_get_iter_at_line_offset (GTK_TEXT_BUFFER (self->buffer), &start,
                                               (int) line - 1, (int) self->error_column - 1);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      else if (!gtk_text_iter_starts_line (&start))
        gtk_text_iter_backward_char (&start);
      gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->error_tag, &start, &end);
      gtk_source_buffer_create_source_mark (self->buffer, NULL, ERROR_CATEGORY, &start);

      /* Translators: an error of the front matter text and where it is. */
      message = g_strdup_printf (_("Line %u, column %u: %s"), line, self->error_column, error->message);
    }
  else
    message = g_strdup (error->message);

  gtk_label_set_text (self->message, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
}

static void
update_error (BylineRawEditor *self)
{
  const GError *error = self->front_matter != NULL ? byline_front_matter_get_error (self->front_matter) : NULL;

  clear_error (self);
  if (error != NULL)
    show_error (self, error);
}

static char *
dup_buffer_text (BylineRawEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, TRUE);
}

/* Puts the front matter's text in the buffer, unless it is there. */
static void
load_text (BylineRawEditor *self)
{
  const char *text = self->front_matter != NULL ? byline_front_matter_get_text (self->front_matter) : "";
  g_autofree char *shown = dup_buffer_text (self);

  if (g_strcmp0 (shown, text) != 0)
    {
      GtkTextMark *insert = gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->buffer));
      GtkTextIter iter;
      int offset;

      gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, insert);
      offset = gtk_text_iter_get_offset (&iter);

      self->is_loading = TRUE;
      gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text, -1);
      self->is_loading = FALSE;

      gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &iter, offset);
      gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &iter);
    }

  update_error (self);
}

static void
buffer_changed_cb (BylineRawEditor *self)
{
  g_autofree char *text = NULL;

  if (self->is_loading || self->front_matter == NULL)
    return;

  text = dup_buffer_text (self);
  g_signal_emit (self, signals[EDITED], 0, text);
}

static void
dark_changed_cb (BylineRawEditor *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *manager)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (self->buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static void
byline_raw_editor_dispose (GObject *object)
{
  BylineRawEditor *self = (BylineRawEditor *)object;

  byline_raw_editor_set_front_matter (self, NULL);

  G_OBJECT_CLASS (byline_raw_editor_parent_class)->dispose (object);
}

static void
byline_raw_editor_class_init (BylineRawEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_raw_editor_dispose;

  /**
   * BylineRawEditor::edited:
   * @text: the whole front matter as the writer left it
   */
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
byline_raw_editor_init (BylineRawEditor *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkSourceMarkAttributes) attributes = gtk_source_mark_attributes_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  GdkRGBA error_background;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  self->buffer = gtk_source_buffer_new (NULL);
  /* Undo in the form covers raw edits too, through the front matter's
   * history: a second history here would disagree with it. */
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (self->buffer), FALSE);
  self->error_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), NULL,
                                                "underline", PANGO_UNDERLINE_ERROR,
                                                NULL);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->view = GTK_SOURCE_VIEW (gtk_source_view_new_with_buffer (self->buffer));
  g_object_unref (self->buffer);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_source_view_set_show_line_numbers (self->view, TRUE);
  gtk_source_view_set_show_line_marks (self->view, TRUE);
  gtk_source_view_set_tab_width (self->view, 2);
  gtk_source_view_set_insert_spaces_instead_of_tabs (self->view, TRUE);
  gtk_source_view_set_auto_indent (self->view, TRUE);
  gdk_rgba_parse (&error_background, "rgba(224, 27, 36, 0.12)");
  gtk_source_mark_attributes_set_background (attributes, &error_background);
  gtk_source_mark_attributes_set_icon_name (attributes, "dialog-error-symbolic");
  gtk_source_view_set_mark_attributes (self->view, ERROR_CATEGORY, attributes, 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Front Matter Text"),
                                  -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self), scroller);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_label_set_selectable (self->message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->message), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->message), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->message), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->message), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  dark_changed_cb (self, NULL, style);
}

GtkWidget *
byline_raw_editor_new (void)
{
  return g_object_new (BYLINE_TYPE_RAW_EDITOR, NULL);
}

/**
 * byline_raw_editor_set_front_matter:
 * @front_matter: (nullable): the front matter to edit
 */
void
byline_raw_editor_set_front_matter (BylineRawEditor   *self,
                                    BylineFrontMatter *front_matter)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  g_return_if_fail (BYLINE_IS_RAW_EDITOR (self));

  if (self->front_matter == front_matter)
    return;

  if (self->front_matter != NULL)
    g_clear_signal_handler (&self->text_handler, self->front_matter);
  g_set_object (&self->front_matter, front_matter);

  if (front_matter != NULL)
    {
      const char *id = language_id (byline_front_matter_get_format (front_matter));

      gtk_source_buffer_set_language (self->buffer, gtk_source_language_manager_get_language (languages, id));
      self->text_handler = g_signal_connect_object (front_matter, "notify::text",
                                                    G_CALLBACK (load_text), self,
                                                    G_CONNECT_SWAPPED);
    }

  load_text (self);
}

/**
 * byline_raw_editor_get_view:
 *
 * Returns: (transfer none): the text view
 */
GtkSourceView *
byline_raw_editor_get_view (BylineRawEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_RAW_EDITOR (self), NULL);

  return self->view;
}

/**
 * byline_raw_editor_get_message:
 *
 * Returns: the error shown under the text, or "" when it reads
 */
const char *
byline_raw_editor_get_message (BylineRawEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_RAW_EDITOR (self), NULL);

  return gtk_label_get_text (self->message);
}

/**
 * byline_raw_editor_get_error_location:
 * @line: (out): the 1-based line of the error in the text
 * @column: (out): its 1-based column
 *
 * Returns: whether an error is marked
 */
gboolean
byline_raw_editor_get_error_location (BylineRawEditor *self,
                                      guint           *line,
                                      guint           *column)
{
  g_return_val_if_fail (BYLINE_IS_RAW_EDITOR (self), FALSE);

  *line = self->error_line;
  *column = self->error_column;
  return self->error_line > 0;
}
