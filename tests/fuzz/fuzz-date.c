/* fuzz-date.c: byline_date_parse() on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A date that parses must write itself as ISO 8601 and in its own form
 * again, and what it writes must read back as the same date.
 */

#include "config.h"

#include "byline-date.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
assert_reads_back (const char *text,
                   BylineDate *expected)
{
  g_autoptr(BylineDate) date = byline_date_parse (text, NULL);

  g_assert_nonnull (date);
  g_assert_true (byline_date_equal (date, expected));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(BylineDate) date = NULL;
  g_autoptr(BylineDate) same = NULL;
  g_autoptr(BylineDate) later = NULL;
  g_autoptr(GDateTime) next_day = NULL;
  g_autoptr(GDateTime) resolved = NULL;
  g_autofree char *iso = NULL;

  date = byline_date_parse (text, NULL);
  if (date == NULL)
    return 0;

  iso = byline_date_to_iso8601 (date);
  assert_reads_back (iso, date);

  same = byline_date_with_date_time (date, byline_date_get_date_time (date));
  g_assert_nonnull (same);
  g_assert_cmpstr (byline_date_get_text (same), ==, text);

  next_day = g_date_time_add_seconds (byline_date_get_date_time (date), 90061.5);
  if (next_day != NULL && (later = byline_date_with_date_time (date, next_day)) != NULL)
    {
      g_assert_cmpint (byline_date_get_form (later), ==, byline_date_get_form (date));
      assert_reads_back (byline_date_get_text (later), later);
    }

  resolved = byline_date_resolve (date, NULL);

  return 0;
}
