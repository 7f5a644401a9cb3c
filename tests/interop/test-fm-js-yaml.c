/* test-fm-js-yaml.c: `byline-cli fm` against js-yaml, the YAML reader of
 * Hexo, on every YAML post of the corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-post.h"
#include "fixtures.h"

typedef enum {
  READER_JS_YAML = 1 << 0,
  READER_HEXO = 1 << 1,
} Reader;

/* Where Byline is known to read a post otherwise than js-yaml alone, or
 * than Hexo around it, and why. A NULL key means Hexo finds no front matter
 * at all. The tests check that each difference is still there, so that
 * this table stays true. */
static const struct {
  Reader      readers;
  const char *name;
  const char *key;
  const char *reason;
} known_differences[] = {
  { READER_HEXO, "yaml-dots-closer.md", NULL,
    "Hexo closes front matter only with the marker that opened it, never with “...”" },
  { READER_HEXO, "yaml-leading-blank-lines.md", NULL,
    "Hexo finds front matter after one blank line, not after two" },
  { READER_HEXO, "yaml-leading-blank-line-spaces.md", NULL,
    "a line of spaces before “---” hides the front matter from Hexo" },
  { READER_HEXO, "yaml-trailing-spaces.md", NULL,
    "Hexo wants “---” alone on its line, without trailing spaces" },
  { READER_HEXO, "yaml-block-scalar-edges.md", "kept_at_the_end",
    "Hexo’s split takes the newline before the closing “---” out of the front matter, so a “|+” block at its end keeps one newline less" },
  { READER_JS_YAML | READER_HEXO, "yaml-date-impossible.md", "date",
    "js-yaml rolls 2021-02-30 over to 2021-03-02; Byline keeps the text, and `byline-cli check` reports it" },
};

typedef struct {
  char *path;
  char *name;
  /* The front matter text Byline found. */
  char *text;
  /* How js-yaml reads that text, and how Hexo reads the whole post, each
   * as a line of JSON. */
  char *js_yaml;
  char *hexo;
} Fixture;

static void
fixture_free (Fixture *fixture)
{
  g_free (fixture->path);
  g_free (fixture->name);
  g_free (fixture->text);
  g_free (fixture->js_yaml);
  g_free (fixture->hexo);
  g_free (fixture);
}

static BylineNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  BylineNode *node = byline_node_parse_json (text, &error);

  g_assert_no_error (error);
  return node;
}

/* js-yaml reads a timestamp without a zone as UTC, and a date alone as its
 * midnight in UTC; Byline keeps them as written. Both are the same
 * instant. Returns the instant in milliseconds, as far as JavaScript
 * dates go, or FALSE when @text is no ISO 8601 date. */
static gboolean
parse_instant (const char *text,
               gint64     *milliseconds)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *midnight = NULL;

  if (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", text, 0, 0))
    text = midnight = g_strconcat (text, "T00:00:00", NULL);

  if (!(date_time = g_date_time_new_from_iso8601 (text, utc)))
    return FALSE;

  *milliseconds = g_date_time_to_unix (date_time) * 1000 + g_date_time_get_microsecond (date_time) / 1000;
  return TRUE;
}

static gboolean
strings_agree (const char *a,
               const char *b)
{
  gint64 instant_a, instant_b;

  if (strcmp (a, b) == 0)
    return TRUE;

  return parse_instant (a, &instant_a) && parse_instant (b, &instant_b) && instant_a == instant_b;
}

static gboolean
is_number (const BylineNode *node)
{
  BylineNodeKind kind = byline_node_get_kind (node);

  return kind == BYLINE_NODE_INTEGER || kind == BYLINE_NODE_FLOAT;
}

/* Whether two JSON values hold the same data. Keys are compared as a set:
 * JavaScript objects put keys that look like integers first. */
static gboolean
values_agree (const BylineNode *a,
              const BylineNode *b,
              const char       *where)
{
  BylineNodeKind kind = byline_node_get_kind (a);
  guint n = byline_node_get_n_children (a);

  if (is_number (a) && is_number (b))
    {
      if (byline_node_get_float (a) == byline_node_get_float (b))
        return TRUE;
    }
  else if (kind != byline_node_get_kind (b))
    ;
  else if (kind == BYLINE_NODE_STRING)
    {
      if (strings_agree (byline_node_get_string (a), byline_node_get_string (b)))
        return TRUE;
    }
  else if (byline_node_is_scalar (a))
    {
      if (byline_node_equal (a, b))
        return TRUE;
    }
  else if (n == byline_node_get_n_children (b))
    {
      for (guint i = 0; i < n; i++)
        {
          const char *key = kind == BYLINE_NODE_MAPPING ? byline_node_get_key_string (a, i) : NULL;
          g_autofree char *child_where = key != NULL ? g_strdup_printf ("%s.%s", where, key)
                                                     : g_strdup_printf ("%s.%u", where, i);
          BylineNode *other = key != NULL ? byline_node_lookup (b, key) : byline_node_get_child (b, i);

          if (other == NULL)
            {
              g_test_message ("%s: only one side has it", child_where);
              return FALSE;
            }
          if (!values_agree (byline_node_get_child (a, i), other, child_where))
            return FALSE;
        }
      return TRUE;
    }

  g_test_message ("%s differs", where);
  return FALSE;
}

static char *
run_fm (const char *path)
{
  const char *argv[] = { g_getenv ("BYLINE_CLI"), "fm", path, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  return g_steal_pointer (&out);
}

/* Compares Byline's reading of a post with another reader's, setting
 * aside, after checking that they are still there, the differences the
 * table lists. */
static void
assert_agree (const Fixture *fixture,
              const char    *byline_json,
              Reader         reader,
              const char    *other_json)
{
  g_autoptr(BylineNode) byline = parse_json (byline_json);
  g_autoptr(BylineNode) other = parse_json (other_json);

  g_test_message ("byline-cli fm: %s", byline_json);
  g_test_message ("%s: %s", reader == READER_HEXO ? "Hexo" : "js-yaml", other_json);

  for (guint i = 0; i < G_N_ELEMENTS (known_differences); i++)
    {
      const char *key = known_differences[i].key;
      int byline_index, other_index;

      if (!(known_differences[i].readers & reader) || strcmp (known_differences[i].name, fixture->name) != 0)
        continue;

      g_test_message ("known difference: %s", known_differences[i].reason);
      if (key == NULL)
        {
          g_assert_cmpstr (other_json, ==, "{}");
          return;
        }

      byline_index = byline_node_find_key (byline, key);
      other_index = byline_node_find_key (other, key);
      g_assert_cmpint (byline_index, >=, 0);
      g_assert_cmpint (other_index, >=, 0);
      g_assert_false (values_agree (byline_node_get_child (byline, byline_index),
                                    byline_node_get_child (other, other_index), key));
      byline_node_remove_child (byline, byline_index);
      byline_node_remove_child (other, other_index);
    }

  g_assert_true (values_agree (byline, other, "front matter"));
}

static void
test_js_yaml (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autofree char *fm = run_fm (fixture->path);

  assert_agree (fixture, fm, READER_JS_YAML, fixture->js_yaml);
}

static void
test_hexo (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autofree char *fm = run_fm (fixture->path);

  assert_agree (fixture, fm, READER_HEXO, fixture->hexo);
}

static void
test_setup_missing (gconstpointer data)
{
  g_test_fail_printf ("%s", (const char *) data);
}

/* Runs the node script and returns its output, one line per input. */
static GStrv
run_node (const char         *node,
          const char         *script,
          const char * const *args,
          const char         *input)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_ptr_array_add (argv, (gpointer) node);
  g_ptr_array_add (argv, (gpointer) script);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &out, NULL, &error);
  g_assert_no_error (error);

  return g_strsplit (out, "\n", -1);
}

/* The posts of the corpus that js-yaml can be asked about: those with YAML
 * front matter, or none. */
static GPtrArray *
list_yaml_fixtures (void)
{
  GPtrArray *fixtures = g_ptr_array_new_with_free_func ((GDestroyNotify) fixture_free);
  g_auto(GStrv) paths = fixture_list (NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(BylinePost) post = byline_post_load (file, NULL, &error);
      BylineFrontMatter *front_matter;
      Fixture *fixture;

      g_assert_no_error (error);
      front_matter = byline_post_get_front_matter (post);
      if (front_matter != NULL && byline_front_matter_get_format (front_matter) != BYLINE_FORMAT_YAML)
        continue;

      fixture = g_new0 (Fixture, 1);
      fixture->path = g_strdup (paths[i]);
      fixture->name = g_path_get_basename (paths[i]);
      fixture->text = g_strdup (front_matter != NULL ? byline_front_matter_get_text (front_matter) : "");
      g_ptr_array_add (fixtures, fixture);
    }

  return fixtures;
}

/* Asks node, once for all posts, how js-yaml reads each front matter and
 * how Hexo reads each post. */
static void
read_with_node (const char *node,
                const char *script,
                GPtrArray  *fixtures)
{
  g_autoptr(BylineNode) texts = byline_node_new_sequence ();
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autofree char *input = NULL;
  g_auto(GStrv) js_yaml = NULL;
  g_auto(GStrv) hexo = NULL;
  const char *yaml_args[] = { "--yaml", NULL };

  for (guint i = 0; i < fixtures->len; i++)
    {
      Fixture *fixture = g_ptr_array_index (fixtures, i);
      g_autoptr(BylineNode) text = byline_node_new_string (fixture->text);

      byline_node_append (texts, text);
      g_ptr_array_add (paths, fixture->path);
    }
  g_ptr_array_add (paths, NULL);

  input = byline_node_to_json (texts, FALSE);
  js_yaml = run_node (node, script, yaml_args, input);
  hexo = run_node (node, script, (const char * const *) paths->pdata, NULL);
  g_assert_cmpuint (g_strv_length (js_yaml), ==, fixtures->len + 1);
  g_assert_cmpuint (g_strv_length (hexo), ==, fixtures->len + 1);

  for (guint i = 0; i < fixtures->len; i++)
    {
      Fixture *fixture = g_ptr_array_index (fixtures, i);

      fixture->js_yaml = g_strdup (js_yaml[i]);
      fixture->hexo = g_strdup (hexo[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *node = NULL;
  g_autofree char *script = NULL;
  g_autofree char *js_yaml = NULL;
  g_autoptr(GPtrArray) fixtures = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  node = g_find_program_in_path ("node");
  script = g_test_build_filename (G_TEST_DIST, "interop", "hexo-front-matter.js", NULL);
  js_yaml = g_test_build_filename (G_TEST_DIST, "interop", "node_modules", "js-yaml", "package.json", NULL);

  /* CI must not pass by skipping what it cannot run. */
  if (node == NULL || !g_file_test (js_yaml, G_FILE_TEST_EXISTS))
    {
      g_test_add_data_func ("/interop/setup",
                            node == NULL ? "node is not installed; install Node.js 20 and run `npm ci --prefix tests/interop`"
                                         : "js-yaml is not installed; run `npm ci --prefix tests/interop` (or `meson compile -C build interop-setup`)",
                            test_setup_missing);
      return g_test_run ();
    }

  fixtures = list_yaml_fixtures ();
  g_assert_cmpuint (fixtures->len, >=, 40);
  read_with_node (node, script, fixtures);

  for (guint i = 0; i < fixtures->len; i++)
    {
      Fixture *fixture = g_ptr_array_index (fixtures, i);
      g_autofree char *js_yaml_path = g_strconcat ("/interop/js-yaml/", fixture->name, NULL);
      g_autofree char *hexo_path = g_strconcat ("/interop/hexo/", fixture->name, NULL);

      g_test_add_data_func (js_yaml_path, fixture, test_js_yaml);
      g_test_add_data_func (hexo_path, fixture, test_hexo);
    }

  return g_test_run ();
}
