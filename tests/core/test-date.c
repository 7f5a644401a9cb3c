/* test-date.c: reading post dates and writing them back in their own form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "byline-date.h"
#include "byline-error.h"

typedef struct {
  const char     *text;
  BylineDateForm  form;
  gboolean        has_time;
  gboolean        has_zone;
  const char     *iso8601;
} FormCase;

static const FormCase forms[] = {
  { "2021-09-02", BYLINE_DATE_FORM_ISO_DATE, FALSE, FALSE, "2021-09-02" },
  { "2021-9-2", BYLINE_DATE_FORM_ISO_DATE, FALSE, FALSE, "2021-09-02" },
  { "2021-09-02T16:11:00Z", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00Z" },
  { "2021-09-02t16:11:00z", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00Z" },
  { "2021-09-02 16:11:00 +08:00", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00+08:00" },
  { "2021-09-02T16:11:00+0800", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00+08:00" },
  { "2021-09-02T16:11:00+08", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00+08:00" },
  { "2021-09-02T16:11:00-03:30", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00-03:30" },
  { "2021-9-2 7:05:00", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, FALSE, "2021-09-02T07:05:00" },
  { "2021-09-02 16:11", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, FALSE, "2021-09-02T16:11:00" },
  { "2021-09-02\t16:11:00", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, FALSE, "2021-09-02T16:11:00" },
  /* The examples of the YAML 1.1 timestamp type. */
  { "2001-12-14t21:59:43.10-05:00", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2001-12-14T21:59:43.1-05:00" },
  { "2001-12-14 21:59:43.10 -5", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2001-12-14T21:59:43.1-05:00" },
  { "2001-12-15 2:59:43.10", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, FALSE, "2001-12-15T02:59:43.1" },
  { "2021-09-02T16:11:00.123456789Z", BYLINE_DATE_FORM_ISO_DATE_TIME, TRUE, TRUE, "2021-09-02T16:11:00.123456Z" },
  { "2013/7/13 20:46:25", BYLINE_DATE_FORM_SLASHED, TRUE, FALSE, "2013-07-13T20:46:25" },
  { "2013/07/13", BYLINE_DATE_FORM_SLASHED, FALSE, FALSE, "2013-07-13" },
  { "Thu, 02 Sep 2021 16:11:00 GMT", BYLINE_DATE_FORM_RFC1123, TRUE, TRUE, "2021-09-02T16:11:00Z" },
  { "Thu, 2 Sep 2021 16:11:00 +0800", BYLINE_DATE_FORM_RFC2822, TRUE, TRUE, "2021-09-02T16:11:00+08:00" },
  { "2 Sep 2021 16:11:00 +0800", BYLINE_DATE_FORM_RFC2822, TRUE, TRUE, "2021-09-02T16:11:00+08:00" },
  { "Thu, 2 Sep 2021 16:11 -0000", BYLINE_DATE_FORM_RFC2822, TRUE, TRUE, "2021-09-02T16:11:00Z" },
  { "thu, 02 sep 2021 16:11:00 UT", BYLINE_DATE_FORM_RFC2822, TRUE, TRUE, "2021-09-02T16:11:00Z" },
  { "Thu, 02 Sep 2021 16:11:00", BYLINE_DATE_FORM_RFC2822, TRUE, FALSE, "2021-09-02T16:11:00" },
};

static void
test_forms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      const FormCase *c = &forms[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(BylineDate) date = byline_date_parse (c->text, &error);
      g_autofree char *iso = NULL;

      g_test_message ("%s", c->text);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_date_get_text (date), ==, c->text);
      g_assert_cmpint (byline_date_get_form (date), ==, c->form);
      g_assert_cmpint (byline_date_has_time (date), ==, c->has_time);
      g_assert_cmpint (byline_date_has_zone (date), ==, c->has_zone);
      iso = byline_date_to_iso8601 (date);
      g_assert_cmpstr (iso, ==, c->iso8601);
    }
}

/* libsoup reads HTTP dates for the network; Byline must agree with it on
 * every HTTP date it reads too. */
static void
test_agrees_with_libsoup (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      const FormCase *c = &forms[i];
      g_autoptr(BylineDate) date = NULL;
      g_autoptr(GDateTime) soup = NULL;

      if (c->form != BYLINE_DATE_FORM_RFC1123 && c->form != BYLINE_DATE_FORM_RFC2822)
        continue;
      if (!c->has_zone || !(soup = soup_date_time_new_from_http_string (c->text)))
        continue;

      g_test_message ("%s", c->text);
      date = byline_date_parse (c->text, NULL);
      g_assert_true (g_date_time_equal (byline_date_get_date_time (date), soup));
    }
}

/* Written back unchanged, in any zone, a date keeps its bytes. */
static void
test_round_trip (void)
{
  g_autoptr(GTimeZone) elsewhere = g_time_zone_new_offset (-7 * 3600);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(BylineDate) date = byline_date_parse (forms[i].text, NULL);
      g_autoptr(BylineDate) same = NULL;
      g_autoptr(BylineDate) moved = NULL;
      g_autoptr(GDateTime) there = NULL;

      same = byline_date_with_date_time (date, byline_date_get_date_time (date));
      g_assert_cmpstr (byline_date_get_text (same), ==, forms[i].text);

      if (!byline_date_has_zone (date))
        continue;

      there = g_date_time_to_timezone (byline_date_get_date_time (date), elsewhere);
      moved = byline_date_with_date_time (date, there);
      g_assert_cmpstr (byline_date_get_text (moved), ==, forms[i].text);
    }
}

static GDateTime *
new_date_time (int    offset_hours,
               int    year,
               int    month,
               int    day,
               int    hour,
               int    minute,
               double seconds)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (offset_hours * 3600);

  return g_date_time_new (zone, year, month, day, hour, minute, seconds);
}

typedef struct {
  const char *text;
  const char *edited;
} EditCase;

static void
test_edit_keeps_form (void)
{
  /* Each date becomes 2022-01-05 08:03:04.5 UTC (16:03:04.5 at +08:00),
   * or that wall-clock time for a floating date. */
  static const EditCase cases[] = {
    { "Thu, 02 Sep 2021 16:11:00 GMT", "Wed, 05 Jan 2022 08:03:04 GMT" },
    { "Thu, 2 Sep 2021 16:11:00 +0800", "Wed, 5 Jan 2022 16:03:04 +0800" },
    { "2 Sep 2021 16:11 +0800", "5 Jan 2022 16:03 +0800" },
    { "thu, 02 sep 2021 16:11:00 UT", "Wed, 05 Jan 2022 08:03:04 UT" },
    { "2021-09-02", "2022-01-05" },
    { "2021-9-2", "2022-1-5" },
    { "2021-12-12", "2022-01-05" },
    { "2021-12-2", "2022-1-5" },
    { "2021-09-02T16:11:00Z", "2022-01-05T08:03:04Z" },
    { "2021-09-02t16:11:00z", "2022-01-05t08:03:04z" },
    { "2021-09-02 16:11:00 +08:00", "2022-01-05 16:03:04 +08:00" },
    { "2021-09-02T16:11:00+0800", "2022-01-05T16:03:04+0800" },
    { "2021-09-02T16:11:00+08", "2022-01-05T16:03:04+08" },
    { "2021-09-02T16:11:00.120+08:00", "2022-01-05T16:03:04.500+08:00" },
    { "2021-09-02T16:11:00.123456789Z", "2022-01-05T08:03:04.500000000Z" },
    { "2001-12-14 21:59:43.10 -5", "2022-01-05 03:03:04.50 -5" },
    { "2021-9-2 7:05:00", "2022-1-5 8:03:04" },
    { "2021-09-02 16:11", "2022-01-05 08:03" },
    { "2013/7/13 20:46:25", "2022/1/5 08:03:04" },
  };
  g_autoptr(GDateTime) instant = new_date_time (8, 2022, 1, 5, 16, 3, 4.5);
  g_autoptr(GDateTime) wall_clock = new_date_time (0, 2022, 1, 5, 8, 3, 4.5);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineDate) date = byline_date_parse (cases[i].text, NULL);
      g_autoptr(BylineDate) edited = NULL;
      GDateTime *new_value = byline_date_has_zone (date) ? instant : wall_clock;

      g_test_message ("%s", cases[i].text);
      edited = byline_date_with_date_time (date, new_value);
      g_assert_cmpstr (byline_date_get_text (edited), ==, cases[i].edited);
      g_assert_cmpint (byline_date_get_form (edited), ==, byline_date_get_form (date));
      g_assert_cmpint (byline_date_has_zone (edited), ==, byline_date_has_zone (date));
    }
}

/* The sample post's date, moved by the writer in the app's local time,
 * stays an RFC 1123 date in GMT. */
static void
test_edit_sample_date (void)
{
  g_autoptr(BylineDate) date = byline_date_parse ("Thu, 02 Sep 2021 16:11:00 GMT", NULL);
  g_autoptr(GDateTime) shanghai = new_date_time (8, 2021, 9, 3, 9, 30, 0);
  g_autoptr(BylineDate) edited = byline_date_with_date_time (date, shanghai);
  g_autofree char *iso = byline_date_to_iso8601 (edited);

  g_assert_cmpstr (byline_date_get_text (edited), ==, "Fri, 03 Sep 2021 01:30:00 GMT");
  g_assert_cmpint (byline_date_get_form (edited), ==, BYLINE_DATE_FORM_RFC1123);
  g_assert_cmpstr (iso, ==, "2021-09-03T01:30:00Z");
}

/* A floating date takes the wall-clock time it is given, whatever zone that
 * time was read in, and stays without a zone. */
static void
test_edit_floating (void)
{
  g_autoptr(BylineDate) date = byline_date_parse ("2021-09-02 16:11:00", NULL);
  g_autoptr(GDateTime) value = new_date_time (5, 2021, 9, 2, 10, 0, 0);
  g_autoptr(BylineDate) edited = byline_date_with_date_time (date, value);

  g_assert_cmpstr (byline_date_get_text (edited), ==, "2021-09-02 10:00:00");
  g_assert_false (byline_date_has_zone (edited));
}

static void
test_new (void)
{
  static const struct {
    BylineDateForm form;
    const char *text;
  } cases[] = {
    { BYLINE_DATE_FORM_ISO_DATE, "2021-09-03" },
    { BYLINE_DATE_FORM_ISO_DATE_TIME, "2021-09-03T07:05:09+08:00" },
    { BYLINE_DATE_FORM_RFC1123, "Thu, 02 Sep 2021 23:05:09 GMT" },
    { BYLINE_DATE_FORM_RFC2822, "Fri, 3 Sep 2021 07:05:09 +0800" },
    { BYLINE_DATE_FORM_SLASHED, "2021/9/3 07:05:09" },
  };
  g_autoptr(GDateTime) value = new_date_time (8, 2021, 9, 3, 7, 5, 9);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (value);
  g_autoptr(BylineDate) in_utc = byline_date_new (utc, BYLINE_DATE_FORM_ISO_DATE_TIME);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineDate) date = byline_date_new (value, cases[i].form);

      g_assert_cmpstr (byline_date_get_text (date), ==, cases[i].text);
      g_assert_cmpint (byline_date_get_form (date), ==, cases[i].form);
    }

  g_assert_cmpstr (byline_date_get_text (in_utc), ==, "2021-09-02T23:05:09Z");
}

static void
assert_invalid (const char *text,
                const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineDate) date = byline_date_parse (text, &error);

  g_test_message ("%s", text);
  g_assert_null (date);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, text));
  g_assert_nonnull (strstr (error->message, reason));
}

static void
test_invalid (void)
{
  assert_invalid ("2021-13-02", "there is no month 13");
  assert_invalid ("2021-00-02", "there is no month 0");
  assert_invalid ("2021-02-30", "month 2 of 2021 has only 28 days");
  assert_invalid ("2021-09-31 10:00", "month 9 of 2021 has only 30 days");
  assert_invalid ("2021-09-00", "there is no day 0");
  assert_invalid ("2021-09-02 25:00:00", "there is no hour 25");
  assert_invalid ("2021-09-02 24:00", "there is no hour 24");
  assert_invalid ("2021-09-02 16:60", "there is no minute 60");
  assert_invalid ("2021-09-02 16:11:61", "there is no second 61");
  assert_invalid ("0000-01-01", "there is no year 0");
  assert_invalid ("2021-09-02T16:11:00+25:00", "no time zone");
  assert_invalid ("Thu, 31 Sep 2021 16:11:00 GMT", "month 9 of 2021 has only 30 days");

  /* Not dates at all, or with something left over. */
  assert_invalid ("", "write it as");
  assert_invalid ("yesterday", "write it as");
  assert_invalid ("2021-09-02 ", "write it as");
  assert_invalid ("2021-09-02T", "write it as");
  assert_invalid ("2021-09/02", "write it as");
  assert_invalid ("21-09-02", "write it as");
  assert_invalid ("2021-09-02 16:11:00 CST", "write it as");
  assert_invalid ("2021-09-02 16:11:00.", "write it as");
  assert_invalid ("2021-09-02 16:11:00+123", "write it as");
  assert_invalid ("Thursday, 02 Sep 2021 16:11:00 GMT", "write it as");
  assert_invalid ("Thu, 02 Sep 2021 16:11:00 GMT trailing", "write it as");
}

static void
test_leap_years (void)
{
  const char *leap[] = { "2020-02-29", "2000-02-29", "2024-2-29 12:00", "Sat, 29 Feb 2020 00:00:00 GMT" };
  const char *common[] = { "2021-02-29", "1900-02-29", "2100-02-29 12:00" };

  for (guint i = 0; i < G_N_ELEMENTS (leap); i++)
    {
      g_autoptr(BylineDate) date = byline_date_parse (leap[i], NULL);

      g_assert_nonnull (date);
      g_assert_cmpint (g_date_time_get_day_of_month (byline_date_get_date_time (date)), ==, 29);
    }

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    assert_invalid (common[i], "has only 28 days");
}

/* A post written at 07:00 in China is dated the day before in UTC; the
 * site's zone, not UTC, says which day a floating date is. */
static void
test_zones (void)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_offset (8 * 3600);
  g_autoptr(BylineDate) zoned = byline_date_parse ("2021-09-02 07:00:00 +08:00", NULL);
  g_autoptr(BylineDate) floating = byline_date_parse ("2021-09-02 07:00:00", NULL);
  g_autoptr(BylineDate) day = byline_date_parse ("2021-09-02", NULL);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (byline_date_get_date_time (zoned));
  g_autoptr(GDateTime) in_china = byline_date_resolve (floating, china);
  g_autoptr(GDateTime) in_utc = byline_date_resolve (floating, NULL);
  g_autoptr(GDateTime) zoned_resolved = byline_date_resolve (zoned, NULL);
  g_autoptr(GDateTime) day_in_china = byline_date_resolve (day, china);
  g_autofree char *iso = byline_date_to_iso8601 (zoned);

  g_assert_cmpstr (iso, ==, "2021-09-02T07:00:00+08:00");
  g_assert_cmpint (g_date_time_get_day_of_month (byline_date_get_date_time (zoned)), ==, 2);
  g_assert_cmpint (g_date_time_get_day_of_month (utc), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 23);

  g_assert_true (g_date_time_equal (in_china, byline_date_get_date_time (zoned)));
  g_assert_cmpint (g_date_time_get_day_of_month (in_china), ==, 2);
  g_assert_cmpint (g_date_time_difference (in_utc, in_china), ==, 8 * G_TIME_SPAN_HOUR);
  g_assert_true (g_date_time_equal (zoned_resolved, byline_date_get_date_time (zoned)));

  g_assert_cmpint (g_date_time_get_day_of_month (day_in_china), ==, 2);
  g_assert_cmpint (g_date_time_get_hour (day_in_china), ==, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (day_in_china), ==, 8 * G_TIME_SPAN_HOUR);
}

static void
test_equal (void)
{
  g_autoptr(BylineDate) iso = byline_date_parse ("2021-09-02T16:11:00Z", NULL);
  g_autoptr(BylineDate) http = byline_date_parse ("Thu, 02 Sep 2021 16:11:00 GMT", NULL);
  g_autoptr(BylineDate) china = byline_date_parse ("2021-09-03 00:11:00 +08:00", NULL);
  g_autoptr(BylineDate) floating = byline_date_parse ("2021-09-02 16:11:00", NULL);
  g_autoptr(BylineDate) midnight = byline_date_parse ("2021-09-02 00:00", NULL);
  g_autoptr(BylineDate) day = byline_date_parse ("2021-09-02", NULL);

  g_assert_true (byline_date_equal (iso, http));
  g_assert_true (byline_date_equal (iso, china));
  g_assert_false (byline_date_equal (iso, floating));
  g_assert_false (byline_date_equal (day, midnight));
  g_assert_true (byline_date_equal (day, day));
}

/* The preview's header: a date as the reader's language writes it, a
 * date without a zone at the time it was written with. */
static void
test_format_for_reader (void)
{
  g_autoptr(BylineDate) floating = byline_date_parse ("2021-09-02 16:11:00", NULL);
  g_autoptr(BylineDate) day = byline_date_parse ("2021-09-02", NULL);
  g_autofree char *floating_text = byline_date_format_for_reader (floating);
  g_autofree char *day_text = byline_date_format_for_reader (day);

  g_assert_cmpstr (floating_text, ==, "September 2, 2021 16:11");
  g_assert_cmpstr (day_text, ==, "September 2, 2021");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/forms", test_forms);
  g_test_add_func ("/date/agrees-with-libsoup", test_agrees_with_libsoup);
  g_test_add_func ("/date/round-trip", test_round_trip);
  g_test_add_func ("/date/edit/keeps-form", test_edit_keeps_form);
  g_test_add_func ("/date/edit/sample", test_edit_sample_date);
  g_test_add_func ("/date/edit/floating", test_edit_floating);
  g_test_add_func ("/date/new", test_new);
  g_test_add_func ("/date/invalid", test_invalid);
  g_test_add_func ("/date/leap-years", test_leap_years);
  g_test_add_func ("/date/zones", test_zones);
  g_test_add_func ("/date/equal", test_equal);
  g_test_add_func ("/date/format-for-reader", test_format_for_reader);

  return g_test_run ();
}
