/* byline-yaml-private.h: what the YAML parser, scalar rules and editor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-node-private.h"

G_BEGIN_DECLS

/* Deeper nesting and larger alias expansions than these are refused: no
 * post needs them, and a hostile file must not freeze the editor. */
#define BYLINE_YAML_MAX_DEPTH          512
#define BYLINE_YAML_MAX_ALIAS_EXPANSION 100000

/* Where a value stands, which decides the styles it may be written in. */
typedef enum {
  BYLINE_YAML_CONTEXT_BLOCK_VALUE,  /* `key: value`, `- value` */
  BYLINE_YAML_CONTEXT_FLOW_VALUE,   /* `[value]`, `{key: value}` */
  BYLINE_YAML_CONTEXT_BLOCK_KEY,    /* `value: x` */
  BYLINE_YAML_CONTEXT_FLOW_KEY,     /* `{value: x}` */
} BylineYamlContext;

/* How a file indents, so that new lines look like their neighbours. */
typedef struct {
  /* Columns a mapping under a key moves right. */
  guint       map_indent;
  /* Columns a list under a key moves right: 0 puts `- a` at the key's
   * column. */
  guint       seq_indent;
  const char *newline;
} BylineYamlHabits;

/* An edit in progress: the text and the splices that change it. */
typedef struct {
  const char       *text;
  gsize             length;
  BylineYamlHabits  habits;
  GArray           *splices;
} BylineYamlEdit;

typedef enum {
  BYLINE_YAML_OP_KEEP,
  BYLINE_YAML_OP_REPLACE,
  BYLINE_YAML_OP_DELETE,
  BYLINE_YAML_OP_INSERT,
} BylineYamlOpKind;

/* One step of turning a list or mapping into another: keep or replace old
 * member @old_index, delete it, or insert @key (mappings) and @value. */
typedef struct {
  BylineYamlOpKind  kind;
  int               old_index;
  BylineNode       *key;
  BylineNode       *value;
} BylineYamlOp;

/* Turns libyaml's character counts into byte offsets, lines and columns. */
typedef struct {
  const char *text;
  gsize       length;
  gsize       bom_length;
  gsize       cursor_chars;
  gsize       cursor_bytes;
  GArray     *line_starts;
  gsize       lines_scanned;
} BylineYamlMarks;

BylineNode    *byline_yaml_parse                             (const char             *text,
                                                              GError                **error);

void           byline_yaml_marks_init                        (BylineYamlMarks        *self,
                                                              const char             *text,
                                                              gsize                   length,
                                                              gsize                   bom_length);
void           byline_yaml_marks_clear                       (BylineYamlMarks        *self);
gsize          byline_yaml_marks_offset                      (BylineYamlMarks        *self,
                                                              gsize                   index);
void           byline_yaml_marks_locate                      (BylineYamlMarks        *self,
                                                              gsize                   offset,
                                                              guint                  *line,
                                                              guint                  *column);
const char    *byline_yaml_describe_problem                  (const char             *problem);

gsize          byline_yaml_line_start                        (const char             *text,
                                                              gsize                   pos);
gsize          byline_yaml_line_end                          (const char             *text,
                                                              gsize                   length,
                                                              gsize                   pos);
gsize          byline_yaml_next_line                         (const char             *text,
                                                              gsize                   length,
                                                              gsize                   pos);
gsize          byline_yaml_skip_blanks                       (const char             *text,
                                                              gsize                   length,
                                                              gsize                   pos);
gsize          byline_yaml_skip_gap                          (const char             *text,
                                                              gsize                   length,
                                                              gsize                   pos);
gsize          byline_yaml_skip_properties                   (const char             *text,
                                                              gsize                   length,
                                                              const BylineNode       *node);
gsize          byline_yaml_properties_end                    (const char             *text,
                                                              gsize                   length,
                                                              const BylineNode       *node);
gsize          byline_yaml_find_indicator                    (const char             *text,
                                                              gsize                   length,
                                                              gsize                   pos,
                                                              char                    indicator,
                                                              gboolean                in_flow);
gboolean       byline_yaml_is_blank_range                    (const char             *text,
                                                              gsize                   start,
                                                              gsize                   end);

BylineNode    *byline_yaml_scalar_new                        (const char             *value,
                                                              gsize                   length,
                                                              gboolean                is_plain,
                                                              const char             *tag,
                                                              GError                **error);
gboolean       byline_yaml_is_merge_key                      (const BylineNode       *key);
BylineNodeKind byline_yaml_resolve_plain                     (const char             *text);

char          *byline_yaml_write_scalar                      (const BylineNode       *value,
                                                              BylineNodeStyle         style,
                                                              BylineYamlContext       context,
                                                              guint                   indent,
                                                              const char             *newline);
char          *byline_yaml_write_flow                        (const BylineNode       *value,
                                                              const char             *newline);
gboolean       byline_yaml_write_key                         (GString                *out,
                                                              const BylineNode       *key,
                                                              gboolean                in_flow,
                                                              const char             *newline);
gboolean       byline_yaml_write_after_indicator             (GString                *out,
                                                              const BylineNode       *value,
                                                              guint                   column,
                                                              gboolean                is_item,
                                                              const BylineYamlHabits *habits);
gboolean       byline_yaml_set_unwritable_error              (GError                **error,
                                                              const BylineNode       *value);
gboolean       byline_yaml_write_block_item                  (GString                *out,
                                                              const BylineNode       *key,
                                                              const BylineNode       *value,
                                                              guint                   column,
                                                              const BylineYamlHabits *habits);

void           byline_yaml_edit_init                         (BylineYamlEdit         *edit,
                                                              const char             *text,
                                                              const BylineNode       *root,
                                                              const char             *newline);
void           byline_yaml_edit_clear                        (BylineYamlEdit         *edit);
void           byline_yaml_edit_splice                       (BylineYamlEdit         *edit,
                                                              gsize                   start,
                                                              gsize                   end,
                                                              char                   *text);
char          *byline_yaml_edit_finish                       (BylineYamlEdit         *edit,
                                                              GError                **error);
guint          byline_yaml_edit_column                       (const BylineYamlEdit   *edit,
                                                              gsize                   pos);
gsize          byline_yaml_edit_content_start                (const BylineYamlEdit   *edit,
                                                              const BylineNode       *node);
gsize          byline_yaml_edit_tabbed_blank_lines_end       (const BylineYamlEdit   *edit,
                                                              const BylineNode       *old);
gboolean       byline_yaml_edit_touches_properties           (const BylineYamlEdit   *edit,
                                                              const BylineNode       *old,
                                                              gsize                   content);
gsize          byline_yaml_edit_indicator_end                (const BylineYamlEdit   *edit,
                                                              const BylineNode       *collection,
                                                              guint                   index);
gsize          byline_yaml_edit_member_start                 (const BylineYamlEdit   *edit,
                                                              const BylineNode       *collection,
                                                              guint                   index);
gsize          byline_yaml_edit_member_end                   (const BylineYamlEdit   *edit,
                                                              const BylineNode       *collection,
                                                              guint                   index);
guint          byline_yaml_edit_member_column                (const BylineYamlEdit   *edit,
                                                              const BylineNode       *collection);
gboolean       byline_yaml_edit_set_member                   (BylineYamlEdit         *edit,
                                                              BylineNode             *collection,
                                                              guint                   index,
                                                              BylineNode             *value,
                                                              GError                **error);
gboolean       byline_yaml_edit_rename_key                   (BylineYamlEdit         *edit,
                                                              BylineNode             *mapping,
                                                              guint                   index,
                                                              const char             *new_key,
                                                              GError                **error);

GArray        *byline_yaml_diff                              (const BylineNode       *old,
                                                              const BylineNode       *new);
gboolean       byline_yaml_apply_ops                         (BylineYamlEdit         *edit,
                                                              const BylineNode       *old,
                                                              GArray                 *ops,
                                                              GError                **error);

G_END_DECLS
