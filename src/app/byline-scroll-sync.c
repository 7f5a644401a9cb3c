/* byline-scroll-sync.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-scroll-sync.h"

/*
 * The side the writer works in leads: scrolling the editor or moving its
 * cursor scrolls the preview to the same block, and clicking a block of
 * the preview puts the editor's cursor at its line. The editor leads while
 * it has the keyboard focus or the pointer, so that the editor following a
 * click in the preview does not send the preview elsewhere in turn.
 *
 * Both sides count lines of the file: the preview's blocks carry them, and
 * the editor's buffer holds the body, which starts at the body line.
 */

struct _BylineScrollSync
{
  GObject             parent_instance;

  BylineDocument     *document;
  GtkSourceView      *source_view;
  BylinePreview      *preview;
  GtkEventController *motion;
  gboolean            is_pointer_in_source;
};

G_DEFINE_FINAL_TYPE (BylineScrollSync, byline_scroll_sync, G_TYPE_OBJECT)

static guint
get_body_line (BylineScrollSync *self)
{
  return byline_post_get_body_line (byline_document_get_post (self->document));
}

static gboolean
does_source_lead (BylineScrollSync *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self->source_view));

  return self->is_pointer_in_source ||
         (GTK_IS_WINDOW (root) && gtk_window_get_focus (GTK_WINDOW (root)) == GTK_WIDGET (self->source_view));
}

/* The line at the top of the editor, with how far into it the top is. */
static void
source_scrolled_cb (BylineScrollSync *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->source_view);
  GdkRectangle visible;
  GtkTextIter iter;
  int line_top;
  int line_height;
  double fraction = 0.0;

  if (!does_source_lead (self))
    return;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &iter, visible.y, &line_top);
  gtk_text_view_get_line_yrange (view, &iter, &line_top, &line_height);
  if (line_height > 0)
    fraction = CLAMP ((double) (visible.y - line_top) / line_height, 0.0, 1.0);

  byline_preview_scroll_to_line (self->preview, get_body_line (self) + gtk_text_iter_get_line (&iter) + fraction, 0.0);
}

/* The cursor's line, shown where the cursor shows in the editor, or a
 * third of the way down when the editor does not show it; low enough for
 * the block to show. Typing moves the cursor without setting it, and
 * scrolls nothing. */
static void
mark_set_cb (BylineScrollSync *self,
             GtkTextIter      *location,
             GtkTextMark      *mark,
             GtkTextBuffer    *buffer)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->source_view);
  GdkRectangle visible;
  GdkRectangle cursor;
  double position = 1.0 / 3;

  if (mark != gtk_text_buffer_get_insert (buffer) || !does_source_lead (self))
    return;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, location, &cursor);
  if (cursor.y >= visible.y && cursor.y < visible.y + visible.height)
    position = MIN ((double) (cursor.y - visible.y) / visible.height, 0.75);

  byline_preview_scroll_to_line (self->preview, get_body_line (self) + gtk_text_iter_get_line (location), position);
}

static void
line_activated_cb (BylineScrollSync *self,
                   guint             line,
                   double            position)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  guint body_line = get_body_line (self);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line > body_line ? line - body_line : 0);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->source_view), gtk_text_buffer_get_insert (buffer),
                                0.0, TRUE, 0.0, CLAMP (position, 0.0, 1.0));
}

static void
pointer_entered_cb (BylineScrollSync *self)
{
  self->is_pointer_in_source = TRUE;
}

static void
pointer_left_cb (BylineScrollSync *self)
{
  self->is_pointer_in_source = FALSE;
}

static void
byline_scroll_sync_dispose (GObject *object)
{
  BylineScrollSync *self = (BylineScrollSync *)object;

  if (self->motion != NULL)
    gtk_widget_remove_controller (gtk_event_controller_get_widget (self->motion), self->motion);
  self->motion = NULL;
  g_clear_object (&self->document);
  g_clear_object (&self->source_view);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (byline_scroll_sync_parent_class)->dispose (object);
}

static void
byline_scroll_sync_class_init (BylineScrollSyncClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_scroll_sync_dispose;
}

static void
byline_scroll_sync_init (BylineScrollSync *self)
{
}

/**
 * byline_scroll_sync_new:
 * @source_view: the editor of @document's body, in a scrolled window
 *
 * Returns: (transfer full): an object that keeps @source_view and
 *   @preview on the same part of the post while it lives
 */
BylineScrollSync *
byline_scroll_sync_new (BylineDocument *document,
                        GtkSourceView  *source_view,
                        BylinePreview  *preview)
{
  BylineScrollSync *self;
  GtkAdjustment *adjustment;
  GtkWidget *scroller;

  g_return_val_if_fail (BYLINE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (GTK_SOURCE_IS_VIEW (source_view), NULL);
  g_return_val_if_fail (BYLINE_IS_PREVIEW (preview), NULL);

  self = g_object_new (BYLINE_TYPE_SCROLL_SYNC, NULL);
  self->document = g_object_ref (document);
  self->source_view = g_object_ref (source_view);
  self->preview = g_object_ref (preview);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (source_view));
  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (source_scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (source_view)), "mark-set",
                           G_CALLBACK (mark_set_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (preview, "line-activated",
                           G_CALLBACK (line_activated_cb), self, G_CONNECT_SWAPPED);

  /* The scrolled window, so that its scroll bars count as the editor. */
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (source_view), GTK_TYPE_SCROLLED_WINDOW);
  self->motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (self->motion, "enter", G_CALLBACK (pointer_entered_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->motion, "leave", G_CALLBACK (pointer_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (scroller != NULL ? scroller : GTK_WIDGET (source_view), self->motion);

  return self;
}
