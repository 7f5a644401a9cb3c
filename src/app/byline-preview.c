/* byline-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-preview.h"
#include "byline-renderer.h"

/* Long enough to let a burst of typing through as one render, short enough
 * to feel live. */
#define RENDER_DELAY_MS 120

struct _BylinePreview
{
  AdwBin          parent_instance;

  WebKitWebView  *web_view;
  BylineDocument *document;
  BylineRenderer *renderer;
  char           *page_uri;
  guint           render_source;
};

G_DEFINE_FINAL_TYPE (BylinePreview, byline_preview, ADW_TYPE_BIN)

static char *
dup_base_uri (BylineDocument *document)
{
  GFile *file = byline_document_get_file (document);
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;
  g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : NULL;

  /* Relative image paths resolve against the post's folder. */
  return uri != NULL ? g_strconcat (uri, "/", NULL) : NULL;
}

static gboolean
render_cb (gpointer user_data)
{
  BylinePreview *self = user_data;
  g_autofree char *html = NULL;
  g_autofree char *base_uri = NULL;

  self->render_source = 0;

  byline_document_sync_body (self->document);
  html = byline_renderer_render_page (self->renderer, byline_document_get_post (self->document), NULL);
  base_uri = dup_base_uri (self->document);
  g_free (self->page_uri);
  self->page_uri = g_strdup (base_uri != NULL ? base_uri : "about:blank");
  webkit_web_view_load_html (self->web_view, html, base_uri);

  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (BylinePreview  *self,
                     BylineDocument *document)
{
  if (self->render_source == 0)
    self->render_source = g_timeout_add (RENDER_DELAY_MS, render_cb, self);
}

/* The preview shows one page: links open in the user's browser and nothing
 * navigates the view itself. */
static gboolean
decide_policy_cb (WebKitWebView            *web_view,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type,
                  BylinePreview            *self)
{
  WebKitNavigationAction *action;
  WebKitURIRequest *request;
  const char *uri;

  if (type == WEBKIT_POLICY_DECISION_TYPE_RESPONSE)
    return FALSE;

  action = webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (decision));
  request = webkit_navigation_action_get_request (action);
  uri = webkit_uri_request_get_uri (request);

  /* The page's own load, started by webkit_web_view_load_html(). */
  if (webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_OTHER &&
      !webkit_navigation_action_is_user_gesture (action) &&
      g_strcmp0 (uri, self->page_uri) == 0)
    return FALSE;

  if (webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED &&
      (g_str_has_prefix (uri, "http://") || g_str_has_prefix (uri, "https://") ||
       g_str_has_prefix (uri, "mailto:")))
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);

  webkit_policy_decision_ignore (decision);
  return TRUE;
}

static WebKitWebView *
create_web_view (void)
{
  static WebKitNetworkSession *session;
  WebKitSettings *settings;
  WebKitWebView *web_view;

  /* Nothing the preview loads is kept: no cookies, no cache on disk. */
  if (session == NULL)
    session = webkit_network_session_new_ephemeral ();

  settings = webkit_settings_new_with_settings ("enable-javascript-markup", FALSE,
                                                "javascript-can-open-windows-automatically", FALSE,
                                                "allow-file-access-from-file-urls", FALSE,
                                                "allow-universal-access-from-file-urls", FALSE,
                                                "allow-modal-dialogs", FALSE,
                                                "enable-developer-extras", FALSE,
                                                "enable-back-forward-navigation-gestures", FALSE,
                                                "enable-html5-database", FALSE,
                                                "enable-html5-local-storage", FALSE,
                                                NULL);

  web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW,
                           "network-session", session,
                           "settings", settings,
                           NULL);
  g_object_unref (settings);

  return web_view;
}

static void
byline_preview_dispose (GObject *object)
{
  BylinePreview *self = (BylinePreview *)object;

  g_clear_handle_id (&self->render_source, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->page_uri, g_free);

  G_OBJECT_CLASS (byline_preview_parent_class)->dispose (object);
}

static void
byline_preview_class_init (BylinePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_preview_dispose;
}

static void
byline_preview_init (BylinePreview *self)
{
  self->renderer = byline_renderer_new ();
  self->web_view = create_web_view ();

  g_signal_connect_object (self->web_view, "decide-policy",
                           G_CALLBACK (decide_policy_cb), self, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->web_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview"),
                                  -1);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->web_view));
}

/**
 * byline_preview_set_document:
 *
 * Shows @document, and follows its edits.
 */
void
byline_preview_set_document (BylinePreview  *self,
                             BylineDocument *document)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (BYLINE_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_signal_connect_object (document, "changed",
                           G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  document_changed_cb (self, document);
}

/**
 * byline_preview_get_web_view:
 *
 * Returns: (transfer none): the web view showing the post
 */
WebKitWebView *
byline_preview_get_web_view (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), NULL);

  return self->web_view;
}
