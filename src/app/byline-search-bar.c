/* byline-search-bar.c: finding and replacing in the body, plain or with
 * regular expressions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-search-bar.h"

struct _BylineSearchBar
{
  GtkWidget                parent_instance;

  GtkSourceView           *view;
  GtkSourceSearchSettings *settings;
  GtkSourceSearchContext  *context;
  GCancellable            *cancellable;
  gboolean                 is_active;

  /* Template widgets */
  GtkSearchEntry          *search_entry;
  GtkEntry                *replace_entry;
  GtkToggleButton         *replace_button;
  GtkToggleButton         *regex_button;
  GtkToggleButton         *case_button;
  GtkLabel                *status_label;
};

G_DEFINE_FINAL_TYPE (BylineSearchBar, byline_search_bar, GTK_TYPE_WIDGET)

enum {
  STOP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
get_buffer (BylineSearchBar *self)
{
  return self->context != NULL ? GTK_TEXT_BUFFER (gtk_source_search_context_get_buffer (self->context)) : NULL;
}

static void
update_status (BylineSearchBar *self)
{
  g_autofree char *status = NULL;
  GtkTextIter start, end;
  int count;
  int position = 0;

  if (self->context == NULL || !self->is_active ||
      gtk_source_search_settings_get_search_text (self->settings) == NULL)
    {
      gtk_label_set_text (self->status_label, "");
      gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }

  if (gtk_source_search_context_get_regex_error (self->context) != NULL)
    {
      gtk_label_set_text (self->status_label, _("Invalid regular expression"));
      gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");

  /* Still counting. */
  if ((count = gtk_source_search_context_get_occurrences_count (self->context)) < 0)
    return;

  if (gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end))
    position = gtk_source_search_context_get_occurrence_position (self->context, &start, &end);

  if (count == 0)
    status = g_strdup (_("No matches"));
  else if (position > 0)
    /* Translators: the match the cursor is on, and how many there are. */
    status = g_strdup_printf (_("%d of %d"), position, count);
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d match", "%d matches", count), count);

  gtk_label_set_text (self->status_label, status);
}

static void
show_error (BylineSearchBar *self,
            const GError    *error)
{
  gtk_label_set_text (self->status_label, error->message);
}

typedef struct {
  BylineSearchBar *self;
  gboolean         backward;
} SearchRequest;

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SearchRequest *request = user_data;
  g_autoptr(BylineSearchBar) self = request->self;
  GtkSourceSearchContext *context = GTK_SOURCE_SEARCH_CONTEXT (object);
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  gboolean found;

  if (request->backward)
    found = gtk_source_search_context_backward_finish (context, result, &start, &end, NULL, &error);
  else
    found = gtk_source_search_context_forward_finish (context, result, &start, &end, NULL, &error);
  g_free (request);

  if (!found || context != self->context || self->view == NULL)
    return;

  gtk_text_buffer_select_range (get_buffer (self), &start, &end);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view),
                                gtk_text_buffer_get_insert (get_buffer (self)),
                                0.25, FALSE, 0, 0);
}

/* Selects the next match from @from, wrapping around the end. */
static void
search_from (BylineSearchBar   *self,
             const GtkTextIter *from,
             gboolean           backward)
{
  SearchRequest *request;

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  request = g_new0 (SearchRequest, 1);
  request->self = g_object_ref (self);
  request->backward = backward;

  if (backward)
    gtk_source_search_context_backward_async (self->context, from, self->cancellable, search_cb, request);
  else
    gtk_source_search_context_forward_async (self->context, from, self->cancellable, search_cb, request);
}

/**
 * byline_search_bar_move:
 *
 * Selects the next match after the selection, or the one before it.
 */
void
byline_search_bar_move (BylineSearchBar *self,
                        gboolean         backward)
{
  GtkTextIter start, end;

  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  if (self->context == NULL)
    return;

  gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end);
  search_from (self, backward ? &start : &end, backward);
}

/* The text of the entry becomes what is searched for. Plain text may
 * hold `\n` and `\t`, as in GNOME Text Editor. */
static void
apply_search_text (BylineSearchBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *unescaped = NULL;

  if (!gtk_source_search_settings_get_regex_enabled (self->settings))
    text = unescaped = gtk_source_utils_unescape_search_text (text);

  gtk_source_search_settings_set_search_text (self->settings, *text != '\0' ? text : NULL);
}

/* Searches again from the start of the selection, which keeps the match
 * under the cursor while it still matches. */
static void
search_again (BylineSearchBar *self)
{
  GtkTextIter start, end;

  if (self->is_active && self->context != NULL &&
      gtk_source_search_settings_get_search_text (self->settings) != NULL)
    {
      gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end);
      search_from (self, &start, FALSE);
    }
}

static void
search_changed_cb (BylineSearchBar *self)
{
  g_autofree char *before = g_strdup (gtk_source_search_settings_get_search_text (self->settings));

  /* The text a search begins with is no change: selecting its match would
   * take the selection from the entry, where typing is to replace it. */
  apply_search_text (self);
  if (g_strcmp0 (before, gtk_source_search_settings_get_search_text (self->settings)) != 0)
    search_again (self);

  update_status (self);
}

static void
options_changed_cb (BylineSearchBar *self)
{
  apply_search_text (self);
  search_again (self);
  update_status (self);
}

static void
search_activate_cb (BylineSearchBar *self)
{
  byline_search_bar_move (self, FALSE);
}

static void
next_match_cb (BylineSearchBar *self)
{
  byline_search_bar_move (self, FALSE);
}

static void
previous_match_cb (BylineSearchBar *self)
{
  byline_search_bar_move (self, TRUE);
}

static void
stop_search_cb (BylineSearchBar *self)
{
  g_signal_emit (self, signals[STOP], 0);
}

static void
replace (BylineSearchBar *self)
{
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;

  if (self->context == NULL)
    return;

  if (gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end) &&
      gtk_source_search_context_get_occurrence_position (self->context, &start, &end) > 0 &&
      !gtk_source_search_context_replace (self->context, &start, &end, replacement, -1, &error))
    {
      show_error (self, error);
      return;
    }

  search_from (self, &end, FALSE);
}

static void
replace_activate_cb (BylineSearchBar *self)
{
  replace (self);
}

static void
replace_all (BylineSearchBar *self)
{
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  g_autoptr(GError) error = NULL;

  if (self->context == NULL)
    return;

  gtk_source_search_context_replace_all (self->context, replacement, -1, &error);
  if (error != NULL)
    show_error (self, error);
}

static void
move_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  byline_search_bar_move (BYLINE_SEARCH_BAR (widget), g_str_equal (action_name, "search.previous"));
}

static void
replace_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (g_str_equal (action_name, "search.replace-all"))
    replace_all (BYLINE_SEARCH_BAR (widget));
  else
    replace (BYLINE_SEARCH_BAR (widget));
}

static void
close_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[STOP], 0);
}

static void
mark_set_cb (BylineSearchBar *self,
             GtkTextIter     *location,
             GtkTextMark     *mark,
             GtkTextBuffer   *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer) || mark == gtk_text_buffer_get_selection_bound (buffer))
    update_status (self);
}

static void
set_context (BylineSearchBar *self)
{
  GtkTextBuffer *old_buffer = get_buffer (self);

  if (old_buffer != NULL)
    g_signal_handlers_disconnect_by_data (old_buffer, self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  if (self->view == NULL)
    return;

  self->context = gtk_source_search_context_new (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view))),
                                                 self->settings);
  gtk_source_search_context_set_highlight (self->context, self->is_active);

  g_signal_connect_object (self->context, "notify::occurrences-count",
                           G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::regex-error",
                           G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_buffer (self), "mark-set",
                           G_CALLBACK (mark_set_cb), self, G_CONNECT_SWAPPED);
}

static void
byline_search_bar_dispose (GObject *object)
{
  BylineSearchBar *self = (BylineSearchBar *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  byline_search_bar_set_view (self, NULL);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_SEARCH_BAR);
  /* Only the children bound to fields go with the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (byline_search_bar_parent_class)->dispose (object);
}

static void
byline_search_bar_class_init (BylineSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_search_bar_dispose;

  /**
   * BylineSearchBar::stop:
   *
   * The writer is done searching: Escape, or the close button.
   */
  signals[STOP] =
    g_signal_new ("stop",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, replace_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, regex_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, case_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, status_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_activate_cb);

  gtk_widget_class_install_action (widget_class, "search.next", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "search.previous", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "search.replace", NULL, replace_action_cb);
  gtk_widget_class_install_action (widget_class, "search.replace-all", NULL, replace_action_cb);
  gtk_widget_class_install_action (widget_class, "search.close", NULL, close_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_SHIFT_MASK, "search.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_SHIFT_MASK, "search.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "search.close", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
byline_search_bar_init (BylineSearchBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = gtk_source_search_settings_new ();
  gtk_source_search_settings_set_wrap_around (self->settings, TRUE);

  g_object_bind_property (self->settings, "regex-enabled", self->regex_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->settings, "case-sensitive", self->case_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->settings, "notify::regex-enabled",
                           G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::case-sensitive",
                           G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * byline_search_bar_set_view:
 * @view: (nullable): the view to search in
 */
void
byline_search_bar_set_view (BylineSearchBar *self,
                            GtkSourceView   *view)
{
  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));
  g_return_if_fail (view == NULL || GTK_SOURCE_IS_VIEW (view));

  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
    }

  self->view = view;

  if (view != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
      g_signal_connect_object (view, "notify::buffer", G_CALLBACK (set_context), self, G_CONNECT_SWAPPED);
    }

  set_context (self);
}

/**
 * byline_search_bar_begin:
 * @replace: whether to show the replace entry too
 *
 * Starts a search: the selection, when it is one line, becomes the text
 * searched for, and the entry takes the focus.
 */
void
byline_search_bar_begin (BylineSearchBar *self,
                         gboolean         replace)
{
  GtkTextIter start, end;

  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  self->is_active = TRUE;
  if (self->context != NULL)
    gtk_source_search_context_set_highlight (self->context, TRUE);

  if (get_buffer (self) != NULL &&
      gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end) &&
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *selected = gtk_text_iter_get_slice (&start, &end);

      if (gtk_source_search_settings_get_regex_enabled (self->settings))
        {
          g_autofree char *escaped = g_regex_escape_string (selected, -1);

          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), escaped);
        }
      else
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), selected);
    }

  if (replace)
    gtk_toggle_button_set_active (self->replace_button, TRUE);

  if (replace && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->replace_entry));
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
    }

  apply_search_text (self);
  update_status (self);
}

/**
 * byline_search_bar_end:
 *
 * Ends the search: matches are no longer highlighted.
 */
void
byline_search_bar_end (BylineSearchBar *self)
{
  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  self->is_active = FALSE;
  g_cancellable_cancel (self->cancellable);
  if (self->context != NULL)
    gtk_source_search_context_set_highlight (self->context, FALSE);
  update_status (self);
}

/**
 * byline_search_bar_get_context:
 *
 * Returns: (transfer none) (nullable): the search in the view's buffer
 */
GtkSourceSearchContext *
byline_search_bar_get_context (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  return self->context;
}

/**
 * byline_search_bar_get_search_entry:
 *
 * Returns: (transfer none): the entry of the text searched for
 */
GtkEditable *
byline_search_bar_get_search_entry (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/**
 * byline_search_bar_get_replace_entry:
 *
 * Returns: (transfer none): the entry of the replacement
 */
GtkEditable *
byline_search_bar_get_replace_entry (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  return GTK_EDITABLE (self->replace_entry);
}

/**
 * byline_search_bar_get_status:
 *
 * Returns: what the bar says of the search: "3 of 12", "No matches"…
 */
const char *
byline_search_bar_get_status (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  return gtk_label_get_text (self->status_label);
}
