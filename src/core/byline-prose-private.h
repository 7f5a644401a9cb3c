/* byline-prose-private.h: what the readers of HTML and Markdown share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-prose.h"

G_BEGIN_DECLS

typedef struct {
  const char      *text;
  gsize            length;
  BylineProseFunc  func;
  gpointer         user_data;

  /* The last part found, held back to be merged with a next one of its
   * kind that follows it at once. */
  BylineProseKind  pending_kind;
  gsize            pending_start;
  gsize            pending_end;

  /* Everything before this offset has a kind. */
  gsize            done;
  /* Inside <pre>, <code> and their like, text is code. */
  guint            code_depth;

  /* The `]` of the Markdown link being read, with its target and end. */
  gsize            link_close;
  gsize            link_address_start;
  gsize            link_address_end;
  gsize            link_end;
} Scan;

static inline gboolean
byline_prose_is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* A byte of a word: a letter or digit, or a byte of a character that is
 * not ASCII. */
static inline gboolean
byline_prose_is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

void  byline_prose_mark               (Scan            *s,
                                       BylineProseKind  kind,
                                       gsize            start,
                                       gsize            end);
gsize byline_prose_reach              (Scan            *s,
                                       gsize            pos);
gsize byline_prose_line_end           (Scan            *s,
                                       gsize            pos);
gsize byline_prose_paragraph_end      (Scan            *s,
                                       gsize            pos);
gsize byline_prose_read_tag           (Scan            *s,
                                       gsize            pos,
                                       gsize            limit);
gsize byline_prose_read_entity        (Scan            *s,
                                       gsize            pos);
gsize byline_prose_read_template      (Scan            *s,
                                       gsize            pos,
                                       gsize            limit);
gsize byline_prose_read_address       (Scan            *s,
                                       gsize            pos,
                                       gsize            limit);
gsize byline_prose_run_length         (Scan            *s,
                                       gsize            pos,
                                       gsize            limit);
gsize byline_prose_find_bracket_close (Scan            *s,
                                       gsize            open,
                                       gsize            paragraph);
gsize byline_prose_read_inline        (Scan            *s,
                                       gsize            pos,
                                       gsize            limit);
void  byline_prose_read_markdown      (Scan            *s);

G_END_DECLS
