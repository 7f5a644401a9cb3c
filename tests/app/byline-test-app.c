/* byline-test-app.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "byline-preview.h"
#include "byline-test-app.h"

/* Long enough for WebKit's first process start on a loaded CI machine. */
#define WAIT_SECONDS 60

static char *test_home;

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
        break;
      remove_tree (child);
    }

  g_file_delete (file, NULL, NULL);
}

static void
remove_test_home (void)
{
  g_autoptr(GFile) home = g_file_new_for_path (test_home);

  remove_tree (home);
  g_clear_pointer (&test_home, g_free);
}

/* The user's folders are temporary, as G_TEST_OPTION_ISOLATE_DIRS makes
 * them; the system's stay, since GtkSourceView's languages, the icons and
 * WebKit's settings schemas live there. */
static void
isolate_user_dirs (void)
{
  static const char * const variables[] = {
    "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autoptr(GError) error = NULL;

  test_home = g_dir_make_tmp ("byline-home-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("HOME", test_home, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *dir = g_build_filename (test_home, variables[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (variables[i], dir, TRUE);
    }

  atexit (remove_test_home);
}

void
byline_test_app_init (int    *argc,
                      char ***argv)
{
  isolate_user_dirs ();
  g_test_init (argc, argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("The app tests need a display: run them under `xvfb-run -a dbus-run-session`");

  gtk_init ();
  adw_init ();
  gtk_source_init ();
}

GFile *
byline_test_sample (void)
{
  return g_file_new_build_filename (g_getenv ("BYLINE_DATADIR"), "samples",
                                    "000_5003afbe905b0950.txt", NULL);
}

/**
 * byline_test_copy_sample:
 *
 * Returns: (transfer full): a writable copy of the sample post in a fresh
 *   temporary folder
 */
GFile *
byline_test_copy_sample (void)
{
  g_autoptr(GFile) sample = byline_test_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-test-XXXXXX", &error);
  GFile *copy;

  g_assert_no_error (error);
  copy = g_file_new_build_filename (dir, "post.md", NULL);
  g_file_copy (sample, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  return copy;
}

/**
 * byline_test_make_markdown_post:
 *
 * Returns: (transfer full): a Markdown post of @size bytes or a little
 *   more: paragraphs numbered from 0, in Chinese and English, under a
 *   heading every ten
 */
GString *
byline_test_make_markdown_post (gsize size)
{
  GString *post = g_string_new ("---\ntitle: A long post\ncategories: [Test]\n---\n\n");

  for (guint i = 0; post->len < size; i++)
    {
      if (i % 10 == 0)
        g_string_append_printf (post, "## Section %u\n\n", i / 10);
      g_string_append_printf (post,
                              "Paragraph %u: 金秋是收获的时节。 The *quick* brown fox jumps over "
                              "the lazy dog, and **again** over the [lazy dog](https://example.com/).\n\n",
                              i);
    }

  return post;
}

/**
 * byline_test_read_file:
 *
 * Returns: (transfer full): the contents of @file
 */
char *
byline_test_read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/**
 * byline_test_write_file:
 * @folder: (nullable): where to write, or %NULL for a fresh temporary
 *   folder
 * @path: the file's path inside @folder; its folders are made
 *
 * Returns: (transfer full): the file, holding @contents
 */
GFile *
byline_test_write_file (GFile      *folder,
                        const char *path,
                        const char *contents,
                        gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(GFile) parent = NULL;
  GFile *file;

  if (folder == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("byline-test-XXXXXX", &error);

      g_assert_no_error (error);
      folder = temporary = g_file_new_for_path (dir);
    }

  file = g_file_resolve_relative_path (folder, path);
  parent = g_file_get_parent (file);
  g_file_make_directory_with_parents (parent, NULL, NULL);
  g_file_replace_contents (file, contents, length < 0 ? strlen (contents) : (gsize) length,
                           NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  return file;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * byline_test_wait_until:
 *
 * Runs the main loop until @condition holds; fails the test, naming @what,
 * if it does not within a minute.
 */
void
byline_test_wait_until (BylineTestCondition  condition,
                        gpointer             user_data,
                        const char          *what)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (source);
}

BylineDocument *
byline_test_document (BylineWindow *window)
{
  return byline_page_get_document (byline_window_get_current_page (window));
}

static gboolean
document_idle (gpointer user_data)
{
  BylineDocument *document = byline_test_document (user_data);

  return !byline_document_get_busy (document) && byline_document_get_file (document) != NULL;
}

/**
 * byline_test_open_window:
 *
 * Returns: (transfer none): a shown window with @file loaded
 */
BylineWindow *
byline_test_open_window (GFile *file)
{
  return byline_test_open_window_in (NULL, file);
}

/**
 * byline_test_open_window_in:
 * @application: (nullable): a registered application, whose session then
 *   keeps the window's posts
 *
 * Returns: (transfer none): a shown window with @file loaded
 */
BylineWindow *
byline_test_open_window_in (BylineApplication *application,
                            GFile             *file)
{
  BylineWindow *window = byline_window_new (application);

  gtk_window_present (GTK_WINDOW (window));
  byline_window_open (window, file);
  byline_test_wait_until (document_idle, window, "the post to load");

  return window;
}

/**
 * byline_test_run_for:
 *
 * Runs the main loop for a while, to see that something does not happen.
 */
void
byline_test_run_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * byline_test_replace_file:
 *
 * Writes @file as another program would, behind the app's back.
 */
void
byline_test_replace_file (GFile      *file,
                          const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);
}

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

static GtkWidget *
find_matching (GtkWidget     *root,
               WidgetMatch    matches,
               gconstpointer  data)
{
  if (matches (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_matching (child, matches, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * byline_test_find:
 *
 * Returns: (transfer none) (nullable): the first widget of @root's tree,
 *   @root included, that @match accepts
 */
GtkWidget *
byline_test_find (GtkWidget       *root,
                  BylineTestMatch  match,
                  gconstpointer    data)
{
  return find_matching (root, match, data);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/**
 * byline_test_find_widget:
 *
 * Returns: (transfer none) (nullable): the first widget of @type in
 *   @root's tree, @root included
 */
GtkWidget *
byline_test_find_widget (GtkWidget *root,
                         GType      type)
{
  return find_matching (root, is_of_type, GSIZE_TO_POINTER (type));
}

/**
 * byline_test_click:
 * @label: the button's label, mnemonic included
 *
 * Presses the visible button labelled @label in @root's tree.
 */
void
byline_test_click (GtkWidget  *root,
                   const char *label)
{
  GtkWidget *button = find_matching (root, is_button_labelled, label);

  if (button == NULL || !gtk_widget_is_visible (button))
    g_error ("No visible button “%s”", label);

  /* As a click does; activating would wait for the press to show. */
  g_signal_emit_by_name (button, "clicked");
}

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) == 0)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer user_data)
{
  return find_dialog (user_data) != NULL;
}

/**
 * byline_test_wait_dialog:
 *
 * Returns: (transfer none): the message dialog shown with @heading
 */
AdwMessageDialog *
byline_test_wait_dialog (const char *heading)
{
  byline_test_wait_until (dialog_shown, (gpointer) heading, heading);

  return find_dialog (heading);
}

static gboolean
preview_up_to_date (gpointer user_data)
{
  return byline_preview_is_up_to_date (user_data);
}

/**
 * byline_test_wait_preview:
 *
 * Waits for the preview to show the post as it is.
 */
void
byline_test_wait_preview (BylineWindow *window)
{
  BylinePreview *preview = byline_page_get_preview (byline_window_get_current_page (window));

  byline_test_wait_until (preview_up_to_date, preview, "the preview to show the post");
}

typedef struct {
  JSCValue *(*finish) (WebKitWebView *, GAsyncResult *, GError **);
  char      *result;
  GError    *error;
  gboolean   done;
} ScriptResult;

static gboolean
script_done (gpointer user_data)
{
  return ((ScriptResult *) user_data)->done;
}

static void
script_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ScriptResult *script = user_data;
  g_autoptr(JSCValue) value = NULL;

  value = script->finish (WEBKIT_WEB_VIEW (object), result, &script->error);
  if (value != NULL)
    script->result = jsc_value_to_string (value);
  script->done = TRUE;
}

BylinePreview *
byline_test_preview (BylineWindow *window)
{
  return byline_page_get_preview (byline_window_get_current_page (window));
}

/**
 * byline_test_run_javascript:
 *
 * Returns: (transfer full): what @script evaluates to in the preview, as a
 *   string
 */
char *
byline_test_run_javascript (BylineWindow *window,
                            const char   *script)
{
  WebKitWebView *web_view = byline_preview_get_web_view (byline_test_preview (window));
  ScriptResult result = { webkit_web_view_evaluate_javascript_finish, NULL, NULL, FALSE };

  webkit_web_view_evaluate_javascript (web_view, script, -1, NULL, NULL, NULL,
                                       script_cb, &result);
  byline_test_wait_until (script_done, &result, "a script in the preview");
  g_assert_no_error (result.error);

  return result.result;
}

/**
 * byline_test_call_javascript:
 * @body: the body of a function of one argument, `value`
 *
 * Returns: (transfer full): what the function returns, as a string
 */
char *
byline_test_call_javascript (BylineWindow *window,
                             const char   *body,
                             const char   *value)
{
  WebKitWebView *web_view = byline_preview_get_web_view (byline_test_preview (window));
  ScriptResult result = { webkit_web_view_call_async_javascript_function_finish, NULL, NULL, FALSE };
  GVariantDict arguments;

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "value", "s", value);
  webkit_web_view_call_async_javascript_function (web_view, body, -1, g_variant_dict_end (&arguments),
                                                  NULL, NULL, NULL, script_cb, &result);
  byline_test_wait_until (script_done, &result, "a script in the preview");
  g_assert_no_error (result.error);

  return result.result;
}

/**
 * byline_test_wait_for_script:
 *
 * Waits until @script, evaluated in the preview, gives "true": for what a
 * render brings, which arrives after a debounce and a load.
 */
void
byline_test_wait_for_script (BylineWindow *window,
                             const char   *script)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  for (;;)
    {
      g_autofree char *result = NULL;

      byline_test_wait_preview (window);
      result = byline_test_run_javascript (window, script);
      if (g_strcmp0 (result, "true") == 0)
        return;

      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for the preview to satisfy %s", script);

      g_usleep (20 * 1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static gboolean
document_saved (gpointer user_data)
{
  return !byline_document_get_busy (byline_test_document (user_data));
}

void
byline_test_save (BylineWindow *window)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  byline_test_wait_until (document_saved, window, "the post to be saved");
}

static gboolean
window_gone (gpointer user_data)
{
  return *(gpointer *) user_data == NULL;
}

/**
 * byline_test_close_window:
 *
 * Destroys @window and checks that nothing keeps it alive.
 */
void
byline_test_close_window (BylineWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  byline_test_wait_until (window_gone, &weak, "the window to be finalized");
}

/**
 * byline_test_xdotool:
 * @args: xdotool's arguments, %NULL-terminated
 *
 * Runs xdotool on the test's display: keys reach the program through
 * XTEST, as a keyboard's would.
 *
 * Returns: (transfer full): what xdotool printed, stripped
 */
char *
byline_test_xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  if (g_error_matches (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT))
    g_error ("This test types into the app with xdotool: install the xdotool package");
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  return g_strstrip (out);
}

/**
 * byline_test_press_keys:
 * @keys: keys as xdotool names them, such as `ctrl+b`, one after the
 *   other with spaces between
 *
 * Gives @window the keyboard and presses @keys, which go to the widget
 * that has the focus.
 */
void
byline_test_press_keys (BylineWindow *window,
                        const char   *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) each_key = g_strsplit (keys, " ", -1);
  g_auto(GStrv) args = NULL;
  g_autofree char *xid = NULL;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));

  g_free (byline_test_xdotool ((const char *[]) { "windowfocus", "--sync", xid, NULL }));

  g_strv_builder_add_many (builder, "key", "--clearmodifiers", NULL);
  g_strv_builder_addv (builder, (const char **) each_key);
  args = g_strv_builder_end (builder);
  g_free (byline_test_xdotool ((const char * const *) args));
}

/**
 * byline_test_walk:
 *
 * Calls @visit on @root and on every widget under it, parents first.
 */
void
byline_test_walk (GtkWidget        *root,
                  BylineTestVisit   visit,
                  gpointer          user_data)
{
  visit (root, user_data);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    byline_test_walk (child, visit, user_data);
}
