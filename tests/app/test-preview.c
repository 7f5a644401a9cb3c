/* test-preview.c: the preview shows the post, keeps up with typing, follows
 * the editor, and is safe with any post
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "byline-renderer.h"
#include "byline-test-app.h"

#define SAMPLE_TITLE "共享服务贸易发展机遇 共促世界经济复苏和增长"
#define SAMPLE_IMAGE_ORIGIN "https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/"

/* A one-pixel PNG. */
static const guint8 pixel_png[] = {
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
  0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
  0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00,
  0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
  0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92, 0xef, 0x00, 0x00, 0x00,
  0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

static GtkTextBuffer *
get_buffer (BylineWindow *window)
{
  return GTK_TEXT_BUFFER (byline_document_get_buffer (byline_test_document (window)));
}

static void
assert_script (BylineWindow *window,
               const char   *script,
               const char   *expected)
{
  g_autofree char *result = byline_test_run_javascript (window, script);

  g_assert_cmpstr (result, ==, expected);
}

/* Runs the main loop for @milliseconds, for what should not happen. */
static void
iterate_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_for_images (BylineWindow *window)
{
  byline_test_wait_for_script (window, "[...document.images].every (image => image.complete)");
}

static void
type_at_end (BylineWindow *window,
             const char   *text)
{
  GtkTextBuffer *buffer = get_buffer (window);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

static BylineWindow *
open_markdown_post (gsize size)
{
  g_autoptr(GString) post = byline_test_make_markdown_post (size);
  g_autoptr(GFile) file = byline_test_write_file (NULL, "post.md", post->str, post->len);

  return byline_test_open_window (file);
}

static void
test_sample_shows_header_and_body (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);

  byline_test_wait_preview (window);

  assert_script (window, "document.querySelector ('#byline-header .byline-title').textContent", SAMPLE_TITLE);
  assert_script (window,
                 "[...document.querySelectorAll ('#byline-header .byline-categories li')]"
                 ".map (item => item.textContent).join ('|')",
                 "新媒体|ZAKER|source");
  assert_script (window, "document.querySelector ('#byline-header img') !== null", "true");
  assert_script (window, "document.querySelector ('#byline-body img#img_0') !== null", "true");
  assert_script (window, "document.body.textContent.includes ('金秋是收获的时节。')", "true");

  byline_test_close_window (window);
}

static void
test_header_follows_front_matter (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  BylineForm *form = byline_page_get_form (byline_window_get_current_page (window));

  byline_test_wait_preview (window);
  gtk_editable_set_text (GTK_EDITABLE (byline_form_get_row (form, "title")), "服务贸易的新机遇");
  gtk_editable_set_text (GTK_EDITABLE (byline_form_get_row (form, "author")), "Byline");

  byline_test_wait_for_script (window,
                               "document.querySelector ('#byline-header .byline-title').textContent === '服务贸易的新机遇'"
                               " && document.querySelector ('#byline-header .byline-author').textContent === 'Byline'");
  assert_script (window, "document.body.textContent.includes ('金秋是收获的时节。')", "true");

  byline_test_close_window (window);
}

static const char hostile_post[] =
  "---\n"
  "title: Hostile\n"
  "---\n"
  "<p id=\"target\">Text</p>\n"
  "<script>document.body.dataset.script = 'ran';</script>\n"
  "<img src=\"missing.png\" onerror=\"document.body.dataset.onerror = 'ran'\">\n"
  "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\""
  " onload=\"document.body.dataset.onload = 'ran'\">\n"
  "<svg onload=\"document.body.dataset.svg = 'ran'\"></svg>\n"
  "<a id=\"script-link\" href=\"javascript:document.body.dataset.link = 'ran'\">Run</a>\n"
  "<iframe srcdoc=\"&lt;script&gt;parent.document.body.dataset.frame = 'ran'&lt;/script&gt;\"></iframe>\n";

static void
test_scripts_never_run (void)
{
  g_autoptr(GFile) file = byline_test_write_file (NULL, "post.md", hostile_post, -1);
  BylineWindow *window = byline_test_open_window (file);

  byline_test_wait_preview (window);
  wait_for_images (window);
  assert_script (window, "document.getElementById ('script-link').click (); true", "true");
  iterate_for (300);
  assert_script (window, "JSON.stringify (document.body.dataset)", "{}");

  /* Scripts typed in come in by a patch, not a load: they do not run either. */
  type_at_end (window,
               "<img id=\"typed\" src=\"typed.png\" onerror=\"document.body.dataset.typed = 'ran'\">\n"
               "<script>document.body.dataset.typedScript = 'ran';</script>\n");
  byline_test_wait_for_script (window, "document.getElementById ('typed')?.complete === true");
  iterate_for (300);
  assert_script (window, "JSON.stringify (document.body.dataset)", "{}");

  byline_test_close_window (window);
}

static void
count_request_cb (SoupServer        *server,
                  SoupServerMessage *message,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  guint *n_requests = user_data;

  (*n_requests)++;
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "image/png", SOUP_MEMORY_STATIC,
                                    (const char *) pixel_png, sizeof pixel_png);
}

static gboolean
has_requests (gpointer user_data)
{
  return *(guint *) user_data > 0;
}

/* A web server on this machine that counts requests in @n_requests and
 * answers each with an image. */
static SoupServer *
start_server (guint  *n_requests,
              char  **origin)
{
  SoupServer *server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  soup_server_add_handler (server, NULL, count_request_cb, n_requests, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  *origin = g_strdup_printf ("http://127.0.0.1:%d/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return server;
}

static gboolean
record_link_cb (BylinePreview *preview,
                const char    *uri,
                GPtrArray     *links)
{
  g_ptr_array_add (links, g_strdup (uri));
  return TRUE;
}

static gboolean
has_links (gpointer user_data)
{
  return ((GPtrArray *) user_data)->len >= 2;
}

static void
test_links_do_not_navigate (void)
{
  static const char links_post[] =
    "---\ntitle: Links\n---\n"
    "<p><a id=\"web\" href=\"https://example.com/page\">Web</a>\n"
    "<a id=\"blank\" target=\"_blank\" href=\"https://example.com/blank\">New window</a>\n"
    "<a id=\"local\" href=\"other.html\">Local</a></p>\n"
    "<meta http-equiv=\"refresh\" content=\"0; url=%s\">\n";
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *origin = NULL;
  g_autofree char *post = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SoupServer) server = NULL;
  guint n_requests = 0;
  BylineWindow *window;
  WebKitWebView *web_view;
  guint n_windows;

  /* The refresh goes to a page of this machine's. */
  server = start_server (&n_requests, &origin);
  post = g_strdup_printf (links_post, origin);
  file = byline_test_write_file (NULL, "post.md", post, -1);
  window = byline_test_open_window (file);
  web_view = byline_preview_get_web_view (byline_test_preview (window));
  n_windows = g_list_model_get_n_items (gtk_window_get_toplevels ());

  g_signal_connect (byline_test_preview (window), "activate-link", G_CALLBACK (record_link_cb), links);
  byline_test_wait_preview (window);
  uri = g_strdup (webkit_web_view_get_uri (web_view));
  byline_test_wait_until (has_requests, &n_requests, "the page to refresh");

  assert_script (window,
                 "for (const id of ['local', 'web', 'blank']) document.getElementById (id).click (); true",
                 "true");
  byline_test_wait_until (has_links, links, "the links to be handed on");
  iterate_for (300);

  /* The web links went to the browser; the local one and the refresh went
   * nowhere. */
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (links, 0), ==, "https://example.com/page");
  g_assert_cmpstr (g_ptr_array_index (links, 1), ==, "https://example.com/blank");

  g_assert_false (webkit_web_view_is_loading (web_view));
  g_assert_cmpstr (webkit_web_view_get_uri (web_view), ==, uri);
  assert_script (window, "document.getElementById ('web') !== null", "true");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_windows);

  byline_test_close_window (window);
}

static void
test_typing_keeps_up_and_keeps_scroll (void)
{
  BylineWindow *window = open_markdown_post (200 * 1024);
  GtkTextBuffer *buffer = get_buffer (window);
  g_autofree char *scroll_before = NULL;
  g_autofree char *scroll_after = NULL;
  g_autofree char *typed_check = NULL;
  char typed[201];
  GtkTextIter iter;
  gint64 longest = 0;

  byline_test_wait_preview (window);

  /* Typing at the end of a paragraph in the middle, where the reader is. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (gtk_text_iter_forward_search (&iter, "Paragraph 900:", 0, NULL, &iter, NULL));
  gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);

  scroll_before = byline_test_run_javascript (window,
                                              "window.scrollTo (0, (document.documentElement.scrollHeight"
                                              " - window.innerHeight) / 2); String (window.scrollY)");
  g_assert_cmpfloat (g_ascii_strtod (scroll_before, NULL), >, 1000);

  for (guint i = 0; i < 200; i++)
    {
      gint64 start = g_get_monotonic_time ();

      /* GTK 4.8's accessibility reads the inserted text up to a NUL,
       * whatever the length says: give it one. */
      typed[i] = 'a' + i % 26;
      typed[i + 1] = '\0';
      gtk_text_buffer_insert_at_cursor (buffer, &typed[i], 1);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      longest = MAX (longest, g_get_monotonic_time () - start);
    }
  typed[200] = '\0';
  g_test_message ("The longest keystroke took %.1f ms", longest / 1000.0);

  typed_check = g_strdup_printf ("document.getElementById ('byline-body').textContent.includes ('%s')", typed);
  byline_test_wait_for_script (window, typed_check);

  scroll_after = byline_test_run_javascript (window, "String (window.scrollY)");
  g_assert_cmpfloat (ABS (g_ascii_strtod (scroll_after, NULL) - g_ascii_strtod (scroll_before, NULL)), <=, 2);

  byline_test_close_window (window);
}

static gboolean
preview_up_to_date (gpointer user_data)
{
  return byline_preview_is_up_to_date (byline_test_preview (user_data));
}

static void
test_remote_content_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GFile) sample = byline_test_sample ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = byline_test_read_file (sample);
  g_autofree char *origin = NULL;
  g_auto(GStrv) pieces = NULL;
  g_autofree char *local_post = NULL;
  BylineWindow *window;
  guint n_requests = 0;
  guint n_before_edit;

  server = start_server (&n_requests, &origin);

  /* The sample, its remote images served here. */
  pieces = g_strsplit (contents, SAMPLE_IMAGE_ORIGIN, -1);
  g_assert_cmpuint (g_strv_length (pieces), >, 3);
  local_post = g_strjoinv (origin, pieces);
  file = byline_test_write_file (NULL, "post.md", local_post, -1);

  g_settings_set_boolean (settings, "load-remote-content", FALSE);
  window = byline_test_open_window (file);
  byline_test_wait_preview (window);
  assert_script (window, "document.querySelector ('#byline-body img#img_0') !== null", "true");
  wait_for_images (window);
  iterate_for (500);
  g_assert_cmpuint (n_requests, ==, 0);

  /* Applied at once, to the page shown. */
  g_settings_set_boolean (settings, "load-remote-content", TRUE);
  byline_test_wait_until (has_requests, &n_requests, "the remote image to be requested");

  g_settings_set_boolean (settings, "load-remote-content", FALSE);
  byline_test_wait_until (preview_up_to_date, window, "the preview to load again");
  n_before_edit = n_requests;
  type_at_end (window, "<p><img id=\"typed\" src=\"" SAMPLE_IMAGE_ORIGIN "typed.jpg\"></p>\n");
  byline_test_wait_for_script (window, "document.getElementById ('typed')?.complete === true");
  iterate_for (500);
  g_assert_cmpuint (n_requests, ==, n_before_edit);

  g_settings_reset (settings, "load-remote-content");
  byline_test_close_window (window);
}

static void
test_files_outside_the_site (void)
{
  static const char post[] =
    "---\ntitle: Images\n---\n"
    "<p><img id=\"beside\" src=\"beside.png\"> <img id=\"site\" src=\"../site.png\">"
    " <img id=\"outside\" src=\"../../outside.png\"></p>\n";
  g_autoptr(GFile) outside = byline_test_write_file (NULL, "outside.png", (const char *) pixel_png, sizeof pixel_png);
  g_autoptr(GFile) root = g_file_get_parent (outside);
  g_autoptr(GFile) site = g_file_get_child (root, "site");
  g_autoptr(GFile) file = byline_test_write_file (root, "site/posts/post.md", post, -1);
  g_autoptr(GFile) beside = byline_test_write_file (root, "site/posts/beside.png", (const char *) pixel_png, sizeof pixel_png);
  g_autoptr(GFile) in_site = byline_test_write_file (root, "site/site.png", (const char *) pixel_png, sizeof pixel_png);
  BylineWindow *window = byline_test_open_window (file);
  const char *widths = "['beside', 'site', 'outside'].map (id => document.getElementById (id).naturalWidth).join ()";

  byline_test_wait_preview (window);
  wait_for_images (window);
  assert_script (window, widths, "1,0,0");

  byline_preview_set_site_root (byline_test_preview (window), site);
  byline_test_wait_until (preview_up_to_date, window, "the preview to load again");
  wait_for_images (window);
  assert_script (window, widths, "1,1,0");

  byline_test_close_window (window);
}

static gboolean
has_site (gpointer user_data)
{
  return byline_document_get_site (byline_test_document (user_data)) != NULL;
}

/* A post opened from a Hexo site shows the site's images, such as those
 * of source/images, once the site is found. */
static void
test_images_of_the_post_s_site (void)
{
  static const char post[] =
    "---\ntitle: Images\n---\n"
    "<p><img id=\"beside\" src=\"beside.png\"> <img id=\"site\" src=\"../images/site.png\">"
    " <img id=\"outside\" src=\"../../../outside.png\"></p>\n";
  g_autoptr(GFile) outside = byline_test_write_file (NULL, "outside.png", (const char *) pixel_png, sizeof pixel_png);
  g_autoptr(GFile) root = g_file_get_parent (outside);
  g_autoptr(GFile) config = byline_test_write_file (root, "site/_config.yml", "title: Images\n", -1);
  g_autoptr(GFile) file = byline_test_write_file (root, "site/source/_posts/post.md", post, -1);
  g_autoptr(GFile) beside = byline_test_write_file (root, "site/source/_posts/beside.png", (const char *) pixel_png, sizeof pixel_png);
  g_autoptr(GFile) in_site = byline_test_write_file (root, "site/source/images/site.png", (const char *) pixel_png, sizeof pixel_png);
  BylineWindow *window = byline_test_open_window (file);
  const char *widths = "['beside', 'site', 'outside'].map (id => document.getElementById (id).naturalWidth).join ()";

  byline_test_wait_until (has_site, window, "the post's site to be found");
  byline_test_wait_until (preview_up_to_date, window, "the preview to load");
  wait_for_images (window);
  assert_script (window, widths, "1,1,0");

  byline_test_close_window (window);
}

static guint
get_cursor_line (BylineWindow *window)
{
  GtkTextBuffer *buffer = get_buffer (window);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_line (&iter);
}

typedef struct {
  BylineWindow *window;
  guint         line;
} CursorWait;

static gboolean
cursor_on_line (gpointer user_data)
{
  CursorWait *wait = user_data;

  return get_cursor_line (wait->window) == wait->line;
}

static guint
find_line (BylineWindow *window,
           const char   *text)
{
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (get_buffer (window), &iter);
  g_assert_true (gtk_text_iter_forward_search (&iter, text, 0, &iter, NULL, NULL));
  return gtk_text_iter_get_line (&iter);
}

static void
test_scroll_sync (void)
{
  BylineWindow *window = open_markdown_post (60 * 1024);
  BylinePage *page = byline_window_get_current_page (window);
  GtkWidget *source_view = GTK_WIDGET (byline_page_get_source_view (page));
  guint body_line = byline_post_get_body_line (byline_document_get_post (byline_test_document (window)));
  g_autofree char *click = NULL;
  g_autofree char *visible = NULL;
  GtkTextIter iter;
  CursorWait wait = { window, 0 };

  byline_test_wait_preview (window);

  /* A click on a block puts the cursor at its line. */
  wait.line = find_line (window, "Paragraph 150:");
  click = g_strdup_printf ("document.querySelector ('[data-line=\"%u\"]').click (); true", wait.line + body_line);
  assert_script (window, click, "true");
  byline_test_wait_until (cursor_on_line, &wait, "the cursor to move to the block clicked");

  /* Moving the cursor in the editor scrolls the preview to its block. */
  gtk_widget_grab_focus (source_view);
  gtk_text_buffer_get_iter_at_line (get_buffer (window), &iter, find_line (window, "Paragraph 40:"));
  gtk_text_buffer_place_cursor (get_buffer (window), &iter);
  visible = g_strdup_printf ("(() => {"
                             "  const rect = document.querySelector ('[data-line=\"%u\"]').getBoundingClientRect ();"
                             "  return rect.bottom > 0 && rect.top < window.innerHeight;"
                             "}) ()",
                             gtk_text_iter_get_line (&iter) + body_line);
  byline_test_wait_for_script (window, visible);

  byline_test_close_window (window);
}

static void
test_shows_again_after_a_crash (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);

  byline_test_wait_preview (window);
  webkit_web_view_terminate_web_process (byline_preview_get_web_view (byline_test_preview (window)));
  type_at_end (window, "<p id=\"after\">After the crash</p>\n");

  byline_test_wait_for_script (window, "document.getElementById ('after') !== null");
  assert_script (window, "document.querySelector ('#byline-header .byline-title').textContent", SAMPLE_TITLE);

  byline_test_close_window (window);
}

static void
test_dark_follows_style_manager (void)
{
  g_autoptr(GFile) file = byline_test_copy_sample ();
  BylineWindow *window = byline_test_open_window (file);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  byline_test_wait_preview (window);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  byline_test_wait_for_script (window, "document.documentElement.classList.contains ('byline-dark')");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  byline_test_wait_for_script (window,
                               "document.documentElement.classList.contains ('byline-light') &&"
                               " !document.documentElement.classList.contains ('byline-dark')");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  byline_test_close_window (window);
}

static void
test_user_style_sheet (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) first = byline_test_write_file (NULL, "theme.css", "#byline-body { outline-color: rgb(1, 2, 3); }", -1);
  g_autoptr(GFile) second = byline_test_write_file (NULL, "theme.css", "#byline-body { outline-color: rgb(4, 5, 6); }", -1);
  g_autoptr(GFile) file = byline_test_copy_sample ();
  g_autofree char *first_path = g_file_get_path (first);
  g_autofree char *second_path = g_file_get_path (second);
  const char *outline = "getComputedStyle (document.getElementById ('byline-body')).outlineColor";
  BylineWindow *window;

  /* In the page from the start, */
  g_settings_set_string (settings, "preview-css", first_path);
  window = byline_test_open_window (file);
  byline_test_wait_preview (window);
  assert_script (window, outline, "rgb(1, 2, 3)");

  /* and as the setting changes. */
  g_settings_set_string (settings, "preview-css", second_path);
  byline_test_wait_for_script (window, "getComputedStyle (document.getElementById ('byline-body')).outlineColor"
                                       " === 'rgb(4, 5, 6)'");
  g_settings_reset (settings, "preview-css");
  byline_test_wait_for_script (window, "getComputedStyle (document.getElementById ('byline-body')).outlineColor"
                                       " !== 'rgb(4, 5, 6)'");

  byline_test_close_window (window);
}

/* The page's body, after any number of patches, is what a browser makes
 * of the whole rendering. */
static void
assert_body_matches_rendering (BylineWindow   *window,
                               BylineRenderer *renderer)
{
  BylineDocument *document = byline_test_document (window);
  BylinePost *post = byline_document_get_post (document);
  g_autofree char *asset_folder = byline_asset_folder_name (byline_document_get_file (document));
  g_autofree char *html = NULL;
  g_autofree char *body = NULL;
  g_autofree char *result = NULL;
  GtkTextIter start, end;

  byline_test_wait_preview (window);

  gtk_text_buffer_get_bounds (get_buffer (window), &start, &end);
  body = gtk_text_buffer_get_slice (get_buffer (window), &start, &end, TRUE);
  html = byline_renderer_render_body (renderer, body, byline_post_get_body_kind (post),
                                      byline_post_get_body_line (post), asset_folder);

  result = byline_test_call_javascript (window,
                                        "const expected = document.createElement ('article');"
                                        "expected.innerHTML = value;"
                                        "return expected.innerHTML === document.getElementById ('byline-body').innerHTML;",
                                        html);
  g_assert_cmpstr (result, ==, "true");
}

static void
edit_at_random (GtkTextBuffer *buffer,
                GRand         *rand)
{
  static const char * const insertions[] = {
    "x", "文", "\n", "\n\n", "<p>", "</p>", "<div>", "</div>", "<li>", "<!-- more -->",
    "**bold** ", "- item\n", "| a | b |\n|---|---|\n", "```\n", "<table><tr><td>",
  };
  int n_chars = gtk_text_buffer_get_char_count (buffer);
  int offset = g_rand_int_range (rand, 0, n_chars + 1);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  if (g_rand_boolean (rand))
    {
      gtk_text_buffer_insert (buffer, &start, insertions[g_rand_int_range (rand, 0, G_N_ELEMENTS (insertions))], -1);
      return;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &end, MIN (n_chars, offset + g_rand_int_range (rand, 1, 40)));
  gtk_text_buffer_delete (buffer, &start, &end);
}

static void
run_random_edits (GFile *file)
{
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (4254);
  BylineWindow *window = byline_test_open_window (file);

  assert_body_matches_rendering (window, renderer);
  for (guint i = 0; i < 40; i++)
    {
      edit_at_random (get_buffer (window), rand);
      assert_body_matches_rendering (window, renderer);
    }

  /* A line more in the front matter moves every line of the body. */
  g_assert_true (byline_front_matter_set_string (byline_document_get_front_matter (byline_test_document (window)),
                                                 "subtitle", "One line more", NULL));
  assert_body_matches_rendering (window, renderer);

  byline_test_close_window (window);
}

static void
test_patches_match_full_rendering (void)
{
  g_autoptr(GFile) sample = byline_test_copy_sample ();
  g_autoptr(GString) post = byline_test_make_markdown_post (8 * 1024);
  g_autoptr(GFile) markdown = byline_test_write_file (NULL, "post.md", post->str, post->len);

  run_random_edits (sample);
  run_random_edits (markdown);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_app_init (&argc, &argv);

  g_test_add_func ("/preview/sample", test_sample_shows_header_and_body);
  g_test_add_func ("/preview/header-follows-front-matter", test_header_follows_front_matter);
  g_test_add_func ("/preview/scripts-never-run", test_scripts_never_run);
  g_test_add_func ("/preview/links-do-not-navigate", test_links_do_not_navigate);
  g_test_add_func ("/preview/typing-keeps-up", test_typing_keeps_up_and_keeps_scroll);
  g_test_add_func ("/preview/remote-content", test_remote_content_setting);
  g_test_add_func ("/preview/files-outside-site", test_files_outside_the_site);
  g_test_add_func ("/preview/images-of-the-post-s-site", test_images_of_the_post_s_site);
  g_test_add_func ("/preview/scroll-sync", test_scroll_sync);
  g_test_add_func ("/preview/web-process-crash", test_shows_again_after_a_crash);
  g_test_add_func ("/preview/dark", test_dark_follows_style_manager);
  g_test_add_func ("/preview/user-style-sheet", test_user_style_sheet);
  g_test_add_func ("/preview/patches-match-rendering", test_patches_match_full_rendering);

  return g_test_run ();
}
