/* byline-recovery-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "byline-recovery-bar.h"

enum {
  RESPONSE_DISCARD = 1,
  RESPONSE_RESTORE = 2,
};

struct _BylineRecoveryBar
{
  AdwBin       parent_instance;

  BylineDraft *draft;

  GtkInfoBar  *info_bar;
  GtkLabel    *label;
};

G_DEFINE_FINAL_TYPE (BylineRecoveryBar, byline_recovery_bar, ADW_TYPE_BIN)

enum {
  RESTORE,
  DISCARD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
response_cb (BylineRecoveryBar *self,
             int                response,
             GtkInfoBar        *info_bar)
{
  g_autoptr(BylineDraft) draft = g_steal_pointer (&self->draft);

  if (draft == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  if (response == RESPONSE_RESTORE)
    g_signal_emit (self, signals[RESTORE], 0, draft);
  else if (response == RESPONSE_DISCARD)
    g_signal_emit (self, signals[DISCARD], 0, draft);
}

static void
byline_recovery_bar_dispose (GObject *object)
{
  BylineRecoveryBar *self = (BylineRecoveryBar *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_RECOVERY_BAR);
  g_clear_pointer (&self->draft, byline_draft_unref);

  G_OBJECT_CLASS (byline_recovery_bar_parent_class)->dispose (object);
}

static void
byline_recovery_bar_class_init (BylineRecoveryBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_recovery_bar_dispose;

  /**
   * BylineRecoveryBar::restore:
   * @draft: the draft offered
   *
   * The writer wants the unsaved changes back.
   */
  signals[RESTORE] =
    g_signal_new ("restore",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BYLINE_TYPE_DRAFT);

  /**
   * BylineRecoveryBar::discard:
   * @draft: the draft offered
   *
   * The writer does not want the unsaved changes.
   */
  signals[DISCARD] =
    g_signal_new ("discard",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BYLINE_TYPE_DRAFT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/byline/Byline/byline-recovery-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineRecoveryBar, info_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineRecoveryBar, label);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
byline_recovery_bar_init (BylineRecoveryBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * byline_recovery_bar_offer:
 *
 * Asks whether to restore @draft, the unsaved changes to the page's post
 * that were kept when Byline last stopped without saving them.
 */
void
byline_recovery_bar_offer (BylineRecoveryBar *self,
                           BylineDraft       *draft)
{
  g_autoptr(GDateTime) saved = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  GFile *file;

  g_return_if_fail (BYLINE_IS_RECOVERY_BAR (self));
  g_return_if_fail (draft != NULL);

  g_clear_pointer (&self->draft, byline_draft_unref);
  self->draft = byline_draft_ref (draft);

  saved = g_date_time_to_local (byline_draft_get_saved (draft));
  /* Translators: when a draft was kept, as strftime() writes it. */
  when = g_date_time_format (saved, C_("draft time", "%b %-d, %H:%M"));

  file = byline_draft_get_file (draft);
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *display_name = g_filename_display_name (name);

      text = g_strdup_printf (_("Byline stopped before changes to “%s” were saved. Restore the changes kept at %s?"),
                              display_name, when);
    }
  else
    text = g_strdup_printf (_("Byline stopped before this new post was saved. Restore the text kept at %s?"),
                            when);

  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

/**
 * byline_recovery_bar_get_draft:
 *
 * Returns: (transfer none) (nullable): the draft offered, until the writer
 *   answers
 */
BylineDraft *
byline_recovery_bar_get_draft (BylineRecoveryBar *self)
{
  g_return_val_if_fail (BYLINE_IS_RECOVERY_BAR (self), NULL);

  return self->draft;
}
