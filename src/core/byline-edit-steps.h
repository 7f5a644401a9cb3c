/* byline-edit-steps.h: a collection's new value written as the few item
 * edits that turn the old one into it, so unchanged items keep their bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node.h"

G_BEGIN_DECLS

/* The edits a syntax makes on its text, each parsing the text it is given
 * (set and remove are the syntax's own, called without a root); @path
 * leads to the member or item they change. */
typedef struct {
  char *(*set)    (const char         *text,
                   BylineNode         *root,
                   const char * const *path,
                   BylineNode         *value,
                   const char         *newline,
                   GError            **error);
  char *(*insert) (const char         *text,
                   const char * const *path,
                   guint               index,
                   BylineNode         *value,
                   const char         *newline,
                   GError            **error);
  char *(*remove) (const char         *text,
                   BylineNode         *root,
                   const char * const *path,
                   const char         *newline,
                   GError            **error);
} BylineEditSteps;

BylineNode  *byline_path_find_parent    (BylineNode             *root,
                                         const char * const     *path,
                                         int                    *index,
                                         GError                **error);
BylineNode  *byline_path_find_existing  (BylineNode             *root,
                                         const char * const     *path,
                                         int                    *index,
                                         GError                **error);
BylineNode  *byline_path_lookup         (BylineNode             *root,
                                         const char * const     *path);
char       **byline_path_child          (const char * const     *path,
                                         const char             *segment);
gboolean     byline_mapping_keeps_order (const BylineNode       *old,
                                         const BylineNode       *value);
char        *byline_edit_sequence       (const BylineEditSteps  *steps,
                                         const char             *text,
                                         const char * const     *path,
                                         const BylineNode       *old,
                                         BylineNode             *value,
                                         const char             *newline,
                                         GError                **error);
char        *byline_edit_mapping        (const BylineEditSteps  *steps,
                                         const char             *text,
                                         const char * const     *path,
                                         const BylineNode       *old,
                                         BylineNode             *value,
                                         const char             *newline,
                                         GError                **error);

G_END_DECLS
