/* byline-date.h: the dates posts carry, and the form each was written in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  BYLINE_DATE_FORM_ISO_DATE,      /* 2021-09-02 */
  BYLINE_DATE_FORM_ISO_DATE_TIME, /* 2021-09-02T16:11:00Z, 2021-09-02 16:11:00 +08:00, … */
  BYLINE_DATE_FORM_RFC1123,       /* Thu, 02 Sep 2021 16:11:00 GMT */
  BYLINE_DATE_FORM_RFC2822,       /* Thu, 2 Sep 2021 16:11:00 +0800 */
  BYLINE_DATE_FORM_SLASHED,       /* 2013/7/13 20:46:25 */
} BylineDateForm;

#define BYLINE_TYPE_DATE (byline_date_get_type ())

typedef struct _BylineDate BylineDate;

GType           byline_date_get_type          (void) G_GNUC_CONST;
BylineDate     *byline_date_parse             (const char       *text,
                                               GError          **error);
BylineDate     *byline_date_new               (GDateTime        *date_time,
                                               BylineDateForm    form);
BylineDate     *byline_date_ref               (BylineDate       *self);
void            byline_date_unref             (BylineDate       *self);
const char     *byline_date_get_text          (const BylineDate *self);
BylineDateForm  byline_date_get_form          (const BylineDate *self);
gboolean        byline_date_has_time          (const BylineDate *self);
gboolean        byline_date_has_zone          (const BylineDate *self);
GDateTime      *byline_date_get_date_time     (const BylineDate *self);
GDateTime      *byline_date_resolve           (const BylineDate *self,
                                               GTimeZone        *site_zone);
BylineDate     *byline_date_with_date_time    (const BylineDate *self,
                                               GDateTime        *date_time);
char           *byline_date_to_iso8601        (const BylineDate *self);
char           *byline_date_format_for_reader (const BylineDate *self);
gboolean        byline_date_equal             (const BylineDate *a,
                                               const BylineDate *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineDate, byline_date_unref)

G_END_DECLS
