/* byline-field-kind.h: which control edits a front matter value, decided
 * from the value and the well-known names of keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_FIELD_KIND_TEXT,       /* one line of text */
  BYLINE_FIELD_KIND_MULTILINE,  /* a paragraph of text */
  BYLINE_FIELD_KIND_SWITCH,     /* true or false */
  BYLINE_FIELD_KIND_DATE,       /* a date, with its time when it has one */
  BYLINE_FIELD_KIND_LIST,       /* a list of words: categories, tags */
  BYLINE_FIELD_KIND_IMAGE,      /* the address of an image */
  BYLINE_FIELD_KIND_NUMBER,     /* an integer or a decimal number */
  BYLINE_FIELD_KIND_GROUP,      /* a mapping of further fields */
  BYLINE_FIELD_KIND_RAW,        /* any value, written in the front matter's language */
} BylineFieldKind;

BylineFieldKind  byline_field_kind_for_key     (const char       *key);
BylineFieldKind  byline_field_kind_for_value   (const char       *key,
                                                const BylineNode *value);
gboolean         byline_field_kind_accepts     (BylineFieldKind   kind,
                                                const char       *key,
                                                const BylineNode *value);
BylineNode      *byline_field_kind_empty_value (BylineFieldKind   kind,
                                                BylineFormat      format);
gboolean         byline_field_key_is_date      (const char       *key);
gboolean         byline_field_key_is_title     (const char       *key);

G_END_DECLS
