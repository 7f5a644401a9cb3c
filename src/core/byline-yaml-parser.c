/* byline-yaml-parser.c: YAML front matter read into a tree of nodes that
 * know where they are written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <yaml.h>

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-yaml-private.h"

#define UTF8_BOM "\xef\xbb\xbf"

typedef struct {
  BylineNode *node;
  /* A mapping's key that waits for its value. */
  BylineNode *key;
  /* The number of nodes a reader sees in it, with aliases expanded. */
  guint64     expanded;
  /* A block collection's indentation: the column of its keys or `-`. */
  int         indent;
} Frame;

typedef struct {
  BylineNode *node;
  guint64     expanded;
} Anchor;

typedef struct {
  const char      *text;
  gsize            length;
  gsize            bom_length;
  yaml_parser_t    parser;
  BylineYamlMarks  marks;

  GArray          *frames;
  GHashTable      *anchors;
  guint64          alias_expansion;
  BylineNode      *root;
  guint            n_documents;
} Parser;

static guint64
saturated_add (guint64 a,
               guint64 b)
{
  return a > G_MAXUINT64 - b ? G_MAXUINT64 : a + b;
}

static gsize
byte_offset (Parser            *self,
             const yaml_mark_t *mark)
{
  return byline_yaml_marks_offset (&self->marks, mark->index);
}

static void
set_span (Parser     *self,
          BylineNode *node,
          gsize       start,
          gsize       end)
{
  guint line, column;

  byline_yaml_marks_locate (&self->marks, start, &line, &column);
  byline_node_set_span (node, start, end, line, column);
}

static void
set_error_at (Parser           *self,
              GError          **error,
              BylineErrorCode   code,
              gsize             offset,
              const char       *message)
{
  guint line, column;

  byline_yaml_marks_locate (&self->marks, offset, &line, &column);
  byline_set_located_error (error, code, line, column, "%s", message);
}

static Frame *
top_frame (Parser *self)
{
  return self->frames->len > 0 ? &g_array_index (self->frames, Frame, self->frames->len - 1) : NULL;
}

/* libyaml's indentation where a value starts: its block collection's, or
 * -1 at the root. */
static int
parent_indent (Parser *self)
{
  Frame *parent = top_frame (self);

  return parent != NULL ? parent->indent : -1;
}

/* A block scalar's token runs on over the blank lines after it and the
 * next line's indentation; its span ends with its last line instead (the
 * last line holding text, or with `+` chomping the last kept blank line),
 * so that the lines after it stay outside. */
static gsize
block_scalar_end (Parser           *self,
                  const BylineNode *node)
{
  const char *text = self->text;
  gsize token_end = node->end;
  gsize header_end = byline_yaml_skip_properties (text, self->length, node);
  gsize region_end = token_end;
  gsize indent = G_MAXSIZE;
  gboolean keep = FALSE;
  gsize end;

  if (header_end < token_end)
    header_end++;
  for (; header_end < token_end && strchr ("+-0123456789", text[header_end]) != NULL; header_end++)
    {
      keep |= text[header_end] == '+';
      /* An indentation indicator counts from the collection's indentation. */
      if (g_ascii_isdigit (text[header_end]))
        indent = MAX (parent_indent (self), 0) + g_ascii_digit_value (text[header_end]);
    }

  if (region_end < self->length &&
      byline_yaml_is_blank_range (text, byline_yaml_line_start (text, region_end), region_end))
    region_end = byline_yaml_line_start (text, region_end);

  /* A line of spaces is text when it is indented deeper than the block's
   * first line of text. */
  for (gsize line = byline_yaml_next_line (text, self->length, header_end);
       line < region_end && indent == G_MAXSIZE;
       line = byline_yaml_next_line (text, self->length, line))
    {
      gsize line_end = MIN (byline_yaml_line_end (text, self->length, line), region_end);
      gsize first = line;

      while (first < line_end && text[first] == ' ')
        first++;
      if (first < line_end)
        indent = first - line;
    }

  /* The header line is the block's, comment included, even without text
   * lines after it. */
  end = byline_yaml_line_end (text, self->length, header_end);
  for (gsize line = byline_yaml_next_line (text, self->length, header_end);
       line < region_end;
       line = byline_yaml_next_line (text, self->length, line))
    {
      gsize line_end = MIN (byline_yaml_line_end (text, self->length, line), region_end);
      gsize first = line;

      while (first < line_end && text[first] == ' ')
        first++;
      if (keep || first < line_end || line_end - line > indent)
        end = line_end;
    }

  return end;
}

static void
register_anchor (Parser      *self,
                 BylineNode  *node,
                 guint64      expanded)
{
  Anchor *anchor;

  if (node->anchor == NULL)
    return;

  anchor = g_new0 (Anchor, 1);
  anchor->node = byline_node_ref (node);
  anchor->expanded = expanded;
  g_hash_table_replace (self->anchors, g_strdup (node->anchor), anchor);
}

static void
add_node (Parser     *self,
          BylineNode *node,
          guint64     expanded)
{
  Frame *parent = top_frame (self);

  if (parent == NULL)
    {
      g_clear_pointer (&self->root, byline_node_unref);
      self->root = byline_node_ref (node);
      return;
    }

  parent->expanded = saturated_add (parent->expanded, expanded);

  if (parent->node->kind == BYLINE_NODE_SEQUENCE)
    g_ptr_array_add (parent->node->values, byline_node_ref (node));
  else if (parent->key == NULL)
    parent->key = byline_node_ref (node);
  else
    {
      g_ptr_array_add (parent->node->keys, g_steal_pointer (&parent->key));
      g_ptr_array_add (parent->node->values, byline_node_ref (node));
    }
}

/* Where an empty value is written: just past the `:` of its key or the `-`
 * of its item. libyaml places it at the next token, often lines below. */
static gsize
empty_value_offset (Parser *self,
                    gsize   fallback)
{
  Frame *parent = top_frame (self);
  BylineNode *container;

  if (parent == NULL)
    return fallback;

  container = parent->node;
  if (container->kind == BYLINE_NODE_MAPPING && parent->key != NULL)
    return byline_yaml_find_indicator (self->text, self->length, parent->key->end, ':',
                                       container->style == BYLINE_NODE_STYLE_FLOW);

  if (container->kind == BYLINE_NODE_SEQUENCE && container->style == BYLINE_NODE_STYLE_BLOCK)
    {
      gsize from = container->values->len > 0
        ? ((BylineNode *) g_ptr_array_index (container->values, container->values->len - 1))->end
        : byline_yaml_skip_properties (self->text, self->length, container);

      return byline_yaml_find_indicator (self->text, self->length, from, '-', FALSE);
    }

  return fallback;
}

static gboolean
handle_scalar (Parser       *self,
               yaml_event_t *event,
               GError      **error)
{
  yaml_scalar_style_t style = event->data.scalar.style;
  gsize start = byte_offset (self, &event->start_mark);
  gsize end = byte_offset (self, &event->end_mark);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BylineNode) node = NULL;

  node = byline_yaml_scalar_new ((const char *) event->data.scalar.value,
                                 event->data.scalar.length,
                                 style == YAML_PLAIN_SCALAR_STYLE,
                                 (const char *) event->data.scalar.tag,
                                 &local_error);
  if (node == NULL)
    {
      set_error_at (self, error, BYLINE_ERROR_PARSE, start, local_error->message);
      return FALSE;
    }

  /* The token's span first: a block's header is found in it. */
  node->anchor = g_strdup ((const char *) event->data.scalar.anchor);
  set_span (self, node, start, end);
  switch (style)
    {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
      node->style = BYLINE_NODE_STYLE_SINGLE_QUOTED;
      break;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
      node->style = BYLINE_NODE_STYLE_DOUBLE_QUOTED;
      break;
    case YAML_LITERAL_SCALAR_STYLE:
      node->style = BYLINE_NODE_STYLE_LITERAL;
      end = block_scalar_end (self, node);
      break;
    case YAML_FOLDED_SCALAR_STYLE:
      node->style = BYLINE_NODE_STYLE_FOLDED;
      end = block_scalar_end (self, node);
      break;
    case YAML_PLAIN_SCALAR_STYLE:
    case YAML_ANY_SCALAR_STYLE:
    default:
      node->style = BYLINE_NODE_STYLE_PLAIN;
      if (start == end)
        start = end = empty_value_offset (self, start);
      break;
    }

  set_span (self, node, start, end);
  register_anchor (self, node, 1);
  add_node (self, node, 1);
  return TRUE;
}

static gboolean
handle_alias (Parser       *self,
              yaml_event_t *event,
              GError      **error)
{
  const char *name = (const char *) event->data.alias.anchor;
  gsize start = byte_offset (self, &event->start_mark);
  gsize end = byte_offset (self, &event->end_mark);
  g_autoptr(BylineNode) node = NULL;
  Anchor *anchor;

  anchor = g_hash_table_lookup (self->anchors, name);
  if (anchor == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The alias “*%s” refers to no anchor “&%s” before it"), name, name);

      set_error_at (self, error, BYLINE_ERROR_PARSE, start, message);
      return FALSE;
    }

  /* Count what readers will see once every alias is expanded, so that a
   * few lines that multiply (the "billion laughs") are refused early. */
  self->alias_expansion = saturated_add (self->alias_expansion, anchor->expanded);
  if (self->alias_expansion > BYLINE_YAML_MAX_ALIAS_EXPANSION)
    {
      g_autofree char *message =
        g_strdup_printf (_("The aliases expand to more than %d values; Byline refuses front matter this large"),
                         BYLINE_YAML_MAX_ALIAS_EXPANSION);

      set_error_at (self, error, BYLINE_ERROR_LIMIT, start, message);
      return FALSE;
    }

  node = byline_node_new (anchor->node->kind);
  node->target = byline_node_ref (anchor->node);
  set_span (self, node, start, end);
  add_node (self, node, anchor->expanded);
  return TRUE;
}

static gboolean
collection_tag_fits (const char     *tag,
                     BylineNodeKind  kind)
{
  static const char * const mapping_tags[] = {
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:set", "!", NULL
  };
  static const char * const sequence_tags[] = {
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap", "tag:yaml.org,2002:pairs", "!", NULL
  };

  if (tag == NULL)
    return TRUE;

  return g_strv_contains (kind == BYLINE_NODE_MAPPING ? mapping_tags : sequence_tags, tag);
}

/* The start event of a block collection ends at its first key or `-`, or
 * just past the `-` of a list not indented under its key. Columns count
 * characters, as libyaml's do. */
static int
collection_indent (Parser             *self,
                   const yaml_event_t *event)
{
  gsize end = byte_offset (self, &event->end_mark);

  if (event->type == YAML_SEQUENCE_START_EVENT && end > 0 && self->text[end - 1] == '-' &&
      (end >= self->length || self->text[end] != '-'))
    return (int) event->end_mark.column - 1;
  return (int) event->end_mark.column;
}

static gboolean
start_collection (Parser         *self,
                  yaml_event_t   *event,
                  BylineNodeKind  kind,
                  GError        **error)
{
  gsize start = byte_offset (self, &event->start_mark);
  const char *tag;
  const char *anchor;
  gboolean is_flow;
  Frame frame = { 0, };

  if (kind == BYLINE_NODE_MAPPING)
    {
      tag = (const char *) event->data.mapping_start.tag;
      anchor = (const char *) event->data.mapping_start.anchor;
      is_flow = event->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
    }
  else
    {
      tag = (const char *) event->data.sequence_start.tag;
      anchor = (const char *) event->data.sequence_start.anchor;
      is_flow = event->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    }

  if (self->frames->len >= BYLINE_YAML_MAX_DEPTH)
    {
      g_autofree char *message =
        g_strdup_printf (_("Values are nested more than %d levels deep here; Byline refuses front matter this deep"),
                         BYLINE_YAML_MAX_DEPTH);

      set_error_at (self, error, BYLINE_ERROR_LIMIT, start, message);
      return FALSE;
    }

  if (!collection_tag_fits (tag, kind))
    {
      g_autofree char *message =
        g_strdup_printf (_("The tag “%s” does not fit a list or mapping; Hexo cannot read this value"), tag);

      set_error_at (self, error, BYLINE_ERROR_PARSE, start, message);
      return FALSE;
    }

  frame.node = byline_node_new (kind);
  frame.node->style = is_flow ? BYLINE_NODE_STYLE_FLOW : BYLINE_NODE_STYLE_BLOCK;
  frame.node->tag = g_strdup (tag);
  frame.node->anchor = g_strdup (anchor);
  frame.node->start = start;
  frame.expanded = 1;
  frame.indent = collection_indent (self, event);
  g_array_append_val (self->frames, frame);
  return TRUE;
}

/* js-yaml refuses a `<<` whose value is not a mapping or a list of them. */
static gboolean
check_merges (Parser     *self,
              BylineNode *mapping,
              GError    **error)
{
  for (guint i = 0; i < mapping->keys->len; i++)
    {
      BylineNode *value = g_ptr_array_index (mapping->values, i);
      BylineNode *resolved = byline_node_resolve (value);
      gboolean fits = TRUE;

      if (!byline_yaml_is_merge_key (g_ptr_array_index (mapping->keys, i)))
        continue;

      mapping->has_merge = TRUE;
      if (resolved->kind == BYLINE_NODE_SEQUENCE)
        {
          for (guint j = 0; j < resolved->values->len; j++)
            if (byline_node_get_kind (g_ptr_array_index (resolved->values, j)) != BYLINE_NODE_MAPPING)
              fits = FALSE;
        }
      else if (resolved->kind != BYLINE_NODE_MAPPING)
        fits = FALSE;

      if (!fits)
        {
          set_error_at (self, error, BYLINE_ERROR_PARSE, value->start,
                        _("A “<<” merge takes a mapping or a list of mappings"));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
end_collection (Parser       *self,
                yaml_event_t *event,
                GError      **error)
{
  Frame *top = top_frame (self);
  g_autoptr(BylineNode) node = g_steal_pointer (&top->node);
  guint64 expanded = top->expanded;
  gsize content = byline_yaml_skip_properties (self->text, self->length, node);
  gsize end;

  g_array_set_size (self->frames, self->frames->len - 1);

  /* A block collection's end event comes with the next token; it really
   * ends with its last value. */
  if (node->style == BYLINE_NODE_STYLE_FLOW)
    end = byte_offset (self, &event->end_mark);
  else if (node->values->len > 0)
    end = ((BylineNode *) g_ptr_array_index (node->values, node->values->len - 1))->end;
  else
    end = content;

  set_span (self, node, node->start, MAX (end, node->start));

  if (node->kind == BYLINE_NODE_MAPPING && !check_merges (self, node, error))
    return FALSE;

  register_anchor (self, node, expanded);
  add_node (self, node, expanded);
  return TRUE;
}

static gboolean
handle_event (Parser       *self,
              yaml_event_t *event,
              GError      **error)
{
  switch (event->type)
    {
    case YAML_DOCUMENT_START_EVENT:
      if (++self->n_documents > 1)
        {
          set_error_at (self, error, BYLINE_ERROR_PARSE, byte_offset (self, &event->start_mark),
                        _("Front matter holds one YAML document; a second one starts here"));
          return FALSE;
        }
      return TRUE;
    case YAML_SCALAR_EVENT:
      return handle_scalar (self, event, error);
    case YAML_ALIAS_EVENT:
      return handle_alias (self, event, error);
    case YAML_SEQUENCE_START_EVENT:
      return start_collection (self, event, BYLINE_NODE_SEQUENCE, error);
    case YAML_MAPPING_START_EVENT:
      return start_collection (self, event, BYLINE_NODE_MAPPING, error);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      return end_collection (self, event, error);
    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_END_EVENT:
    default:
      return TRUE;
    }
}

static void
set_libyaml_error (Parser  *self,
                   GError **error)
{
  const yaml_parser_t *parser = &self->parser;
  const char *message = byline_yaml_describe_problem (parser->problem);

  switch (parser->error)
    {
    case YAML_READER_ERROR:
      set_error_at (self, error, BYLINE_ERROR_ENCODING,
                    MIN (self->bom_length + parser->problem_offset, self->length), message);
      break;
    case YAML_SCANNER_ERROR:
    case YAML_PARSER_ERROR:
      set_error_at (self, error, BYLINE_ERROR_PARSE,
                    byte_offset (self, &parser->problem_mark), message);
      break;
    case YAML_NO_ERROR:
    case YAML_MEMORY_ERROR:
    case YAML_COMPOSER_ERROR:
    case YAML_WRITER_ERROR:
    case YAML_EMITTER_ERROR:
    default:
      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_PARSE, "%s", message);
      break;
    }
}

static void
clear_frame (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->node, byline_node_unref);
  g_clear_pointer (&frame->key, byline_node_unref);
}

static void
free_anchor (gpointer data)
{
  Anchor *anchor = data;

  byline_node_unref (anchor->node);
  g_free (anchor);
}

/* Text without a value (empty, or only comments) is front matter without
 * keys; so is an explicitly empty document. */
static gboolean
is_empty_document (const BylineNode *root)
{
  return root == NULL ||
         (root->kind == BYLINE_NODE_NULL && root->style == BYLINE_NODE_STYLE_PLAIN &&
          root->tag == NULL && root->anchor == NULL && root->start == root->end);
}

/**
 * byline_yaml_parse:
 *
 * Returns: (transfer full) (nullable): the front matter's root, usually a
 *   mapping, or %NULL with a located @error
 */
BylineNode *
byline_yaml_parse (const char  *text,
                   GError     **error)
{
  Parser self = { 0, };
  gboolean ok = TRUE;
  gboolean done = FALSE;
  BylineNode *root = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  self.text = text;
  self.length = strlen (text);
  self.bom_length = g_str_has_prefix (text, UTF8_BOM) ? strlen (UTF8_BOM) : 0;
  byline_yaml_marks_init (&self.marks, text, self.length, self.bom_length);
  self.frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (self.frames, clear_frame);
  self.anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_anchor);

  if (!yaml_parser_initialize (&self.parser))
    g_error ("libyaml could not allocate its parser");
  /* The text is UTF-8 already: libyaml must not guess UTF-16 from its
   * first bytes. It then reads a byte order mark as a character of the
   * first line, so the mark is left out of its input. */
  yaml_parser_set_input_string (&self.parser, (const unsigned char *) text + self.bom_length,
                                self.length - self.bom_length);
  yaml_parser_set_encoding (&self.parser, YAML_UTF8_ENCODING);

  while (ok && !done)
    {
      yaml_event_t event;

      if (!yaml_parser_parse (&self.parser, &event))
        {
          set_libyaml_error (&self, error);
          ok = FALSE;
          break;
        }

      done = event.type == YAML_STREAM_END_EVENT;
      ok = handle_event (&self, &event, error);
      yaml_event_delete (&event);
    }

  if (ok)
    {
      if (is_empty_document (self.root))
        {
          root = byline_node_new_mapping ();
          root->style = BYLINE_NODE_STYLE_BLOCK;
          set_span (&self, root, self.bom_length, self.bom_length);
        }
      else
        root = byline_node_ref (self.root);
    }

  yaml_parser_delete (&self.parser);
  g_clear_pointer (&self.root, byline_node_unref);
  g_clear_pointer (&self.frames, g_array_unref);
  g_clear_pointer (&self.anchors, g_hash_table_unref);
  byline_yaml_marks_clear (&self.marks);

  return root;
}
