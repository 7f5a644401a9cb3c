/* byline-cli-list.c: `byline-cli list`, a site's posts newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-cli-commands.h"
#include "byline-cli-common.h"
#include "byline-cli-site.h"
#include "byline-post-index.h"

static char *
format_json (BylinePostIndex *index)
{
  g_autoptr(BylineNode) list = byline_node_new_sequence ();
  g_autofree char *json = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (index)); i++)
    {
      g_autoptr(BylinePostEntry) entry = g_list_model_get_item (G_LIST_MODEL (index), i);
      g_autoptr(BylineNode) node = byline_post_entry_to_node (entry);

      byline_node_append (list, node);
    }

  json = byline_node_to_json (list, TRUE);
  return g_strconcat (json, "\n", NULL);
}

static void
append_joined (GString            *out,
               const char * const *terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, terms[i]);
    }
}

/* Appends @value with at least @width digits. */
static void
append_padded (GString *out,
               int      value,
               guint    width)
{
  char digits[12];
  guint n = 0;

  do
    {
      digits[n++] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0 && n < sizeof digits);

  while (n < width)
    digits[n++] = '0';
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

/* One line a post, its fields apart by tabs: date (in the site's time
 * zone), title, categories, tags, path and, for drafts, `draft`. A site
 * has thousands of lines: they are put together piece by piece, without
 * the formatting of printf(). */
static char *
format_lines (BylinePostIndex *index)
{
  GTimeZone *zone = byline_site_get_time_zone (byline_post_index_get_site (index));
  GListModel *posts = G_LIST_MODEL (index);
  guint n_posts = g_list_model_get_n_items (posts);
  GString *out = g_string_sized_new (n_posts * 128);

  for (guint i = 0; i < n_posts; i++)
    {
      g_autoptr(BylinePostEntry) entry = g_list_model_get_item (posts, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (byline_post_entry_get_date (entry), zone);
      int year, month, day;

      g_date_time_get_ymd (local, &year, &month, &day);
      append_padded (out, year, 4);
      g_string_append_c (out, '-');
      append_padded (out, month, 2);
      g_string_append_c (out, '-');
      append_padded (out, day, 2);
      g_string_append_c (out, ' ');
      append_padded (out, g_date_time_get_hour (local), 2);
      g_string_append_c (out, ':');
      append_padded (out, g_date_time_get_minute (local), 2);
      g_string_append_c (out, '\t');
      g_string_append (out, byline_post_entry_get_title (entry));
      g_string_append_c (out, '\t');
      append_joined (out, byline_post_entry_get_categories (entry));
      g_string_append_c (out, '\t');
      append_joined (out, byline_post_entry_get_tags (entry));
      g_string_append_c (out, '\t');
      g_string_append (out, byline_post_entry_get_path (entry));
      g_string_append (out, byline_post_entry_is_draft (entry) ? "\tdraft\n" : "\n");
    }

  return g_string_free (out, FALSE);
}

int
byline_cli_list (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BylineSite) site = NULL;
  g_autoptr(BylinePostIndex) index = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *site_dir = NULL;
  g_autofree char *text = NULL;
  gboolean as_json = FALSE;
  gboolean with_drafts = FALSE;
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_FILENAME, &site_dir, N_("The site’s folder"), N_("DIR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print a JSON array"), NULL },
    { "drafts", 0, 0, G_OPTION_ARG_NONE, &with_drafts, N_("List the drafts too"), NULL },
    { NULL }
  };

  context = byline_cli_option_context_new (NULL,
                                           _("Lists a site’s posts, newest first, from their front matter alone:\n"
                                             "date, title, categories, tags and path, apart by tabs."),
                                           entries);
  if (!byline_cli_parse_options (context, &argc, &argv, 0, 0))
    return BYLINE_CLI_EXIT_FAILURE;

  if (!(site = byline_cli_load_site (site_dir)))
    return BYLINE_CLI_EXIT_FAILURE;

  index = byline_post_index_new (site);
  if (!byline_post_index_load (index,
                               with_drafts ? BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS : BYLINE_POST_INDEX_FLAGS_NONE,
                               NULL, &error))
    {
      byline_cli_print_error (site_dir, error);
      return BYLINE_CLI_EXIT_FAILURE;
    }

  text = as_json ? format_json (index) : format_lines (index);
  return byline_cli_write (text, strlen (text)) ? BYLINE_CLI_EXIT_OK : BYLINE_CLI_EXIT_FAILURE;
}
