/* byline-preview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is about a page that must be safe with any post: the
 * sample is scraped from a news site, with remote images, an iframe and
 * attributes meant for scripts. WebKit never runs the page's scripts or
 * inline handlers (JavaScript markup is off), never navigates the view and
 * never opens a window; Byline's own script runs in a world the page
 * cannot reach.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "byline-preview-page.h"

#define SCRIPT_RESOURCE "/io/github/byline/Byline/byline-preview.js"

typedef struct {
  BylinePreviewLinkHandler handler;
  gpointer                 user_data;
} LinkHandler;

static gboolean
is_openable (const char *uri)
{
  return g_str_has_prefix (uri, "http://") ||
         g_str_has_prefix (uri, "https://") ||
         g_str_has_prefix (uri, "mailto:");
}

/* The page loads itself and its frames; anything else the reader follows
 * opens in their browser, and anything else still is refused. */
static gboolean
decide_policy_cb (WebKitWebView            *web_view,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type,
                  LinkHandler              *link_handler)
{
  WebKitNavigationAction *action;
  WebKitNavigationType navigation_type;
  const char *uri;

  /* A response for the main frame is a navigation away from the page,
   * which load_html() itself makes without one. */
  if (type == WEBKIT_POLICY_DECISION_TYPE_RESPONSE)
    {
      if (!webkit_response_policy_decision_is_main_frame_main_resource (WEBKIT_RESPONSE_POLICY_DECISION (decision)))
        return FALSE;

      webkit_policy_decision_ignore (decision);
      return TRUE;
    }

  action = webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (decision));
  navigation_type = webkit_navigation_action_get_navigation_type (action);
  uri = webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));

  if (type == WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION &&
      navigation_type == WEBKIT_NAVIGATION_TYPE_OTHER &&
      !webkit_navigation_action_is_user_gesture (action))
    return FALSE;

  if ((navigation_type == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED ||
       webkit_navigation_action_is_user_gesture (action)) &&
      is_openable (uri))
    link_handler->handler (link_handler->user_data, uri);

  webkit_policy_decision_ignore (decision);
  return TRUE;
}

static GtkWidget *
create_cb (WebKitWebView          *web_view,
           WebKitNavigationAction *action)
{
  /* No new windows, whatever asks. */
  return NULL;
}

/* Copying is all the context menu offers: its other entries download,
 * reload or open windows. */
static gboolean
context_menu_cb (WebKitWebView       *web_view,
                 WebKitContextMenu   *menu,
                 WebKitHitTestResult *hit_test_result)
{
  static const WebKitContextMenuAction allowed[] = {
    WEBKIT_CONTEXT_MENU_ACTION_COPY,
    WEBKIT_CONTEXT_MENU_ACTION_COPY_LINK_TO_CLIPBOARD,
    WEBKIT_CONTEXT_MENU_ACTION_COPY_IMAGE_TO_CLIPBOARD,
    WEBKIT_CONTEXT_MENU_ACTION_COPY_IMAGE_URL_TO_CLIPBOARD,
    WEBKIT_CONTEXT_MENU_ACTION_SELECT_ALL,
  };
  GList *items = g_list_copy (webkit_context_menu_get_items (menu));

  for (GList *l = items; l != NULL; l = l->next)
    {
      WebKitContextMenuAction action = webkit_context_menu_item_get_stock_action (l->data);
      gboolean is_allowed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
        is_allowed |= action == allowed[i];

      if (!is_allowed)
        webkit_context_menu_remove (menu, l->data);
    }
  g_list_free (items);

  return webkit_context_menu_get_n_items (menu) == 0;
}

static WebKitUserContentManager *
create_content_manager (void)
{
  WebKitUserContentManager *manager = webkit_user_content_manager_new ();
  g_autoptr(WebKitUserScript) script = NULL;
  g_autoptr(GBytes) source = NULL;

  /* The script is compiled into the program: missing, the build is
   * broken. */
  source = g_resources_lookup_data (SCRIPT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (source != NULL);

  script = webkit_user_script_new_for_world (g_bytes_get_data (source, NULL),
                                             WEBKIT_USER_CONTENT_INJECT_TOP_FRAME,
                                             WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_END,
                                             BYLINE_PREVIEW_PAGE_WORLD,
                                             NULL, NULL);
  webkit_user_content_manager_add_script (manager, script);
  webkit_user_content_manager_register_script_message_handler (manager, "byline", BYLINE_PREVIEW_PAGE_WORLD);

  return manager;
}

/**
 * byline_preview_page_new_web_view:
 * @link_handler: called for each link the reader activates
 *
 * Returns: (transfer floating): a web view for the preview
 */
WebKitWebView *
byline_preview_page_new_web_view (BylinePreviewLinkHandler link_handler,
                                  gpointer                 user_data)
{
  static WebKitNetworkSession *session;
  g_autoptr(WebKitSettings) settings = NULL;
  g_autoptr(WebKitUserContentManager) manager = create_content_manager ();
  LinkHandler *handler = g_new (LinkHandler, 1);
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
                                                "enable-page-cache", FALSE,
                                                "hardware-acceleration-policy", WEBKIT_HARDWARE_ACCELERATION_POLICY_NEVER,
                                                NULL);

  web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW,
                           "network-session", session,
                           "settings", settings,
                           "user-content-manager", manager,
                           NULL);

  handler->handler = link_handler;
  handler->user_data = user_data;
  g_signal_connect_data (web_view, "decide-policy", G_CALLBACK (decide_policy_cb),
                         handler, (GClosureNotify) g_free, 0);
  g_signal_connect (web_view, "create", G_CALLBACK (create_cb), NULL);
  g_signal_connect (web_view, "context-menu", G_CALLBACK (context_menu_cb), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (web_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview"),
                                  -1);

  return web_view;
}

static GVariant *
patch_to_variant (BylineHtmlPatch *patch)
{
  GVariantDict path;
  GVariantDict dict;

  /* A list goes as a dictionary with the keys "0", "1"... and "length",
   * which the page reads back as an array. */
  g_variant_dict_init (&path, NULL);
  g_variant_dict_insert (&path, "length", "u", patch->path->len);
  for (guint i = 0; i < patch->path->len; i++)
    {
      BylineHtmlPatchStep *step = &g_array_index (patch->path, BylineHtmlPatchStep, i);
      GVariantDict step_dict;
      char key[16];

      g_variant_dict_init (&step_dict, NULL);
      g_variant_dict_insert (&step_dict, "index", "u", step->index);
      g_variant_dict_insert (&step_dict, "count", "u", step->n_children);
      g_variant_dict_insert (&step_dict, "name", "s", step->name);
      g_snprintf (key, sizeof key, "%u", i);
      g_variant_dict_insert_value (&path, key, g_variant_dict_end (&step_dict));
    }

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "path", g_variant_dict_end (&path));
  g_variant_dict_insert (&dict, "removesAll", "u", (guint) patch->removes_all);
  g_variant_dict_insert (&dict, "count", "u", patch->n_children);
  g_variant_dict_insert (&dict, "from", "u", patch->from);
  g_variant_dict_insert (&dict, "removed", "u", patch->n_removed);
  g_variant_dict_insert (&dict, "opaque", "u", (guint) patch->is_opaque);
  g_variant_dict_insert (&dict, "inserted", "s", patch->inserted);
  g_variant_dict_insert (&dict, "nInserted", "u", patch->n_inserted);
  g_variant_dict_insert (&dict, "before", "i", patch->before_shift);
  g_variant_dict_insert (&dict, "after", "i", patch->after_shift);

  return g_variant_dict_end (&dict);
}

/* Arguments go as numbers, strings and dictionaries, which is all WebKit
 * takes: booleans go as 0 or 1, and lists as dictionaries. */
static void
call (WebKitWebView       *web_view,
      const char          *body,
      GVariant            *arguments,
      GCancellable        *cancellable,
      GAsyncReadyCallback  callback,
      gpointer             user_data)
{
  webkit_web_view_call_async_javascript_function (web_view, body, -1, arguments,
                                                  BYLINE_PREVIEW_PAGE_WORLD, NULL,
                                                  cancellable, callback, user_data);
}

/**
 * byline_preview_page_update_async:
 * @header: (nullable): the page's new header, or %NULL to keep it
 * @patch: (nullable): the patch for the page's body, or %NULL to keep it
 *
 * Patches the page's body with @patch, and sets its colours dark or light.
 * The update fails, changing nothing, when the body's nodes are not those
 * the patch was planned for.
 */
void
byline_preview_page_update_async (WebKitWebView       *web_view,
                                  const char          *header,
                                  BylineHtmlPatch     *patch,
                                  gboolean             dark,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GVariantDict arguments;

  g_return_if_fail (WEBKIT_IS_WEB_VIEW (web_view));

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "hasHeader", "u", (guint) (header != NULL));
  g_variant_dict_insert (&arguments, "header", "s", header != NULL ? header : "");
  g_variant_dict_insert (&arguments, "hasPatch", "u", (guint) (patch != NULL));
  if (patch != NULL)
    g_variant_dict_insert_value (&arguments, "patch", patch_to_variant (patch));
  else
    g_variant_dict_insert (&arguments, "patch", "u", 0);
  g_variant_dict_insert (&arguments, "dark", "u", (guint) dark);

  call (web_view, "byline.update (hasHeader ? header : null, hasPatch ? patch : null, dark); return true;",
        g_variant_dict_end (&arguments), cancellable, callback, user_data);
}

gboolean
byline_preview_page_update_finish (WebKitWebView  *web_view,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_autoptr(JSCValue) value = NULL;

  g_return_val_if_fail (WEBKIT_IS_WEB_VIEW (web_view), FALSE);

  value = webkit_web_view_call_async_javascript_function_finish (web_view, result, error);
  return value != NULL;
}

void
byline_preview_page_set_dark (WebKitWebView *web_view,
                              gboolean       dark)
{
  GVariantDict arguments;

  g_return_if_fail (WEBKIT_IS_WEB_VIEW (web_view));

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "dark", "u", (guint) dark);
  call (web_view, "byline.setDark (dark);", g_variant_dict_end (&arguments), NULL, NULL, NULL);
}

void
byline_preview_page_set_user_style (WebKitWebView *web_view,
                                    const char    *css)
{
  GVariantDict arguments;

  g_return_if_fail (WEBKIT_IS_WEB_VIEW (web_view));
  g_return_if_fail (css != NULL);

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "css", "s", css);
  call (web_view, "byline.setUserStyle (css);", g_variant_dict_end (&arguments), NULL, NULL, NULL);
}

void
byline_preview_page_scroll_to_line (WebKitWebView *web_view,
                                    double         line,
                                    double         position)
{
  GVariantDict arguments;

  g_return_if_fail (WEBKIT_IS_WEB_VIEW (web_view));

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "line", "d", line);
  g_variant_dict_insert (&arguments, "position", "d", position);
  call (web_view, "byline.scrollToLine (line, position);", g_variant_dict_end (&arguments), NULL, NULL, NULL);
}

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  if (gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error))
    return;

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                 adw_toast_new (_("The link cannot be opened: no application handles it")));
}

/**
 * byline_preview_page_show_uri:
 *
 * Opens @uri in the user's browser or mail program, and says so in a
 * toast of the window holding @widget when it cannot.
 */
void
byline_preview_page_show_uri (GtkWidget  *widget,
                              const char *uri)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (uri != NULL);

  root = gtk_widget_get_root (widget);
  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME,
                     NULL, show_uri_cb, g_object_ref (widget));
}
