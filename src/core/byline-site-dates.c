/* byline-site-dates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-site-dates.h"

/**
 * byline_site_format_date:
 * @when: an instant
 *
 * Writes @when as the site's generator writes new posts' dates, in the
 * site's time zone: `2021-09-03 00:11:00` for Hexo (`hexo new`),
 * `2021-09-03 00:11:00 +08:00` for Jekyll (jekyll-compose's form, with the
 * offset's colon that makes it a YAML timestamp),
 * `2021-09-03T00:11:00+08:00` for Hugo (`hugo new`).
 *
 * Returns: (transfer full): the date
 */
BylineDate *
byline_site_format_date (BylineSite *site,
                         GDateTime  *when)
{
  static const char * const formats[] = {
    [BYLINE_SITE_HEXO] = "%Y-%m-%d %H:%M:%S",
    [BYLINE_SITE_JEKYLL] = "%Y-%m-%d %H:%M:%S %:z",
    [BYLINE_SITE_HUGO] = "%Y-%m-%dT%H:%M:%S%:z",
  };
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  BylineDate *date;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  local = g_date_time_to_timezone (when, byline_site_get_time_zone (site));
  text = g_date_time_format (local, formats[byline_site_get_kind (site)]);
  date = byline_date_parse (text, &error);
  g_assert_no_error (error);

  return date;
}

/**
 * byline_node_read_date:
 * @node: a front matter value
 *
 * Returns: (transfer full) (nullable): the date @node holds, as a YAML or
 *   TOML timestamp or as text
 */
BylineDate *
byline_node_read_date (BylineNode *node)
{
  BylineDate *date;

  g_return_val_if_fail (node != NULL, NULL);

  if ((date = byline_node_get_date (node)) != NULL)
    return byline_date_ref (date);

  if (byline_node_get_kind (node) == BYLINE_NODE_STRING)
    return byline_date_parse (byline_node_get_string (node), NULL);

  return NULL;
}

/* Hugo reads RFC 1123 and RFC 3339 and a few neighbours (Go's layouts):
 * not slashes, not a one-digit day, not a time without seconds. */
static gboolean
hugo_reads_text (const char *text)
{
  return !g_regex_match_simple ("^\\d{4}/|^[A-Za-z]{3}, \\d\\D|^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(?!:)",
                                text, 0, 0);
}

/* The site's offset from UTC at @date's wall clock. */
static GTimeSpan
utc_offset_at (BylineSite *site,
               BylineDate *date)
{
  g_autoptr(GDateTime) instant = byline_date_resolve (date, byline_site_get_time_zone (site));

  return g_date_time_get_utc_offset (instant);
}

/* The site's offset from UTC at the instant @date names. */
static GTimeSpan
offset_of_zone_at (BylineSite *site,
                   BylineDate *date)
{
  g_autoptr(GDateTime) instant = byline_date_resolve (date, NULL);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, byline_site_get_time_zone (site));

  return g_date_time_get_utc_offset (local);
}

/**
 * byline_site_check_date:
 * @node: the `date` of a post
 * @reason: (out) (optional): why the generator does not read it as written
 *
 * Tells whether the site's generator reads @node as the instant it shows
 * (with a date without offset in the site's time zone). Hexo moves YAML
 * timestamps with an offset by the offset of the computer it runs on, and
 * with `timezone` set re-anchors every offset (hexo#4548); Jekyll reads
 * YAML timestamps without offset as UTC; Hugo cannot read some forms Hexo
 * and Jekyll accept.
 */
BylineDateReading
byline_site_check_date (BylineSite  *site,
                        BylineNode  *node,
                        char       **reason)
{
  g_autoptr(BylineDate) date = NULL;
  const char *why = NULL;
  gboolean is_timestamp;
  const char *text;

  g_return_val_if_fail (BYLINE_IS_SITE (site), BYLINE_DATE_READING_UNREADABLE);
  g_return_val_if_fail (node != NULL, BYLINE_DATE_READING_UNREADABLE);

  if (reason != NULL)
    *reason = NULL;

  if ((date = byline_node_read_date (node)) == NULL)
    {
      if (reason != NULL)
        *reason = g_strdup_printf (_("%s cannot read the date “%s”"),
                                   byline_site_get_kind_name (site),
                                   byline_node_is_scalar (node) ? byline_node_get_string (node) : "");
      return BYLINE_DATE_READING_UNREADABLE;
    }

  is_timestamp = byline_node_get_kind (node) == BYLINE_NODE_TIMESTAMP;
  text = byline_date_get_text (date);

  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_HEXO:
      if (is_timestamp && byline_date_has_zone (date))
        why = _("Hexo shifts a YAML timestamp with an offset by the offset of the computer that builds the site");
      else if (!is_timestamp && byline_date_has_zone (date) && byline_site_has_time_zone (site))
        why = _("Hexo reads this date in the site’s time zone and ignores its offset");
      else if (!is_timestamp && byline_date_get_form (date) == BYLINE_DATE_FORM_ISO_DATE)
        why = _("Hexo reads a quoted date without a time as midnight UTC");
      break;

    case BYLINE_SITE_JEKYLL:
      /* Ruby's YAML reader takes a timestamp without offset as UTC; only
       * text goes through Jekyll's own parsing in the site's zone. */
      if (is_timestamp && byline_date_has_time (date) && !byline_date_has_zone (date) &&
          utc_offset_at (site, date) != 0)
        why = _("Jekyll reads a YAML timestamp without an offset as UTC, not in the site’s time zone");
      break;

    case BYLINE_SITE_HUGO:
      if (!is_timestamp && !hugo_reads_text (text))
        why = _("Hugo cannot read this form of date");
      /* Go reads a zone name it does not know (`GMT`) in the site's zone;
       * only `UTC` it always knows. */
      else if (!is_timestamp && byline_date_get_form (date) == BYLINE_DATE_FORM_RFC1123 &&
               !g_str_has_suffix (text, " UTC") && byline_site_has_time_zone (site) &&
               offset_of_zone_at (site, date) != 0)
        why = _("Hugo reads the zone name of this date as the site’s time zone");
      break;

    default:
      g_assert_not_reached ();
    }

  if (why == NULL)
    return BYLINE_DATE_READING_RIGHT;

  if (reason != NULL)
    *reason = g_strdup (why);
  return BYLINE_DATE_READING_MISREAD;
}

/**
 * byline_date_node_for:
 *
 * Returns: (transfer full): a value holding @date for @front_matter: a
 *   timestamp, or in JSON, which has none, a string
 */
BylineNode *
byline_date_node_for (BylineFrontMatter *front_matter,
                      BylineDate        *date)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (front_matter), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (byline_front_matter_get_format (front_matter) == BYLINE_FORMAT_JSON)
    return byline_node_new_string (byline_date_get_text (date));

  return byline_node_new_date (date);
}

/**
 * byline_site_set_post_date:
 * @when: the post's new date
 *
 * Sets the `date` of @front_matter to @when, in the form the post already
 * uses when the generator reads that form right, else in the generator's
 * own form; adds the key when the post has no date.
 */
gboolean
byline_site_set_post_date (BylineSite         *site,
                           BylineFrontMatter  *front_matter,
                           GDateTime          *when,
                           GError            **error)
{
  BylineNode *node;
  g_autoptr(BylineDate) old = NULL;
  g_autoptr(BylineDate) date = NULL;
  g_autoptr(BylineNode) value = NULL;

  g_return_val_if_fail (BYLINE_IS_SITE (site), FALSE);
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (front_matter), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  node = byline_front_matter_lookup (front_matter, "date");
  if (node != NULL &&
      byline_site_check_date (site, node, NULL) == BYLINE_DATE_READING_RIGHT &&
      (old = byline_node_read_date (node)) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (when, byline_site_get_time_zone (site));

      date = byline_date_with_date_time (old, local);
    }
  else
    date = byline_site_format_date (site, when);

  value = byline_date_node_for (front_matter, date);
  return byline_front_matter_set (front_matter, "date", value, error);
}
