/* byline-draft.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-draft.h"

struct _BylineDraft
{
  gatomicrefcount  ref_count;
  char            *id;
  GFile           *file;
  char            *etag;
  GDateTime       *saved;
};

G_DEFINE_BOXED_TYPE (BylineDraft, byline_draft, byline_draft_ref, byline_draft_unref)

/**
 * byline_draft_new:
 * @file: (nullable): the post's own file
 * @etag: (nullable): the etag @file had when the post was read
 * @saved: when the draft was written
 */
BylineDraft *
byline_draft_new (const char *id,
                  GFile      *file,
                  const char *etag,
                  GDateTime  *saved)
{
  BylineDraft *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (saved != NULL, NULL);

  self = g_new0 (BylineDraft, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->etag = g_strdup (etag);
  self->saved = g_date_time_ref (saved);

  return self;
}

BylineDraft *
byline_draft_ref (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
byline_draft_unref (BylineDraft *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_clear_object (&self->file);
  g_free (self->etag);
  g_clear_pointer (&self->saved, g_date_time_unref);
  g_free (self);
}

const char *
byline_draft_get_id (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

/**
 * byline_draft_get_file:
 *
 * Returns: (transfer none) (nullable): the post's own file, which a restored
 *   draft saves to; %NULL for a post that was never saved
 */
GFile *
byline_draft_get_file (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->file;
}

/**
 * byline_draft_get_etag:
 *
 * Returns: (nullable): the etag the post's file had when it was opened or
 *   last saved, so that saving a restored draft still notices a change made
 *   on disk since
 */
const char *
byline_draft_get_etag (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->etag;
}

/**
 * byline_draft_get_saved:
 *
 * Returns: (transfer none): when the draft was written
 */
GDateTime *
byline_draft_get_saved (BylineDraft *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->saved;
}
