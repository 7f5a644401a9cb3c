/* byline-field-hints.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-field-edit.h"
#include "byline-field-hints-private.h"
#include "byline-site-dates.h"

struct _BylineFieldHints
{
  GObject       parent_instance;

  BylineSite   *site;
  BylineSchema *schema;
  GError       *schema_error;

  /* BylineKeyUse by key, and the keys the most used first. */
  GHashTable   *key_uses;
  GPtrArray    *site_keys;
  GPtrArray    *categories;
  GPtrArray    *tags;
  char        **scaffold_keys;
};

G_DEFINE_FINAL_TYPE (BylineFieldHints, byline_field_hints, G_TYPE_OBJECT)

static void
byline_field_hints_finalize (GObject *object)
{
  BylineFieldHints *self = (BylineFieldHints *)object;

  g_clear_object (&self->site);
  g_clear_object (&self->schema);
  g_clear_error (&self->schema_error);
  g_clear_pointer (&self->key_uses, g_hash_table_unref);
  g_clear_pointer (&self->site_keys, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->scaffold_keys, g_strfreev);

  G_OBJECT_CLASS (byline_field_hints_parent_class)->finalize (object);
}

static void
byline_field_hints_class_init (BylineFieldHintsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_field_hints_finalize;
}

static void
key_use_free (gpointer data)
{
  BylineKeyUse *use = data;

  g_free (use->key);
  g_free (use);
}

static void
byline_field_hints_init (BylineFieldHints *self)
{
  self->key_uses = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, key_use_free);
  self->site_keys = g_ptr_array_new_with_free_func (g_free);
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->tags = g_ptr_array_new_with_free_func (g_free);
}

static void
add_terms (GPtrArray *names,
           GArray    *terms)
{
  for (guint i = 0; i < terms->len; i++)
    g_ptr_array_add (names, g_strdup (g_array_index (terms, BylineTerm, i).name));
}

/**
 * byline_field_hints_new:
 * @site: (nullable): the post's site
 * @index: (nullable): the site's posts, loaded
 * @schema: (nullable): the fields the site declares for the post
 * @scaffold_keys: (nullable): the keys of the site's scaffold for posts
 *
 * Returns: (transfer full): hints from what is known; with nothing known,
 *   the kinds follow the values and the names of keys alone
 */
BylineFieldHints *
byline_field_hints_new (BylineSite         *site,
                        BylinePostIndex    *index,
                        BylineSchema       *schema,
                        const char * const *scaffold_keys)
{
  BylineFieldHints *self = g_object_new (BYLINE_TYPE_FIELD_HINTS, NULL);

  g_return_val_if_fail (site == NULL || BYLINE_IS_SITE (site), self);
  g_return_val_if_fail (index == NULL || BYLINE_IS_POST_INDEX (index), self);
  g_return_val_if_fail (schema == NULL || BYLINE_IS_SCHEMA (schema), self);

  g_set_object (&self->site, site);
  g_set_object (&self->schema, schema);
  self->scaffold_keys = g_strdupv ((char **) scaffold_keys);

  if (index != NULL)
    {
      g_autoptr(GArray) keys = byline_post_index_get_keys (index);
      g_autoptr(GArray) categories = byline_post_index_get_categories (index);
      g_autoptr(GArray) tags = byline_post_index_get_tags (index);

      for (guint i = 0; i < keys->len; i++)
        {
          BylineKeyUse *use = g_memdup2 (&g_array_index (keys, BylineKeyUse, i), sizeof *use);

          use->key = g_strdup (use->key);
          g_ptr_array_add (self->site_keys, g_strdup (use->key));
          g_hash_table_insert (self->key_uses, use->key, use);
        }
      add_terms (self->categories, categories);
      add_terms (self->tags, tags);
    }

  return self;
}

/**
 * byline_field_hints_get_site:
 *
 * Returns: (transfer none) (nullable): the post's site
 */
BylineSite *
byline_field_hints_get_site (BylineFieldHints *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);

  return self->site;
}

/**
 * byline_field_hints_get_schema:
 *
 * Returns: (transfer none) (nullable): the fields the site declares
 */
BylineSchema *
byline_field_hints_get_schema (BylineFieldHints *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);

  return self->schema;
}

/* For the loader: keeps why the schema could not be read. */
void
byline_field_hints_take_schema_error (BylineFieldHints *self,
                                      GError           *error)
{
  g_clear_error (&self->schema_error);
  self->schema_error = error;
}

/**
 * byline_field_hints_get_schema_error:
 *
 * Returns: (nullable): why the site's content manager settings could not
 *   be read
 */
const GError *
byline_field_hints_get_schema_error (BylineFieldHints *self)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);

  return self->schema_error;
}

#define KIND_BIT(kind) (1u << (kind))

/* The kind the site's posts agree on for a key: a list when most posts
 * give a list, else the one type they all give (empty values aside). */
static gboolean
kind_in_site (const BylineKeyUse *use,
              BylineFieldKind    *kind)
{
  guint kinds = use->kinds & ~KIND_BIT (BYLINE_NODE_NULL);

  if (use->list_count * 2 > use->count)
    *kind = BYLINE_FIELD_KIND_LIST;
  else if (kinds == KIND_BIT (BYLINE_NODE_BOOLEAN))
    *kind = BYLINE_FIELD_KIND_SWITCH;
  else if (kinds != 0 && (kinds & ~(KIND_BIT (BYLINE_NODE_INTEGER) | KIND_BIT (BYLINE_NODE_FLOAT))) == 0)
    *kind = BYLINE_FIELD_KIND_NUMBER;
  else if (kinds == KIND_BIT (BYLINE_NODE_TIMESTAMP))
    *kind = BYLINE_FIELD_KIND_DATE;
  else if (kinds == KIND_BIT (BYLINE_NODE_MAPPING))
    *kind = BYLINE_FIELD_KIND_GROUP;
  else
    return FALSE;

  return TRUE;
}

/**
 * byline_field_hints_get_kind:
 * @path: the key path of the field
 * @value: (nullable): its value, or %NULL for a field being added
 *
 * The control for a field: the kind the site's content manager declares,
 * else the kind the site's posts agree on, else the kind the value and
 * the key's name call for; a declared or agreed kind counts only when it
 * can show the value as it is.
 */
BylineFieldKind
byline_field_hints_get_kind (BylineFieldHints *self,
                             const char       *path,
                             const BylineNode *value)
{
  g_auto(GStrv) segments = NULL;
  const BylineSchemaField *field = NULL;
  const BylineKeyUse *use = NULL;
  BylineFieldKind kind = BYLINE_FIELD_KIND_RAW;
  const char *key;
  guint depth;

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), BYLINE_FIELD_KIND_RAW);
  g_return_val_if_fail (path != NULL, BYLINE_FIELD_KIND_RAW);

  if (!(segments = byline_path_split (path, NULL)))
    return BYLINE_FIELD_KIND_RAW;
  depth = g_strv_length (segments);
  key = segments[depth - 1];

  if (self->schema != NULL)
    field = byline_schema_lookup (self->schema, path);
  if (depth == 1)
    use = g_hash_table_lookup (self->key_uses, key);

  if (field != NULL && byline_field_kind_accepts (field->kind, key, value))
    kind = field->kind;
  else if (use == NULL || !kind_in_site (use, &kind) || !byline_field_kind_accepts (kind, key, value))
    kind = byline_field_kind_for_value (key, value);

  /* A line of text cannot show a line break. */
  if (kind == BYLINE_FIELD_KIND_TEXT && value != NULL &&
      byline_node_get_kind (value) == BYLINE_NODE_STRING &&
      strchr (byline_node_get_string (value), '\n') != NULL)
    kind = BYLINE_FIELD_KIND_MULTILINE;

  return kind;
}

static GPtrArray *
terms_for (BylineFieldHints *self,
           const char       *key)
{
  if (g_ascii_strcasecmp (key, "categories") == 0)
    return self->categories;
  if (g_ascii_strcasecmp (key, "tags") == 0 || g_ascii_strcasecmp (key, "keywords") == 0)
    return self->tags;

  return NULL;
}

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : text, -1);
}

/* Picks from @candidates those that start with @typed, then those that
 * only contain it, case aside, up to @max, leaving out @exclude. */
static char **
match (GPtrArray          *candidates,
       const char         *typed,
       const char * const *exclude,
       guint               max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) contained = g_ptr_array_new ();
  g_autofree char *folded_typed = fold (typed);
  guint n = 0;

  for (guint i = 0; i < candidates->len && n < max; i++)
    {
      const char *candidate = g_ptr_array_index (candidates, i);
      g_autofree char *folded = NULL;

      if (exclude != NULL && g_strv_contains (exclude, candidate))
        continue;

      folded = fold (candidate);
      if (g_str_has_prefix (folded, folded_typed))
        {
          g_strv_builder_add (builder, candidate);
          n++;
        }
      else if (strstr (folded, folded_typed) != NULL)
        g_ptr_array_add (contained, (gpointer) candidate);
    }

  for (guint i = 0; i < contained->len && n < max; i++, n++)
    g_strv_builder_add (builder, g_ptr_array_index (contained, i));

  return g_strv_builder_end (builder);
}

/**
 * byline_field_hints_complete:
 * @path: the list or text field being typed in
 * @typed: what the writer typed so far
 * @exclude: (nullable): values not to offer, as those already in the list
 * @max: how many to offer at most
 *
 * Offers the values the site uses for the field: the choices its content
 * manager declares, else the categories or tags its posts use, the most
 * used first. Values that start with @typed come before those that only
 * contain it; case does not count.
 *
 * Returns: (transfer full): the values to offer
 */
char **
byline_field_hints_complete (BylineFieldHints   *self,
                             const char         *path,
                             const char         *typed,
                             const char * const *exclude,
                             guint               max)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  const BylineSchemaField *field = NULL;
  g_auto(GStrv) segments = NULL;
  GPtrArray *terms;

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (typed != NULL, NULL);

  if (self->schema != NULL)
    field = byline_schema_lookup (self->schema, path);
  segments = byline_path_split (path, NULL);

  if (field != NULL && field->options != NULL)
    for (guint i = 0; field->options[i] != NULL; i++)
      g_ptr_array_add (candidates, field->options[i]);
  else if (segments != NULL && g_strv_length (segments) == 1 && (terms = terms_for (self, segments[0])))
    g_ptr_array_extend (candidates, terms, NULL, NULL);

  return match (candidates, typed, exclude, max);
}

static void
add_key (GPtrArray        *keys,
         GHashTable       *seen,
         const BylineNode *root,
         const char       *key)
{
  if (key == NULL || g_hash_table_contains (seen, key))
    return;
  if (root != NULL && byline_node_find_key (root, key) >= 0)
    return;

  g_hash_table_add (seen, (gpointer) key);
  g_ptr_array_add (keys, (gpointer) key);
}

/**
 * byline_field_hints_suggest_keys:
 * @root: (nullable): the post's front matter, whose keys are not offered
 * @typed: what the writer typed of the key so far
 *
 * Returns: (transfer full): keys to offer when the writer adds a field:
 *   those the site's content manager declares, then those of its
 *   scaffold, then those its posts use, the most used first; those that
 *   start with @typed before those that only contain it
 */
char **
byline_field_hints_suggest_keys (BylineFieldHints *self,
                                 const BylineNode *root,
                                 const char       *typed)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);
  g_return_val_if_fail (typed != NULL, NULL);

  if (self->schema != NULL)
    {
      GPtrArray *fields = byline_schema_get_fields (self->schema);

      for (guint i = 0; i < fields->len; i++)
        add_key (keys, seen, root, ((BylineSchemaField *) g_ptr_array_index (fields, i))->name);
    }

  for (guint i = 0; self->scaffold_keys != NULL && self->scaffold_keys[i] != NULL; i++)
    add_key (keys, seen, root, self->scaffold_keys[i]);

  for (guint i = 0; i < self->site_keys->len; i++)
    add_key (keys, seen, root, g_ptr_array_index (self->site_keys, i));

  return match (keys, typed, NULL, G_MAXUINT);
}

/**
 * byline_field_hints_new_value:
 * @key: a top-level key being added
 * @format: the language of the front matter it goes in
 * @now: the moment, for a date
 *
 * Returns: (transfer full): the value a new field starts with: the
 *   default the site's content manager declares, else @now for a date (as
 *   the site's generator writes dates), else an empty value of its kind
 */
BylineNode *
byline_field_hints_new_value (BylineFieldHints *self,
                              const char       *key,
                              BylineFormat      format,
                              GDateTime        *now)
{
  g_autofree char *path = NULL;
  const BylineSchemaField *field = NULL;
  BylineFieldKind kind;
  g_autoptr(BylineDate) date = NULL;

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  path = byline_path_join (NULL, key);
  kind = byline_field_hints_get_kind (self, path, NULL);
  if (self->schema != NULL)
    field = byline_schema_lookup (self->schema, path);

  if (field != NULL && field->default_value != NULL &&
      byline_field_kind_accepts (kind, key, field->default_value))
    return byline_node_copy (field->default_value);

  if (kind != BYLINE_FIELD_KIND_DATE)
    return byline_field_kind_empty_value (kind, format);

  if (self->site != NULL)
    date = byline_site_format_date (self->site, now);
  else
    date = byline_date_new (now, BYLINE_DATE_FORM_ISO_DATE_TIME);

  return byline_node_new_date (date);
}

/* The folder a site publishes as its root, where `/images/a.png` lives:
 * Hexo's source folder, Hugo's static folder, Jekyll's own root. */
static GFile *
published_root (BylineSite *site)
{
  switch (byline_site_get_kind (site))
    {
    case BYLINE_SITE_HEXO:
      return g_object_ref (byline_site_get_folder (site, BYLINE_SITE_FOLDER_CONTENT));
    case BYLINE_SITE_HUGO:
      return g_file_get_child (byline_site_get_root (site), "static");
    case BYLINE_SITE_JEKYLL:
    default:
      return g_object_ref (byline_site_get_root (site));
    }
}

/**
 * byline_field_hints_locate_image:
 * @reference: an image's address as a post gives it
 * @post_file: (nullable): the post, for addresses relative to it
 *
 * Finds the image an address names: an `http` or `https` address as it
 * is, a `file:` address, a path relative to the post's folder, or a path
 * from the site's root (`/images/a.png`) in the folder the site publishes.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL when the
 *   address names nothing Byline can read
 */
GFile *
byline_field_hints_locate_image (BylineFieldHints *self,
                                 const char       *reference,
                                 GFile            *post_file)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;
  g_autofree char *decoded = NULL;
  g_autoptr(GFile) folder = NULL;
  char *end;

  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  if ((scheme = g_uri_parse_scheme (reference)) != NULL)
    {
      if (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0 ||
          g_ascii_strcasecmp (scheme, "file") == 0)
        return g_file_new_for_uri (reference);
      return NULL;
    }

  /* A protocol-relative address (`//host/a.png`) is fetched over HTTPS. */
  if (g_str_has_prefix (reference, "//"))
    {
      g_autofree char *uri = g_strconcat ("https:", reference, NULL);

      return g_file_new_for_uri (uri);
    }

  path = g_strdup (reference);
  if ((end = strpbrk (path, "?#")) != NULL)
    *end = '\0';
  decoded = g_uri_unescape_string (path, NULL);
  if (decoded == NULL || *decoded == '\0')
    return NULL;

  if (*decoded == '/')
    {
      if (self->site == NULL)
        return NULL;
      folder = published_root (self->site);
      return g_file_resolve_relative_path (folder, decoded + 1);
    }

  if (post_file == NULL || !(folder = g_file_get_parent (post_file)))
    return NULL;

  return g_file_resolve_relative_path (folder, decoded);
}

/**
 * byline_field_hints_check:
 *
 * Returns: (transfer full) (element-type BylineFieldProblem): the
 *   problems of @front_matter's fields, with the site's schema and dates
 *   taken into account (see byline_field_check())
 */
GPtrArray *
byline_field_hints_check (BylineFieldHints  *self,
                          BylineFrontMatter *front_matter)
{
  g_return_val_if_fail (BYLINE_IS_FIELD_HINTS (self), NULL);

  return byline_field_check (front_matter, self->schema, self->site);
}
