/* byline-front-matter-history.c
 *
 * The history keeps whole texts: front matters are short, and restoring a
 * text is exact where replaying edits backwards could drift. Each change of
 * the text becomes a step, except that changes made under the same group
 * (the keystrokes typed into one field) join the step before them until
 * that step is closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-front-matter-history.h"

/* Past this many steps the oldest are forgotten. */
#define MAX_STEPS 500

typedef struct {
  char     *text;
  char     *group;
  gboolean  is_closed;
} Step;

struct _BylineFrontMatterHistory
{
  GObject            parent_instance;

  BylineFrontMatter *front_matter;
  gulong             text_handler;

  GPtrArray         *steps;
  guint              current;
  char              *group;
  gboolean           is_applying;
};

G_DEFINE_FINAL_TYPE (BylineFrontMatterHistory, byline_front_matter_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->text);
  g_free (step->group);
  g_free (step);
}

static Step *
step_new (const char *text,
          const char *group)
{
  Step *step = g_new0 (Step, 1);

  step->text = g_strdup (text);
  step->group = g_strdup (group);
  step->is_closed = group == NULL;

  return step;
}

static Step *
current_step (BylineFrontMatterHistory *self)
{
  return g_ptr_array_index (self->steps, self->current);
}

/* Whether a change now joins the last step: the same group, still open. */
static gboolean
joins_step (BylineFrontMatterHistory *self)
{
  Step *top = current_step (self);

  return self->current > 0 && !top->is_closed && self->group != NULL &&
         g_strcmp0 (top->group, self->group) == 0;
}

static void
notify_state (BylineFrontMatterHistory *self,
              gboolean                  could_undo,
              gboolean                  could_redo)
{
  if (could_undo != byline_front_matter_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != byline_front_matter_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
text_changed_cb (BylineFrontMatterHistory *self,
                 GParamSpec               *pspec,
                 BylineFrontMatter        *front_matter)
{
  gboolean could_undo = byline_front_matter_history_can_undo (self);
  gboolean could_redo = byline_front_matter_history_can_redo (self);
  const char *text = byline_front_matter_get_text (front_matter);
  Step *top = current_step (self);

  if (self->is_applying || g_strcmp0 (top->text, text) == 0)
    return;

  /* A new change forgets what was undone before it. */
  g_ptr_array_set_size (self->steps, self->current + 1);

  if (joins_step (self))
    {
      Step *before = g_ptr_array_index (self->steps, self->current - 1);

      /* A run of keystrokes that ends where it began is no step. */
      if (g_strcmp0 (before->text, text) == 0)
        {
          g_ptr_array_set_size (self->steps, self->current);
          self->current--;
        }
      else
        {
          g_free (top->text);
          top->text = g_strdup (text);
        }
    }
  else
    {
      g_ptr_array_add (self->steps, step_new (text, self->group));
      self->current++;
    }

  if (self->steps->len > MAX_STEPS)
    {
      g_ptr_array_remove_index (self->steps, 0);
      self->current--;
    }

  notify_state (self, could_undo, could_redo);
}

static void
byline_front_matter_history_dispose (GObject *object)
{
  BylineFrontMatterHistory *self = (BylineFrontMatterHistory *)object;

  if (self->front_matter != NULL)
    g_clear_signal_handler (&self->text_handler, self->front_matter);
  g_clear_object (&self->front_matter);

  G_OBJECT_CLASS (byline_front_matter_history_parent_class)->dispose (object);
}

static void
byline_front_matter_history_finalize (GObject *object)
{
  BylineFrontMatterHistory *self = (BylineFrontMatterHistory *)object;

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->group, g_free);

  G_OBJECT_CLASS (byline_front_matter_history_parent_class)->finalize (object);
}

static void
byline_front_matter_history_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  BylineFrontMatterHistory *self = BYLINE_FRONT_MATTER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, byline_front_matter_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, byline_front_matter_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_front_matter_history_class_init (BylineFrontMatterHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_front_matter_history_dispose;
  object_class->finalize = byline_front_matter_history_finalize;
  object_class->get_property = byline_front_matter_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_front_matter_history_init (BylineFrontMatterHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

/**
 * byline_front_matter_history_new:
 *
 * Starts a history at @front_matter's present text; every later change of
 * the text, by an edit or a raw replacement, becomes undoable.
 */
BylineFrontMatterHistory *
byline_front_matter_history_new (BylineFrontMatter *front_matter)
{
  BylineFrontMatterHistory *self;

  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER (front_matter), NULL);

  self = g_object_new (BYLINE_TYPE_FRONT_MATTER_HISTORY, NULL);
  self->front_matter = g_object_ref (front_matter);
  g_ptr_array_add (self->steps, step_new (byline_front_matter_get_text (front_matter), NULL));
  self->text_handler = g_signal_connect_object (front_matter, "notify::text",
                                                G_CALLBACK (text_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  return self;
}

/**
 * byline_front_matter_history_set_group:
 * @group: (nullable): a name for a run of changes, as the path of the field
 *   being typed in; %NULL makes every change a step of its own
 *
 * Changes made while @group is set join the step before them when that
 * step was made under the same group and is not closed.
 */
void
byline_front_matter_history_set_group (BylineFrontMatterHistory *self,
                                       const char               *group)
{
  g_return_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self));

  g_free (self->group);
  self->group = g_strdup (group);
}

/**
 * byline_front_matter_history_close_step:
 *
 * Ends the run of changes in progress, as when the writer leaves a field:
 * the next change starts a step of its own.
 */
void
byline_front_matter_history_close_step (BylineFrontMatterHistory *self)
{
  g_return_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self));

  current_step (self)->is_closed = TRUE;
}

/**
 * byline_front_matter_history_set:
 * @path: where to put @value, as for byline_front_matter_set()
 * @group: (nullable): the run of keystrokes the edit belongs to, as for
 *   byline_front_matter_history_set_group()
 *
 * Sets @path to @value as a step of @group. Within a run, the edit is made
 * on the text the run started from, so that the value keeps the style it
 * had before the first keystroke: clearing a field and typing anew does
 * not leave the quotes an empty value needed.
 */
gboolean
byline_front_matter_history_set (BylineFrontMatterHistory  *self,
                                 const char                *path,
                                 BylineNode                *value,
                                 const char                *group,
                                 GError                   **error)
{
  g_autoptr(BylineFrontMatter) base = NULL;
  gboolean done;

  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  byline_front_matter_history_set_group (self, group);

  if (joins_step (self))
    {
      Step *before = g_ptr_array_index (self->steps, self->current - 1);

      base = byline_front_matter_new (byline_front_matter_get_format (self->front_matter), before->text);
      done = byline_front_matter_set (base, path, value, error);
      if (done)
        byline_front_matter_set_text (self->front_matter, byline_front_matter_get_text (base));
    }
  else
    done = byline_front_matter_set (self->front_matter, path, value, error);

  byline_front_matter_history_set_group (self, NULL);
  return done;
}

gboolean
byline_front_matter_history_can_undo (BylineFrontMatterHistory *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self), FALSE);

  return self->current > 0;
}

gboolean
byline_front_matter_history_can_redo (BylineFrontMatterHistory *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self), FALSE);

  return self->current + 1 < self->steps->len;
}

static void
go_to_step (BylineFrontMatterHistory *self,
            guint                     index)
{
  gboolean could_undo = byline_front_matter_history_can_undo (self);
  gboolean could_redo = byline_front_matter_history_can_redo (self);

  self->current = index;
  current_step (self)->is_closed = TRUE;

  self->is_applying = TRUE;
  byline_front_matter_set_text (self->front_matter, current_step (self)->text);
  self->is_applying = FALSE;

  notify_state (self, could_undo, could_redo);
}

/**
 * byline_front_matter_history_undo:
 *
 * Puts back the text before the last step.
 *
 * Returns: %FALSE when there is nothing to undo
 */
gboolean
byline_front_matter_history_undo (BylineFrontMatterHistory *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self), FALSE);

  if (!byline_front_matter_history_can_undo (self))
    return FALSE;

  go_to_step (self, self->current - 1);
  return TRUE;
}

/**
 * byline_front_matter_history_redo:
 *
 * Makes the last undone step again.
 *
 * Returns: %FALSE when there is nothing to redo
 */
gboolean
byline_front_matter_history_redo (BylineFrontMatterHistory *self)
{
  g_return_val_if_fail (BYLINE_IS_FRONT_MATTER_HISTORY (self), FALSE);

  if (!byline_front_matter_history_can_redo (self))
    return FALSE;

  go_to_step (self, self->current + 1);
  return TRUE;
}
