/* byline-yaml.c: placeholder until the YAML syntax lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"
#include "byline-syntax.h"

static BylineNode *
parse (const char  *text,
       GError     **error)
{
  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE, "YAML front matter is not read yet");
  return NULL;
}

const BylineSyntax byline_yaml_syntax = { parse, NULL, NULL, NULL };
