/* byline-template-use.h: whether the braces in a post's body are template
 * code (Hexo's Nunjucks, Jekyll's Liquid) or text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  /* No `{{`, `{%` (or, for Nunjucks, `{#`) at all. */
  BYLINE_TEMPLATE_USE_NONE,
  /* Tags that read as template code written on purpose. */
  BYLINE_TEMPLATE_USE_TAGS,
  /* Braces that are text to the writer, or tags the engine would stop on:
   * the engine would eat the text or fail the build. */
  BYLINE_TEMPLATE_USE_TEXT,
} BylineTemplateUse;

BylineTemplateUse byline_template_use (const char *body,
                                       gboolean    with_comments);

G_END_DECLS
