/* byline-field-check.c
 *
 * The checks a writer needs while filling the form: a post without a
 * title, a date no generator reads or the site's generator misreads, a key
 * written twice (js-yaml, and so Hexo, refuses such a file), and the
 * fields the site's content manager requires.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-field-check.h"
#include "byline-field-edit.h"
#include "byline-site-dates.h"

void
byline_field_problem_free (gpointer data)
{
  BylineFieldProblem *problem = data;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * byline_field_problem_new:
 * @path: (nullable): the field's key path, or %NULL for the whole front
 *   matter
 *
 * Returns: (transfer full): a problem, for byline_field_problem_free()
 */
BylineFieldProblem *
byline_field_problem_new (const char *path,
                          const char *message,
                          guint       line,
                          guint       column)
{
  BylineFieldProblem *problem = g_new0 (BylineFieldProblem, 1);

  problem->path = g_strdup (path);
  problem->message = g_strdup (message);
  problem->line = line;
  problem->column = column;

  return problem;
}

/* Adds a problem at @where, or without a place when @where is NULL. */
static void
add_problem (GPtrArray  *problems,
             const char *path,
             BylineNode *where,
             char       *message)
{
  gboolean has_place = where != NULL && byline_node_has_span (where);

  g_ptr_array_add (problems,
                   byline_field_problem_new (path, message,
                                             has_place ? byline_node_get_line (where) : 0,
                                             has_place ? byline_node_get_column (where) : 0));
  g_free (message);
}

static void
check_duplicates (GPtrArray  *problems,
                  BylineNode *node,
                  const char *path)
{
  guint n = byline_node_get_n_children (node);

  if (byline_node_is_scalar (node))
    return;

  for (guint i = 0; i < n; i++)
    {
      const char *key = byline_node_get_kind (node) == BYLINE_NODE_MAPPING
                        ? byline_node_get_key_string (node, i) : NULL;
      g_autofree char *index = g_strdup_printf ("%u", i);
      g_autofree char *child_path = byline_path_join (path, key != NULL ? key : index);

      for (guint j = 0; key != NULL && j < i; j++)
        {
          if (g_strcmp0 (byline_node_get_key_string (node, j), key) == 0)
            {
              add_problem (problems, child_path, byline_node_get_key (node, i),
                           g_strdup_printf (_("“%s” is written more than once; the site’s generator refuses the post until one is removed"),
                                            key));
              break;
            }
        }

      check_duplicates (problems, byline_node_get_child (node, i), child_path);
    }
}

static void
check_title (GPtrArray  *problems,
             BylineNode *root)
{
  BylineNode *title = byline_node_lookup (root, "title");

  if (title == NULL || (byline_node_is_scalar (title) && byline_field_is_empty (title)))
    add_problem (problems, "title", title, g_strdup (_("The post has no title")));
}

static void
check_dates (GPtrArray  *problems,
             BylineNode *root,
             BylineSite *site)
{
  for (guint i = 0; i < byline_node_get_n_children (root); i++)
    {
      const char *key = byline_node_get_key_string (root, i);
      BylineNode *value = byline_node_get_child (root, i);
      g_autoptr(BylineDate) date = NULL;
      g_autofree char *path = NULL;

      if (key == NULL || !byline_field_key_is_date (key) || byline_field_is_empty (value))
        continue;
      path = byline_path_join (NULL, key);
      if ((date = byline_node_read_date (value)) != NULL)
        {
          char *reason = NULL;

          if (site != NULL && byline_site_check_date (site, value, &reason) != BYLINE_DATE_READING_RIGHT)
            add_problem (problems, path, value, reason);
          continue;
        }

      if (byline_node_is_scalar (value))
        add_problem (problems, path, value,
                     g_strdup_printf (_("“%s” is not a date; write it as 2021-09-02 16:11:00, or pick one from the calendar"),
                                      byline_node_get_string (value)));
      else
        add_problem (problems, path, value,
                     g_strdup_printf (_("“%s” holds a list or a mapping where a date belongs"), key));
    }
}

static void
check_required (GPtrArray  *problems,
                GPtrArray  *fields,
                BylineNode *mapping,
                const char *parent)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      const BylineSchemaField *field = g_ptr_array_index (fields, i);
      BylineNode *value = byline_node_lookup (mapping, field->name);
      g_autofree char *path = byline_path_join (parent, field->name);

      /* The title has its own check, whatever the schema says. */
      if (parent == NULL && byline_field_key_is_title (field->name))
        continue;

      if (field->is_required && byline_field_is_empty (value))
        add_problem (problems, path, value,
                     g_strdup_printf (_("“%s” is required by the site’s content settings"),
                                      field->label != NULL ? field->label : field->name));
      else if (value != NULL && byline_node_get_kind (value) == BYLINE_NODE_MAPPING)
        check_required (problems, field->fields, value, path);
    }
}

/**
 * byline_field_check:
 * @schema: (nullable): the fields the site declares for the post
 * @site: (nullable): the post's site, whose generator reads its dates
 *
 * Returns: (transfer full) (element-type BylineFieldProblem): the problems
 *   of @front_matter's fields, in the order a reader meets them; none when
 *   the text does not parse (its error says what to fix first)
 */
GPtrArray *
byline_field_check (BylineFrontMatter *front_matter,
                    BylineSchema      *schema,
                    BylineSite        *site)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (byline_field_problem_free);
  BylineNode *root;

  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (front_matter), problems);
  g_return_val_if_fail (schema == NULL || BYLINE_IS_SCHEMA (schema), problems);
  g_return_val_if_fail (site == NULL || BYLINE_IS_SITE (site), problems);

  root = byline_front_matter_get_root (front_matter);
  if (root == NULL || byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    return problems;

  check_title (problems, root);
  check_duplicates (problems, root, NULL);
  check_dates (problems, root, site);
  if (schema != NULL)
    check_required (problems, byline_schema_get_fields (schema), root, NULL);

  return problems;
}
