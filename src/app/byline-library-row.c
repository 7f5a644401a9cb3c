/* byline-library-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-library-row.h"

struct _BylineLibraryRow
{
  AdwBin           parent_instance;

  BylinePostEntry *entry;
  char            *accessible_label;

  GtkLabel        *title_label;
  GtkLabel        *draft_badge;
  GtkLabel        *date_label;
  GtkLabel        *category_label;
};

G_DEFINE_FINAL_TYPE (BylineLibraryRow, byline_library_row, ADW_TYPE_BIN)

static void
byline_library_row_dispose (GObject *object)
{
  BylineLibraryRow *self = (BylineLibraryRow *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_LIBRARY_ROW);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (byline_library_row_parent_class)->dispose (object);
}

static void
byline_library_row_class_init (BylineLibraryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_library_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-library-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineLibraryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BylineLibraryRow, draft_badge);
  gtk_widget_class_bind_template_child (widget_class, BylineLibraryRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, BylineLibraryRow, category_label);
}

static void
byline_library_row_init (BylineLibraryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BylineLibraryRow *
byline_library_row_new (void)
{
  return g_object_new (BYLINE_TYPE_LIBRARY_ROW, NULL);
}

/**
 * byline_library_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the post shown
 */
BylinePostEntry *
byline_library_row_get_entry (BylineLibraryRow *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY_ROW (self), NULL);

  return self->entry;
}

/**
 * byline_library_row_get_accessible_label:
 *
 * Returns: (nullable): the post as a screen reader reads it, in one line:
 *   its title, date, first category and whether it is a draft
 */
const char *
byline_library_row_get_accessible_label (BylineLibraryRow *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY_ROW (self), NULL);

  return self->accessible_label;
}

static char *
format_date (GDateTime *date)
{
  if (date == NULL)
    return g_strdup ("");

  /* Translators: a post's date in the library, as g_date_time_format()
   * writes it; “%b %-d, %Y” reads “Sep 2, 2021”. */
  return g_date_time_format (date, _("%b %-d, %Y"));
}

/**
 * byline_library_row_set_entry:
 * @entry: (nullable): the post to show
 */
void
byline_library_row_set_entry (BylineLibraryRow *self,
                              BylinePostEntry  *entry)
{
  g_autofree char *date = NULL;
  g_autoptr(GString) description = NULL;
  const char *category = "";
  gboolean is_draft = FALSE;

  g_return_if_fail (BYLINE_IS_LIBRARY_ROW (self));
  g_return_if_fail (entry == NULL || BYLINE_IS_POST_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;

  if (entry != NULL)
    {
      const char * const *categories = byline_post_entry_get_categories (entry);

      category = categories[0] != NULL ? categories[0] : "";
      is_draft = byline_post_entry_is_draft (entry);
      date = format_date (byline_post_entry_get_date (entry));
    }

  gtk_label_set_text (self->title_label, entry != NULL ? byline_post_entry_get_title (entry) : "");
  gtk_label_set_text (self->date_label, date != NULL ? date : "");
  gtk_label_set_text (self->category_label, category);
  gtk_widget_set_visible (GTK_WIDGET (self->draft_badge), is_draft);

  /* A screen reader reads the row as one line. */
  g_clear_pointer (&self->accessible_label, g_free);
  if (entry == NULL)
    return;

  description = g_string_new (byline_post_entry_get_title (entry));
  if (*date != '\0')
    g_string_append_printf (description, ", %s", date);
  if (*category != '\0')
    g_string_append_printf (description, ", %s", category);
  if (is_draft)
    g_string_append_printf (description, ", %s", gtk_label_get_text (self->draft_badge));
  self->accessible_label = g_string_free (g_steal_pointer (&description), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->accessible_label, -1);
}
