/* test-translations.c: every string a user sees is in the Chinese
 * translation, and the translation is complete and valid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

static char *
run (const char * const  *argv,
     GError             **error)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_newv (argv,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, error))
    return NULL;

  if (!g_subprocess_get_successful (process))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s failed: %s%s", argv[0], out, err);
      return NULL;
    }

  return g_strconcat (out, err, NULL);
}

static void
test_zh_cn_is_complete (void)
{
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "..", "po", "zh_CN.po", NULL);
  const char *argv[] = { "msgfmt", "--check", "--statistics", "-o", "/dev/null", po, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *report = run (argv, &error);

  g_assert_no_error (error);
  g_test_message ("msgfmt: %s", report);
  g_assert_null (strstr (report, "untranslated"));
  g_assert_null (strstr (report, "fuzzy"));
}

/* Extracts the strings of every file in POTFILES.in, as the build's pot
 * target does, and checks zh_CN.po has each of them. */
static void
test_zh_cn_covers_sources (void)
{
  g_autofree char *top = g_test_build_filename (G_TEST_DIST, "..", NULL);
  g_autofree char *potfiles = g_build_filename (top, "po", "POTFILES.in", NULL);
  g_autofree char *po = g_build_filename (top, "po", "zh_CN.po", NULL);
  g_autofree char *tmp = g_dir_make_tmp ("byline-pot-XXXXXX", NULL);
  g_autofree char *pot = g_build_filename (tmp, "byline.pot", NULL);
  g_autofree char *files_from = g_strconcat ("--files-from=", potfiles, NULL);
  g_autofree char *directory = g_strconcat ("--directory=", top, NULL);
  g_autofree char *output = g_strconcat ("--output=", pot, NULL);
  const char *xgettext[] = {
    "xgettext", files_from, directory, output, "--from-code=UTF-8",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2",
    NULL
  };
  const char *msgcmp[] = { "msgcmp", "--use-untranslated", po, pot, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *extracted = run (xgettext, &error);
  g_autofree char *missing = NULL;

  g_assert_no_error (error);
  missing = run (msgcmp, &error);
  g_assert_no_error (error);

  g_unlink (pot);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/translations/zh_CN/complete", test_zh_cn_is_complete);
  g_test_add_func ("/translations/zh_CN/covers-sources", test_zh_cn_covers_sources);

  return g_test_run ();
}
