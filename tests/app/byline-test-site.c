/* byline-test-site.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-test-site.h"

static gboolean
has_site (gpointer user_data)
{
  return byline_window_get_site (user_data) != NULL;
}

/**
 * byline_test_wait_site:
 *
 * Waits until @window belongs to a site.
 */
void
byline_test_wait_site (BylineWindow *window)
{
  byline_test_wait_until (has_site, window, "the window's site");
}

/**
 * byline_test_open_site:
 * @root: a site's folder
 *
 * Returns: (transfer none): a shown window with the site at @root opened,
 *   as Open Site opens it
 */
BylineWindow *
byline_test_open_site (const char *root)
{
  BylineWindow *window = byline_window_new (NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (root);

  gtk_window_present (GTK_WINDOW (window));
  byline_window_open_site (window, folder);
  byline_test_wait_site (window);

  return window;
}

BylineLibrary *
byline_test_library (BylineWindow *window)
{
  return BYLINE_LIBRARY (byline_test_find_widget (GTK_WIDGET (window), BYLINE_TYPE_LIBRARY));
}

typedef struct {
  BylineLibrary *library;
  guint          n_posts;
} LibraryWait;

static gboolean
library_shows (gpointer user_data)
{
  LibraryWait *wait = user_data;
  BylinePostIndex *index = byline_library_get_index (wait->library);

  return index != NULL && !byline_post_index_is_loading (index) &&
         g_list_model_get_n_items (byline_library_get_model (wait->library)) == wait->n_posts;
}

/**
 * byline_test_wait_library:
 *
 * Waits until the library has read the site and shows @n_posts rows.
 */
void
byline_test_wait_library (BylineWindow *window,
                          guint         n_posts)
{
  LibraryWait wait = { byline_test_library (window), n_posts };

  byline_test_wait_until (library_shows, &wait, "the library's rows");
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/**
 * byline_test_find_label:
 *
 * Returns: (transfer none) (nullable): a label on screen in @root's tree
 *   that reads @text
 */
GtkWidget *
byline_test_find_label (GtkWidget  *root,
                        const char *text)
{
  return byline_test_find (root, is_label_reading, text);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }

  return NULL;
}

static gboolean
toplevel_shown (gpointer user_data)
{
  return find_toplevel (GPOINTER_TO_SIZE (user_data)) != NULL;
}

/**
 * byline_test_wait_toplevel:
 *
 * Returns: (transfer none): the shown window of @type
 */
GtkWindow *
byline_test_wait_toplevel (GType type)
{
  byline_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (type), g_type_name (type));

  return find_toplevel (type);
}

/**
 * byline_test_is_current_file:
 *
 * Returns: whether the current page shows the post at @path, loaded
 */
gboolean
byline_test_is_current_file (BylineWindow *window,
                             const char   *path)
{
  BylinePage *page = byline_window_get_current_page (window);
  BylineDocument *document = page != NULL ? byline_page_get_document (page) : NULL;
  GFile *file = document != NULL ? byline_document_get_file (document) : NULL;

  return file != NULL && !byline_document_get_busy (document) && g_strcmp0 (g_file_peek_path (file), path) == 0;
}

typedef struct {
  BylineWindow *window;
  const char   *path;
} CurrentWait;

static gboolean
is_current (gpointer user_data)
{
  CurrentWait *wait = user_data;

  return byline_test_is_current_file (wait->window, wait->path);
}

/**
 * byline_test_wait_current:
 *
 * Waits until the current page shows the post at @path.
 */
void
byline_test_wait_current (BylineWindow *window,
                          const char   *path)
{
  CurrentWait wait = { window, path };

  byline_test_wait_until (is_current, &wait, path);
}
