/* byline-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-library.h"
#include "byline-library-row.h"
#include "byline-post-query.h"

#define NATURAL_WIDTH 320

struct _BylineLibrary
{
  AdwBin              parent_instance;

  GSettings          *settings;
  char               *sort_order;
  BylineSite         *site;
  BylinePostIndex    *index;
  GCancellable       *cancellable;
  char               *load_error;

  /* The index, filtered by the query, sorted as chosen: the rows. */
  BylinePostQuery    *query;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkCustomSorter    *oldest_first;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  guint               state_source;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkLabel           *status_label;
};

G_DEFINE_FINAL_TYPE (BylineLibrary, byline_library, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SITE,
  PROP_SORT_ORDER,
  N_PROPS
};

enum {
  OPEN_POST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_state (BylineLibrary *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = self->index != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->index)) : 0;
  gboolean is_loading = self->index != NULL && byline_post_index_is_loading (self->index);
  gboolean is_searching = !byline_post_query_is_empty (self->query);
  g_autofree char *status = NULL;

  if (self->site == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-site");
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      return;
    }

  if (shown > 0)
    gtk_stack_set_visible_child_name (self->stack, "posts");
  else if (is_loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    {
      g_autofree char *description = NULL;

      if (is_searching)
        description = g_strdup_printf (_("No title, category or tag has “%s”."),
                                       gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      adw_status_page_set_title (self->empty_page, is_searching ? _("No Posts Found") : _("No Posts"));
      adw_status_page_set_description (self->empty_page,
                                       is_searching ? description : _("Posts made with New Post appear here."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  if (self->load_error != NULL)
    status = g_strdup (self->load_error);
  else if (is_loading)
    status = g_strdup_printf (_("Reading posts… %u so far"), total);
  else if (is_searching)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u post", "%u of %u posts", total),
                              shown, total);
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u post", "%u posts", total), total);

  gtk_label_set_text (self->status_label, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
}

static gboolean
update_state_cb (gpointer user_data)
{
  BylineLibrary *self = user_data;

  self->state_source = 0;
  update_state (self);
  return G_SOURCE_REMOVE;
}

/* Rows come in batches of many changes: the state follows once each. */
static void
queue_update_state (BylineLibrary *self)
{
  if (self->state_source == 0)
    self->state_source = g_idle_add (update_state_cb, self);
}

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  BylineLibrary *self = user_data;

  return byline_post_query_matches (self->query, item);
}

static void
search_changed_cb (BylineLibrary *self)
{
  g_autoptr(BylinePostQuery) query = byline_post_query_new (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_autoptr(BylinePostQuery) old = g_steal_pointer (&self->query);

  self->query = g_steal_pointer (&query);

  /* Without words, the rows are the index's own, unfiltered. Typing on
   * narrows the rows shown, and they alone are looked at again; a word
   * taken back widens them, and only the others are. */
  if (byline_post_query_is_empty (self->query))
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else if (byline_post_query_implies (self->query, old))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);
  else if (byline_post_query_implies (old, self->query))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  queue_update_state (self);
}

static void
stop_search_cb (BylineLibrary *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
open_position (BylineLibrary *self,
               guint          position)
{
  g_autoptr(BylinePostEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (entry != NULL)
    g_signal_emit (self, signals[OPEN_POST], 0, byline_post_entry_get_file (entry));
}

static void
activate_cb (BylineLibrary *self,
             guint          position)
{
  open_position (self, position);
}

/* Enter in the search opens the first post found. */
static void
search_activate_cb (BylineLibrary *self)
{
  open_position (self, 0);
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return byline_post_entry_compare ((BylinePostEntry *) b, (BylinePostEntry *) a);
}

/* The index keeps its posts newest first: that order needs no sorting. */
static void
set_sort_order (BylineLibrary *self,
                const char    *order)
{
  if (g_strcmp0 (self->sort_order, order) == 0)
    return;

  g_free (self->sort_order);
  self->sort_order = g_strdup (order);
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  g_strcmp0 (order, "oldest-first") == 0 ? GTK_SORTER (self->oldest_first)
                                                                          : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, GTK_WIDGET (byline_library_row_new ()));
}

/* GTK binds a row again whenever its position changes, as it does for
 * every row below a batch of new posts: a row keeps its post between
 * binds, so that binding it to the same post again costs nothing. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  BylineLibraryRow *row = BYLINE_LIBRARY_ROW (gtk_list_item_get_child (item));
  GtkWidget *list_item = gtk_widget_get_parent (GTK_WIDGET (row));
  const char *label;

  byline_library_row_set_entry (row, gtk_list_item_get_item (item));
  label = byline_library_row_get_accessible_label (row);

  /* A screen reader lands on the list item around the row, which GTK 4.8
   * names after nothing (gtk_list_item_set_accessible_label() is GTK
   * 4.12's): it reads the row's line. */
  if (list_item != NULL && label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* A sidebar asks for the width of a sidebar, however long the titles and
 * messages it holds: they wrap or are cut short. */
static void
byline_library_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GTK_WIDGET_CLASS (byline_library_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                           minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
byline_library_dispose (GObject *object)
{
  BylineLibrary *self = (BylineLibrary *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->state_source, g_source_remove);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_LIBRARY);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->oldest_first);
  g_clear_object (&self->index);
  g_clear_object (&self->site);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (byline_library_parent_class)->dispose (object);
}

static void
byline_library_finalize (GObject *object)
{
  BylineLibrary *self = (BylineLibrary *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->query, byline_post_query_free);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_pointer (&self->sort_order, g_free);

  G_OBJECT_CLASS (byline_library_parent_class)->finalize (object);
}

static void
byline_library_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BylineLibrary *self = BYLINE_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_SITE:
      g_value_set_object (value, self->site);
      break;
    case PROP_SORT_ORDER:
      g_value_set_string (value, self->sort_order);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_library_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BylineLibrary *self = BYLINE_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      set_sort_order (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_library_class_init (BylineLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_library_dispose;
  object_class->finalize = byline_library_finalize;
  object_class->get_property = byline_library_get_property;
  object_class->set_property = byline_library_set_property;

  widget_class->measure = byline_library_measure;

  properties[PROP_SITE] =
    g_param_spec_object ("site", NULL, NULL,
                         BYLINE_TYPE_SITE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * BylineLibrary:sort-order:
   *
   * "newest-first" or "oldest-first".
   */
  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, "newest-first",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineLibrary::open-post:
   * @file: the post's file
   *
   * The writer chose a post to open, by a click or Enter.
   */
  signals[OPEN_POST] =
    g_signal_new ("open-post",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-library.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineLibrary, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineLibrary, stack);
  gtk_widget_class_bind_template_child (widget_class, BylineLibrary, list_view);
  gtk_widget_class_bind_template_child (widget_class, BylineLibrary, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BylineLibrary, status_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_property_action (widget_class, "library.sort", "sort-order");
}

static void
byline_library_init (BylineLibrary *self)
{
  GtkListItemFactory *factory;

  /* The sort menu reads the order as it is made. */
  self->sort_order = g_strdup ("newest-first");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->query = byline_post_query_new ("");

  /* Filtering and sorting are done at once, not by steps between frames:
   * the posts come with their search text made, so a search of 100,000
   * posts takes a few milliseconds, and the steps would make the list
   * view build and drop rows as the matches move. */
  self->filter = gtk_custom_filter_new (match_cb, self, NULL);
  self->oldest_first = gtk_custom_sorter_new (compare_oldest_first, NULL, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, NULL);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (queue_update_state), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "library-sort", self, "sort-order", G_SETTINGS_BIND_DEFAULT);
  update_state (self);
}

/**
 * byline_library_get_site:
 *
 * Returns: (transfer none) (nullable): the site whose posts are listed
 */
BylineSite *
byline_library_get_site (BylineLibrary *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY (self), NULL);

  return self->site;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BylineLibrary) self = user_data;
  g_autoptr(GError) error = NULL;

  if (byline_post_index_load_finish (BYLINE_POST_INDEX (object), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      BYLINE_POST_INDEX (object) != self->index)
    return;

  g_free (self->load_error);
  self->load_error = g_strdup_printf (_("Could not read the posts: %s"), error->message);
  queue_update_state (self);
}

/**
 * byline_library_set_site:
 * @site: (nullable): the site to list
 *
 * Lists @site's posts and drafts, read off the main thread: the first
 * rows show at once, the others as they are read. The list then follows
 * changes to the site's files.
 */
void
byline_library_set_site (BylineLibrary *self,
                         BylineSite    *site)
{
  g_return_if_fail (BYLINE_IS_LIBRARY (self));
  g_return_if_fail (site == NULL || BYLINE_IS_SITE (site));

  if (!g_set_object (&self->site, site))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->load_error, g_free);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);

  if (site != NULL)
    {
      self->index = byline_post_index_new (site);
      g_signal_connect_swapped (self->index, "notify::is-loading", G_CALLBACK (queue_update_state), self);
      byline_post_index_follow_changes (self->index);
      byline_post_index_load_async (self->index,
                                    BYLINE_POST_INDEX_FLAGS_INCLUDE_DRAFTS | BYLINE_POST_INDEX_FLAGS_SEARCHABLE,
                                    self->cancellable, loaded_cb, g_object_ref (self));
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->index));
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITE]);
}

/**
 * byline_library_get_index:
 *
 * Returns: (transfer none) (nullable): all the site's posts, as read
 */
BylinePostIndex *
byline_library_get_index (BylineLibrary *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY (self), NULL);

  return self->index;
}

/**
 * byline_library_get_model:
 *
 * Returns: (transfer none): the posts shown, found and in order
 */
GListModel *
byline_library_get_model (BylineLibrary *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * byline_library_get_list_view:
 *
 * Returns: (transfer none): the list of posts
 */
GtkListView *
byline_library_get_list_view (BylineLibrary *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY (self), NULL);

  return self->list_view;
}

/**
 * byline_library_get_search_entry:
 *
 * Returns: (transfer none): where the writer types what to find
 */
GtkEditable *
byline_library_get_search_entry (BylineLibrary *self)
{
  g_return_val_if_fail (BYLINE_IS_LIBRARY (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

void
byline_library_focus_search (BylineLibrary *self)
{
  g_return_if_fail (BYLINE_IS_LIBRARY (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
