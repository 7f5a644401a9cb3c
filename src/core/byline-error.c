/* byline-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"

/* Errors that point into a file carry their 1-based line and column, so the
 * CLI can print `file:line:col:` and the app can move the cursor there. */
typedef struct {
  guint line;
  guint column;
} BylineErrorPrivate;

static void
byline_error_private_init (BylineErrorPrivate *priv)
{
  priv->line = 0;
  priv->column = 0;
}

static void
byline_error_private_copy (const BylineErrorPrivate *src,
                           BylineErrorPrivate       *dest)
{
  *dest = *src;
}

static void
byline_error_private_clear (BylineErrorPrivate *priv)
{
}

/* GLib's macro finds the private data by casting the error's address back
 * from a byte pointer, which clang's -Wcast-align flags. GLib allocates the
 * private data with the alignment of the struct, so the cast is sound. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcast-align"
G_DEFINE_EXTENDED_ERROR (BylineError, byline_error)
#pragma GCC diagnostic pop

void
byline_set_located_error (GError        **error,
                          BylineErrorCode code,
                          guint           line,
                          guint           column,
                          const char     *format,
                          ...)
{
  BylineErrorPrivate *priv;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  *error = g_error_new_valist (BYLINE_ERROR, code, format, args);
  va_end (args);

  priv = byline_error_get_private (*error);
  priv->line = line;
  priv->column = column;
}

/**
 * byline_error_get_location:
 *
 * Returns: %TRUE if @error points at a line (and column, 0 when unknown).
 */
gboolean
byline_error_get_location (const GError *error,
                           guint        *line,
                           guint        *column)
{
  const BylineErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, FALSE);

  /* Errors of GIO and others can reach here too; they carry no place. */
  if (error->domain != BYLINE_ERROR)
    return FALSE;

  priv = byline_error_get_private (error);
  if (priv == NULL || priv->line == 0)
    return FALSE;

  if (line != NULL)
    *line = priv->line;
  if (column != NULL)
    *column = priv->column;
  return TRUE;
}

/**
 * byline_error_shift_location:
 *
 * Moves a located error down by @lines, for errors found in a part of a
 * file (the front matter) that are reported against the whole file.
 */
void
byline_error_shift_location (GError *error,
                             guint   lines)
{
  BylineErrorPrivate *priv;

  g_return_if_fail (error != NULL);

  priv = byline_error_get_private (error);
  if (priv != NULL && priv->line > 0)
    priv->line += lines;
}

/**
 * byline_error_format_for_file:
 *
 * Returns: the error as `file:line:col: message`, the form compilers use and
 *   editors jump to.
 */
char *
byline_error_format_for_file (const GError *error,
                              const char   *file_name)
{
  guint line, column;

  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  if (byline_error_get_location (error, &line, &column))
    return g_strdup_printf ("%s:%u:%u: %s", file_name, line, MAX (column, 1), error->message);

  return g_strdup_printf ("%s: %s", file_name, error->message);
}
