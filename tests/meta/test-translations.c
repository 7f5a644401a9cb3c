/* test-translations.c: every string a user sees is in the Chinese
 * translation, and the translation is complete and valid
 *
 * The strings are extracted from the files po/POTFILES.in lists, as the
 * build's pot target does (meson's "glib" preset), and every file of src/
 * and data/ with translatable strings must be on that list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "meta-tools.h"

/* What marks a string for translation in each kind of file. */
static const struct {
  const char *suffix;
  const char *marks[4];
} translatable_marks[] = {
  { ".c", { "_(\"", "N_(\"", "C_(\"", "g_dngettext (" } },
  { ".ui", { "translatable=\"yes\"", NULL } },
  { ".gschema.xml", { "<summary>", NULL } },
  { ".metainfo.xml.in", { "<summary>", NULL } },
  { ".desktop.in", { "Name=", NULL } },
};

/* Passes on what @program printed a line at a time, each a TAP comment:
 * a line of its own would be none of TAP's, which meson refuses. */
static void
print_lines (const char *program,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) == '\0')
      continue;
    else if (g_str_has_prefix (lines[i], program))
      g_test_message ("%s", lines[i]);
    else
      g_test_message ("%s: %s", program, lines[i]);
}

static void
run_checked (const char * const *argv,
             MetaRun            *run)
{
  if (!meta_run (argv, NULL, run))
    g_error ("%s is missing: install gettext", argv[0]);
  if (run->status != 0)
    {
      print_lines (argv[0], run->out);
      print_lines (argv[0], run->err);
      g_test_fail_printf ("%s failed with status %d: see the lines above", argv[0], run->status);
    }
}

static char *
read_po (void)
{
  g_autofree char *path = meta_source_path ("po", "zh_CN.po", NULL);

  return meta_read_file (path);
}

/* msgfmt compiles the catalogue as the build does, checking that every
 * format string has the original's conversions, and counts what is left. */
static void
test_zh_cn_is_complete (void)
{
  g_autofree char *po = meta_source_path ("po", "zh_CN.po", NULL);
  const char *argv[] = { "msgfmt", "--check", "--statistics", "--output-file=/dev/null", po, NULL };
  g_auto(MetaRun) run = { 0 };

  run_checked (argv, &run);
  print_lines ("msgfmt", run.err);
  g_assert_nonnull (strstr (run.err, " translated message"));
  g_assert_null (strstr (run.err, "untranslated"));
  g_assert_null (strstr (run.err, "fuzzy"));
}

/* Extracts the strings of every file in POTFILES.in, and checks zh_CN.po
 * has each of them. */
static void
test_zh_cn_covers_sources (void)
{
  g_autofree char *top = meta_source_path (".", NULL);
  g_autofree char *potfiles = meta_source_path ("po", "POTFILES.in", NULL);
  g_autofree char *po = meta_source_path ("po", "zh_CN.po", NULL);
  g_autofree char *pot = g_build_filename (g_get_tmp_dir (), "byline-test.pot", NULL);
  g_autofree char *files_from = g_strconcat ("--files-from=", potfiles, NULL);
  g_autofree char *directory = g_strconcat ("--directory=", top, NULL);
  g_autofree char *output = g_strconcat ("--output=", pot, NULL);
  const char *xgettext[] = {
    "xgettext", files_from, directory, output, "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=g_strdup_printf:1:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_dngettext:2:pass-c-format",
    NULL
  };
  const char *msgcmp[] = { "msgcmp", "--use-untranslated", po, pot, NULL };
  g_auto(MetaRun) extract = { 0 };
  g_auto(MetaRun) compare = { 0 };
  g_autofree char *text = NULL;

  run_checked (xgettext, &extract);
  text = meta_read_file (pot);
  g_assert_nonnull (strstr (text, "msgid \"Byline\""));

  /* msgcmp names each string of the sources that zh_CN.po lacks. */
  run_checked (msgcmp, &compare);

  g_unlink (pot);
}

static gboolean
has_translatable_strings (const char *path)
{
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (translatable_marks); i++)
    {
      if (!g_str_has_suffix (path, translatable_marks[i].suffix))
        continue;

      text = meta_read_file (path);
      for (guint j = 0; j < G_N_ELEMENTS (translatable_marks[i].marks) && translatable_marks[i].marks[j] != NULL; j++)
        if (strstr (text, translatable_marks[i].marks[j]) != NULL)
          return TRUE;
    }

  return FALSE;
}

/* Adds the files under @folder (relative to the top) that have strings
 * to translate. */
static void
find_translatable_files (const char *folder,
                         GPtrArray  *found)
{
  g_autofree char *path = meta_source_path (folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *relative = g_build_filename (folder, name, NULL);
      g_autofree char *child = meta_source_path (relative, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        find_translatable_files (relative, found);
      else if (has_translatable_strings (child))
        g_ptr_array_add (found, g_steal_pointer (&relative));
    }
}

static void
test_potfiles_is_complete (void)
{
  g_autofree char *potfiles = meta_source_path ("po", "POTFILES.in", NULL);
  g_autofree char *text = meta_read_file (potfiles);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) listed = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;

      path = meta_source_path (lines[i], NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_test_fail_printf ("po/POTFILES.in lists %s, which does not exist", lines[i]);
      else if (!has_translatable_strings (path))
        g_test_fail_printf ("po/POTFILES.in lists %s, which has nothing to translate", lines[i]);
      g_ptr_array_add (listed, lines[i]);
    }

  find_translatable_files ("src", found);
  find_translatable_files ("data", found);
  g_assert_cmpuint (found->len, >, 0);

  for (guint i = 0; i < found->len; i++)
    {
      const char *path = g_ptr_array_index (found, i);

      if (!g_ptr_array_find_with_equal_func (listed, path, g_str_equal, NULL))
        g_test_fail_printf ("%s has strings to translate: list it in po/POTFILES.in", path);
    }
}

/* The about window credits the translators; a catalogue says who it is
 * for and how it counts plurals. */
static void
test_zh_cn_headers (void)
{
  g_autofree char *po = read_po ();

  g_assert_nonnull (strstr (po, "\"Language: zh_CN\\n\""));
  g_assert_nonnull (strstr (po, "\"Plural-Forms: nplurals=1; plural=0;\\n\""));
  g_assert_nonnull (strstr (po, "\"Content-Type: text/plain; charset=UTF-8\\n\""));
  g_assert_nonnull (strstr (po, "msgid \"translator-credits\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/translations/potfiles-is-complete", test_potfiles_is_complete);
  g_test_add_func ("/translations/zh_CN/headers", test_zh_cn_headers);
  g_test_add_func ("/translations/zh_CN/complete", test_zh_cn_is_complete);
  g_test_add_func ("/translations/zh_CN/covers-sources", test_zh_cn_covers_sources);

  return g_test_run ();
}
