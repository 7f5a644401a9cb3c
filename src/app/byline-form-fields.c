/* byline-form-fields.c: the row the form makes for each kind of field,
 * and what the row is called
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-field-date.h"
#include "byline-field-group.h"
#include "byline-field-image.h"
#include "byline-field-list.h"
#include "byline-field-multiline.h"
#include "byline-field-number.h"
#include "byline-field-raw.h"
#include "byline-field-switch.h"
#include "byline-field-text.h"
#include "byline-form-private.h"

/* Names for the keys posts use most, so that the form reads in the
 * writer's language; the key itself shows in each row's tooltip. */
static const struct {
  const char *key;
  const char *label;
} key_labels[] = {
  { "title", N_("Title") },
  { "date", N_("Date") },
  { "updated", N_("Updated") },
  { "lastmod", N_("Last Modified") },
  { "author", N_("Author") },
  { "authors", N_("Authors") },
  { "categories", N_("Categories") },
  { "tags", N_("Tags") },
  { "keywords", N_("Keywords") },
  { "description", N_("Description") },
  { "excerpt", N_("Excerpt") },
  { "summary", N_("Summary") },
  { "comments", N_("Comments") },
  { "draft", N_("Draft") },
  { "published", N_("Published") },
  { "toc", N_("Table of Contents") },
  { "sticky", N_("Pinned") },
  { "headimg", N_("Header Image") },
  { "thumbnail", N_("Thumbnail") },
  { "cover", N_("Cover Image") },
  { "image", N_("Image") },
  { "featured_image", N_("Featured Image") },
  { "slug", N_("Slug") },
  { "layout", N_("Layout") },
  { "permalink", N_("Permalink") },
  { "weight", N_("Weight") },
};

static GQuark
kind_quark (void)
{
  static GQuark quark;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("byline-field-kind");

  return quark;
}

/* The schema's label, else the key's usual name, else the key. */
static char *
dup_label (BylineForm *self,
           const char *path,
           const char *key)
{
  BylineSchema *schema = byline_field_hints_get_schema (self->hints);
  const BylineSchemaField *field = schema != NULL ? byline_schema_lookup (schema, path) : NULL;

  if (field != NULL && field->label != NULL)
    return g_strdup (field->label);

  for (guint i = 0; i < G_N_ELEMENTS (key_labels); i++)
    {
      if (g_ascii_strcasecmp (key, key_labels[i].key) == 0)
        return g_strdup (_(key_labels[i].label));
    }

  return g_strdup (key);
}

/**
 * byline_form_new_field:
 * @kind: the control the field needs
 * @path: the key path it edits
 * @key: the last key of @path
 *
 * Returns: (transfer floating): a new, empty row for the field
 */
GtkWidget *
byline_form_new_field (BylineForm      *self,
                       BylineFieldKind  kind,
                       const char      *path,
                       const char      *key)
{
  g_autofree char *label = dup_label (self, path, key);
  GtkWidget *field;

  switch (kind)
    {
    case BYLINE_FIELD_KIND_TEXT:
      field = byline_field_text_new (path, key, label, self->hints);
      break;
    case BYLINE_FIELD_KIND_MULTILINE:
      field = byline_field_multiline_new (path, key, label);
      break;
    case BYLINE_FIELD_KIND_SWITCH:
      field = byline_field_switch_new (path, key, label);
      break;
    case BYLINE_FIELD_KIND_DATE:
      field = byline_field_date_new (path, key, label);
      break;
    case BYLINE_FIELD_KIND_LIST:
      field = byline_field_list_new (path, key, label, self->hints);
      break;
    case BYLINE_FIELD_KIND_IMAGE:
      field = byline_field_image_new (path, key, label, self->hints,
                                      byline_document_get_file (self->document));
      break;
    case BYLINE_FIELD_KIND_NUMBER:
      field = byline_field_number_new (path, key, label);
      break;
    case BYLINE_FIELD_KIND_GROUP:
      field = byline_field_group_new (path, key, label);
      break;
    case BYLINE_FIELD_KIND_RAW:
    default:
      field = byline_field_raw_new (path, key, label, byline_front_matter_get_format (self->front_matter));
      break;
    }

  g_object_set_qdata (G_OBJECT (field), kind_quark (), GINT_TO_POINTER (kind));

  return field;
}

/**
 * byline_form_field_get_kind:
 *
 * Returns: the kind @field was made for
 */
BylineFieldKind
byline_form_field_get_kind (BylineField *field)
{
  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (field), kind_quark ()));
}
