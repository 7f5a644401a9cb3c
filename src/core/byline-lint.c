/* byline-lint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-lint.h"
#include "byline-error.h"
#include "byline-node-private.h"
#include "byline-text.h"

G_DEFINE_BOXED_TYPE (BylineProblem, byline_problem, byline_problem_copy, byline_problem_free)

BylineProblem *
byline_problem_new (BylineSeverity  severity,
                    guint           line,
                    guint           column,
                    const char     *message)
{
  BylineProblem *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_new0 (BylineProblem, 1);
  self->severity = severity;
  self->line = line;
  self->column = column;
  self->message = g_strdup (message);
  return self;
}

BylineProblem *
byline_problem_copy (const BylineProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return byline_problem_new (self->severity, self->line, self->column, self->message);
}

void
byline_problem_free (BylineProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->message);
  g_free (self);
}

/**
 * byline_problem_format_for_file:
 *
 * Returns: (transfer full): the problem as `file:line:col: error: message`.
 *   The words "error" and "warning" stay in English, as compilers write
 *   them, so that editors and scripts can match them in any locale.
 */
char *
byline_problem_format_for_file (const BylineProblem *self,
                                const char          *file_name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  return g_strdup_printf ("%s:%u:%u: %s: %s",
                          file_name, self->line, MAX (self->column, 1),
                          self->severity == BYLINE_SEVERITY_ERROR ? "error" : "warning",
                          self->message);
}

/* The line of the opening marker, or of the first key in Hexo's form that
 * has none: where a problem of the whole front matter is reported. */
static guint
get_opener_line (BylinePost *post)
{
  const char *leading = byline_post_get_leading_text (post);
  BylineLocator locator;
  guint line, column;

  byline_locator_init (&locator, leading);
  byline_locator_find (&locator, strlen (leading), &line, &column);
  return line;
}

/**
 * byline_lint_parse_error:
 *
 * Returns: (transfer full) (nullable): why the post's front matter cannot
 *   be read (never closed, or not valid YAML, TOML or JSON), located in the
 *   file rather than in the front matter text; %NULL when it reads
 */
GError *
byline_lint_parse_error (BylinePost *post)
{
  BylineFrontMatter *front_matter;
  const GError *error;
  GError *copy;

  g_return_val_if_fail (BYLINE_IS_POST (post), NULL);

  if ((error = byline_post_get_layout_error (post)) != NULL)
    return g_error_copy (error);

  front_matter = byline_post_get_front_matter (post);
  if (front_matter == NULL || (error = byline_front_matter_get_error (front_matter)) == NULL)
    return NULL;

  copy = g_error_copy (error);
  byline_error_shift_location (copy, byline_post_get_front_matter_line (post) - 1);
  return copy;
}

typedef struct {
  BylinePost *post;
  GPtrArray  *problems;
  /* Added to a line of the front matter text to give a line of the file. */
  guint       shift;
} Lint;

static void
add_problem (Lint           *lint,
             BylineSeverity  severity,
             guint           line,
             guint           column,
             const char     *message)
{
  g_ptr_array_add (lint->problems, byline_problem_new (severity, line, column, message));
}

/* Reports a problem of a node at the node's place in the file, or at the
 * opening marker for a node that has no place. */
static void
add_node_problem (Lint             *lint,
                  BylineSeverity    severity,
                  const BylineNode *node,
                  const char       *message)
{
  if (node != NULL && byline_node_has_span (node))
    add_problem (lint, severity,
                 byline_node_get_line (node) + lint->shift,
                 byline_node_get_column (node),
                 message);
  else
    add_problem (lint, severity, get_opener_line (lint->post), 1, message);
}

/* Located errors carry their place; others are reported at @line. */
static BylineProblem *
problem_from_error (const GError *error,
                    guint         line)
{
  guint column = 1;

  byline_error_get_location (error, &line, &column);
  return byline_problem_new (BYLINE_SEVERITY_ERROR, line, column, error->message);
}

static void
add_error (Lint         *lint,
           const GError *error)
{
  g_ptr_array_add (lint->problems, problem_from_error (error, get_opener_line (lint->post)));
}

/* Collects the byte ranges of scalars written over several lines: a tab
 * that starts a line inside one is part of the value, not indentation. */
static void
collect_multi_line_scalars (const BylineNode *node,
                            const char       *text,
                            GArray           *ranges)
{
  guint n;

  if (node->target != NULL)
    return;

  if (byline_node_is_scalar (node))
    {
      if (node->has_span && memchr (text + node->start, '\n', node->end - node->start) != NULL)
        {
          gsize range[2] = { node->start, node->end };

          g_array_append_vals (ranges, range, 2);
        }
      return;
    }

  n = byline_node_get_n_children (node);
  for (guint i = 0; i < n; i++)
    {
      if (node->keys != NULL)
        collect_multi_line_scalars (g_ptr_array_index (node->keys, i), text, ranges);
      collect_multi_line_scalars (g_ptr_array_index (node->values, i), text, ranges);
    }
}

static gboolean
is_inside_range (const GArray *ranges,
                 gsize         offset)
{
  for (guint i = 0; i + 1 < ranges->len; i += 2)
    if (g_array_index (ranges, gsize, i) < offset && offset < g_array_index (ranges, gsize, i + 1))
      return TRUE;
  return FALSE;
}

/* YAML indents with spaces only: Jekyll and Hugo refuse a tab there, and
 * Hexo quietly turns each one into two spaces, which can change the
 * meaning. */
static void
lint_tabs (Lint             *lint,
           const char       *text,
           const BylineNode *root)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint line = 1;

  if (root != NULL)
    collect_multi_line_scalars (root, text, ranges);

  for (gsize start = 0; text[start] != '\0'; start = byline_text_next_line (text, start), line++)
    {
      gsize end = byline_text_skip_blanks (text, start);
      const char *tab = memchr (text + start, '\t', end - start);

      if (tab != NULL && !byline_text_is_blank (text, end, byline_text_next_line (text, end)) &&
          !is_inside_range (ranges, start))
        add_problem (lint, BYLINE_SEVERITY_ERROR, line + lint->shift, tab - (text + start) + 1,
                     _("This line is indented with a tab; YAML allows only spaces"));
    }
}

static void
lint_duplicate_keys (Lint             *lint,
                     const BylineNode *node)
{
  g_autoptr(GHashTable) seen = NULL;
  guint n;

  /* An alias repeats a value written elsewhere, which is linted there. */
  if (node->target != NULL || byline_node_is_scalar (node))
    return;

  n = byline_node_get_n_children (node);
  if (node->keys != NULL)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      lint_duplicate_keys (lint, g_ptr_array_index (node->values, i));

      if (seen != NULL)
        {
          const BylineNode *key = g_ptr_array_index (node->keys, i);
          const char *name = byline_node_get_string (key);

          if (name == NULL || (node->has_merge && strcmp (name, "<<") == 0))
            continue;

          if (!g_hash_table_add (seen, (gpointer) name))
            {
              g_autofree char *message =
                g_strdup_printf (_("The key “%s” is already used above; Hexo refuses the post and other readers keep only one of the values"),
                                 name);

              add_node_problem (lint, BYLINE_SEVERITY_ERROR, key, message);
            }
        }
    }
}

static gboolean
is_missing (const BylineNode *node)
{
  if (node == NULL || byline_node_get_kind (node) == BYLINE_NODE_NULL)
    return TRUE;

  return byline_node_get_kind (node) == BYLINE_NODE_STRING &&
         *byline_node_get_string (node) == '\0';
}

static void
lint_title (Lint             *lint,
            const BylineNode *root)
{
  BylineNode *title = byline_node_lookup (root, "title");

  if (is_missing (title))
    add_node_problem (lint, BYLINE_SEVERITY_WARNING, title,
                      _("The post has no title; sites will show its file name instead"));
  else if (!byline_node_is_scalar (title))
    add_node_problem (lint, BYLINE_SEVERITY_ERROR, title,
                      _("The title is a list or a mapping, not text"));
}

static void
lint_date (Lint             *lint,
           const BylineNode *root)
{
  BylineNode *date = byline_node_lookup (root, "date");
  g_autoptr(BylineDate) parsed = NULL;
  g_autofree char *message = NULL;

  if (is_missing (date))
    {
      add_node_problem (lint, BYLINE_SEVERITY_WARNING, date,
                        _("The post has no date; Hexo uses the file’s time and Jekyll the date in its name"));
      return;
    }

  switch (byline_node_get_kind (date))
    {
    case BYLINE_NODE_TIMESTAMP:
      return;

    case BYLINE_NODE_STRING:
      if ((parsed = byline_date_parse (byline_node_get_string (date), NULL)) != NULL)
        return;
      message = g_strdup_printf (_("“%s” is not a date that Hexo, Jekyll and Hugo all read"),
                                 byline_node_get_string (date));
      break;

    case BYLINE_NODE_NULL:
    case BYLINE_NODE_BOOLEAN:
    case BYLINE_NODE_INTEGER:
    case BYLINE_NODE_FLOAT:
    case BYLINE_NODE_SEQUENCE:
    case BYLINE_NODE_MAPPING:
    default:
      message = g_strdup (_("The date is not written as a date"));
      break;
    }

  add_node_problem (lint, BYLINE_SEVERITY_ERROR, date, message);
}

static gboolean
has_problem_on_line (Lint         *lint,
                     const GError *error)
{
  guint line;

  if (!byline_error_get_location (error, &line, NULL))
    return FALSE;

  for (guint i = 0; i < lint->problems->len; i++)
    if (((BylineProblem *) g_ptr_array_index (lint->problems, i))->line == line)
      return TRUE;

  return FALSE;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const BylineProblem *pa = *(const BylineProblem **) a;
  const BylineProblem *pb = *(const BylineProblem **) b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

static void
lint_front_matter (Lint              *lint,
                   BylineFrontMatter *front_matter)
{
  BylineNode *root = byline_front_matter_get_root (front_matter);
  g_autoptr(GError) error = NULL;

  if (byline_front_matter_get_format (front_matter) == BYLINE_FORMAT_YAML)
    {
      const char *leading = byline_post_get_leading_text (lint->post);

      /* Jekyll reads front matter only when `---` are the very first bytes.
       * Hexo's pattern happens to skip one empty line, but no more. */
      if (strcmp (leading, "\n") == 0 || strcmp (leading, "\r\n") == 0)
        add_problem (lint, BYLINE_SEVERITY_WARNING, 1, 1,
                     _("A blank line comes before the opening “---”; Jekyll will not see the front matter"));
      else if (*leading != '\0')
        add_problem (lint, BYLINE_SEVERITY_WARNING, 1, 1,
                     _("Blank lines come before the opening “---”; neither Jekyll nor Hexo will see the front matter"));

      lint_tabs (lint, byline_front_matter_get_text (front_matter), root);
    }

  if ((error = byline_lint_parse_error (lint->post)) != NULL)
    {
      /* A tab on the line where YAML stops is the cause, and says so in
       * plainer words than the parser can. */
      if (!has_problem_on_line (lint, error))
        add_error (lint, error);
      return;
    }

  if (byline_node_get_kind (root) == BYLINE_NODE_NULL ||
      (byline_node_get_kind (root) == BYLINE_NODE_MAPPING && byline_node_get_n_children (root) == 0))
    {
      add_problem (lint, BYLINE_SEVERITY_WARNING, get_opener_line (lint->post), 1,
                   _("The front matter is empty; the post has no title and no date"));
      return;
    }

  if (byline_node_get_kind (root) != BYLINE_NODE_MAPPING)
    {
      add_node_problem (lint, BYLINE_SEVERITY_ERROR, root,
                        _("The front matter is not a set of keys and values"));
      return;
    }

  lint_duplicate_keys (lint, root);
  lint_title (lint, root);
  lint_date (lint, root);
}

/**
 * byline_lint_post:
 *
 * Checks what would make Hexo, Jekyll or Hugo misread the post: front
 * matter that does not parse or is never closed, a missing title or date, a
 * date no generator reads, blank lines before the opening `---`, duplicate
 * keys and tabs in YAML indentation.
 *
 * Returns: (transfer container) (element-type BylineProblem): the problems,
 *   in the order of the file
 */
GPtrArray *
byline_lint_post (BylinePost *post)
{
  BylineFrontMatter *front_matter;
  const GError *layout_error;
  Lint lint = { post, NULL, 0 };

  g_return_val_if_fail (BYLINE_IS_POST (post), NULL);

  lint.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_problem_free);
  front_matter = byline_post_get_front_matter (post);
  layout_error = byline_post_get_layout_error (post);

  if (front_matter != NULL)
    {
      lint.shift = byline_post_get_front_matter_line (post) - 1;
      lint_front_matter (&lint, front_matter);
    }
  else if (layout_error != NULL)
    add_error (&lint, layout_error);
  else
    add_problem (&lint, BYLINE_SEVERITY_WARNING, 1, 1,
                 _("The post has no front matter, so it has no title and no date"));

  g_ptr_array_sort (lint.problems, compare_problems);
  return lint.problems;
}

/**
 * byline_lint_file:
 *
 * Loads @file and lints it. A file that is not UTF-8 text is a problem of
 * the post, not a failure.
 *
 * Returns: (transfer container) (element-type BylineProblem) (nullable):
 *   the problems, or %NULL with @error set when the file cannot be read
 */
GPtrArray *
byline_lint_file (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(BylinePost) post = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *problems;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if ((post = byline_post_load (file, cancellable, &local_error)) != NULL)
    return byline_lint_post (post);

  if (!g_error_matches (local_error, BYLINE_ERROR, BYLINE_ERROR_ENCODING))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_problem_free);
  g_ptr_array_add (problems, problem_from_error (local_error, 1));
  return problems;
}
