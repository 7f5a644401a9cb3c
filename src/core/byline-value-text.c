/* byline-value-text.c
 *
 * A value is written and read back as the value of a one-key front matter,
 * so that the raw editor quotes, escapes and types exactly as the syntaxes
 * do when they edit a post.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-node-private.h"
#include "byline-value-text.h"

#define VALUE_KEY "v"

/* The text that stands before a value of the one-key front matter. */
static const char *
value_prefix (BylineFormat format)
{
  switch (format)
    {
    case BYLINE_FORMAT_YAML:
      return VALUE_KEY ": ";
    case BYLINE_FORMAT_TOML:
      return VALUE_KEY " = ";
    case BYLINE_FORMAT_JSON:
      return "{\"" VALUE_KEY "\": ";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Collections written on one line, as the raw editor shows them. */
static BylineNode *
copy_as_flow (const BylineNode *value)
{
  BylineNode *copy = byline_node_copy (value);
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, copy);
  while (stack->len > 0)
    {
      BylineNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

      if (byline_node_is_scalar (node))
        {
          if (node->style == BYLINE_NODE_STYLE_LITERAL || node->style == BYLINE_NODE_STYLE_FOLDED)
            node->style = BYLINE_NODE_STYLE_ANY;
          continue;
        }

      node->style = BYLINE_NODE_STYLE_FLOW;
      for (guint i = 0; i < byline_node_get_n_children (node); i++)
        g_ptr_array_add (stack, byline_node_get_child (node, i));
    }
  g_ptr_array_unref (stack);

  return copy;
}

/* A one-item list in each language: its item is always written inline. */
static const char *
list_document (BylineFormat format)
{
  switch (format)
    {
    case BYLINE_FORMAT_YAML:
      return VALUE_KEY ": [0]\n";
    case BYLINE_FORMAT_TOML:
      return VALUE_KEY " = [0]\n";
    case BYLINE_FORMAT_JSON:
      return "{\"" VALUE_KEY "\": [0]}";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * byline_value_to_text:
 *
 * Returns: (transfer full): @value written on one line as @format writes
 *   it in a post: `[a, b]`, `{x: 1}`, `'quoted: text'`
 */
char *
byline_value_to_text (BylineFormat      format,
                      const BylineNode *value)
{
  g_autoptr(BylineFrontMatter) scratch = NULL;
  g_autoptr(BylineNode) flow = NULL;
  g_autoptr(GError) error = NULL;
  BylineNode *written;

  g_return_val_if_fail (value != NULL, NULL);

  /* Written as the item of a list, a value takes its inline form in every
   * language, where a TOML table alone would become a [section]. */
  scratch = byline_front_matter_new (format, list_document (format));
  flow = copy_as_flow (value);
  if (!byline_front_matter_set (scratch, VALUE_KEY ".0", flow, &error))
    g_return_val_if_reached (g_strdup (""));

  written = byline_front_matter_lookup (scratch, VALUE_KEY ".0");
  return g_strndup (byline_front_matter_get_text (scratch) + byline_node_get_start (written),
                    byline_node_get_end (written) - byline_node_get_start (written));
}

/**
 * byline_value_parse:
 * @text: one value, as `[a, b]` or `"x"`
 *
 * Reads @text as a value of a post's front matter in @format would read.
 *
 * Returns: (transfer full) (nullable): the value, detached from @text; or
 *   %NULL with a located error (column counted in @text)
 */
BylineNode *
byline_value_parse (BylineFormat   format,
                    const char    *text,
                    GError       **error)
{
  const char *prefix = value_prefix (format);
  g_autofree char *document = NULL;
  g_autoptr(BylineFrontMatter) scratch = NULL;
  const GError *parse_error;
  BylineNode *root;
  guint line, column;

  g_return_val_if_fail (text != NULL, NULL);

  if (strchr (text, '\n') != NULL || strchr (text, '\r') != NULL)
    {
      byline_set_located_error (error, BYLINE_ERROR_INVALID, 1, 1,
                                _("A value here is written on one line"));
      return NULL;
    }

  document = g_strconcat (prefix, text, format == BYLINE_FORMAT_JSON ? "}" : "", "\n", NULL);
  scratch = byline_front_matter_new (format, document);

  parse_error = byline_front_matter_get_error (scratch);
  if (parse_error != NULL)
    {
      if (!byline_error_get_location (parse_error, &line, &column))
        line = column = 1;
      column = column > strlen (prefix) ? column - strlen (prefix) : 1;
      byline_set_located_error (error, BYLINE_ERROR_PARSE, 1,
                                MIN (column, g_utf8_strlen (text, -1) + 1),
                                "%s", parse_error->message);
      return NULL;
    }

  root = byline_front_matter_get_root (scratch);
  if (byline_node_get_kind (root) != BYLINE_NODE_MAPPING ||
      byline_node_get_n_children (root) != 1 ||
      g_strcmp0 (byline_node_get_key_string (root, 0), VALUE_KEY) != 0)
    {
      byline_set_located_error (error, BYLINE_ERROR_INVALID, 1, 1,
                                _("Write one value here, such as a word, a number or a list in brackets"));
      return NULL;
    }

  return byline_node_copy (byline_node_get_child (root, 0));
}
