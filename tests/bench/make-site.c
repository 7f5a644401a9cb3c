/* make-site.c: a synthetic Hexo site shaped like the sample post, for the
 * benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run: make-site [--seed=N] POSTS FOLDER. Writes FOLDER/_config.yml and
 * POSTS posts in FOLDER/source/_posts, plus one post of 1 MB and one of
 * 10 MB. Each post has YAML front matter as the sample's (a Chinese or
 * English title, a list of categories, an image, an author, an RFC 1123 or
 * ISO date) and a body of 1 to 50 KB mixing Markdown and raw HTML. Post i
 * is the same for every POSTS and the same seed, so that the small sites
 * are the start of the large ones.
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#define MIN_BODY (1024)
#define MAX_BODY (50 * 1024)

/* xorshift64*: fast, and the same everywhere for a seed. */
typedef struct {
  guint64 state;
} Random;

static void
random_init (Random  *random,
             guint64  seed,
             guint64  stream)
{
  random->state = (seed ^ (stream * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15))) | 1;
}

static guint64
random_next (Random *random)
{
  random->state ^= random->state >> 12;
  random->state ^= random->state << 25;
  random->state ^= random->state >> 27;
  return random->state * G_GUINT64_CONSTANT (0x2545f4914f6cdd1d);
}

static guint
random_below (Random *random,
              guint   n)
{
  return (guint) (random_next (random) % n);
}

#define PICK(random, array) ((array)[random_below ((random), G_N_ELEMENTS (array))])

static const char * const chinese_words[] = {
  "共享服务贸易发展机遇", "共促世界经济复苏和增长", "数字经济", "新能源汽车销量创新高",
  "中国国际服务贸易交易会", "人工智能", "芯片产业", "金秋是收获的时节", "全球服务贸易峰会",
  "历史车轮滚滚向前", "时代潮流浩浩荡荡", "绿色发展", "乡村振兴", "科技创新", "消费回暖",
  "高质量发展", "开放合作", "北京冬奥会", "跨境电商", "5G 网络",
};

static const char * const english_words[] = {
  "Services trade", "summit opens", "in Beijing", "record sales", "electric cars",
  "chip makers", "AI models", "green energy", "rural revival", "open cooperation",
  "the digital economy", "quarterly results", "new rules", "a closer look", "what comes next",
};

static const char * const categories[] = {
  "新媒体", "ZAKER", "source", "科技", "财经", "国际", "Tech", "World", "Business", "体育",
};

static const char * const authors[] = {
  "ZAKER", "新华社", "人民日报", "Reuters", "AP", "澎湃新闻",
};

static const char * const days[] = { "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed" };
static const char * const months[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static void
append_title (GString *out,
              Random  *random,
              guint    index)
{
  gboolean chinese = random_below (random, 3) != 0;
  const char * const *words = chinese ? chinese_words : english_words;
  guint n_words = chinese ? G_N_ELEMENTS (chinese_words) : G_N_ELEMENTS (english_words);
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint i = 0, n = 2 + random_below (random, 3); i < n; i++)
    {
      if (i > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, words[random_below (random, n_words)]);
    }
  g_string_append_printf (title, " %u", index);

  /* Quoted as the sample's, or plain, or in double quotes. */
  switch (random_below (random, 3))
    {
    case 0:
      g_string_append_printf (out, "title: '%s'\n", title->str);
      break;
    case 1:
      g_string_append_printf (out, "title: \"%s\"\n", title->str);
      break;
    default:
      g_string_append_printf (out, "title: %s\n", title->str);
      break;
    }
}

/* A date from 2015 to 2025, as RFC 1123 (the sample's), ISO 8601 with an
 * offset, or Hexo's plain `YYYY-MM-DD HH:MM:SS`. */
static void
append_date (GString *out,
             Random  *random)
{
  gint64 seconds = G_GINT64_CONSTANT (1420070400) + random_below (random, 11 * 365 * 86400);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);

  switch (random_below (random, 3))
    {
    case 0:
      g_string_append_printf (out, "date: %s, %02d %s %d %02d:%02d:%02d GMT\n",
                              days[(seconds / 86400) % 7], g_date_time_get_day_of_month (utc),
                              months[g_date_time_get_month (utc) - 1], g_date_time_get_year (utc),
                              g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                              g_date_time_get_second (utc));
      break;
    case 1:
      g_string_append_printf (out, "date: %d-%02d-%02dT%02d:%02d:%02d+08:00\n",
                              g_date_time_get_year (utc), g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc), g_date_time_get_second (utc));
      break;
    default:
      g_string_append_printf (out, "date: %d-%02d-%02d %02d:%02d:%02d\n",
                              g_date_time_get_year (utc), g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc), g_date_time_get_second (utc));
      break;
    }
}

static void
append_front_matter (GString *out,
                     Random  *random,
                     guint    index)
{
  guint64 image = random_next (random);

  /* One post in eight starts with a blank line, as the sample does. */
  if (random_below (random, 8) == 0)
    g_string_append_c (out, '\n');

  g_string_append (out, "---\n");
  append_title (out, random, index);
  if (random_below (random, 4) == 0)
    g_string_append_printf (out, "categories: [%s, %s]\n", PICK (random, categories), PICK (random, categories));
  else
    {
      g_string_append (out, "categories:\n");
      for (guint i = 0, n = 1 + random_below (random, 3); i < n; i++)
        g_string_append_printf (out, "  - %s\n", PICK (random, categories));
    }
  if (random_below (random, 2) == 0)
    g_string_append_printf (out, "tags: [%s, news]\n", PICK (random, categories));
  g_string_append_printf (out,
                          "headimg: 'https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/2021%02u/%016" G_GINT64_MODIFIER "x_1024.jpg'\n"
                          "author: %s\n"
                          "comments: false\n",
                          1 + (guint) (image % 12), image, PICK (random, authors));
  append_date (out, random);
  g_string_append_printf (out,
                          "thumbnail: 'https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/2021%02u/%016" G_GINT64_MODIFIER "x_1024.jpg'\n"
                          "---\n",
                          1 + (guint) (image % 12), image);
}

static void
append_sentences (GString *out,
                  Random  *random,
                  guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      switch (random_below (random, 6))
        {
        case 0:
          g_string_append_printf (out, "%s，%s。", PICK (random, chinese_words), PICK (random, chinese_words));
          break;
        case 1:
          g_string_append_printf (out, "**%s**%s。", PICK (random, chinese_words), PICK (random, chinese_words));
          break;
        case 2:
          g_string_append_printf (out, "%s and *%s* with `%s`. ", PICK (random, english_words),
                                  PICK (random, english_words), PICK (random, categories));
          break;
        case 3:
          g_string_append_printf (out, "[%s](https://example.com/news/%u?from=%s) ",
                                  PICK (random, english_words), random_below (random, 100000), PICK (random, authors));
          break;
        default:
          g_string_append_printf (out, "%s的%s%u 亿元。", PICK (random, chinese_words),
                                  PICK (random, chinese_words), random_below (random, 1000));
          break;
        }
    }
}

/* One block of a body: Markdown, or raw HTML as scraped news posts hold. */
static void
append_block (GString *out,
              Random  *random)
{
  switch (random_below (random, 10))
    {
    case 0:
      g_string_append_printf (out, "## %s %s\n\n", PICK (random, chinese_words), PICK (random, english_words));
      break;
    case 1:
      for (guint i = 0, n = 2 + random_below (random, 4); i < n; i++)
        {
          g_string_append (out, "- ");
          append_sentences (out, random, 1);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
      break;
    case 2:
      g_string_append (out, "> ");
      append_sentences (out, random, 2);
      g_string_append (out, "\n\n");
      break;
    case 3:
      g_string_append (out, "| 年份 | Value | 说明 |\n|------|------:|------|\n");
      for (guint i = 0, n = 2 + random_below (random, 5); i < n; i++)
        g_string_append_printf (out, "| %u | %u.%02u | %s |\n", 2015 + i, random_below (random, 1000),
                                random_below (random, 100), PICK (random, chinese_words));
      g_string_append_c (out, '\n');
      break;
    case 4:
      g_string_append_printf (out, "```c\nif (count > %u)\n  return %s;\n```\n\n", random_below (random, 100),
                              random_below (random, 2) ? "TRUE" : "FALSE");
      break;
    case 5:
    case 6:
      g_string_append (out, "<div><p>");
      append_sentences (out, random, 3 + random_below (random, 4));
      g_string_append_printf (out, "</p><p><img src=\"https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/202109/%016"
                              G_GINT64_MODIFIER "x_1024.jpg\" /></p>", random_next (random));
      g_string_append (out, "<p>");
      append_sentences (out, random, 2);
      g_string_append (out, "</p></div>\n\n");
      break;
    case 7:
      g_string_append_printf (out, "<iframe src=\"https://player.example.com/video/%u\" width=\"640\" height=\"360\"></iframe>\n\n",
                              random_below (random, 1000000));
      break;
    default:
      append_sentences (out, random, 3 + random_below (random, 6));
      g_string_append (out, "\n\n");
      break;
    }
}

static char *
make_post (guint64  seed,
           guint    index,
           gsize    body_size,
           gsize   *length)
{
  GString *out = g_string_sized_new (body_size + 1024);
  Random random;
  gsize body_start;

  random_init (&random, seed, index);
  append_front_matter (out, &random, index);
  if (body_size == 0)
    body_size = MIN_BODY + random_below (&random, MAX_BODY - MIN_BODY + 1);

  body_start = out->len;
  while (out->len - body_start < body_size)
    append_block (out, &random);

  *length = out->len;
  return g_string_free (out, FALSE);
}

/* A name like the sample's: a number and a hash. */
static char *
post_name (guint64 seed,
           guint   index)
{
  Random random;

  random_init (&random, ~seed, index);
  return g_strdup_printf ("%06u_%016" G_GINT64_MODIFIER "x.md", index, random_next (&random));
}

static void
write_file (const char *path,
            const char *contents,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0644, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("POSTS FOLDER");
  g_autoptr(GError) error = NULL;
  g_autofree char *config = NULL;
  g_autofree char *posts = NULL;
  gint64 seed = 20210902;
  guint64 total = 0;
  guint n_posts;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "The seed of the site's posts", "N" },
    { NULL }
  };
  static const struct {
    const char *name;
    gsize       size;
  } large[] = {
    { "large-1mb.md", 1024 * 1024 },
    { "large-10mb.md", 10 * 1024 * 1024 },
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Writes a Hexo site of POSTS synthetic news posts, plus one of 1 MB and one of 10 MB.");
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Usage: make-site [--seed=N] POSTS FOLDER");
      return 2;
    }

  n_posts = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  config = g_build_filename (argv[2], "_config.yml", NULL);
  posts = g_build_filename (argv[2], "source", "_posts", NULL);
  if (g_mkdir_with_parents (posts, 0755) != 0)
    {
      g_printerr ("Cannot make %s\n", posts);
      return 2;
    }
  write_file (config, "title: 新闻 News\ntimezone: Asia/Shanghai\n", strlen ("title: 新闻 News\ntimezone: Asia/Shanghai\n"));

  for (guint i = 0; i < n_posts + G_N_ELEMENTS (large); i++)
    {
      gboolean is_large = i >= n_posts;
      g_autofree char *name = is_large ? g_strdup (large[i - n_posts].name) : post_name ((guint64) seed, i);
      g_autofree char *path = g_build_filename (posts, name, NULL);
      gsize length;
      g_autofree char *text = make_post ((guint64) seed, i, is_large ? large[i - n_posts].size : 0, &length);

      write_file (path, text, length);
      total += length;
    }

  g_print ("%u posts and 2 large ones, %.1f MB, in %s\n", n_posts, total / 1e6, argv[2]);
  return 0;
}
