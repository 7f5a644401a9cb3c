/* byline-field-date.c
 *
 * The picker shows the date in the zone it is written in, so the writer
 * sets the wall-clock time the post shows; the core writes the instant
 * back in the same form and zone (an RFC 1123 date stays in GMT).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-field-date.h"
#include "byline-field-edit.h"
#include "byline-site-dates.h"

struct _BylineFieldDate
{
  AdwActionRow   parent_instance;

  BylineNode    *value;
  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkWidget     *time_box;
  GtkSpinButton *hour;
  GtkSpinButton *minute;
  GtkSpinButton *second;
  GtkLabel      *zone;
};

static void field_iface_init (BylineFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineFieldDate, byline_field_date, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_FIELD, field_iface_init))

static char *
describe_zone (BylineDate *date)
{
  GDateTime *date_time = byline_date_get_date_time (date);
  GTimeSpan offset;
  int minutes;

  if (!byline_date_has_zone (date))
    return g_strdup (_("Site’s time zone"));

  offset = g_date_time_get_utc_offset (date_time);
  if (offset == 0)
    return g_strdup ("UTC");

  minutes = (int) (ABS (offset) / G_TIME_SPAN_MINUTE);
  return g_strdup_printf ("UTC%c%02d:%02d", offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

static void
byline_field_date_show_value (BylineField *field,
                              BylineNode  *value)
{
  BylineFieldDate *self = BYLINE_FIELD_DATE (field);
  g_autoptr(BylineDate) date = value != NULL ? byline_node_read_date (value) : NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *zone = NULL;
  GDateTime *shown;

  g_clear_pointer (&self->value, byline_node_unref);
  if (value != NULL)
    self->value = byline_node_copy (value);

  if (date == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _("No date yet"));
      now = g_date_time_new_now_local ();
      shown = now;
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), byline_date_get_text (date));
      shown = byline_date_get_date_time (date);
    }

  gtk_calendar_select_day (self->calendar, shown);
  gtk_spin_button_set_value (self->hour, g_date_time_get_hour (shown));
  gtk_spin_button_set_value (self->minute, g_date_time_get_minute (shown));
  gtk_spin_button_set_value (self->second, g_date_time_get_second (shown));

  zone = date != NULL ? describe_zone (date) : g_date_time_format (shown, "%Z");
  gtk_label_set_text (self->zone, zone);
  gtk_widget_set_visible (self->time_box, date == NULL || byline_date_has_time (date));
}

static void
field_iface_init (BylineFieldInterface *iface)
{
  iface->show_value = byline_field_date_show_value;
}

/* The picked day and time, in the zone of the date being edited. */
static GDateTime *
picked_date_time (BylineFieldDate *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(BylineDate) date = self->value != NULL ? byline_node_read_date (self->value) : NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  GTimeZone *zone = date != NULL ? g_date_time_get_timezone (byline_date_get_date_time (date)) : local;

  return g_date_time_new (zone,
                          g_date_time_get_year (day),
                          g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day),
                          gtk_spin_button_get_value_as_int (self->hour),
                          gtk_spin_button_get_value_as_int (self->minute),
                          gtk_spin_button_get_value_as_int (self->second));
}

static void
picked_cb (BylineFieldDate *self)
{
  g_autoptr(GDateTime) date_time = picked_date_time (self);
  g_autoptr(BylineNode) value = NULL;

  if (date_time == NULL)
    return;

  value = byline_field_date_value (self->value, date_time);
  if (value == NULL)
    {
      /* A key without a date yet gets one in ISO 8601, which every
       * generator reads. */
      g_autoptr(BylineDate) date = byline_date_new (date_time, BYLINE_DATE_FORM_ISO_DATE_TIME);

      if (date == NULL)
        return;
      value = byline_node_new_date (date);
    }

  byline_field_emit_edited (BYLINE_FIELD (self), value, TRUE);
}

/* Shows minutes and seconds with two digits, as clocks do. */
static gboolean
spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkSpinButton *
new_time_spin (BylineFieldDate *self,
               int              upper,
               const char      *label)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, upper, 1));

  gtk_spin_button_set_wrap (spin, TRUE);
  gtk_spin_button_set_numeric (spin, TRUE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (picked_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (self->time_box), GTK_WIDGET (spin));
  return spin;
}

static void
add_separator (BylineFieldDate *self)
{
  GtkWidget *colon = gtk_label_new (":");

  gtk_accessible_update_state (GTK_ACCESSIBLE (colon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (self->time_box), colon);
}

static void
byline_field_date_finalize (GObject *object)
{
  BylineFieldDate *self = (BylineFieldDate *)object;

  g_clear_pointer (&self->value, byline_node_unref);

  G_OBJECT_CLASS (byline_field_date_parent_class)->finalize (object);
}

static void
byline_field_date_class_init (BylineFieldDateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_field_date_finalize;
}

static void
name_arrows (GtkWidget  *widget,
             guint      *n_named)
{
  static const char * const names[] = {
    N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year"),
  };

  if (GTK_IS_BUTTON (widget) && *n_named < G_N_ELEMENTS (names))
    {
      const char *name = _(names[(*n_named)++]);

      gtk_widget_set_tooltip_text (widget, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_arrows (child, n_named);
}

/* GtkCalendar's arrows show an icon and nothing a screen reader can say;
 * GTK adds them in this order: month back and forth, then year. */
static void
name_calendar_arrows (GtkCalendar *calendar)
{
  guint n_named = 0;

  name_arrows (GTK_WIDGET (calendar), &n_named);
}

static void
byline_field_date_init (BylineFieldDate *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day"),
                                  -1);
  name_calendar_arrows (self->calendar);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (picked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));

  self->time_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (self->time_box, GTK_ALIGN_CENTER);
  self->hour = new_time_spin (self, 23, _("Hour"));
  add_separator (self);
  self->minute = new_time_spin (self, 59, _("Minute"));
  add_separator (self);
  self->second = new_time_spin (self, 59, _("Second"));
  self->zone = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->zone), "dim-label");
  gtk_widget_set_margin_start (GTK_WIDGET (self->zone), 6);
  gtk_box_append (GTK_BOX (self->time_box), GTK_WIDGET (self->zone));
  gtk_box_append (GTK_BOX (box), self->time_box);

  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
}

GtkWidget *
byline_field_date_new (const char *path,
                       const char *key,
                       const char *label)
{
  BylineFieldDate *self = g_object_new (BYLINE_TYPE_FIELD_DATE, NULL);
  /* Translators: the button that opens the calendar of a date field. */
  g_autofree char *pick = g_strdup_printf (_("Pick “%s”"), label);

  byline_field_setup (BYLINE_FIELD (self), path, key, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), pick);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pick,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), byline_field_new_remove_button (BYLINE_FIELD (self)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));

  return GTK_WIDGET (self);
}

GtkMenuButton *
byline_field_date_get_button (BylineFieldDate *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_DATE (self), NULL);

  return self->button;
}

GtkCalendar *
byline_field_date_get_calendar (BylineFieldDate *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_DATE (self), NULL);

  return self->calendar;
}

GtkSpinButton *
byline_field_date_get_hour (BylineFieldDate *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_DATE (self), NULL);

  return self->hour;
}
