/* byline-field-adder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-field-adder.h"

struct _BylineFieldAdder
{
  GtkPopover         parent_instance;

  BylineFieldHints  *hints;
  BylineFrontMatter *front_matter;

  GtkEntry          *entry;
  GtkListBox        *list;
  GtkLabel          *message;
};

G_DEFINE_FINAL_TYPE (BylineFieldAdder, byline_field_adder, GTK_TYPE_POPOVER)

enum {
  ADD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static BylineNode *
root (BylineFieldAdder *self)
{
  return self->front_matter != NULL ? byline_front_matter_get_root (self->front_matter) : NULL;
}

static void
show_message (BylineFieldAdder *self,
              const char       *message)
{
  gtk_label_set_text (self->message, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
}

static void
update_suggestions (BylineFieldAdder *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_auto(GStrv) keys = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (self->hints == NULL)
    return;

  keys = byline_field_hints_suggest_keys (self->hints, root (self), typed);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (keys[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (self->list, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), keys[0] != NULL);
}

/* Asks for a field named @key; a key the front matter has already is
 * refused with a message. */
static void
add_key (BylineFieldAdder *self,
         const char       *key)
{
  BylineNode *node;

  node = root (self);
  if (node != NULL && byline_node_find_key (node, key) >= 0)
    {
      g_autofree char *message = g_strdup_printf (_("There is a “%s” already"), key);

      show_message (self, message);
      return;
    }

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[ADD], 0, key);
}

static void
entry_changed_cb (BylineFieldAdder *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  update_suggestions (self);
}

static void
entry_activate_cb (BylineFieldAdder *self)
{
  g_autofree char *key = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  if (*key != '\0')
    add_key (self, key);
}

static void
row_activated_cb (BylineFieldAdder *self,
                  GtkListBoxRow    *row)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  add_key (self, gtk_label_get_text (GTK_LABEL (label)));
}

static void
show_cb (BylineFieldAdder *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  update_suggestions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
byline_field_adder_dispose (GObject *object)
{
  BylineFieldAdder *self = (BylineFieldAdder *)object;

  g_clear_object (&self->hints);
  g_clear_object (&self->front_matter);

  G_OBJECT_CLASS (byline_field_adder_parent_class)->dispose (object);
}

static void
byline_field_adder_class_init (BylineFieldAdderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_field_adder_dispose;

  /**
   * BylineFieldAdder::add:
   * @key: the key of the field to add; the front matter has none yet
   */
  signals[ADD] =
    g_signal_new ("add",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
byline_field_adder_init (BylineFieldAdder *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Key"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Key of the new field"),
                                  -1);
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (entry_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Keys the site uses"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_widget_set_size_request (box, 220, -1);
  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect (self, "show", G_CALLBACK (show_cb), NULL);
}

GtkWidget *
byline_field_adder_new (void)
{
  return g_object_new (BYLINE_TYPE_FIELD_ADDER, NULL);
}

/**
 * byline_field_adder_set_hints:
 * @front_matter: (nullable): the front matter fields are added to
 */
void
byline_field_adder_set_hints (BylineFieldAdder  *self,
                              BylineFieldHints  *hints,
                              BylineFrontMatter *front_matter)
{
  g_return_if_fail (BYLINE_IS_FIELD_ADDER (self));
  g_return_if_fail (BYLINE_IS_FIELD_HINTS (hints));

  g_set_object (&self->hints, hints);
  g_set_object (&self->front_matter, front_matter);
}

/**
 * byline_field_adder_show_error:
 *
 * Opens the popover again with @message, for a field that could not be
 * added.
 */
void
byline_field_adder_show_error (BylineFieldAdder *self,
                               const char       *message)
{
  g_return_if_fail (BYLINE_IS_FIELD_ADDER (self));
  g_return_if_fail (message != NULL);

  gtk_popover_popup (GTK_POPOVER (self));
  show_message (self, message);
}
