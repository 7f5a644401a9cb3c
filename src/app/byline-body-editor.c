/* byline-body-editor.c: the post's body: highlighted as Markdown or HTML,
 * searched, spell-checked, counted, formatted, and given images
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "byline-body-editor-private.h"
#include "byline-spell-checker.h"
#include "byline-window.h"
#include "byline-word-count.h"

/* The counts and the highlighting follow the text this long after the
 * last keystroke: reading a long body on every key would be wasted. */
#define UPDATE_DELAY_MS 250

G_DEFINE_FINAL_TYPE (BylineBodyEditor, byline_body_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkSourceBuffer *
get_buffer (BylineBodyEditor *self)
{
  return GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
}

/* Light or dark, as the desktop or the app's style asks. */
static void
apply_style_scheme (BylineBodyEditor *self)
{
  static const char * const light[] = { "Adwaita", "classic", NULL };
  static const char * const dark[] = { "Adwaita-dark", "classic-dark", "oblivion", NULL };
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char * const *ids = adw_style_manager_get_dark (adw_style_manager_get_default ()) ? dark : light;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkSourceStyleScheme *scheme = gtk_source_style_scheme_manager_get_scheme (schemes, ids[i]);

      if (scheme != NULL)
        {
          gtk_source_buffer_set_style_scheme (get_buffer (self), scheme);
          return;
        }
    }
}

static void
set_body_kind (BylineBodyEditor *self,
               BylineBodyKind    kind)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  const char *id = kind == BYLINE_BODY_HTML ? "html" : "markdown";
  GtkSourceLanguage *language = gtk_source_buffer_get_language (get_buffer (self));

  self->kind = kind;
  if (language == NULL || g_strcmp0 (gtk_source_language_get_id (language), id) != 0)
    gtk_source_buffer_set_language (get_buffer (self), gtk_source_language_manager_get_language (languages, id));

  byline_spell_adapter_set_body_kind (self->spell_adapter, kind);
  byline_image_importer_set_body_kind (self->image_importer, kind);
}

static void
show_count (BylineBodyEditor      *self,
            const BylineWordCount *count)
{
  guint minutes = byline_word_count_reading_minutes (count);
  g_autofree char *words = NULL;
  g_autofree char *characters = NULL;
  g_autofree char *reading = NULL;
  g_autofree char *status = NULL;

  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u word", "%'u words", count->words),
                           count->words);
  characters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u character", "%'u characters",
                                             count->characters),
                                count->characters);

  if (minutes == 0)
    /* Translators: the words and the characters of the body. */
    status = g_strdup_printf (_("%s · %s"), words, characters);
  else
    {
      reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute to read", "%u minutes to read",
                                              minutes),
                                 minutes);
      /* Translators: the words, the characters and the reading time of
       * the body. */
      status = g_strdup_printf (_("%s · %s · %s"), words, characters, reading);
    }

  gtk_label_set_text (self->status_label, status);
}

/* The body as read at a generation of the buffer, how it is written and
 * how long it is. */
typedef struct {
  char            *text;
  char            *name;
  guint            generation;
  BylineBodyKind   kind;
  BylineWordCount  count;
} Reading;

static void
reading_free (Reading *reading)
{
  g_free (reading->text);
  g_free (reading->name);
  g_free (reading);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reading, reading_free)

static Reading *
reading_new (BylineBodyEditor *self)
{
  GFile *file = self->document != NULL ? byline_document_get_file (self->document) : NULL;
  Reading *reading = g_new0 (Reading, 1);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (get_buffer (self)), &start, &end);
  reading->text = gtk_text_iter_get_slice (&start, &end);
  reading->name = file != NULL ? g_file_get_basename (file) : NULL;
  reading->generation = self->generation;

  return reading;
}

static void
reading_run (Reading *reading)
{
  reading->kind = byline_body_kind_guess (reading->text, reading->name);
  byline_word_count (reading->text, strlen (reading->text), reading->kind, &reading->count);
}

static void
apply_reading (BylineBodyEditor *self,
               Reading          *reading)
{
  set_body_kind (self, reading->kind);
  show_count (self, &reading->count);
}

/* Reads the body at once, as when a post is loaded. */
static void
update_body (BylineBodyEditor *self)
{
  g_autoptr(Reading) reading = NULL;

  g_clear_handle_id (&self->update_source, g_source_remove);
  self->generation++;

  reading = reading_new (self);
  reading_run (reading);
  apply_reading (self, reading);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  reading_run (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BylineBodyEditor *self = BYLINE_BODY_EDITOR (object);
  Reading *reading = g_task_get_task_data (G_TASK (result));

  /* What was read of a text edited since is of no use. */
  if (g_task_propagate_boolean (G_TASK (result), NULL) && reading->generation == self->generation)
    apply_reading (self, reading);
}

/* Reads the body off the main thread, after a pause in typing: a long
 * body takes a few milliseconds a megabyte. */
static gboolean
update_body_cb (gpointer user_data)
{
  BylineBodyEditor *self = user_data;
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, read_cb, NULL);

  self->update_source = 0;

  g_task_set_source_tag (task, update_body_cb);
  g_task_set_task_data (task, reading_new (self), (GDestroyNotify) reading_free);
  g_task_run_in_thread (task, read_thread);

  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (BylineBodyEditor *self)
{
  self->generation++;
  g_clear_handle_id (&self->update_source, g_source_remove);
  self->update_source = g_timeout_add (UPDATE_DELAY_MS, update_body_cb, self);
}

static void
image_failed_cb (BylineBodyEditor *self,
                 const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (BYLINE_IS_WINDOW (root))
    byline_window_show_error (BYLINE_WINDOW (root), message);
  else
    g_message ("%s", message);
}

static void
spell_language_changed_cb (BylineBodyEditor *self)
{
  g_autofree char *language = g_settings_get_string (self->settings, "spell-check-language");

  byline_spell_checker_set_language (byline_spell_checker_get_default (), language);
}

static void
search_stop_cb (BylineBodyEditor *self)
{
  byline_body_editor_hide_search (self);
}

static void
byline_body_editor_dispose (GObject *object)
{
  BylineBodyEditor *self = (BylineBodyEditor *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->update_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->spell_adapter);
  g_clear_object (&self->image_importer);
  g_clear_object (&self->settings);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_BODY_EDITOR);
  /* Only the children bound to fields go with the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (byline_body_editor_parent_class)->dispose (object);
}

static void
byline_body_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BylineBodyEditor *self = BYLINE_BODY_EDITOR (object);

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
byline_body_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BylineBodyEditor *self = BYLINE_BODY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      byline_body_editor_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_body_editor_class_init (BylineBodyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_body_editor_dispose;
  object_class->get_property = byline_body_editor_get_property;
  object_class->set_property = byline_body_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         BYLINE_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BYLINE_TYPE_SEARCH_BAR);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-body-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineBodyEditor, search_revealer);
  gtk_widget_class_bind_template_child (widget_class, BylineBodyEditor, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineBodyEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineBodyEditor, source_view);
  gtk_widget_class_bind_template_child (widget_class, BylineBodyEditor, status_label);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  byline_body_editor_class_add_actions (widget_class);
}

static void
byline_body_editor_init (BylineBodyEditor *self)
{
  BylineSpellChecker *checker = byline_spell_checker_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.hide-search", FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label),
                               _("Each Chinese, Japanese or Korean character counts as a word. "
                                 "Reading time is at 300 such characters or 240 other words a minute."));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->spell_adapter = byline_spell_adapter_new (GTK_TEXT_VIEW (self->source_view), checker);
  self->image_importer = byline_image_importer_new (GTK_TEXT_VIEW (self->source_view));

  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->source_view),
                                byline_spell_adapter_get_menu_model (self->spell_adapter));
  byline_search_bar_set_view (self->search_bar, self->source_view);

  g_signal_connect_object (self->image_importer, "failed", G_CALLBACK (image_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_style_scheme), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::spell-check-language",
                           G_CALLBACK (spell_language_changed_cb), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "show-line-numbers", self->source_view, "show-line-numbers",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "spell-check", self->spell_adapter, "enabled", G_SETTINGS_BIND_GET);
  spell_language_changed_cb (self);

  apply_style_scheme (self);
  update_body (self);
}

BylineBodyEditor *
byline_body_editor_new (void)
{
  return g_object_new (BYLINE_TYPE_BODY_EDITOR, NULL);
}

/**
 * byline_body_editor_get_document:
 *
 * Returns: (transfer none) (nullable): the post whose body is edited
 */
BylineDocument *
byline_body_editor_get_document (BylineBodyEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_BODY_EDITOR (self), NULL);

  return self->document;
}

/**
 * byline_body_editor_set_document:
 * @document: (nullable): the post whose body to edit
 */
void
byline_body_editor_set_document (BylineBodyEditor *self,
                                 BylineDocument   *document)
{
  g_return_if_fail (BYLINE_IS_BODY_EDITOR (self));
  g_return_if_fail (document == NULL || BYLINE_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (byline_document_get_buffer (self->document), self);
    }

  g_set_object (&self->document, document);
  byline_image_importer_set_document (self->image_importer, document);

  if (document != NULL)
    {
      gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->source_view),
                                GTK_TEXT_BUFFER (byline_document_get_buffer (document)));
      g_signal_connect_object (byline_document_get_buffer (document), "changed",
                               G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
      /* A loaded post shows its highlighting and counts at once. */
      g_signal_connect_object (document, "notify::post",
                               G_CALLBACK (update_body), self, G_CONNECT_SWAPPED);
      apply_style_scheme (self);
      update_body (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * byline_body_editor_get_source_view:
 *
 * Returns: (transfer none): the view of the body's text
 */
GtkSourceView *
byline_body_editor_get_source_view (BylineBodyEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_BODY_EDITOR (self), NULL);

  return self->source_view;
}

/**
 * byline_body_editor_get_search_bar:
 *
 * Returns: (transfer none): the find and replace bar
 */
BylineSearchBar *
byline_body_editor_get_search_bar (BylineBodyEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_BODY_EDITOR (self), NULL);

  return self->search_bar;
}

/**
 * byline_body_editor_get_spell_adapter:
 *
 * Returns: (transfer none): what underlines the misspelled words
 */
BylineSpellAdapter *
byline_body_editor_get_spell_adapter (BylineBodyEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_BODY_EDITOR (self), NULL);

  return self->spell_adapter;
}

/**
 * byline_body_editor_get_body_kind:
 *
 * Returns: how the body is written, as last read
 */
BylineBodyKind
byline_body_editor_get_body_kind (BylineBodyEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_BODY_EDITOR (self), BYLINE_BODY_MARKDOWN);

  return self->kind;
}

/**
 * byline_body_editor_get_status:
 *
 * Returns: the line under the text: its words, characters and reading
 *   time
 */
const char *
byline_body_editor_get_status (BylineBodyEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_BODY_EDITOR (self), NULL);

  return gtk_label_get_text (self->status_label);
}
