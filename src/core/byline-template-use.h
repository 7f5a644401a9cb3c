/* byline-template-use.h: whether the braces in a post's body are template
 * code (Hexo's Nunjucks, Jekyll's Liquid) or text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The template engine a generator runs on post bodies. */
typedef enum {
  BYLINE_TEMPLATE_ENGINE_NUNJUCKS,
  BYLINE_TEMPLATE_ENGINE_LIQUID,
} BylineTemplateEngine;

typedef enum {
  /* No `{{`, `{%` (or, for Nunjucks, `{#`) at all. */
  BYLINE_TEMPLATE_USE_NONE,
  /* Tags that read as template code written on purpose. */
  BYLINE_TEMPLATE_USE_TAGS,
  /* Braces that are text to the writer, or tags the engine does not know
   * or would stop on: it would eat the text or fail the build. */
  BYLINE_TEMPLATE_USE_TEXT,
} BylineTemplateUse;

BylineTemplateUse byline_template_use (const char           *body,
                                       BylineTemplateEngine  engine);

G_END_DECLS
