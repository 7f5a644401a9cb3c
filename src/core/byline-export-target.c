/* byline-export-target.c: where an export goes, and what is in its way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-export-private.h"
#include "byline-naming.h"
#include "byline-site-dates.h"

static gboolean
is_draft_export (BylineExportPlan *plan)
{
  return (plan->flags & BYLINE_EXPORT_FLAGS_DRAFT) != 0;
}

/* The site folder the post goes to. */
/**
 * byline_export_target_folder:
 *
 * Returns: the site folder the post goes to
 */
BylineSiteFolder
byline_export_target_folder (BylineExportPlan *plan)
{
  return is_draft_export (plan) && byline_site_get_kind (plan->site) != BYLINE_SITE_HUGO
         ? BYLINE_SITE_FOLDER_DRAFTS : BYLINE_SITE_FOLDER_POSTS;
}

static const char *
file_extension (GFile *file)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  if (name != NULL && g_str_has_suffix (name, ".markdown"))
    return ".markdown";
  return ".md";
}

/* A post already in the right folder of the site, of the right kind, is
 * updated where it is. */
static gboolean
is_in_place (BylineExportPlan *plan)
{
  g_autofree char *name = NULL;

  if (plan->post_file == NULL ||
      !byline_site_contains (plan->site, plan->post_file, byline_export_target_folder (plan)))
    return FALSE;

  name = g_file_get_basename (plan->post_file);
  return plan->as_html == g_str_has_suffix (name, ".html");
}

static char *
post_title_or_stem (BylineExportPlan *plan)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  const char *title = byline_front_matter_get_string (front_matter, "title");
  g_autofree char *name = NULL;
  char *dot;

  if (title != NULL && *title != '\0')
    return g_strdup (title);

  if (plan->post_file == NULL)
    return g_strdup ("");

  name = g_file_get_basename (plan->post_file);
  if ((dot = strrchr (name, '.')) != NULL && dot != name)
    *dot = '\0';
  return g_steal_pointer (&name);
}

/* The post's date as its site reads it, or now. */
static GDateTime *
post_date (BylineExportPlan *plan,
           BylinePost       *post)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (post);
  BylineNode *node = front_matter != NULL ? byline_front_matter_lookup (front_matter, "date") : NULL;
  g_autoptr(BylineDate) date = node != NULL ? byline_node_read_date (node) : NULL;

  if (date == NULL)
    return g_date_time_ref (plan->now);

  return byline_date_resolve (date, byline_site_get_time_zone (plan->site));
}

/* Whether the post at @file is the one being exported, an earlier export
 * of it: the same title and the same date. A post without a date of its
 * own is never taken for another: each export dates it anew. */
static gboolean
holds_same_post (BylineExportPlan *plan,
                 GFile            *file)
{
  g_autoptr(BylinePost) other = byline_post_load (file, NULL, NULL);
  BylineFrontMatter *ours = byline_post_get_front_matter (plan->work);
  BylineFrontMatter *original = byline_post_get_front_matter (plan->original);
  BylineFrontMatter *theirs;
  g_autoptr(GDateTime) our_date = NULL;
  g_autoptr(GDateTime) their_date = NULL;

  if (other == NULL || (theirs = byline_post_get_front_matter (other)) == NULL ||
      original == NULL || byline_front_matter_lookup (original, "date") == NULL ||
      byline_front_matter_lookup (theirs, "date") == NULL ||
      g_strcmp0 (byline_front_matter_get_string (ours, "title"),
                 byline_front_matter_get_string (theirs, "title")) != 0)
    return FALSE;

  our_date = post_date (plan, plan->work);
  their_date = post_date (plan, other);
  return g_date_time_equal (our_date, their_date);
}

/* Finds where an earlier export of the post went: at @wanted, or at one
 * of the alternatives a collision gave it. */
static GFile *
find_same_post (BylineExportPlan *plan)
{
  if (holds_same_post (plan, plan->wanted))
    return g_object_ref (plan->wanted);

  for (guint i = 1;; i++)
    {
      g_autoptr(GFile) alternative = byline_naming_alternative (plan->site, plan->wanted, i);

      if (!byline_naming_is_taken (plan->site, alternative))
        return NULL;
      if (holds_same_post (plan, alternative))
        return g_steal_pointer (&alternative);
    }
}

/**
 * byline_export_choose_target:
 *
 * Decides where the post goes, and what is in its way: nothing, an earlier
 * export of the same post, or another post.
 */
gboolean
byline_export_choose_target (BylineExportPlan  *plan,
                             GError           **error)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (plan->work);
  g_autofree char *title = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *relative = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GFile) earlier = NULL;

  if (is_in_place (plan))
    {
      plan->wanted = g_object_ref (plan->post_file);
      plan->collision = BYLINE_EXPORT_COLLISION_SAME_POST;
      return TRUE;
    }

  title = post_title_or_stem (plan);
  slug = byline_naming_slug (plan->site, title);
  date = post_date (plan, plan->work);
  relative = byline_naming_post_path (plan->site, slug, date, byline_naming_first_category (front_matter),
                                      is_draft_export (plan),
                                      plan->as_html ? ".html" : file_extension (plan->post_file));
  if (!(plan->wanted = byline_naming_confine (plan->site, byline_export_target_folder (plan), relative, error)))
    return FALSE;

  if (!byline_naming_is_taken (plan->site, plan->wanted))
    plan->collision = BYLINE_EXPORT_COLLISION_NONE;
  else if ((earlier = find_same_post (plan)) != NULL)
    {
      g_set_object (&plan->wanted, earlier);
      plan->collision = BYLINE_EXPORT_COLLISION_SAME_POST;
    }
  else
    plan->collision = BYLINE_EXPORT_COLLISION_OTHER_POST;

  if (plan->collision != BYLINE_EXPORT_COLLISION_NONE &&
      !(plan->free_target = byline_naming_next_free (plan->site, plan->wanted, error)))
    return FALSE;

  return TRUE;
}

/**
 * byline_export_final_target:
 *
 * Returns: (transfer none): where the post is written when a collision is
 *   met with @resolution
 */
GFile *
byline_export_final_target (BylineExportPlan       *plan,
                            BylineExportResolution  resolution)
{
  if (plan->collision != BYLINE_EXPORT_COLLISION_NONE &&
      resolution == BYLINE_EXPORT_RESOLUTION_KEEP_BOTH)
    return plan->free_target;

  return plan->wanted;
}
