/* byline-post.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-error.h"
#include "byline-path.h"
#include "byline-post.h"

/* Posts larger than this are refused at open: a writer's post is a few
 * kilobytes, and a 100 MB "post" is a mistake that would freeze the editor. */
#define MAX_POST_SIZE (64 * 1024 * 1024)

#define UTF8_BOM "\xef\xbb\xbf"

struct _BylinePost
{
  GObject            parent_instance;

  GFile             *file;
  char              *etag;

  /* The file is the concatenation of these, in this order; keeping each
   * part as written is what makes a save without edits give the same
   * bytes. */
  gboolean           has_bom;
  char              *leading;
  char              *opener;
  BylineFrontMatter *front_matter;
  char              *closer;
  char              *body;

  char              *newline;
  BylineBodyKind     body_kind;
  GError            *layout_error;
};

G_DEFINE_FINAL_TYPE (BylinePost, byline_post, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_BODY,
  PROP_FRONT_MATTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
byline_post_finalize (GObject *object)
{
  BylinePost *self = (BylinePost *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->leading, g_free);
  g_clear_pointer (&self->opener, g_free);
  g_clear_object (&self->front_matter);
  g_clear_pointer (&self->closer, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->newline, g_free);
  g_clear_error (&self->layout_error);

  G_OBJECT_CLASS (byline_post_parent_class)->finalize (object);
}

static void
byline_post_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BylinePost *self = BYLINE_POST (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_FRONT_MATTER:
      g_value_set_object (value, self->front_matter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_post_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BylinePost *self = BYLINE_POST (object);

  switch (prop_id)
    {
    case PROP_BODY:
      byline_post_set_body (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_post_class_init (BylinePostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_post_finalize;
  object_class->get_property = byline_post_get_property;
  object_class->set_property = byline_post_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FRONT_MATTER] =
    g_param_spec_object ("front-matter", NULL, NULL,
                         BYLINE_TYPE_FRONT_MATTER,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_post_init (BylinePost *self)
{
  self->leading = g_strdup ("");
  self->opener = g_strdup ("");
  self->closer = g_strdup ("");
  self->body = g_strdup ("");
  self->newline = g_strdup ("\n");
}

BylinePost *
byline_post_new (void)
{
  return g_object_new (BYLINE_TYPE_POST, NULL);
}

/* Returns the end of the line at @p, before its newline. */
static const char *
line_end (const char *p)
{
  const char *nl = strchr (p, '\n');

  return nl != NULL ? nl : p + strlen (p);
}

/* Returns the start of the next line, or the end of the text. */
static const char *
next_line (const char *p)
{
  const char *end = line_end (p);

  return *end == '\n' ? end + 1 : end;
}

static gboolean
line_is_blank (const char *p)
{
  for (const char *end = line_end (p); p < end; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r')
      return FALSE;
  return TRUE;
}

/* Whether the line at @p is @marker, allowing trailing blanks (as Jekyll
 * and Hugo do). */
static gboolean
line_is_marker (const char *p,
                const char *marker)
{
  gsize len = strlen (marker);

  if (strncmp (p, marker, len) != 0)
    return FALSE;
  return line_is_blank (p + len);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

static guint
line_number_at (const char *text,
                const char *p)
{
  guint n = 1;

  for (const char *q = text; q < p; q++)
    if (*q == '\n')
      n++;
  return n;
}

/* Hexo also reads front matter without an opening `---`: everything before
 * the first `---` line, when it starts like a YAML mapping. */
static gboolean
looks_like_yaml_key (const char *p)
{
  const char *end = line_end (p);
  const char *colon;

  if (!g_ascii_isalpha (*p) && *p != '_')
    return FALSE;

  colon = memchr (p, ':', end - p);
  if (colon == NULL)
    return FALSE;

  for (const char *q = p; q < colon; q++)
    if (!g_ascii_isalnum (*q) && *q != '_' && *q != '-' && *q != ' ')
      return FALSE;

  return colon + 1 == end || colon[1] == ' ' || colon[1] == '\t' || colon[1] == '\r';
}

/* Finds the end of the JSON object starting at @p ('{'), or NULL. */
static const char *
find_json_object_end (const char *p)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }

      if (*p == '"')
        in_string = TRUE;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && --depth == 0)
        return p + 1;
    }

  return NULL;
}

/* Where the parts of a post with front matter begin and end. */
typedef struct {
  const char   *opener_start;
  const char   *fm_start;
  const char   *fm_end;
  const char   *body_start;
  BylineFormat  format;
} Layout;

static gboolean
find_closing_marker (const char         *from,
                     const char * const *markers,
                     Layout             *layout)
{
  for (const char *q = from; *q != '\0'; q = next_line (q))
    for (guint i = 0; markers[i] != NULL; i++)
      if (line_is_marker (q, markers[i]))
        {
          layout->fm_end = q;
          layout->body_start = next_line (q);
          return TRUE;
        }

  return FALSE;
}

/* Finds the front matter as Hexo, Jekyll and Hugo do. Returns FALSE when
 * there is none, with @error set when one is opened but never closed. */
static gboolean
find_layout (const char  *text,
             const char  *start,
             Layout      *layout,
             GError     **error)
{
  static const char * const yaml_markers[] = { "---", "...", NULL };
  static const char * const toml_markers[] = { "+++", NULL };
  static const char * const json_markers[] = { ";;;", NULL };
  static const char * const hexo_markers[] = { "---", ";;;", NULL };
  const char * const *markers;
  const char *p;

  for (p = start; *p != '\0' && line_is_blank (p) && *line_end (p) == '\n'; p = next_line (p))
    ;

  layout->opener_start = p;
  layout->fm_start = next_line (p);

  if (line_is_marker (p, "---"))
    {
      layout->format = BYLINE_FORMAT_YAML;
      markers = yaml_markers;
    }
  else if (line_is_marker (p, "+++"))
    {
      layout->format = BYLINE_FORMAT_TOML;
      markers = toml_markers;
    }
  else if (line_is_marker (p, ";;;"))
    {
      layout->format = BYLINE_FORMAT_JSON;
      markers = json_markers;
    }
  else if (*p == '{')
    {
      /* Hugo's JSON front matter is the object itself, without markers. */
      const char *object_end = find_json_object_end (p);

      if (object_end == NULL)
        {
          byline_set_located_error (error, BYLINE_ERROR_PARSE, line_number_at (text, p), 1,
                                    _("The JSON front matter that starts here is never closed with “}”"));
          return FALSE;
        }

      layout->format = BYLINE_FORMAT_JSON;
      layout->fm_start = p;
      layout->fm_end = object_end;
      layout->body_start = next_line (object_end);
      return TRUE;
    }
  else if (p == start && looks_like_yaml_key (p))
    {
      /* Hexo's form without an opening marker: all that comes before the
       * first `---` (or `;;;`) line. */
      layout->fm_start = p;
      if (!find_closing_marker (p, hexo_markers, layout))
        return FALSE;
      layout->format = *layout->fm_end == '-' ? BYLINE_FORMAT_YAML : BYLINE_FORMAT_JSON;
      return TRUE;
    }
  else
    return FALSE;

  if (find_closing_marker (layout->fm_start, markers, layout))
    return TRUE;

  byline_set_located_error (error, BYLINE_ERROR_PARSE, line_number_at (text, p), 1,
                            _("The front matter that starts here has no closing “%s” line"),
                            markers[0]);
  return FALSE;
}

static void
split (BylinePost *self,
       const char *text)
{
  const char *start = text;
  const char *nl;
  Layout layout;

  if (g_str_has_prefix (start, UTF8_BOM))
    {
      self->has_bom = TRUE;
      start += strlen (UTF8_BOM);
    }

  nl = strchr (start, '\n');
  g_free (self->newline);
  self->newline = g_strdup (nl != NULL && nl > start && nl[-1] == '\r' ? "\r\n" : "\n");

  g_clear_error (&self->layout_error);
  g_clear_object (&self->front_matter);

  if (!find_layout (text, start, &layout, &self->layout_error))
    {
      g_free (self->body);
      self->body = g_strdup (start);
      return;
    }

  g_autofree char *fm_text = g_strndup (layout.fm_start, layout.fm_end - layout.fm_start);

  g_free (self->leading);
  self->leading = g_strndup (start, layout.opener_start - start);
  g_free (self->opener);
  self->opener = g_strndup (layout.opener_start, layout.fm_start - layout.opener_start);
  g_free (self->closer);
  self->closer = g_strndup (layout.fm_end, layout.body_start - layout.fm_end);
  g_free (self->body);
  self->body = g_strdup (layout.body_start);
  self->front_matter = byline_front_matter_new (layout.format, fm_text);
}

/* Reports the first byte that is not UTF-8 (a NUL counts: it means a binary
 * file) with its line and column. */
static gboolean
validate_text (const char  *data,
               gsize        length,
               GError     **error)
{
  const char *bad;
  const char *line_start = data;
  guint line = 1;

  if (g_utf8_validate (data, length, &bad))
    return TRUE;

  for (const char *p = data; p < bad; p++)
    if (*p == '\n')
      {
        line++;
        line_start = p + 1;
      }

  if (*bad == '\0' && bad < data + length)
    byline_set_located_error (error, BYLINE_ERROR_ENCODING, line,
                              g_utf8_strlen (line_start, bad - line_start) + 1,
                              _("The file holds a NUL byte; it looks like a binary file, not a post"));
  else
    byline_set_located_error (error, BYLINE_ERROR_ENCODING, line,
                              g_utf8_strlen (line_start, bad - line_start) + 1,
                              _("The file is not valid UTF-8 text"));
  return FALSE;
}

/**
 * byline_post_new_from_data:
 * @data: the bytes of a post file
 *
 * Splits a post into its parts. A front matter that does not parse, or is
 * never closed, is not an error here: the post keeps all of its text and
 * reports the problem through byline_front_matter_get_error() or
 * byline_post_get_layout_error().
 *
 * Returns: (transfer full) (nullable): the post, or %NULL when @data is not
 *   UTF-8 text
 */
BylinePost *
byline_post_new_from_data (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(BylinePost) self = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!validate_text (data, length, error))
    return NULL;

  text = g_strndup (data, length);
  self = byline_post_new ();
  split (self, text);
  self->body_kind = byline_body_kind_guess (self->body, NULL);

  return g_steal_pointer (&self);
}

static void
set_file (BylinePost *self,
          GFile      *file,
          const char *etag)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  g_free (self->etag);
  self->etag = g_strdup (etag);
}

/**
 * byline_post_load:
 *
 * Reads a post from @file. Blocks; see byline_post_load_async().
 */
BylinePost *
byline_post_load (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(BylinePost) self = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *etag = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("This is a folder, not a post"));
      return NULL;
    }

  if (g_file_info_get_size (info) > MAX_POST_SIZE)
    {
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (MAX_POST_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, BYLINE_ERROR, BYLINE_ERROR_LIMIT,
                   _("The file is too large to edit as a post (%s; the limit is %s)"),
                   size, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, &etag, error))
    return NULL;

  if (!(self = byline_post_new_from_data (contents, length, error)))
    return NULL;

  byline_post_set_file (self, file, etag);

  return g_steal_pointer (&self);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  BylinePost *post = byline_post_load (G_FILE (task_data), cancellable, &error);

  if (post == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, post, g_object_unref);
}

void
byline_post_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_post_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * byline_post_load_finish:
 *
 * Returns: (transfer full) (nullable): the post
 */
BylinePost *
byline_post_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * byline_post_serialize:
 *
 * Returns: (transfer full): the file's bytes: exactly those that were loaded
 *   when nothing was edited
 */
GBytes *
byline_post_serialize (BylinePost *self)
{
  GString *out;

  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  out = g_string_new (NULL);
  if (self->has_bom)
    g_string_append (out, UTF8_BOM);
  if (self->front_matter != NULL)
    {
      g_string_append (out, self->leading);
      g_string_append (out, self->opener);
      g_string_append (out, byline_front_matter_get_text (self->front_matter));
      g_string_append (out, self->closer);
    }
  g_string_append (out, self->body);

  return g_string_free_to_bytes (out);
}

typedef struct {
  GFile  *file;
  GBytes *bytes;
  char   *etag;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->etag, g_free);
  g_free (data);
}

/* Writes the post whole or not at all (see byline_path_replace()): a
 * crash or a full disk never leaves half a post, and the etag refuses a
 * file that changed since it was read. A file deleted since is written
 * again. */
static char *
write_bytes (GFile         *file,
             GBytes        *bytes,
             const char    *etag,
             GCancellable  *cancellable,
             GError       **error)
{
  char *new_etag = NULL;

  if (!byline_path_replace (file, bytes, etag, &new_etag, cancellable, error))
    return NULL;

  return new_etag;
}

static SaveData *
save_data_new (BylinePost      *self,
               GFile           *file,
               BylineSaveFlags  flags)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->file = g_object_ref (file != NULL ? file : self->file);
  data->bytes = byline_post_serialize (self);
  if (!(flags & BYLINE_SAVE_FLAGS_OVERWRITE_CHANGES) &&
      self->file != NULL && g_file_equal (data->file, self->file))
    data->etag = g_strdup (self->etag);

  return data;
}

/**
 * byline_post_save:
 * @file: (nullable): where to write, or %NULL for the post's own file
 *
 * Writes the post atomically, keeping the file's permissions. Fails with
 * %BYLINE_ERROR_CHANGED_ON_DISK when the file changed on disk since it was
 * loaded or saved, unless @flags say to overwrite.
 */
gboolean
byline_post_save (BylinePost       *self,
                  GFile            *file,
                  BylineSaveFlags   flags,
                  GCancellable     *cancellable,
                  GError          **error)
{
  SaveData *data;
  g_autofree char *etag = NULL;

  g_return_val_if_fail (BYLINE_IS_POST (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  data = save_data_new (self, file, flags);
  etag = write_bytes (data->file, data->bytes, data->etag, cancellable, error);
  if (etag != NULL)
    set_file (self, data->file, etag);

  save_data_free (data);
  return etag != NULL;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  char *etag = write_bytes (data->file, data->bytes, data->etag, cancellable, &error);

  if (etag == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, etag, g_free);
}

/**
 * byline_post_save_async:
 *
 * Like byline_post_save(); the post's text is taken when this is called,
 * so edits made while the write runs are not in it.
 */
void
byline_post_save_async (BylinePost          *self,
                        GFile               *file,
                        BylineSaveFlags      flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BYLINE_IS_POST (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_post_save_async);
  g_task_set_task_data (task, save_data_new (self, file, flags), (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
byline_post_save_finish (BylinePost    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_autofree char *etag = NULL;
  SaveData *data;

  g_return_val_if_fail (BYLINE_IS_POST (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!(etag = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  set_file (self, data->file, etag);
  return TRUE;
}

/**
 * byline_post_get_file:
 *
 * Returns: (transfer none) (nullable): where the post was loaded from or
 *   last saved to
 */
GFile *
byline_post_get_file (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  return self->file;
}

/**
 * byline_post_set_file:
 * @etag: (nullable): the etag @file had when the post's text was read from
 *   it, or %NULL to write over whatever @file holds
 *
 * Makes @file the post's own, as if its text had been read from it when it
 * had @etag: a draft restored after a crash saves to its original file, and
 * that save still notices a change another program made there since.
 */
void
byline_post_set_file (BylinePost *self,
                      GFile      *file,
                      const char *etag)
{
  g_autofree char *basename = NULL;

  g_return_if_fail (BYLINE_IS_POST (self));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  self->body_kind = byline_body_kind_guess (self->body, basename);
  set_file (self, file, etag);
}

const char *
byline_post_get_etag (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  return self->etag;
}

/**
 * byline_post_get_front_matter:
 *
 * Returns: (transfer none) (nullable): the front matter, or %NULL when the
 *   post has none
 */
BylineFrontMatter *
byline_post_get_front_matter (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  return self->front_matter;
}

/**
 * byline_post_ensure_front_matter:
 * @format: the language of a new front matter
 *
 * Returns: (transfer none): the post's front matter, created empty between
 *   the markers of @format when the post has none
 */
BylineFrontMatter *
byline_post_ensure_front_matter (BylinePost   *self,
                                 BylineFormat  format)
{
  static const char * const markers[] = { "---", "+++", ";;;" };

  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  if (self->front_matter != NULL)
    return self->front_matter;

  g_free (self->leading);
  self->leading = g_strdup ("");
  g_free (self->opener);
  self->opener = g_strconcat (markers[format], self->newline, NULL);
  g_free (self->closer);
  self->closer = g_strconcat (markers[format], self->newline, NULL);

  /* Between `;;;` markers Hexo reads the members without their braces. */
  self->front_matter = byline_front_matter_new (format, "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRONT_MATTER]);

  return self->front_matter;
}

const char *
byline_post_get_body (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  return self->body;
}

void
byline_post_set_body (BylinePost *self,
                      const char *body)
{
  g_return_if_fail (BYLINE_IS_POST (self));

  if (body == NULL)
    body = "";

  if (g_strcmp0 (self->body, body) == 0)
    return;

  g_free (self->body);
  self->body = g_strdup (body);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

BylineBodyKind
byline_post_get_body_kind (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), BYLINE_BODY_MARKDOWN);

  return self->body_kind;
}

/**
 * byline_post_get_newline:
 *
 * Returns: the line ending the file uses: "\r\n" or "\n"
 */
const char *
byline_post_get_newline (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), "\n");

  return self->newline;
}

gboolean
byline_post_has_bom (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), FALSE);

  return self->has_bom;
}

/**
 * byline_post_get_leading_text:
 *
 * Returns: the blank lines before the opening marker (Hexo and Hugo accept
 *   them, Jekyll does not)
 */
const char *
byline_post_get_leading_text (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), "");

  return self->leading;
}

void
byline_post_set_leading_text (BylinePost *self,
                              const char *text)
{
  g_return_if_fail (BYLINE_IS_POST (self));
  g_return_if_fail (text != NULL);

  g_free (self->leading);
  self->leading = g_strdup (text);
}

/**
 * byline_post_get_front_matter_line:
 *
 * Returns: the 1-based line of the file where the front matter text starts
 */
guint
byline_post_get_front_matter_line (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), 1);

  return 1 + count_lines (self->leading) + count_lines (self->opener);
}

/**
 * byline_post_get_body_line:
 *
 * Returns: the 1-based line of the file where the body starts
 */
guint
byline_post_get_body_line (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), 1);

  if (self->front_matter == NULL)
    return 1;

  return byline_post_get_front_matter_line (self) +
         count_lines (byline_front_matter_get_text (self->front_matter)) +
         count_lines (self->closer);
}

/**
 * byline_post_get_layout_error:
 *
 * Returns: (nullable): why a front matter that the file opens could not be
 *   found, such as a missing closing marker; the whole file is then the body
 */
const GError *
byline_post_get_layout_error (BylinePost *self)
{
  g_return_val_if_fail (BYLINE_IS_POST (self), NULL);

  return self->layout_error;
}

static gboolean
is_markdown_block_line (const char *line)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("^ {0,3}(#{1,6}[ \\t]|```|~~~|[-*+][ \\t]|>|\\d+[.)][ \\t]|\\|)",
                                    G_REGEX_OPTIMIZE, 0, NULL));

  /* Only this line: a length of -1 would make every call measure the rest
   * of the body, and the guess quadratic. */
  return g_regex_match_full (regex, line, line_end (line) - line, 0, 0, NULL, NULL);
}

/**
 * byline_body_kind_guess:
 * @file_name: (nullable): the file's name, whose extension wins when it
 *   says HTML
 *
 * Whether a body is HTML (as scraped news posts are) or Markdown. An HTML
 * body must not be run through Markdown rules: its indented lines would turn
 * into code blocks.
 */
BylineBodyKind
byline_body_kind_guess (const char *body,
                        const char *file_name)
{
  const char *p;

  g_return_val_if_fail (body != NULL, BYLINE_BODY_MARKDOWN);

  if (file_name != NULL &&
      (g_str_has_suffix (file_name, ".html") || g_str_has_suffix (file_name, ".htm")))
    return BYLINE_BODY_HTML;

  for (p = body; g_ascii_isspace (*p); p++)
    ;

  if (p[0] != '<' || !(g_ascii_isalpha (p[1]) || p[1] == '!'))
    return BYLINE_BODY_MARKDOWN;

  for (const char *line = body; *line != '\0'; line = next_line (line))
    if (is_markdown_block_line (line))
      return BYLINE_BODY_MARKDOWN;

  return BYLINE_BODY_HTML;
}
