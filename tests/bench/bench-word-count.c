/* bench-word-count.c: how fast bodies are counted and their words found
 * for the spell checker, in MB/s
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body editor counts after every pause in typing, and reads the words
 * to check again after every edit. Run with `meson test -C build
 * --benchmark`; argument: a post whose body is HTML, as the sample.
 */

#include "config.h"

#include "bench-sample.h"
#include <string.h>

#include "byline-prose.h"
#include "byline-word-count.h"

/* What a Markdown post of mixed Chinese and English holds. */
static const char markdown_chunk[] =
  "## 数字经济 The digital economy\n"
  "\n"
  "当前，数字经济正在重塑全球贸易格局。Writers *count* words, **characters** and `code`,\n"
  "and link [sources](https://example.com/report?year=2021) or mail news@example.com.\n"
  "\n"
  "- 开启未来\n"
  "- Services don't wait: 3.14 and 1,000 are words too.\n"
  "\n"
  "```\n"
  "int x = 0;\n"
  "```\n"
  "\n"
  "<p>Raw <em>HTML</em> stays &amp; counts its text.</p>\n"
  "\n";

typedef enum {
  COUNT_WORDS,
  FIND_WORDS,
} Task;

static void
measure (const char     *name,
         const char     *chunk,
         BylineBodyKind  kind,
         Task            task,
         gsize           size)
{
  g_autoptr(GString) body = g_string_sized_new (size + strlen (chunk));
  gint64 start;
  gint64 elapsed;
  guint runs = 0;

  while (body->len < size)
    g_string_append (body, chunk);

  start = g_get_monotonic_time ();
  do
    {
      if (task == COUNT_WORDS)
        {
          BylineWordCount count;

          byline_word_count (body->str, body->len, kind, &count);
        }
      else
        g_array_unref (byline_prose_find_words (body->str, body->len, kind));

      runs++;
      elapsed = g_get_monotonic_time () - start;
    }
  while (elapsed < G_USEC_PER_SEC / 4);

  g_print ("%-10s %-8s %6zu KB: %7.1f MB/s, %8.3f ms a run\n",
           task == COUNT_WORDS ? "count" : "find words", name, body->len / 1024,
           (double) body->len * runs / elapsed,
           (double) elapsed / runs / 1000);
}

int
main (int   argc,
      char *argv[])
{
  static const gsize sizes[] = { 10 * 1024, 200 * 1024, 2 * 1024 * 1024 };
  g_autoptr(BylinePost) sample = NULL;

  if ((sample = bench_load_sample (argc, argv)) == NULL)
    return 2;

  for (Task task = COUNT_WORDS; task <= FIND_WORDS; task++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        measure ("Markdown", markdown_chunk, BYLINE_BODY_MARKDOWN, task, sizes[i]);
        measure ("HTML", byline_post_get_body (sample), BYLINE_BODY_HTML, task, sizes[i]);
      }

  return 0;
}
