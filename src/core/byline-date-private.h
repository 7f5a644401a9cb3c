/* byline-date-private.h: how a date remembers the way it was written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-date.h"

G_BEGIN_DECLS

/* The parts of a written date that a new instant replaces. Everything
 * between them (separators, spacing, the `T`, the zone) is kept as
 * written, which is how an edited date keeps its form. */
typedef enum {
  PART_WEEKDAY,
  PART_DAY,
  PART_MONTH,
  PART_YEAR,
  PART_HOUR,
  PART_MINUTE,
  PART_SECOND,
  PART_FRACTION,
  N_PARTS
} Part;

typedef struct {
  gsize start;
  gsize length;  /* 0 when the part is not written */
} Span;

struct _BylineDate {
  gatomicrefcount  ref_count;
  char            *text;
  BylineDateForm   form;
  /* The instant; for a floating date, its wall-clock time read as UTC. */
  GDateTime       *date_time;
  Span             parts[N_PARTS];
  guint            has_time : 1;
  guint            has_zone : 1;
  /* Whether a new month, day or hour below 10 gets a leading zero. */
  guint            pad_month : 1;
  guint            pad_day : 1;
  guint            pad_hour : 1;
};

/* Names as RFC 1123 and RFC 2822 write them, never translated. */
extern const char * const byline_weekday_names[7];
extern const char * const byline_month_names[12];

GDateTime *byline_date_time_new_from_parts (GTimeZone *zone,
                                            const int *values);

G_END_DECLS
