/* byline-yaml.c: YAML front matter, read and edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-syntax.h"
#include "byline-yaml-private.h"

const BylineSyntax byline_yaml_syntax = {
  byline_yaml_parse,
  NULL,
  NULL,
  NULL,
};
