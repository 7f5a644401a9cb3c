/* cli-run.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cli-run.h"

/**
 * cli_test_init:
 *
 * g_test_init() for tests of byline-cli, which meson names in BYLINE_CLI.
 */
void
cli_test_init (int    *argc,
               char ***argv)
{
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_CLI") == NULL)
    g_error ("Set BYLINE_CLI to the byline-cli to test; meson test does");
}

void
cli_run_clear (CliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static GSubprocess *
spawn (const char * const   *args,
       GSubprocessFlags      flags,
       GSpawnChildSetupFunc  child_setup)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BYLINE_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (flags | G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (child_setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

/**
 * cli_spawn:
 * @args: the arguments after the program, NULL-terminated
 *
 * Starts the byline-cli that BYLINE_CLI names, its output and errors
 * piped back.
 */
GSubprocess *
cli_spawn (const char * const *args,
           GSubprocessFlags    flags)
{
  return spawn (args, flags, NULL);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return length > 0 ? g_strndup (data, length) : g_strdup ("");
}

/**
 * cli_finish:
 * @input: (nullable): what to write on the standard input of a process
 *   started with %G_SUBPROCESS_FLAGS_STDIN_PIPE
 *
 * Waits for @process to exit and collects what it gave back.
 */
void
cli_finish (GSubprocess *process,
            const char  *input,
            CliRun      *run)
{
  g_autoptr(GBytes) stdin_bytes = input != NULL ? g_bytes_new (input, strlen (input)) : NULL;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate (process, stdin_bytes, NULL, &stdout_bytes, &stderr_bytes, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (stdout_bytes);
  run->out_length = g_bytes_get_size (stdout_bytes);
  run->err = bytes_to_string (stderr_bytes);
}

/**
 * cli_run:
 * @input: (nullable): the standard input of byline-cli
 * @args: the arguments, NULL-terminated
 */
void
cli_run (CliRun             *run,
         const char         *input,
         const char * const *args)
{
  g_autoptr(GSubprocess) process =
    cli_spawn (args, input != NULL ? G_SUBPROCESS_FLAGS_STDIN_PIPE : G_SUBPROCESS_FLAGS_NONE);

  cli_finish (process, input, run);
}

/**
 * cli_run_with_setup:
 * @child_setup: what the child process does before byline-cli starts, as
 *   giving up privileges or limiting file sizes
 */
void
cli_run_with_setup (CliRun               *run,
                    GSpawnChildSetupFunc  child_setup,
                    const char * const   *args)
{
  g_autoptr(GSubprocess) process = spawn (args, G_SUBPROCESS_FLAGS_NONE, child_setup);

  cli_finish (process, NULL, run);
}

char *
cli_read_file (const char *path,
               gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* Asserts that @err is one error in the form `file:line:col: message`. */
void
cli_assert_located_error (const char *err)
{
  g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: .+\n$", err, 0, 0));
}
