/* byline-spell-adapter.c: misspelled words of a text view underlined, as
 * the writer types and scrolls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-spell-adapter-private.h"
#include "byline-prose.h"

/* The body is read again this long after the last keystroke. */
#define REFRESH_DELAY_MS 300
/* How long one idle step of checking may take, so that typing and
 * scrolling never wait for it. */
#define STEP_BUDGET_USEC 3000

/* A word of the text as last read: its characters, for the buffer, and
 * its bytes, for the text. */
typedef struct {
  int   start;
  int   end;
  gsize byte_start;
  gsize byte_end;
} Word;

G_DEFINE_FINAL_TYPE (BylineSpellAdapter, byline_spell_adapter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_pass (BylineSpellAdapter *self);

static void
set_word_tagged (BylineSpellAdapter *self,
                 int                 start,
                 int                 end,
                 gboolean            tagged)
{
  GtkTextIter from, to, toggle;

  if (start >= end)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);

  /* Only a change redraws: most words stay as they were. */
  toggle = from;
  if (gtk_text_iter_has_tag (&from, self->tag) == tagged &&
      (!gtk_text_iter_forward_to_tag_toggle (&toggle, self->tag) || gtk_text_iter_compare (&toggle, &to) >= 0))
    return;

  if (tagged)
    gtk_text_buffer_apply_tag (self->buffer, self->tag, &from, &to);
  else
    gtk_text_buffer_remove_tag (self->buffer, self->tag, &from, &to);
}

static void
clear_all_tags (BylineSpellAdapter *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
}

static gboolean
is_being_typed (BylineSpellAdapter *self,
                const Word         *word)
{
  GtkTextIter cursor;

  if (self->typing_offset < 0 || word->end != self->typing_offset)
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_offset (&cursor) == self->typing_offset;
}

static gboolean
check_step_cb (gpointer user_data)
{
  BylineSpellAdapter *self = user_data;
  gint64 deadline = g_get_monotonic_time () + STEP_BUDGET_USEC;

  while (self->next_word < self->words->len)
    {
      const Word *word = &g_array_index (self->words, Word, self->next_word);
      gboolean is_misspelled;

      if (word->start >= self->pass_end)
        break;

      is_misspelled = !is_being_typed (self, word) &&
                      !byline_spell_checker_check_word (self->checker, self->text + word->byte_start,
                                                        word->byte_end - word->byte_start);
      set_word_tagged (self, self->checked_to, word->start, FALSE);
      set_word_tagged (self, word->start, word->end, is_misspelled);
      self->checked_to = word->end;
      self->next_word++;

      if (g_get_monotonic_time () > deadline)
        return G_SOURCE_CONTINUE;
    }

  set_word_tagged (self, self->checked_to, self->pass_end, FALSE);
  self->check_source = 0;
  return G_SOURCE_REMOVE;
}

/* The characters shown, with half a screen more above and below. */
static void
get_checked_range (BylineSpellAdapter *self,
                   int                *start,
                   int                *end)
{
  GdkRectangle rect;
  GtkTextIter first, last;

  if (self->view == NULL || (gtk_text_view_get_visible_rect (self->view, &rect), rect.height <= 0))
    {
      gtk_text_buffer_get_bounds (self->buffer, &first, &last);
    }
  else
    {
      gtk_text_view_get_iter_at_location (self->view, &first, 0, MAX (0, rect.y - rect.height / 2));
      gtk_text_view_get_iter_at_location (self->view, &last, rect.x + rect.width,
                                          rect.y + rect.height + rect.height / 2);
      gtk_text_iter_set_line_offset (&first, 0);
      if (!gtk_text_iter_ends_line (&last))
        gtk_text_iter_forward_to_line_end (&last);
    }

  *start = gtk_text_iter_get_offset (&first);
  *end = gtk_text_iter_get_offset (&last);
}

/* The index of the first word that ends after @offset. */
static guint
find_word_after (BylineSpellAdapter *self,
                 int                 offset)
{
  guint low = 0;
  guint high = self->words->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->words, Word, middle).end <= offset)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
begin_pass (BylineSpellAdapter *self)
{
  int start;

  if (!self->enabled || self->is_stale || self->words == NULL || self->buffer == NULL)
    return;

  get_checked_range (self, &start, &self->pass_end);
  self->next_word = find_word_after (self, start);
  self->checked_to = start;

  if (self->check_source == 0)
    self->check_source = g_idle_add_full (G_PRIORITY_LOW, check_step_cb, self, NULL);
}

/* The text read at a generation of the buffer, and its words once found
 * off the main thread. */
typedef struct {
  char           *text;
  BylineBodyKind  kind;
  guint           generation;
  GArray         *words;
} WordsJob;

static void
words_job_free (WordsJob *job)
{
  g_free (job->text);
  g_clear_pointer (&job->words, g_array_unref);
  g_free (job);
}

static void
find_words_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  WordsJob *job = task_data;
  g_autoptr(GArray) found = byline_prose_find_words (job->text, strlen (job->text), job->kind);
  gsize read_to = 0;
  int chars = 0;

  /* The buffer counts in characters, the text in bytes. */
  job->words = g_array_sized_new (FALSE, FALSE, sizeof (Word), found->len);
  for (guint i = 0; i < found->len; i++)
    {
      const BylineProseWord *prose_word = &g_array_index (found, BylineProseWord, i);
      Word word = { 0, 0, prose_word->start, prose_word->end };

      chars += g_utf8_strlen (job->text + read_to, prose_word->start - read_to);
      word.start = chars;
      chars += g_utf8_strlen (job->text + prose_word->start, prose_word->end - prose_word->start);
      word.end = chars;
      read_to = prose_word->end;

      g_array_append_val (job->words, word);
    }

  g_task_return_boolean (task, TRUE);
}

static void
words_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  BylineSpellAdapter *self = BYLINE_SPELL_ADAPTER (object);
  WordsJob *job = g_task_get_task_data (G_TASK (result));

  /* Words of a text edited since are of no use. */
  if (!g_task_propagate_boolean (G_TASK (result), NULL) || self->buffer == NULL ||
      job->generation != self->generation)
    return;

  g_free (self->text);
  self->text = g_steal_pointer (&job->text);
  g_clear_pointer (&self->words, g_array_unref);
  self->words = g_steal_pointer (&job->words);
  self->is_stale = FALSE;

  begin_pass (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  BylineSpellAdapter *self = user_data;
  g_autoptr(GTask) task = NULL;
  WordsJob *job = g_new0 (WordsJob, 1);
  GtkTextIter start, end;

  self->refresh_source = 0;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  job->text = gtk_text_iter_get_slice (&start, &end);
  job->kind = self->kind;
  job->generation = self->generation;

  task = g_task_new (self, self->cancellable, words_found_cb, NULL);
  g_task_set_source_tag (task, refresh_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) words_job_free);
  g_task_run_in_thread (task, find_words_thread);

  return G_SOURCE_REMOVE;
}

static void
stop_checking (BylineSpellAdapter *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
}

/* Reads the text again after a pause in typing, then checks it. */
static void
schedule_refresh (BylineSpellAdapter *self)
{
  self->generation++;
  self->is_stale = TRUE;
  stop_checking (self);

  if (self->enabled)
    self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
schedule_pass (BylineSpellAdapter *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  begin_pass (self);
}

static void
buffer_changed_cb (BylineSpellAdapter *self)
{
  schedule_refresh (self);
}

static void
insert_text_cb (BylineSpellAdapter *self,
                GtkTextIter        *location,
                const char         *text,
                int                 length)
{
  gunichar c = g_utf8_get_char (text);

  /* A letter typed goes on with a word; anything else ends it. */
  if (g_utf8_strlen (text, length) == 1 && g_unichar_isalnum (c))
    self->typing_offset = gtk_text_iter_get_offset (location);
  else
    self->typing_offset = -1;
}

static void
cursor_moved_cb (BylineSpellAdapter *self)
{
  GtkTextIter cursor;

  if (self->typing_offset < 0)
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor, gtk_text_buffer_get_insert (self->buffer));
  if (gtk_text_iter_get_offset (&cursor) != self->typing_offset)
    {
      self->typing_offset = -1;
      schedule_pass (self);
    }
}

static void
watch_adjustment (BylineSpellAdapter *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));

  if (self->vadjustment == vadjustment)
    return;

  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, vadjustment);
  if (vadjustment != NULL)
    {
      g_signal_connect_object (vadjustment, "value-changed", G_CALLBACK (schedule_pass), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (vadjustment, "changed", G_CALLBACK (schedule_pass), self, G_CONNECT_SWAPPED);
    }
}

static void
detach_buffer (BylineSpellAdapter *self)
{
  if (self->buffer == NULL)
    return;

  stop_checking (self);
  g_signal_handlers_disconnect_by_data (self->buffer, self);
  gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), self->tag);
  gtk_text_buffer_delete_mark (self->buffer, self->word_start);
  gtk_text_buffer_delete_mark (self->buffer, self->word_end);
  g_clear_object (&self->tag);
  g_clear_object (&self->buffer);
}

static void
attach_buffer (BylineSpellAdapter *self)
{
  GtkTextIter start;

  detach_buffer (self);

  self->buffer = g_object_ref (gtk_text_view_get_buffer (self->view));
  self->tag = g_object_ref (gtk_text_buffer_create_tag (self->buffer, NULL,
                                                        "underline", PANGO_UNDERLINE_ERROR,
                                                        NULL));
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->word_start = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  self->word_end = gtk_text_buffer_create_mark (self->buffer, NULL, &start, FALSE);

  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (insert_text_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->buffer, "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self,
                           G_CONNECT_SWAPPED);

  schedule_refresh (self);
}

static void
checker_changed_cb (BylineSpellAdapter *self)
{
  if (!byline_spell_checker_has_dictionary (self->checker))
    clear_all_tags (self);
  schedule_pass (self);
}

static void
byline_spell_adapter_dispose (GObject *object)
{
  BylineSpellAdapter *self = (BylineSpellAdapter *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  detach_buffer (self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  g_clear_object (&self->checker);
  g_clear_object (&self->menu);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->words, g_array_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->menu_word, g_free);

  G_OBJECT_CLASS (byline_spell_adapter_parent_class)->dispose (object);
}

static void
byline_spell_adapter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineSpellAdapter *self = BYLINE_SPELL_ADAPTER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_adapter_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineSpellAdapter *self = BYLINE_SPELL_ADAPTER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      byline_spell_adapter_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_adapter_class_init (BylineSpellAdapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_spell_adapter_dispose;
  object_class->get_property = byline_spell_adapter_get_property;
  object_class->set_property = byline_spell_adapter_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_spell_adapter_init (BylineSpellAdapter *self)
{
  self->words = g_array_new (FALSE, FALSE, sizeof (Word));
  self->cancellable = g_cancellable_new ();
  self->typing_offset = -1;
}

/**
 * byline_spell_adapter_new:
 *
 * Checks the spelling of @view's text with @checker once enabled, and
 * keeps the corrections of the word under the pointer in the menu model
 * the view shows in its context menu.
 */
BylineSpellAdapter *
byline_spell_adapter_new (GtkTextView        *view,
                          BylineSpellChecker *checker)
{
  BylineSpellAdapter *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (checker), NULL);

  self = g_object_new (BYLINE_TYPE_SPELL_ADAPTER, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  self->checker = g_object_ref (checker);

  byline_spell_adapter_init_menu (self);

  g_signal_connect_object (view, "notify::buffer", G_CALLBACK (attach_buffer), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::vadjustment", G_CALLBACK (watch_adjustment), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (checker, "changed", G_CALLBACK (checker_changed_cb), self, G_CONNECT_SWAPPED);

  attach_buffer (self);
  watch_adjustment (self);

  return self;
}

gboolean
byline_spell_adapter_get_enabled (BylineSpellAdapter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_ADAPTER (self), FALSE);

  return self->enabled;
}

/**
 * byline_spell_adapter_set_enabled:
 *
 * Starts checking, or stops and takes the underlines away.
 */
void
byline_spell_adapter_set_enabled (BylineSpellAdapter *self,
                                  gboolean            enabled)
{
  g_return_if_fail (BYLINE_IS_SPELL_ADAPTER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (self->buffer != NULL)
    {
      if (enabled)
        schedule_refresh (self);
      else
        {
          stop_checking (self);
          clear_all_tags (self);
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

BylineBodyKind
byline_spell_adapter_get_body_kind (BylineSpellAdapter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_ADAPTER (self), BYLINE_BODY_MARKDOWN);

  return self->kind;
}

/**
 * byline_spell_adapter_set_body_kind:
 *
 * Says how the text is written, which tells its words from its markup.
 */
void
byline_spell_adapter_set_body_kind (BylineSpellAdapter *self,
                                    BylineBodyKind      kind)
{
  g_return_if_fail (BYLINE_IS_SPELL_ADAPTER (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  if (self->buffer != NULL)
    schedule_refresh (self);
}

/**
 * byline_spell_adapter_get_tag:
 *
 * Returns: (transfer none): the tag that underlines misspelled words
 */
GtkTextTag *
byline_spell_adapter_get_tag (BylineSpellAdapter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_ADAPTER (self), NULL);

  return self->tag;
}
