/* byline-date-parse.c: reading dates in the forms posts use, and
 * remembering where each part is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-date-private.h"
#include "byline-error.h"

typedef struct {
  const char *p;
  BylineDate *date;
  int         values[N_PARTS];
  int         zone_hours;
  int         zone_minutes;
  int         zone_sign;
  gboolean    zone_is_gmt;
} Scanner;

static gsize
skip_blanks (Scanner *s)
{
  gsize n = 0;

  while (s->p[n] == ' ' || s->p[n] == '\t')
    n++;
  s->p += n;
  return n;
}

static gboolean
skip_char (Scanner *s,
           char     c)
{
  if (*s->p != c)
    return FALSE;
  s->p++;
  return TRUE;
}

static gsize
count_digits (const char *p)
{
  gsize n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* Notes where @part is written, and moves past it. */
static void
take_part (Scanner *s,
           Part     part,
           gsize    length,
           int      value)
{
  s->date->parts[part].start = s->p - s->date->text;
  s->date->parts[part].length = length;
  s->values[part] = value;
  s->p += length;
}

static gboolean
read_part (Scanner *s,
           Part     part,
           gsize    min_digits,
           gsize    max_digits)
{
  gsize n = count_digits (s->p);
  int value = 0;

  if (n < min_digits || n > max_digits)
    return FALSE;

  for (gsize i = 0; i < n; i++)
    value = value * 10 + (s->p[i] - '0');

  take_part (s, part, n, value);
  return TRUE;
}

/* Any number of digits; the first six are the microseconds. */
static gboolean
read_fraction (Scanner *s)
{
  gsize n = count_digits (s->p);
  int usec = 0;

  if (n == 0)
    return FALSE;

  for (gsize i = 0; i < 6; i++)
    usec = usec * 10 + (i < n ? s->p[i] - '0' : 0);

  take_part (s, PART_FRACTION, n, usec);
  return TRUE;
}

static gboolean
read_name (Scanner            *s,
           Part                part,
           const char * const *names,
           guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_ascii_strncasecmp (s->p, names[i], 3) == 0 && !g_ascii_isalpha (s->p[3]))
        {
          take_part (s, part, 3, i + 1);
          return TRUE;
        }
    }

  return FALSE;
}

/* H[H]:MM[:SS] */
static gboolean
read_time (Scanner *s)
{
  s->date->has_time = TRUE;

  if (!read_part (s, PART_HOUR, 1, 2) ||
      !skip_char (s, ':') ||
      !read_part (s, PART_MINUTE, 2, 2))
    return FALSE;

  if (skip_char (s, ':') && !read_part (s, PART_SECOND, 2, 2))
    return FALSE;

  return TRUE;
}

/* Z, ±h, ±hh, ±hh:mm, ±hhmm or GMT, UTC, UT, after optional blanks, then
 * the end of the text. US zone names are refused: "CST" means -06:00 to
 * RFC 2822 and China Standard Time to many of the people who write it. */
static gboolean
read_zone (Scanner *s)
{
  gsize n_blanks = skip_blanks (s);
  gsize n;

  if (*s->p == '\0')
    return n_blanks == 0;

  s->date->has_zone = TRUE;

  if (*s->p == 'Z' || *s->p == 'z')
    s->p++;
  else if (*s->p == '+' || *s->p == '-')
    {
      s->zone_sign = *s->p++ == '-' ? -1 : 1;
      n = count_digits (s->p);
      if (n == 4)
        {
          s->zone_hours = (s->p[0] - '0') * 10 + (s->p[1] - '0');
          s->zone_minutes = (s->p[2] - '0') * 10 + (s->p[3] - '0');
          s->p += 4;
        }
      else if (n == 1 || n == 2)
        {
          s->zone_hours = n == 1 ? s->p[0] - '0' : (s->p[0] - '0') * 10 + (s->p[1] - '0');
          s->p += n;
          if (skip_char (s, ':'))
            {
              if (count_digits (s->p) != 2)
                return FALSE;
              s->zone_minutes = (s->p[0] - '0') * 10 + (s->p[1] - '0');
              s->p += 2;
            }
        }
      else
        return FALSE;
    }
  else if (g_str_has_prefix (s->p, "GMT") || g_str_has_prefix (s->p, "UTC"))
    {
      s->zone_is_gmt = s->p[0] == 'G';
      s->p += 3;
    }
  else if (g_str_has_prefix (s->p, "UT"))
    s->p += 2;
  else
    return FALSE;

  return *s->p == '\0';
}

/* 2021-09-02, 2021-9-2 7:05:00.5 +08:00, 2013/7/13 20:46:25, … */
static gboolean
scan_numeric (Scanner *s)
{
  char separator;

  if (!read_part (s, PART_YEAR, 4, 4))
    return FALSE;

  separator = *s->p;
  if (separator != '-' && separator != '/')
    return FALSE;
  s->p++;

  if (!read_part (s, PART_MONTH, 1, 2) ||
      !skip_char (s, separator) ||
      !read_part (s, PART_DAY, 1, 2))
    return FALSE;

  s->date->form = separator == '/' ? BYLINE_DATE_FORM_SLASHED : BYLINE_DATE_FORM_ISO_DATE;
  if (*s->p == '\0')
    return TRUE;

  if (!skip_char (s, 'T') && !skip_char (s, 't') && skip_blanks (s) == 0)
    return FALSE;

  if (!read_time (s))
    return FALSE;

  if (s->date->parts[PART_SECOND].length > 0 && skip_char (s, '.') && !read_fraction (s))
    return FALSE;

  if (separator == '-')
    s->date->form = BYLINE_DATE_FORM_ISO_DATE_TIME;

  return read_zone (s);
}

/* [Thu, ]2 Sep 2021 16:11[:00][ zone] */
static gboolean
scan_textual (Scanner *s)
{
  if (g_ascii_isalpha (*s->p))
    {
      if (!read_name (s, PART_WEEKDAY, byline_weekday_names, G_N_ELEMENTS (byline_weekday_names)) ||
          !skip_char (s, ','))
        return FALSE;
      skip_blanks (s);
    }

  if (!read_part (s, PART_DAY, 1, 2) || skip_blanks (s) == 0 ||
      !read_name (s, PART_MONTH, byline_month_names, G_N_ELEMENTS (byline_month_names)) || skip_blanks (s) == 0 ||
      !read_part (s, PART_YEAR, 4, 4) || skip_blanks (s) == 0 ||
      !read_time (s) ||
      !read_zone (s))
    return FALSE;

  s->date->form = s->zone_is_gmt ? BYLINE_DATE_FORM_RFC1123 : BYLINE_DATE_FORM_RFC2822;
  return TRUE;
}

static void
set_invalid (GError     **error,
             const char  *text,
             const char  *reason_format,
             ...) G_GNUC_PRINTF (3, 4);

static void
set_invalid (GError     **error,
             const char  *text,
             const char  *reason_format,
             ...)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, reason_format);
  reason = g_strdup_vprintf (reason_format, args);
  va_end (args);

  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
               _("“%s” is not a valid date: %s"), valid, reason);
}

static gboolean
check_ranges (const Scanner  *s,
              const char     *text,
              GError        **error)
{
  int year = s->values[PART_YEAR];
  int month = s->values[PART_MONTH];
  int day = s->values[PART_DAY];

  if (year < 1)
    set_invalid (error, text, _("there is no year 0"));
  else if (month < 1 || month > 12)
    set_invalid (error, text, _("there is no month %d"), month);
  else if (day < 1)
    set_invalid (error, text, _("there is no day 0"));
  else if (day > g_date_get_days_in_month (month, year))
    set_invalid (error, text, _("month %d of %d has only %d days"),
                 month, year, g_date_get_days_in_month (month, year));
  else if (s->values[PART_HOUR] > 23)
    set_invalid (error, text, _("there is no hour %d"), s->values[PART_HOUR]);
  else if (s->values[PART_MINUTE] > 59)
    set_invalid (error, text, _("there is no minute %d"), s->values[PART_MINUTE]);
  else if (s->values[PART_SECOND] > 59)
    set_invalid (error, text, _("there is no second %d"), s->values[PART_SECOND]);
  else if (s->zone_hours > 23 || s->zone_minutes > 59)
    set_invalid (error, text, _("no time zone is that far from UTC"));
  else
    return TRUE;

  return FALSE;
}

/* A part written with one digit asks for no padding and one written `0N`
 * asks for it; "12" says neither. */
static int
padding_of (const BylineDate *self,
            Part              part)
{
  const Span *span = &self->parts[part];

  if (span->length == 1)
    return FALSE;
  if (span->length == 2 && self->text[span->start] == '0')
    return TRUE;
  return -1;
}

static gboolean
choose_padding (int own,
                int sibling)
{
  if (own >= 0)
    return own;
  return sibling >= 0 ? sibling : TRUE;
}

/* g_time_zone_new_offset() writes and parses a zone's name each time, and
 * the dates of a site share a few offsets: the zones of whole quarter
 * hours from UTC-12:00 to UTC+14:00 are made once. */
static GTimeZone *
new_offset_zone (gint32 seconds)
{
  static GTimeZone *zones[26 * 4 + 1];
  int slot = seconds / 900 + 12 * 4;
  GTimeZone *zone;

  if (seconds % 900 != 0 || slot < 0 || slot >= (int) G_N_ELEMENTS (zones))
    return g_time_zone_new_offset (seconds);

  if ((zone = g_atomic_pointer_get (&zones[slot])) == NULL)
    {
      zone = g_time_zone_new_offset (seconds);
      if (!g_atomic_pointer_compare_and_exchange (&zones[slot], NULL, zone))
        {
          g_time_zone_unref (zone);
          zone = g_atomic_pointer_get (&zones[slot]);
        }
    }

  return g_time_zone_ref (zone);
}

/**
 * byline_date_parse:
 * @text: a date as a post writes it
 *
 * Reads ISO 8601 and YAML dates (`2021-09-02`, `2021-9-2 7:05:00`,
 * `2021-09-02T16:11:00.5+08:00`, with `T`, `t` or blanks before the time,
 * seconds optional, a zone of `Z`, `±hh`, `±hh:mm`, `±hhmm` or none), Hexo's
 * `2013/7/13 20:46:25` and RFC 1123 and RFC 2822 dates (`Thu, 02 Sep 2021
 * 16:11:00 GMT`, `2 Sep 2021 16:11 +0800`). A date without a zone is
 * floating: the site's time zone says when it is. The weekday of an RFC
 * date is not checked against the date, as generators do not check it.
 *
 * Returns: (transfer full): the date, or %NULL with @error set to
 *   %BYLINE_ERROR_PARSE when @text is no date or names one that does not
 *   exist, such as February 30.
 */
BylineDate *
byline_date_parse (const char  *text,
                   GError     **error)
{
  g_autoptr(BylineDate) self = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  Scanner s = { NULL, NULL, { 0 }, 0, 0, 1, FALSE };
  gboolean scanned;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (BylineDate, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (text);
  s.date = self;
  s.p = self->text;

  if (count_digits (text) == 4 && (text[4] == '-' || text[4] == '/'))
    scanned = scan_numeric (&s);
  else
    scanned = scan_textual (&s);

  if (!scanned)
    {
      set_invalid (error, text,
                   _("write it as 2021-09-02, 2021-09-02 16:11:00 +08:00 or Thu, 02 Sep 2021 16:11:00 GMT"));
      return NULL;
    }

  if (!check_ranges (&s, text, error))
    return NULL;

  if (self->has_zone && (s.zone_hours > 0 || s.zone_minutes > 0))
    zone = new_offset_zone (s.zone_sign * (s.zone_hours * 3600 + s.zone_minutes * 60));
  else
    zone = g_time_zone_new_utc ();

  self->date_time = byline_date_time_new_from_parts (zone, s.values);
  if (self->date_time == NULL)
    {
      set_invalid (error, text, _("it is too far in the past or the future"));
      return NULL;
    }

  self->pad_month = choose_padding (padding_of (self, PART_MONTH), padding_of (self, PART_DAY));
  self->pad_day = choose_padding (padding_of (self, PART_DAY), padding_of (self, PART_MONTH));
  self->pad_hour = choose_padding (padding_of (self, PART_HOUR), -1);

  return g_steal_pointer (&self);
}
