/* byline-toml-private.h: a TOML front matter with the places its edits need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-error.h"
#include "byline-flow.h"
#include "byline-node-private.h"
#include "byline-text.h"

G_BEGIN_DECLS

/* Deeper nesting than any front matter needs; it keeps a hostile file from
 * exhausting the stack of the parser and of every reader after it. */
#define BYLINE_TOML_MAX_DEPTH 512

/* How a table came to be, which decides how keys are added to it. */
typedef enum {
  BYLINE_TOML_TABLE_ROOT,
  BYLINE_TOML_TABLE_HEADER,    /* [a.b] */
  BYLINE_TOML_TABLE_IMPLICIT,  /* a, made by [a.b] alone */
  BYLINE_TOML_TABLE_DOTTED,    /* a, made by `a.b = 1` */
  BYLINE_TOML_TABLE_INLINE,    /* { … } */
  BYLINE_TOML_TABLE_ELEMENT,   /* one [[a]] of an array of tables */
} BylineTomlTableKind;

/* The lines a header opens (the root's come before any header). */
typedef struct {
  BylineNode *table;
  gsize       start;       /* the header line; 0 for the root */
  gsize       header_end;  /* after the header line; 0 for the root */
  gsize       end;         /* after its last key/value line, or header_end */
  gsize       last_entry;  /* where its last key/value line starts */
  gboolean    has_entries;
  guint       line;
  guint       column;
} BylineTomlSection;

typedef struct {
  BylineTomlTableKind  kind;
  BylineNode          *node;
  char               **key_path;      /* from the root, without list indices */
  BylineTomlSection   *section;       /* where its key/value lines go */
  BylineNode          *inline_table;  /* a dotted table inside { … }: that table */
  char               **dotted_keys;   /* a dotted table: its keys from the table
                                       * that holds the `a.b = 1` lines */
  guint                depth;
} BylineTomlTable;

/* A `key = value` line of a section, or a member of an inline table. */
typedef struct {
  gsize               start;      /* the line's start; a member's first key */
  gsize               key_end;    /* after the last key */
  gsize               end;        /* after the line's end; a member's value */
  BylineNode         *value;
  BylineTomlSection  *section;
  BylineNode         *inline_table;
} BylineTomlEntry;

/* Where a key is written, in text order; renaming a table renames it in
 * every header and dotted key that names it. */
typedef struct {
  BylineNode *table;
  char       *key;
  gsize       start;
  gsize       end;
} BylineTomlKeyUse;

typedef struct {
  BylineNode *root;
  GHashTable *tables;    /* BylineNode * → BylineTomlTable * */
  GHashTable *flows;     /* BylineNode * → BylineFlow *, inline arrays and tables */
  GPtrArray  *sections;  /* BylineTomlSection *, in text order */
  GPtrArray  *entries;   /* BylineTomlEntry *, in text order */
  GPtrArray  *key_uses;  /* BylineTomlKeyUse * */
} BylineTomlDocument;

BylineTomlDocument *byline_toml_document_parse (const char          *text,
                                                GError             **error);
void                byline_toml_document_free  (BylineTomlDocument  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineTomlDocument, byline_toml_document_free)

/* A reader's place in the text and in the document it builds. */
typedef struct {
  BylineScanner       scanner;
  BylineTomlDocument *document;
  BylineTomlSection  *section;  /* the section being read */
} BylineTomlParser;

/* Placing keys in tables (byline-toml-tables.c). */
BylineTomlTable *byline_toml_lookup_table       (BylineTomlParser *parser,
                                                 const BylineNode *node);
void             byline_toml_add_key_use        (BylineTomlParser *parser,
                                                 BylineNode       *table,
                                                 BylineNode       *key);
BylineNode      *byline_toml_follow_dotted_key  (BylineTomlParser *parser,
                                                 BylineNode       *table,
                                                 BylineNode       *key,
                                                 BylineNode       *inline_table);
BylineNode      *byline_toml_follow_header_keys (BylineTomlParser *parser,
                                                 GPtrArray        *keys);
BylineNode      *byline_toml_add_array_element  (BylineTomlParser *parser,
                                                 BylineNode       *parent,
                                                 BylineNode       *key);
BylineNode      *byline_toml_define_table       (BylineTomlParser *parser,
                                                 BylineNode       *parent,
                                                 BylineNode       *key);

/* Reading scalars and keys (byline-toml-scalar.c). */
BylineNode *byline_toml_scan_string   (BylineScanner *scanner,
                                       gboolean       is_key);
BylineNode *byline_toml_scan_bare_key (BylineScanner *scanner);
BylineNode *byline_toml_scan_scalar   (BylineScanner *scanner);
gboolean    byline_toml_is_date_time  (const char    *text);

/* Writing values and keys (byline-toml-write.c). */
void     byline_toml_append_key   (GString             *out,
                                   const char          *key);
void     byline_toml_append_keys  (GString             *out,
                                   const char * const  *keys);
gboolean byline_toml_append_value (GString             *out,
                                   const BylineNode    *value,
                                   BylineNodeStyle      style,
                                   gboolean             break_after_open,
                                   const char          *newline,
                                   GError             **error);

/* Edits (byline-toml-edit.c, byline-toml-remove.c); @root is not used. */
GHashTable *byline_toml_subtree (BylineNode          *node);
char       *byline_toml_set     (const char          *text,
                                 BylineNode          *root,
                                 const char * const  *path,
                                 BylineNode          *value,
                                 const char          *newline,
                                 GError             **error);
char       *byline_toml_remove  (const char          *text,
                                 BylineNode          *root,
                                 const char * const  *path,
                                 const char          *newline,
                                 GError             **error);
char       *byline_toml_rename  (const char          *text,
                                 BylineNode          *root,
                                 const char * const  *path,
                                 const char          *new_key,
                                 const char          *newline,
                                 GError             **error);

G_END_DECLS
