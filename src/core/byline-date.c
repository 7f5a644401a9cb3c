/* byline-date.c: placeholder until dates land
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-date.h"

struct _BylineDate {
  gatomicrefcount ref_count;
  char *text;
};

G_DEFINE_BOXED_TYPE (BylineDate, byline_date, byline_date_ref, byline_date_unref)

BylineDate *
byline_date_ref (BylineDate *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
byline_date_unref (BylineDate *self)
{
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_free (self);
    }
}

const char *
byline_date_get_text (const BylineDate *self)
{
  return self->text;
}

char *
byline_date_to_iso8601 (const BylineDate *self)
{
  return g_strdup (self->text);
}

gboolean
byline_date_equal (const BylineDate *a,
                   const BylineDate *b)
{
  return g_strcmp0 (a->text, b->text) == 0;
}
