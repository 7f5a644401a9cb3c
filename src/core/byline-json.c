/* byline-json.c: placeholder until the JSON syntax lands
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
  g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE, "JSON front matter is not read yet");
  return NULL;
}

const BylineSyntax byline_json_syntax = { parse, NULL, NULL, NULL };
