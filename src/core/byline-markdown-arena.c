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
 * An arena hands memory out of large chunks and gives the chunks back all
 * at once when the document is done with, unwalked.
 *
 * cmark_mem holds functions and no data, so they find their arena in a
 * thread-local variable: the newest arena of the thread, which is where
 * the thread's document lives, since a render parses and renders on one
 * thread. cmark-gfm's own arena is one for the whole process.
 */

/* As malloc() aligns, for whatever cmark-gfm puts there. */
#define ALIGNMENT 16
#define FIRST_CHUNK_SIZE (64 * 1024)

/* Allocations come in sizes of classes, so that a freed block can be
 * handed out again for any allocation of its class: cmark-gfm frees much
 * of what it allocates as it goes (a block's lines once its inlines are
 * parsed), and a long post would otherwise take many times the memory it
 * takes with malloc(). Classes go in steps of ALIGNMENT up to SMALL_SIZE,
 * where nodes are, so that they are as dense as malloc() makes them, and
 * in powers of two above. */
#define SMALL_SIZE 512
#define N_SMALL_CLASSES (SMALL_SIZE / ALIGNMENT)
#define N_CLASSES (N_SMALL_CLASSES + 64)

/* Larger blocks come from malloc(), whose realloc() moves their pages
 * where an arena would copy them; they are marked with this class. */
#define LARGE_SIZE (128 * 1024)
#define LARGE_CLASS N_CLASSES

typedef struct _Chunk Chunk;

struct _Chunk
{
  Chunk *previous;
  gsize  size;
};

G_STATIC_ASSERT (sizeof (Chunk) % ALIGNMENT == 0);

/* Each allocation is preceded by its class, which realloc() and free()
 * need. */
typedef union
{
  guint size_class;
  char  padding[ALIGNMENT];
} Header;

typedef struct _FreeBlock FreeBlock;

struct _FreeBlock
{
  FreeBlock *next;
};

typedef struct _LargeBlock LargeBlock;

struct _LargeBlock
{
  LargeBlock *previous;
  LargeBlock *next;
};

G_STATIC_ASSERT (sizeof (LargeBlock) % ALIGNMENT == 0);

struct _BylineMarkdownArena
{
  BylineMarkdownArena *outer;
  Chunk               *chunk;
  char                *next;
  char                *end;
  FreeBlock           *free_blocks[N_CLASSES];
  LargeBlock          *large_blocks;
};

static _Thread_local BylineMarkdownArena *current;

static guint
get_size_class (gsize size)
{
  if (size > G_MAXSIZE / 4)
    g_error ("cmark-gfm asked for %" G_GSIZE_FORMAT " bytes", size);

  if (size <= SMALL_SIZE)
    return size == 0 ? 0 : (size - 1) / ALIGNMENT;

  return N_SMALL_CLASSES - 1 + g_bit_storage ((size - 1) / SMALL_SIZE);
}

static gsize
get_capacity (guint size_class)
{
  if (size_class < N_SMALL_CLASSES)
    return (size_class + 1) * ALIGNMENT;

  return (gsize) SMALL_SIZE << (size_class - N_SMALL_CLASSES + 1);
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

static void
link_large_block (BylineMarkdownArena *self,
                  LargeBlock          *block)
{
  block->previous = NULL;
  block->next = self->large_blocks;
  if (block->next != NULL)
    block->next->previous = block;
  self->large_blocks = block;
}

static void
unlink_large_block (BylineMarkdownArena *self,
                    LargeBlock          *block)
{
  if (block->previous != NULL)
    block->previous->next = block->next;
  else
    self->large_blocks = block->next;
  if (block->next != NULL)
    block->next->previous = block->previous;
}

static LargeBlock *
get_large_block (void *memory)
{
  return (LargeBlock *) (void *) ((Header *) memory - 1) - 1;
}

static void *
resize_large (BylineMarkdownArena *self,
              LargeBlock          *block,
              gsize                size)
{
  Header *header;

  if (block != NULL)
    unlink_large_block (self, block);
  block = g_realloc (block, sizeof (LargeBlock) + sizeof (Header) + size);
  link_large_block (self, block);

  header = (Header *) (void *) (block + 1);
  header->size_class = LARGE_CLASS;
  return header + 1;
}

static void *
arena_alloc (gsize size)
{
  BylineMarkdownArena *self = current;
  guint size_class = get_size_class (size);
  gsize needed = sizeof (Header) + get_capacity (size_class);
  FreeBlock *block;
  Header *header;

  g_assert (self != NULL);

  if (size > LARGE_SIZE)
    return resize_large (self, NULL, size);

  if ((block = self->free_blocks[size_class]) != NULL)
    {
      self->free_blocks[size_class] = block->next;
      return block;
    }

  if (needed > (gsize) (self->end - self->next))
    add_chunk (self, needed);

  /* Aligned: chunks start aligned and every allocation ends so. */
  header = (void *) self->next;
  header->size_class = size_class;
  self->next += needed;
  return header + 1;
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

static void
arena_free (void *memory)
{
  BylineMarkdownArena *self = current;
  FreeBlock *block = memory;
  Header *header;

  if (memory == NULL)
    return;

  header = (Header *) memory - 1;
  if (header->size_class == LARGE_CLASS)
    {
      LargeBlock *large = get_large_block (memory);

      unlink_large_block (self, large);
      g_free (large);
      return;
    }

  block->next = self->free_blocks[header->size_class];
  self->free_blocks[header->size_class] = block;
}

static void *
arena_realloc (void   *memory,
               size_t  size)
{
  guint size_class;
  gsize capacity;
  void *moved;

  if (memory == NULL)
    return arena_alloc (size);

  size_class = ((Header *) memory - 1)->size_class;
  if (size_class == LARGE_CLASS)
    return resize_large (current, get_large_block (memory), size);

  capacity = get_capacity (size_class);
  if (size <= capacity)
    return memory;

  moved = arena_alloc (size);
  memcpy (moved, memory, capacity);
  arena_free (memory);
  return moved;
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
  while (self->large_blocks != NULL)
    {
      LargeBlock *next = self->large_blocks->next;

      g_free (self->large_blocks);
      self->large_blocks = next;
    }
  while (self->chunk != NULL)
    {
      Chunk *previous = self->chunk->previous;

      g_free (self->chunk);
      self->chunk = previous;
    }
  g_free (self);
}
