/* byline-taxonomy.h: counting the categories, tags and keys posts use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-front-matter.h"
#include "byline-post-entry.h"

G_BEGIN_DECLS

/* A category or tag in use, and how many posts use it. */
typedef struct {
  char  *name;
  guint  count;
} BylineTerm;

/* A front matter key in use, how many posts use it, the kinds of the
 * values they give it as bits (1 << BylineNodeKind), and how many of those
 * values are lists. */
typedef struct {
  char  *key;
  guint  count;
  guint  kinds;
  guint  list_count;
} BylineKeyUse;

typedef struct {
  GHashTable *categories;
  GHashTable *tags;
  GHashTable *keys;
} BylineTaxonomy;

BylineTaxonomy *byline_taxonomy_new        (void);
void            byline_taxonomy_free       (BylineTaxonomy    *taxonomy);
void            byline_taxonomy_add        (BylineTaxonomy    *taxonomy,
                                            BylinePostEntry   *entry,
                                            BylineNode        *root);
void            byline_taxonomy_merge      (BylineTaxonomy    *into,
                                            BylineTaxonomy    *from);
GArray         *byline_taxonomy_list_terms (GHashTable        *terms);
GArray         *byline_taxonomy_list_keys  (BylineTaxonomy    *taxonomy);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineTaxonomy, byline_taxonomy_free)

G_END_DECLS
