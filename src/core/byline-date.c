/* byline-date.c: the dates posts carry, and new instants written in the
 * form the writer chose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-date-private.h"

G_DEFINE_BOXED_TYPE (BylineDate, byline_date, byline_date_ref, byline_date_unref)

/* Names as RFC 1123 and RFC 2822 write them, never translated. */
const char * const byline_weekday_names[7] = {
  "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
};

const char * const byline_month_names[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* @values holds a date's parts by #Part, the fraction in microseconds.
 * Returns %NULL outside the years 1 to 9999. */
GDateTime *
byline_date_time_new_from_parts (GTimeZone *zone,
                                 const int *values)
{
  g_autoptr(GDateTime) whole = g_date_time_new (zone,
                                                values[PART_YEAR], values[PART_MONTH], values[PART_DAY],
                                                values[PART_HOUR], values[PART_MINUTE], values[PART_SECOND]);

  /* Microseconds are added apart: as a double second they would round. */
  if (whole == NULL || values[PART_FRACTION] == 0)
    return g_steal_pointer (&whole);

  return g_date_time_add (whole, values[PART_FRACTION]);
}

/**
 * byline_date_new:
 * @date_time: the instant, in the zone it is to be written in
 * @form: how to write it
 *
 * Writes @date_time, to the second, in the usual text of @form:
 * `2021-09-02` (the day of @date_time in its own zone),
 * `2021-09-02T16:11:00+08:00` (in its own offset, `Z` for UTC),
 * `Thu, 02 Sep 2021 16:11:00 GMT` (in UTC), `Thu, 2 Sep 2021 16:11:00 +0800`
 * (in its own offset) or `2021/9/2 16:11:00` (floating, its wall-clock time).
 *
 * Returns: (transfer full) (nullable): the date, or %NULL when the instant
 *   falls outside the years 1 to 9999 once written in that zone
 */
BylineDate *
byline_date_new (GDateTime      *date_time,
                 BylineDateForm  form)
{
  g_autoptr(GDateTime) written = NULL;
  g_autofree char *text = NULL;
  const char *weekday;
  int year, month, day, hour, minute, second;
  int offset;

  g_return_val_if_fail (date_time != NULL, NULL);

  /* Offsets with seconds (local mean time before 1900) cannot be written;
   * such an instant is written in UTC. */
  offset = (int) (g_date_time_get_utc_offset (date_time) / G_TIME_SPAN_SECOND);
  if (form == BYLINE_DATE_FORM_RFC1123 || offset % 60 != 0)
    written = g_date_time_to_utc (date_time);
  else
    written = g_date_time_ref (date_time);
  if (written == NULL)
    return NULL;
  offset = (int) (g_date_time_get_utc_offset (written) / G_TIME_SPAN_SECOND);

  g_date_time_get_ymd (written, &year, &month, &day);
  hour = g_date_time_get_hour (written);
  minute = g_date_time_get_minute (written);
  second = g_date_time_get_second (written);
  weekday = byline_weekday_names[g_date_time_get_day_of_week (written) - 1];

  switch (form)
    {
    case BYLINE_DATE_FORM_ISO_DATE:
      text = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      break;
    case BYLINE_DATE_FORM_ISO_DATE_TIME:
      if (offset == 0)
        text = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                                year, month, day, hour, minute, second);
      else
        text = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
                                year, month, day, hour, minute, second,
                                offset < 0 ? '-' : '+', ABS (offset) / 3600, ABS (offset) / 60 % 60);
      break;
    case BYLINE_DATE_FORM_RFC1123:
      text = g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d GMT",
                              weekday, day, byline_month_names[month - 1], year, hour, minute, second);
      break;
    case BYLINE_DATE_FORM_RFC2822:
      text = g_strdup_printf ("%s, %d %s %04d %02d:%02d:%02d %c%02d%02d",
                              weekday, day, byline_month_names[month - 1], year, hour, minute, second,
                              offset < 0 ? '-' : '+', ABS (offset) / 3600, ABS (offset) / 60 % 60);
      break;
    case BYLINE_DATE_FORM_SLASHED:
      text = g_strdup_printf ("%04d/%d/%d %02d:%02d:%02d", year, month, day, hour, minute, second);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return byline_date_parse (text, NULL);
}

BylineDate *
byline_date_ref (BylineDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
byline_date_unref (BylineDate *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->text);
  g_clear_pointer (&self->date_time, g_date_time_unref);
  g_free (self);
}

/**
 * byline_date_get_text:
 *
 * Returns: the date as written in the post, or as Byline wrote it
 */
const char *
byline_date_get_text (const BylineDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

BylineDateForm
byline_date_get_form (const BylineDate *self)
{
  g_return_val_if_fail (self != NULL, BYLINE_DATE_FORM_ISO_DATE);

  return self->form;
}

/**
 * byline_date_has_time:
 *
 * Returns: %FALSE for a day without a time of day, as `2021-09-02`
 */
gboolean
byline_date_has_time (const BylineDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_time;
}

/**
 * byline_date_has_zone:
 *
 * Returns: %FALSE for a floating date, one written without a time zone,
 *   which the site's time zone places in time
 */
gboolean
byline_date_has_zone (const BylineDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_zone;
}

/**
 * byline_date_get_date_time:
 *
 * Returns: (transfer none): the instant, in the zone the date was written
 *   in; for a floating date, its wall-clock time in UTC (see
 *   byline_date_resolve() for the instant); for a day, its midnight
 */
GDateTime *
byline_date_get_date_time (const BylineDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->date_time;
}

/**
 * byline_date_resolve:
 * @site_zone: (nullable): the site's time zone, for a floating date; %NULL
 *   for UTC, as Hugo does without a `timeZone` setting
 *
 * Returns: (transfer full) (nullable): the instant the date names; %NULL
 *   only when a floating date read in @site_zone falls outside the years 1
 *   to 9999
 */
GDateTime *
byline_date_resolve (const BylineDate *self,
                     GTimeZone        *site_zone)
{
  g_autoptr(GTimeZone) utc = NULL;
  int values[N_PARTS] = { 0 };

  g_return_val_if_fail (self != NULL, NULL);

  if (self->has_zone)
    return g_date_time_ref (self->date_time);

  if (site_zone == NULL)
    site_zone = utc = g_time_zone_new_utc ();

  g_date_time_get_ymd (self->date_time, &values[PART_YEAR], &values[PART_MONTH], &values[PART_DAY]);
  values[PART_HOUR] = g_date_time_get_hour (self->date_time);
  values[PART_MINUTE] = g_date_time_get_minute (self->date_time);
  values[PART_SECOND] = g_date_time_get_second (self->date_time);
  values[PART_FRACTION] = g_date_time_get_microsecond (self->date_time);

  return byline_date_time_new_from_parts (site_zone, values);
}

static void
append_number (GString  *out,
               int       value,
               gboolean  padded)
{
  g_string_append_printf (out, padded ? "%02d" : "%d", value);
}

static void
append_part (const BylineDate *self,
             Part              part,
             GDateTime        *date_time,
             GString          *out)
{
  int usec = g_date_time_get_microsecond (date_time);
  gsize digits;

  switch (part)
    {
    case PART_WEEKDAY:
      g_string_append (out, byline_weekday_names[g_date_time_get_day_of_week (date_time) - 1]);
      break;
    case PART_DAY:
      append_number (out, g_date_time_get_day_of_month (date_time), self->pad_day);
      break;
    case PART_MONTH:
      if (self->form == BYLINE_DATE_FORM_RFC1123 || self->form == BYLINE_DATE_FORM_RFC2822)
        g_string_append (out, byline_month_names[g_date_time_get_month (date_time) - 1]);
      else
        append_number (out, g_date_time_get_month (date_time), self->pad_month);
      break;
    case PART_YEAR:
      g_string_append_printf (out, "%04d", g_date_time_get_year (date_time));
      break;
    case PART_HOUR:
      append_number (out, g_date_time_get_hour (date_time), self->pad_hour);
      break;
    case PART_MINUTE:
      append_number (out, g_date_time_get_minute (date_time), TRUE);
      break;
    case PART_SECOND:
      append_number (out, g_date_time_get_second (date_time), TRUE);
      break;
    case PART_FRACTION:
      /* As many digits as were written: cut below, zeros beyond six. */
      digits = self->parts[PART_FRACTION].length;
      for (gsize i = digits; i < 6; i++)
        usec /= 10;
      g_string_append_printf (out, "%0*d", (int) MIN (digits, 6), usec);
      for (gsize i = 6; i < digits; i++)
        g_string_append_c (out, '0');
      break;
    case N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

/* The date's text with each written part replaced by that of @date_time. */
static char *
write_parts (const BylineDate *self,
             GDateTime        *date_time)
{
  GString *out = g_string_new (NULL);
  gsize pos = 0;

  for (;;)
    {
      int next = -1;

      for (int part = 0; part < N_PARTS; part++)
        if (self->parts[part].length > 0 && self->parts[part].start >= pos &&
            (next < 0 || self->parts[part].start < self->parts[next].start))
          next = part;

      if (next < 0)
        break;

      g_string_append_len (out, self->text + pos, self->parts[next].start - pos);
      append_part (self, next, date_time, out);
      pos = self->parts[next].start + self->parts[next].length;
    }

  g_string_append (out, self->text + pos);
  return g_string_free (out, FALSE);
}

/**
 * byline_date_with_date_time:
 * @date_time: the new instant
 *
 * Writes @date_time in the form of @self: the same separators, padding,
 * seconds and fraction digits, weekday or none, and the same zone notation
 * at the same UTC offset (the instant is moved into that offset). A
 * floating date stays floating and takes the wall-clock time of
 * @date_time; a day takes its date. Written to the precision of @self, an
 * unchanged instant gives back @self's text.
 *
 * Returns: (transfer full) (nullable): the new date; %NULL only when the
 *   instant falls outside the years 1 to 9999 in @self's offset
 */
BylineDate *
byline_date_with_date_time (const BylineDate *self,
                            GDateTime        *date_time)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(BylineDate) date = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (date_time != NULL, NULL);

  if (self->has_zone)
    local = g_date_time_to_timezone (date_time, g_date_time_get_timezone (self->date_time));
  else
    local = g_date_time_ref (date_time);
  if (local == NULL)
    return NULL;

  text = write_parts (self, local);
  date = byline_date_parse (text, NULL);

  /* Keep the text exactly as written (a weekday in lower case, nine
   * fraction digits) when the instant did not change. */
  if (date != NULL && byline_date_equal (date, self))
    return byline_date_ref ((BylineDate *) self);

  return g_steal_pointer (&date);
}

/**
 * byline_date_to_iso8601:
 *
 * Returns: (transfer full): the date as ISO 8601: `2021-09-02`,
 *   `2021-09-02T16:11:00Z`, `2021-09-02T16:11:00+08:00`, or for a floating
 *   date `2021-09-02T16:11:00`; fractions of a second as written, to the
 *   microsecond
 */
char *
byline_date_to_iso8601 (const BylineDate *self)
{
  GString *out;
  int usec;
  int offset;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%04d-%02d-%02d",
                          g_date_time_get_year (self->date_time),
                          g_date_time_get_month (self->date_time),
                          g_date_time_get_day_of_month (self->date_time));
  if (!self->has_time)
    return g_string_free (out, FALSE);

  g_string_append_printf (out, "T%02d:%02d:%02d",
                          g_date_time_get_hour (self->date_time),
                          g_date_time_get_minute (self->date_time),
                          g_date_time_get_second (self->date_time));

  usec = g_date_time_get_microsecond (self->date_time);
  if (usec > 0)
    {
      g_string_append_printf (out, ".%06d", usec);
      while (out->str[out->len - 1] == '0')
        g_string_truncate (out, out->len - 1);
    }

  if (!self->has_zone)
    return g_string_free (out, FALSE);

  offset = (int) (g_date_time_get_utc_offset (self->date_time) / G_TIME_SPAN_MINUTE);
  if (offset == 0)
    g_string_append_c (out, 'Z');
  else
    g_string_append_printf (out, "%c%02d:%02d", offset < 0 ? '-' : '+', ABS (offset) / 60, ABS (offset) % 60);

  return g_string_free (out, FALSE);
}

/**
 * byline_date_equal:
 *
 * Returns: %TRUE when @a and @b name the same instant (for floating dates,
 *   the same wall-clock time) and both have, or both lack, a time and a
 *   zone; how they are written does not matter
 */
gboolean
byline_date_equal (const BylineDate *a,
                   const BylineDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->has_time == b->has_time &&
         a->has_zone == b->has_zone &&
         g_date_time_equal (a->date_time, b->date_time);
}

/**
 * byline_date_format_for_reader:
 *
 * Writes @self as the user's language writes dates: an instant in the
 * user's time zone, a date without a zone as the wall-clock time it was
 * written with.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when the date
 *   is out of GLib's range in the user's time zone
 */
char *
byline_date_format_for_reader (const BylineDate *self)
{
  g_autoptr(GDateTime) shown = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (byline_date_has_zone (self))
    shown = g_date_time_to_local (byline_date_get_date_time (self));
  else
    shown = g_date_time_ref (byline_date_get_date_time (self));

  if (shown == NULL)
    return NULL;

  if (byline_date_has_time (self))
    /* Translators: a post's date and time, as the preview shows it; see
     * g_date_time_format() for the codes. */
    return g_date_time_format (shown, C_("post date", "%B %-d, %Y %H:%M"));

  /* Translators: a post's date without a time, as the preview shows it;
   * see g_date_time_format() for the codes. */
  return g_date_time_format (shown, C_("post date", "%B %-d, %Y"));
}
