/* byline-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-disk-bar.h"
#include "byline-page.h"
#include "byline-scroll-sync.h"

struct _BylinePage
{
  AdwBin             parent_instance;

  BylineDocument    *document;
  GSettings         *settings;

  GtkPaned          *outer_paned;
  GtkPaned          *inner_paned;
  BylineBodyEditor  *body_editor;
  BylineForm        *form;
  BylinePreview     *preview;
  BylineRecoveryBar *recovery_bar;
  BylineDiskBar     *disk_bar;

  BylineScrollSync  *scroll_sync;
};

G_DEFINE_FINAL_TYPE (BylinePage, byline_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

BylinePage *
byline_page_new (void)
{
  return g_object_new (BYLINE_TYPE_PAGE, NULL);
}

static void
byline_page_dispose (GObject *object)
{
  BylinePage *self = (BylinePage *)object;

  g_clear_object (&self->scroll_sync);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_PAGE);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (byline_page_parent_class)->dispose (object);
}

static void
byline_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BylinePage *self = BYLINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_page_class_init (BylinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_page_dispose;
  object_class->get_property = byline_page_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         BYLINE_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BYLINE_TYPE_FORM);
  g_type_ensure (BYLINE_TYPE_PREVIEW);
  g_type_ensure (BYLINE_TYPE_BODY_EDITOR);
  g_type_ensure (BYLINE_TYPE_RECOVERY_BAR);
  g_type_ensure (BYLINE_TYPE_DISK_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylinePage, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, BylinePage, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, BylinePage, body_editor);
  gtk_widget_class_bind_template_child (widget_class, BylinePage, form);
  gtk_widget_class_bind_template_child (widget_class, BylinePage, preview);
  gtk_widget_class_bind_template_child (widget_class, BylinePage, recovery_bar);
  gtk_widget_class_bind_template_child (widget_class, BylinePage, disk_bar);
}

static void
bind_settings (BylinePage *self)
{
  g_settings_bind (self->settings, "form-width", self->outer_paned, "position", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "editor-width", self->inner_paned, "position", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-form", self->form, "visible", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "show-editor", self->body_editor, "visible", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "show-preview", self->preview, "visible", G_SETTINGS_BIND_GET);
}

/* The preview shows images from anywhere in the post's site, such as a
 * Hexo site's source/images, and nothing outside it. */
static void
site_changed_cb (BylinePage *self)
{
  BylineSite *site = byline_document_get_site (self->document);

  byline_preview_set_site_root (self->preview, site != NULL ? byline_site_get_root (site) : NULL);
}

static void
byline_page_init (BylinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->document = byline_document_new ();

  byline_body_editor_set_document (self->body_editor, self->document);
  byline_form_set_document (self->form, self->document);
  byline_preview_set_document (self->preview, self->document);
  byline_disk_bar_set_document (self->disk_bar, self->document);
  self->scroll_sync = byline_scroll_sync_new (self->document,
                                             byline_body_editor_get_source_view (self->body_editor),
                                             self->preview);
  g_signal_connect_object (self->document, "notify::site",
                           G_CALLBACK (site_changed_cb), self, G_CONNECT_SWAPPED);

  bind_settings (self);
}

/**
 * byline_page_get_document:
 *
 * Returns: (transfer none): the post the page shows
 */
BylineDocument *
byline_page_get_document (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), NULL);

  return self->document;
}

/**
 * byline_page_get_form:
 *
 * Returns: (transfer none): the front matter form
 */
BylineForm *
byline_page_get_form (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), NULL);

  return self->form;
}

/**
 * byline_page_get_source_view:
 *
 * Returns: (transfer none): the view of the body's text
 */
GtkSourceView *
byline_page_get_source_view (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), NULL);

  return byline_body_editor_get_source_view (self->body_editor);
}

/**
 * byline_page_get_body_editor:
 *
 * Returns: (transfer none): the body editor
 */
BylineBodyEditor *
byline_page_get_body_editor (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), NULL);

  return self->body_editor;
}

/**
 * byline_page_get_preview:
 *
 * Returns: (transfer none): the preview
 */
BylinePreview *
byline_page_get_preview (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), NULL);

  return self->preview;
}

/**
 * byline_page_get_recovery_bar:
 *
 * Returns: (transfer none): the bar that offers to restore unsaved changes
 *   kept from a crash
 */
BylineRecoveryBar *
byline_page_get_recovery_bar (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), NULL);

  return self->recovery_bar;
}

/**
 * byline_page_is_empty:
 *
 * Whether the page holds nothing worth keeping: no file and no edits. Such
 * a page gives its place to the next post opened.
 */
gboolean
byline_page_is_empty (BylinePage *self)
{
  g_return_val_if_fail (BYLINE_IS_PAGE (self), FALSE);

  return byline_document_get_file (self->document) == NULL &&
         !byline_document_get_modified (self->document) &&
         !byline_document_get_busy (self->document);
}
