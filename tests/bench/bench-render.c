/* bench-render.c: how fast bodies render, in MB/s
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview renders on every pause in typing, for posts up to 2 MB.
 * Run with `meson test -C build --benchmark`; argument: a post whose body
 * is HTML, as the sample.
 */

#include "config.h"

#include "bench-sample.h"
#include "byline-renderer.h"

/* About a kilobyte of what Markdown posts hold, in Chinese and English. */
static const char markdown_chunk[] =
  "## 服务贸易 Services trade\n"
  "\n"
  "金秋是收获的时节。9 月 2 日，2021 年中国国际服务贸易交易会全球服务贸易峰会如约而至，"
  "with *emphasis*, **strong text**, `code` and a [link](https://example.com/a?b=c).\n"
  "\n"
  "- [x] 数字开启未来\n"
  "- [ ] 服务促进发展 ~~struck~~\n"
  "- https://www.gnome.org\n"
  "\n"
  "| 年份 | Value |\n"
  "|------|------:|\n"
  "| 2020 | 1.5 |\n"
  "| 2021 | 2.25 |\n"
  "\n"
  "```c\n"
  "if (a < b)\n"
  "  return TRUE;\n"
  "```\n"
  "\n"
  "> 历史车轮滚滚向前，时代潮流浩浩荡荡。\n"
  "\n"
  "{% asset_img photo.jpg A photo %}\n"
  "\n"
  "<div class=\"note\"><p>Raw HTML stays.</p></div>\n"
  "\n";

static GString *
repeat_to (const char *chunk,
           gsize       size)
{
  GString *text = g_string_sized_new (size + strlen (chunk));

  while (text->len < size)
    g_string_append (text, chunk);
  return text;
}

static void
measure (BylineRenderer *renderer,
         const char     *name,
         const char     *chunk,
         BylineBodyKind  kind,
         gsize           size)
{
  g_autoptr(GString) body = repeat_to (chunk, size);
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;
  guint runs = 0;

  /* Enough runs for a quarter of a second, and at least one. */
  do
    {
      g_autofree char *html = byline_renderer_render_body (renderer, body->str, kind, 14, "post");

      g_assert_nonnull (html);
      runs++;
      elapsed = g_get_monotonic_time () - start;
    }
  while (elapsed < G_USEC_PER_SEC / 4);

  g_print ("%-8s %6zu KB: %7.1f MB/s, %8.3f ms a render\n",
           name, body->len / 1024,
           (double) body->len * runs / elapsed,
           (double) elapsed / runs / 1000);
}

int
main (int   argc,
      char *argv[])
{
  static const gsize sizes[] = { 10 * 1024, 200 * 1024, 10 * 1024 * 1024 };
  g_autoptr(BylineRenderer) renderer = byline_renderer_new ();
  g_autoptr(BylinePost) sample = NULL;

  if ((sample = bench_load_sample (argc, argv)) == NULL)
    return 2;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    measure (renderer, "Markdown", markdown_chunk, BYLINE_BODY_MARKDOWN, sizes[i]);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    measure (renderer, "HTML", byline_post_get_body (sample), BYLINE_BODY_HTML, sizes[i]);

  return 0;
}
