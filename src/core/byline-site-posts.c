/* byline-site-posts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-naming.h"
#include "byline-path.h"
#include "byline-scaffold.h"
#include "byline-site-dates.h"
#include "byline-site-posts.h"

/* Hexo's built-in `normal` scaffold, used when the site has neither the
 * layout's scaffold nor its own `normal.md`. */
static const char hexo_normal_scaffold[] =
  "---\n"
  "layout: {{ layout }}\n"
  "title: {{ title }}\n"
  "date: {{ date }}\n"
  "tags:\n"
  "---\n";

/* Hugo's built-in archetype, in YAML or in TOML. */
static const char hugo_yaml_archetype[] =
  "---\n"
  "title: \"{{ replace .File.ContentBaseName \"-\" \" \" | title }}\"\n"
  "date: {{ .Date }}\n"
  "draft: true\n"
  "---\n";

static const char hugo_toml_archetype[] =
  "+++\n"
  "title = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\n"
  "date = {{ .Date }}\n"
  "draft = true\n"
  "+++\n";

/* What jekyll-compose writes. */
static const char jekyll_post_template[] =
  "---\n"
  "layout: post\n"
  "title: {{ title }}\n"
  "date: {{ date }}\n"
  "---\n";

static const char jekyll_draft_template[] =
  "---\n"
  "layout: post\n"
  "title: {{ title }}\n"
  "---\n";

/* Reads the first of @names (relative to @dir) that exists. Returns NULL
 * without an error when none does. */
static char *
read_first (GFile               *dir,
            const char * const  *names,
            GError             **error)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (dir, names[i]);
      g_autoptr(GError) local_error = NULL;
      char *contents = NULL;

      if (g_file_load_contents (file, NULL, &contents, NULL, NULL, &local_error))
        {
          if (g_utf8_validate (contents, -1, NULL))
            return contents;

          g_free (contents);
          g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_ENCODING,
                       _("The template %s is not UTF-8 text"), names[i]);
          return NULL;
        }

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return NULL;
}

/* Hexo makes every new post a draft when `default_layout` is `draft`. */
static gboolean
starts_as_draft (BylineSite *site,
                 gboolean    is_draft)
{
  return is_draft ||
         (byline_site_get_kind (site) == BYLINE_SITE_HEXO &&
          strcmp (byline_site_get_default_layout (site), "draft") == 0);
}

/* Finds the site's template for a new post, filled with @values. */
static char *
fill_template (BylineSite                 *site,
               gboolean                    is_draft,
               const BylineScaffoldValues *values,
               GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_HEXO:
      {
        g_autoptr(GFile) scaffolds = g_file_get_child (byline_site_get_root (site), "scaffolds");
        g_autofree char *layout_md = g_strconcat (values->layout, ".md", NULL);
        const char *names[] = { layout_md, "normal.md", NULL };

        if (!(text = read_first (scaffolds, names, &local_error)) && local_error != NULL)
          break;
        return byline_scaffold_fill_hexo (text != NULL ? text : hexo_normal_scaffold, values);
      }

    case BYLINE_SITE_JEKYLL:
      return byline_scaffold_fill_hexo (is_draft ? jekyll_draft_template : jekyll_post_template,
                                        values);

    case BYLINE_SITE_HUGO:
      {
        g_autofree char *section_md = g_strconcat (values->section, ".md", NULL);
        g_autofree char *section_bundle = g_strconcat (values->section, "/index.md", NULL);
        const char *names[] = { section_md, section_bundle, "default.md", "default/index.md", NULL };

        if (!(text = read_first (byline_site_get_archetype_folder (site), names, &local_error)) &&
            local_error != NULL)
          break;
        if (text == NULL)
          text = g_strdup (byline_site_get_front_matter_format (site) == BYLINE_FORMAT_TOML
                           ? hugo_toml_archetype : hugo_yaml_archetype);
        return byline_scaffold_fill_hugo (text, values, error);
      }

    default:
      g_assert_not_reached ();
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static char *
replace_all (const char *text,
             const char *token,
             const char *value)
{
  GString *out = g_string_new (text);

  g_string_replace (out, token, value, 0);
  return g_string_free (out, FALSE);
}

/* Writes the title where the template asked for it: as the `title` value,
 * quoted as its front matter needs, and as plain text in the body. */
static gboolean
put_title (BylinePost  *post,
           const char  *title,
           const char  *slug,
           GError     **error)
{
  BylineFrontMatter *front_matter = byline_post_get_front_matter (post);
  g_autofree char *body = NULL;

  if (!byline_front_matter_set_string (front_matter, "title", title, error))
    return FALSE;

  /* Other values that quote the title get the slug, which needs no
   * quoting in any of the three languages. */
  if (strstr (byline_front_matter_get_text (front_matter), BYLINE_SCAFFOLD_TITLE_TOKEN) != NULL)
    {
      g_autofree char *text = replace_all (byline_front_matter_get_text (front_matter),
                                           BYLINE_SCAFFOLD_TITLE_TOKEN, slug);

      byline_front_matter_set_text (front_matter, text);
    }

  body = replace_all (byline_post_get_body (post), BYLINE_SCAFFOLD_TITLE_TOKEN, title);
  byline_post_set_body (post, body);
  return TRUE;
}

/**
 * byline_site_make_post:
 * @title: the new post's title
 * @is_draft: whether it starts as a draft
 * @now: (nullable): the post's date, or %NULL for now
 *
 * Makes a new post from the site's scaffold (Hexo), archetype (Hugo) or
 * jekyll-compose's template (Jekyll), with its title and date filled in as
 * the generator writes them. Nothing is written.
 *
 * Returns: (transfer full) (nullable): the post
 */
BylinePost *
byline_site_make_post (BylineSite  *site,
                       const char  *title,
                       gboolean     is_draft,
                       GDateTime   *now,
                       GError     **error)
{
  g_autoptr(GDateTime) when = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  g_autoptr(BylineDate) date = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *text = NULL;
  g_autoptr(BylinePost) post = NULL;
  BylineFrontMatter *front_matter;
  BylineScaffoldValues values = { 0 };
  const GError *template_error;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  is_draft = starts_as_draft (site, is_draft);
  slug = byline_naming_slug (site, title);
  date = byline_site_format_date (site, when);
  values.slug = slug;
  values.date = byline_date_get_text (date);
  values.layout = is_draft ? "draft" : byline_site_get_default_layout (site);
  values.section = byline_site_get_section (site);
  values.site_title = byline_site_get_title (site);
  values.is_draft = is_draft;

  if (!(text = fill_template (site, is_draft, &values, error)) ||
      !(post = byline_post_new_from_data (text, strlen (text), error)))
    return NULL;

  front_matter = byline_post_ensure_front_matter (post, byline_site_get_front_matter_format (site));
  if ((template_error = byline_front_matter_get_error (front_matter)) != NULL)
    {
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE,
                   _("The site’s template for new posts has front matter Byline cannot read: %s"),
                   template_error->message);
      return NULL;
    }

  if (!put_title (post, title, slug, error))
    return NULL;

  if (byline_site_get_kind (site) == BYLINE_SITE_HUGO &&
      (is_draft || byline_front_matter_lookup (front_matter, "draft") != NULL))
    {
      g_autoptr(BylineNode) draft = byline_node_new_boolean (is_draft);

      if (!byline_front_matter_set (front_matter, "draft", draft, error))
        return NULL;
    }

  if (byline_front_matter_lookup (front_matter, "date") == NULL &&
      !(is_draft && byline_site_get_kind (site) == BYLINE_SITE_JEKYLL) &&
      !byline_site_set_post_date (site, front_matter, when, error))
    return NULL;

  return g_steal_pointer (&post);
}

/* Writes @post under @relative in @folder of the site, at the first free
 * name, never over another file. */
static GFile *
write_post (BylineSite        *site,
            BylineSiteFolder   folder,
            const char        *relative,
            BylinePost        *post,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(GFile) wanted = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!(wanted = byline_naming_confine (site, folder, relative, error)) ||
      !(target = byline_naming_next_free (site, wanted, error)) ||
      !byline_path_make_parent (target, cancellable, error))
    return NULL;

  bytes = byline_post_serialize (post);
  if (!byline_path_write_new (target, bytes, error))
    return NULL;

  return g_steal_pointer (&target);
}

/**
 * byline_site_create_post:
 * @title: the new post's title
 * @is_draft: whether it starts as a draft
 * @now: (nullable): the post's date, or %NULL for now
 *
 * Writes a new post where the site's generator would (see
 * byline_site_make_post()): `hexo new`, `jekyll post`/`jekyll draft` of
 * jekyll-compose, `hugo new`. A Hexo site with `post_asset_folder` gets the
 * post's asset folder too.
 *
 * Returns: (transfer full) (nullable): the new file
 */
GFile *
byline_site_create_post (BylineSite    *site,
                         const char    *title,
                         gboolean       is_draft,
                         GDateTime     *now,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GDateTime) when = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  g_autoptr(BylinePost) post = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *relative = NULL;
  g_autoptr(GFile) file = NULL;
  BylineSiteKind kind;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  kind = byline_site_get_kind (site);
  is_draft = starts_as_draft (site, is_draft);

  if (!(post = byline_site_make_post (site, title, is_draft, when, error)))
    return NULL;

  slug = byline_naming_slug (site, title);
  relative = byline_naming_post_path (site, slug, when, NULL, is_draft, ".md");
  file = write_post (site,
                     is_draft && kind != BYLINE_SITE_HUGO ? BYLINE_SITE_FOLDER_DRAFTS
                                                          : BYLINE_SITE_FOLDER_POSTS,
                     relative, post, cancellable, error);
  if (file == NULL)
    return NULL;

  if (kind == BYLINE_SITE_HEXO && byline_site_uses_post_asset_folder (site))
    {
      g_autoptr(GFile) assets = byline_naming_asset_folder (file);
      g_autoptr(GError) local_error = NULL;

      /* A post without the folder its site expects is no new post. */
      if (!g_file_make_directory (assets, cancellable, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_file_delete (file, NULL, NULL);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return g_steal_pointer (&file);
}

/**
 * byline_site_is_draft:
 * @post: (nullable): the post at @file, if loaded
 *
 * Returns: whether @file is a draft: in Hexo's or Jekyll's `_drafts`, or a
 *   Hugo post with `draft: true`
 */
gboolean
byline_site_is_draft (BylineSite *site,
                      GFile      *file,
                      BylinePost *post)
{
  BylineFrontMatter *front_matter;
  BylineNode *draft;

  g_return_val_if_fail (BYLINE_IS_SITE (site), FALSE);

  if (byline_site_get_kind (site) != BYLINE_SITE_HUGO)
    return file != NULL && byline_site_contains (site, file, BYLINE_SITE_FOLDER_DRAFTS);

  return post != NULL &&
         (front_matter = byline_post_get_front_matter (post)) != NULL &&
         (draft = byline_front_matter_lookup (front_matter, "draft")) != NULL &&
         byline_node_get_kind (draft) == BYLINE_NODE_BOOLEAN &&
         byline_node_get_boolean (draft);
}

static char *
file_stem (GFile       *file,
           const char **extension)
{
  g_autofree char *name = g_file_get_basename (file);
  char *dot = strrchr (name, '.');

  *extension = ".md";
  if (dot == NULL || dot == name)
    return g_steal_pointer (&name);

  *extension = g_intern_string (dot);
  return g_strndup (name, dot - name);
}

/* Moves a Hexo draft's asset folder along with it, as `hexo publish`
 * does. */
static gboolean
move_asset_folder (GFile         *draft,
                   GFile         *post,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFile) from = byline_naming_asset_folder (draft);
  g_autoptr(GFile) to = byline_naming_asset_folder (post);

  if (g_file_query_file_type (from, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) != G_FILE_TYPE_DIRECTORY)
    return TRUE;

  return g_file_move (from, to, G_FILE_COPY_NOFOLLOW_SYMLINKS, cancellable, NULL, NULL, error);
}

/**
 * byline_site_publish_draft:
 * @draft: a draft of the site
 * @now: (nullable): the date to publish at, or %NULL for now
 *
 * Publishes a draft as `hexo publish` does, without its faults: the draft
 * moves from `_drafts` to where `new_post_name` puts posts (Jekyll:
 * `_posts/YYYY-MM-DD-slug`), named after the draft's file; its date becomes
 * @now; Hexo's `layout: draft` goes. The front matter is edited in place,
 * not rewritten, and nothing is left behind in `_drafts`. A Hugo draft gets
 * `draft: false` where it is.
 *
 * Returns: (transfer full) (nullable): the published post's file
 */
GFile *
byline_site_publish_draft (BylineSite    *site,
                           GFile         *draft,
                           GDateTime     *now,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GDateTime) when = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  g_autoptr(BylinePost) post = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *relative = NULL;
  g_autoptr(GFile) published = NULL;
  BylineFrontMatter *front_matter;
  BylineNode *layout;
  const char *extension;
  BylineSiteKind kind;

  g_return_val_if_fail (BYLINE_IS_SITE (site), NULL);
  g_return_val_if_fail (G_IS_FILE (draft), NULL);

  if (!(post = byline_post_load (draft, cancellable, error)))
    return NULL;

  kind = byline_site_get_kind (site);
  if (!byline_site_is_draft (site, draft, post))
    {
      g_autofree char *name = g_file_get_basename (draft);

      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID,
                   kind == BYLINE_SITE_HUGO ? _("%s is not a draft: it has no “draft: true”")
                                            : _("%s is not a draft: it is not in the site’s _drafts folder"),
                   name);
      return NULL;
    }

  front_matter = byline_post_ensure_front_matter (post, byline_site_get_front_matter_format (site));
  if (!byline_site_set_post_date (site, front_matter, when, error))
    return NULL;

  if (kind == BYLINE_SITE_HUGO)
    {
      g_autoptr(BylineNode) not_draft = byline_node_new_boolean (FALSE);

      if (!byline_front_matter_set (front_matter, "draft", not_draft, error) ||
          !byline_post_save (post, NULL, BYLINE_SAVE_FLAGS_NONE, cancellable, error))
        return NULL;
      return g_object_ref (draft);
    }

  layout = byline_front_matter_lookup (front_matter, "layout");
  if (layout != NULL && g_strcmp0 (byline_node_get_string (layout), "draft") == 0 &&
      !byline_front_matter_remove (front_matter, "layout", error))
    return NULL;

  stem = file_stem (draft, &extension);
  relative = byline_naming_post_path (site, stem, when, byline_naming_first_category (front_matter),
                                      FALSE, extension);
  if (!(published = write_post (site, BYLINE_SITE_FOLDER_POSTS, relative, post, cancellable, error)))
    return NULL;

  /* Until the draft is gone, undoing leaves the site as it was. */
  if ((kind == BYLINE_SITE_HEXO && byline_site_uses_post_asset_folder (site) &&
       !move_asset_folder (draft, published, cancellable, error)) ||
      !g_file_delete (draft, cancellable, error))
    {
      g_file_delete (published, NULL, NULL);
      return NULL;
    }

  return g_steal_pointer (&published);
}
