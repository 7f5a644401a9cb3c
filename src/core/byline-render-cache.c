/* byline-render-cache.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-render-cache.h"

/*
 * A keystroke changes one run of a long body: the runs around it are
 * found here, as the last render made them, and only the changed one is
 * rendered again. An entry is known by the run's text with the line after
 * it, which the run was checked against, and by the line of the file it
 * starts on, which its HTML names in `data-line`. A text that was found
 * not to end a run is kept too, without HTML, so as not to check it on
 * every keystroke.
 *
 * What one render did not use, the next sweep forgets, so that the cache
 * never holds much more than one body's HTML. A cache serves one body and
 * renders of it one after another; the lock only keeps a misuse safe.
 */

typedef struct {
  char  *source;
  gsize  length;
  gsize  checked_length;
  guint  line;
  guint  hash;
  char  *html;
  gsize  html_length;
  gboolean is_used;
} Run;

struct _BylineRenderCache
{
  GObject     parent_instance;

  GMutex      lock;
  GHashTable *runs;
};

G_DEFINE_FINAL_TYPE (BylineRenderCache, byline_render_cache, G_TYPE_OBJECT)

static guint
hash_source (const char *source,
             gsize       checked_length,
             guint       line)
{
  /* FNV-1a, over the bytes and then the line. */
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < checked_length; i++)
    hash = (hash ^ (guchar) source[i]) * 16777619u;

  return (hash ^ line) * 16777619u;
}

static guint
run_hash (gconstpointer key)
{
  return ((const Run *) key)->hash;
}

static gboolean
run_equal (gconstpointer a,
           gconstpointer b)
{
  const Run *run_a = a;
  const Run *run_b = b;

  return run_a->hash == run_b->hash && run_a->line == run_b->line && run_a->length == run_b->length &&
         run_a->checked_length == run_b->checked_length &&
         memcmp (run_a->source, run_b->source, run_a->checked_length) == 0;
}

static void
run_free (Run *run)
{
  g_free (run->source);
  g_free (run->html);
  g_free (run);
}

static void
byline_render_cache_finalize (GObject *object)
{
  BylineRenderCache *self = (BylineRenderCache *)object;

  g_clear_pointer (&self->runs, g_hash_table_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (byline_render_cache_parent_class)->finalize (object);
}

static void
byline_render_cache_class_init (BylineRenderCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_render_cache_finalize;
}

static void
byline_render_cache_init (BylineRenderCache *self)
{
  g_mutex_init (&self->lock);
  self->runs = g_hash_table_new_full (run_hash, run_equal, (GDestroyNotify) run_free, NULL);
}

BylineRenderCache *
byline_render_cache_new (void)
{
  return g_object_new (BYLINE_TYPE_RENDER_CACHE, NULL);
}

/**
 * byline_render_cache_lookup:
 * @source: the run's Markdown, of @length bytes, and the line after it
 *   that the run was checked against, up to @checked_length
 * @line: the line of the file that @source starts on
 * @html: (out) (transfer none) (nullable): the run's HTML, valid until the
 *   next sweep; %NULL when @source was found not to end a run
 * @html_length: (out): the length of the HTML
 *
 * Returns: whether @source is known
 */
gboolean
byline_render_cache_lookup (BylineRenderCache  *self,
                            const char         *source,
                            gsize               length,
                            gsize               checked_length,
                            guint               line,
                            const char        **html,
                            gsize              *html_length)
{
  Run key = { (char *) source, length, checked_length, line, hash_source (source, checked_length, line),
              NULL, 0, FALSE };
  Run *run;

  g_return_val_if_fail (BYLINE_IS_RENDER_CACHE (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (length <= checked_length, FALSE);
  g_return_val_if_fail (html != NULL, FALSE);
  g_return_val_if_fail (html_length != NULL, FALSE);

  g_mutex_lock (&self->lock);
  run = g_hash_table_lookup (self->runs, &key);
  if (run != NULL)
    run->is_used = TRUE;
  g_mutex_unlock (&self->lock);

  if (run == NULL)
    return FALSE;

  *html = run->html;
  *html_length = run->html_length;
  return TRUE;
}

/**
 * byline_render_cache_store:
 * @source: as for byline_render_cache_lookup()
 * @html: (nullable): the run's HTML, or %NULL when @source does not end a
 *   run
 *
 * Keeps what a render found.
 */
void
byline_render_cache_store (BylineRenderCache *self,
                           const char        *source,
                           gsize              length,
                           gsize              checked_length,
                           guint              line,
                           const char        *html,
                           gsize              html_length)
{
  Run *run;

  g_return_if_fail (BYLINE_IS_RENDER_CACHE (self));
  g_return_if_fail (source != NULL);
  g_return_if_fail (length <= checked_length);

  run = g_new (Run, 1);
  run->source = g_memdup2 (source, checked_length);
  run->length = length;
  run->checked_length = checked_length;
  run->line = line;
  run->hash = hash_source (source, checked_length, line);
  run->html = html != NULL ? g_strndup (html, html_length) : NULL;
  run->html_length = html != NULL ? html_length : 0;
  run->is_used = TRUE;

  g_mutex_lock (&self->lock);
  g_hash_table_add (self->runs, run);
  g_mutex_unlock (&self->lock);
}

static gboolean
is_unused (gpointer key,
           gpointer value,
           gpointer user_data)
{
  Run *run = key;
  gboolean was_used = run->is_used;

  run->is_used = FALSE;
  return !was_used;
}

/**
 * byline_render_cache_sweep:
 *
 * Forgets the runs that were neither looked up nor stored since the last
 * sweep: call it once a render is done.
 */
void
byline_render_cache_sweep (BylineRenderCache *self)
{
  g_return_if_fail (BYLINE_IS_RENDER_CACHE (self));

  g_mutex_lock (&self->lock);
  g_hash_table_foreach_remove (self->runs, is_unused, NULL);
  g_mutex_unlock (&self->lock);
}
