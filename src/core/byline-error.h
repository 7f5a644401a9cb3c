/* byline-error.h: Byline's error domain, with the position of a problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BYLINE_ERROR (byline_error_quark ())

typedef enum {
  BYLINE_ERROR_PARSE,
  BYLINE_ERROR_ENCODING,
  BYLINE_ERROR_LIMIT,
  BYLINE_ERROR_NOT_FOUND,
  BYLINE_ERROR_INVALID,
  BYLINE_ERROR_CHANGED_ON_DISK,
  BYLINE_ERROR_EXISTS,
  BYLINE_ERROR_OUTSIDE_SITE,
  BYLINE_ERROR_NO_SITE,
} BylineErrorCode;

GQuark  byline_error_quark       (void);
void    byline_set_located_error (GError       **error,
                                  BylineErrorCode code,
                                  guint          line,
                                  guint          column,
                                  const char    *format,
                                  ...) G_GNUC_PRINTF (5, 6);
gboolean byline_error_get_location (const GError *error,
                                    guint        *line,
                                    guint        *column);
void    byline_error_shift_location (GError *error,
                                     guint   lines);
char   *byline_error_format_for_file (const GError *error,
                                      const char   *file_name);

G_END_DECLS
