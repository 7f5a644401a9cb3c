/* byline-html.h: escaping text for HTML, and marking the source lines of
 * HTML written by people without changing it otherwise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void         byline_html_append_escaped      (GString    *out,
                                              const char *text,
                                              gssize      length);
const char  *byline_html_find_tag_end        (const char *tag,
                                              const char *end);
const char  *byline_html_find_end_tag        (const char *p,
                                              const char *end,
                                              const char *name,
                                              gsize       length);
gboolean     byline_html_name_is_one_of      (const char         *name,
                                              gsize               length,
                                              const char * const *names);
gboolean     byline_html_is_more_comment     (const char *text,
                                              gsize       length);
void         byline_html_append_more_divider (GString    *out,
                                              guint       line);
void         byline_html_annotate            (GString    *out,
                                              const char *html,
                                              gsize       length,
                                              guint       first_line);

G_END_DECLS
