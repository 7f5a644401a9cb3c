/* byline-markdown-arena.c: memory for one cmark-gfm document, given back
 * all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-markdown-arena-private.h"

#include <string.h>

/*
 * cmark-gfm makes several small allocations for every line and node, and
 * frees them one by one; with malloc(), that is a quarter of a render.
 * An arena hands memory out of large chunks and frees none of it until
 * the document is done with.
 *
 * cmark_mem holds functions and no data, so they find their arena in a
 * thread-local variable: the newest arena of the thread, which is where
 * the thread's document lives, since a render parses and renders on one
 * thread. cmark-gfm's own arena is one for the whole process.
 */

/* As malloc() aligns, for whatever cmark-gfm puts there. */
#define ALIGNMENT 16
#define FIRST_CHUNK_SIZE (64 * 1024)

typedef struct _Chunk Chunk;

struct _Chunk
{
  Chunk *previous;
  gsize  size;
};

G_STATIC_ASSERT (sizeof (Chunk) % ALIGNMENT == 0);

/* Each allocation is preceded by its size, which realloc() needs. */
typedef union
{
  gsize size;
  char  padding[ALIGNMENT];
} Header;

struct _BylineMarkdownArena
{
  BylineMarkdownArena *outer;
  Chunk               *chunk;
  char                *next;
  char                *end;
  /* The newest allocation, which can grow or go back in place. */
  char                *last;
};

static _Thread_local BylineMarkdownArena *current;

static gsize
round_up (gsize size)
{
  if (size > G_MAXSIZE / 4)
    g_error ("cmark-gfm asked for %" G_GSIZE_FORMAT " bytes", size);

  return (size + ALIGNMENT - 1) & ~(gsize) (ALIGNMENT - 1);
}

static void
add_chunk (BylineMarkdownArena *self,
           gsize                needed)
{
  gsize size = self->chunk != NULL ? 2 * self->chunk->size : FIRST_CHUNK_SIZE;
  Chunk *chunk;

  size = MAX (size, needed);
  chunk = g_malloc (sizeof (Chunk) + size);
  chunk->previous = self->chunk;
  chunk->size = size;

  self->chunk = chunk;
  self->next = (char *) (chunk + 1);
  self->end = self->next + size;
}

static void *
arena_alloc (gsize size)
{
  BylineMarkdownArena *self = current;
  gsize needed = sizeof (Header) + round_up (size);
  Header *header;

  g_assert (self != NULL);

  if (needed > (gsize) (self->end - self->next))
    add_chunk (self, needed);

  /* Aligned: chunks start aligned and every allocation ends so. */
  header = (void *) self->next;
  header->size = size;
  self->next += needed;
  self->last = (char *) (header + 1);
  return self->last;
}

static void *
arena_calloc (size_t count,
              size_t size)
{
  gsize total;

  if (!g_size_checked_mul (&total, count, size))
    g_error ("cmark-gfm asked for %zu × %zu bytes", count, size);

  return memset (arena_alloc (total), 0, total);
}

static void *
arena_realloc (void   *memory,
               size_t  size)
{
  BylineMarkdownArena *self = current;
  Header *header;
  void *moved;

  if (memory == NULL)
    return arena_alloc (size);

  header = (Header *) memory - 1;

  if (memory == self->last && round_up (size) <= (gsize) (self->end - self->last))
    {
      header->size = size;
      self->next = self->last + round_up (size);
      return memory;
    }

  if (size <= header->size)
    return memory;

  moved = arena_alloc (size);
  memcpy (moved, memory, header->size);
  return moved;
}

static void
arena_free (void *memory)
{
  BylineMarkdownArena *self = current;

  /* What was freed right after it was allocated, as a temporary buffer
   * is, is taken again; the rest waits for the arena to go. */
  if (memory != NULL && memory == self->last)
    {
      self->next = (char *) ((Header *) memory - 1);
      self->last = NULL;
    }
}

/**
 * byline_markdown_arena_new:
 *
 * Makes a new arena the one that byline_markdown_arena_get_mem()
 * allocates from on this thread, until it is freed. Arenas of a thread nest: free
 * them in the reverse of their making, as g_autoptr() does.
 */
BylineMarkdownArena *
byline_markdown_arena_new (void)
{
  BylineMarkdownArena *self = g_new0 (BylineMarkdownArena, 1);

  self->outer = current;
  current = self;
  return self;
}

/**
 * byline_markdown_arena_get_mem:
 *
 * @self must be the thread's newest arena.
 *
 * Returns: an allocator for cmark_parser_new_with_mem(), which allocates
 *   in @self: whatever it allocates, the parser, its document and the
 *   rendered HTML, lives until @self is freed and must not be used after
 */
cmark_mem *
byline_markdown_arena_get_mem (BylineMarkdownArena *self)
{
  static cmark_mem mem = { arena_calloc, arena_realloc, arena_free };

  g_assert (current == self);

  return &mem;
}

void
byline_markdown_arena_free (BylineMarkdownArena *self)
{
  g_assert (current == self);

  current = self->outer;
  while (self->chunk != NULL)
    {
      Chunk *previous = self->chunk->previous;

      g_free (self->chunk);
      self->chunk = previous;
    }
  g_free (self);
}
