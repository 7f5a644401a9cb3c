/* test-flatpak.c: the Flatpak manifest builds this app, from sources that
 * are pinned, in a sandbox that asks for no more than the app needs
 *
 * These machines cannot reach the runtime's remote, so the manifest is
 * checked offline: read with the core's own JSON parser, compared with what
 * this build of the app installs and needs (meson's introspection files),
 * and read by flatpak-builder itself where it is installed, which names any
 * property it does not know.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "meta-tools.h"

/* The permissions the app needs: a display (Wayland, else X11), the GPU
 * for WebKit, shared memory for X11, and the network for the remote images
 * of the preview. Files come through the portals only. */
static const char * const needed_permissions[] = {
  "--share=ipc",
  "--socket=wayland",
  "--socket=fallback-x11",
  "--device=dri",
  "--share=network",
  NULL
};

/* What org.gnome.Platform ships, of the dependencies meson looks up by
 * pkg-config name; anything else must be a module of the manifest. */
static const char * const runtime_libraries[] = {
  "glib-2.0", "gio-2.0", "gobject-2.0", "gtk4", "libadwaita-1",
  "gtksourceview-5", "webkitgtk-6.0", "libsoup-3.0", "enchant-2",
  NULL
};

/* Libraries only the tests link; the Flatpak builds no tests. */
static const char * const test_libraries[] = { "atspi-2", NULL };

/* The module of the manifest that provides each other library. */
static const struct {
  const char *library;
  const char *module;
} module_libraries[] = {
  { "yaml-0.1", "libyaml" },
  { "libcmark-gfm", "cmark-gfm" },
};

static BylineNode *
read_manifest (void)
{
  g_autofree char *path = meta_source_path ("flatpak", APP_ID ".json", NULL);

  return meta_read_json (path);
}

static const char *
lookup_string (BylineNode *node,
               const char *key)
{
  BylineNode *value = byline_node_lookup (node, key);

  if (value == NULL || byline_node_get_kind (value) != BYLINE_NODE_STRING)
    return NULL;

  return byline_node_get_string (value);
}

static BylineNode *
lookup_sequence (BylineNode *node,
                 const char *key)
{
  BylineNode *value = byline_node_lookup (node, key);

  g_assert_nonnull (value);
  g_assert_cmpint (byline_node_get_kind (value), ==, BYLINE_NODE_SEQUENCE);

  return value;
}

static BylineNode *
find_module (BylineNode *manifest,
             const char *name)
{
  BylineNode *modules = lookup_sequence (manifest, "modules");

  for (guint i = 0; i < byline_node_get_n_children (modules); i++)
    {
      BylineNode *module = byline_node_get_child (modules, i);

      if (g_strcmp0 (lookup_string (module, "name"), name) == 0)
        return module;
    }

  return NULL;
}

/* The module that builds this app: the last one, as flatpak-builder
 * builds them in order. */
static BylineNode *
get_app_module (BylineNode *manifest)
{
  BylineNode *modules = lookup_sequence (manifest, "modules");
  guint n = byline_node_get_n_children (modules);

  g_assert_cmpuint (n, >, 0);
  return byline_node_get_child (modules, n - 1);
}

/* Reads one of meson's introspection files of this build. */
static BylineNode *
read_introspection (const char *name)
{
  g_autofree char *path = meta_build_path ("meson-info", name, NULL);

  return meta_read_json (path);
}

static void
test_names_the_app (void)
{
  g_autoptr(BylineNode) manifest = read_manifest ();
  const char *version = lookup_string (manifest, "runtime-version");

  g_assert_cmpstr (lookup_string (manifest, "id"), ==, APP_ID);
  g_assert_cmpstr (lookup_string (manifest, "command"), ==, "byline");
  g_assert_cmpstr (lookup_string (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (lookup_string (manifest, "sdk"), ==, "org.gnome.Sdk");

  /* WebKitGTK 6.0 came with the GNOME 44 runtime. */
  g_assert_nonnull (version);
  g_assert_cmpuint (g_ascii_strtoull (version, NULL, 10), >=, 44);
}

static gboolean
build_has_app (void)
{
  g_autoptr(BylineNode) options = read_introspection ("intro-buildoptions.json");

  for (guint i = 0; i < byline_node_get_n_children (options); i++)
    {
      BylineNode *option = byline_node_get_child (options, i);

      if (g_strcmp0 (lookup_string (option, "name"), "app") == 0)
        return byline_node_get_boolean (byline_node_lookup (option, "value"));
    }

  return FALSE;
}

/* The command the manifest starts is the program this build installs,
 * with the files that carry the app's id beside it. */
static void
test_command_is_installed (void)
{
  g_autoptr(BylineNode) manifest = read_manifest ();
  g_autoptr(BylineNode) installed = read_introspection ("intro-installed.json");
  g_autoptr(GHashTable) paths = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *command = g_strconcat ("/bin/", lookup_string (manifest, "command"), NULL);
  static const char * const id_files[] = {
    "/share/applications/" APP_ID ".desktop",
    "/share/metainfo/" APP_ID ".metainfo.xml",
    "/share/glib-2.0/schemas/" APP_ID ".gschema.xml",
    "/share/locale/zh_CN/LC_MESSAGES/" GETTEXT_PACKAGE ".mo",
  };
  g_autofree char *icon = meta_source_path ("data", "icons", "hicolor", "scalable", "apps", APP_ID ".svg", NULL);
  g_autofree char *desktop = meta_build_path ("data", APP_ID ".desktop", NULL);
  g_autofree char *desktop_text = meta_read_file (desktop);
  g_autofree char *exec_line = g_strconcat ("\nExec=", lookup_string (manifest, "command"), " ", NULL);
  gboolean has_command = FALSE;

  if (!build_has_app ())
    {
      g_test_skip ("This build leaves the app out (-Dapp=false)");
      return;
    }

  for (guint i = 0; i < byline_node_get_n_children (installed); i++)
    {
      const char *path = byline_node_get_string (byline_node_get_child (installed, i));

      g_assert_true (g_str_has_prefix (path, "/"));
      has_command |= g_str_has_suffix (path, command);
      for (guint j = 0; j < G_N_ELEMENTS (id_files); j++)
        if (g_str_has_suffix (path, id_files[j]))
          g_hash_table_add (paths, (gpointer) id_files[j]);
    }

  g_assert_true (has_command);
  for (guint j = 0; j < G_N_ELEMENTS (id_files); j++)
    g_assert_true (g_hash_table_contains (paths, id_files[j]));
  g_assert_true (g_file_test (icon, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (desktop_text, exec_line));
}

static void
test_asks_for_little (void)
{
  g_autoptr(BylineNode) manifest = read_manifest ();
  BylineNode *finish_args = lookup_sequence (manifest, "finish-args");
  g_autoptr(GPtrArray) asked = g_ptr_array_new ();

  for (guint i = 0; i < byline_node_get_n_children (finish_args); i++)
    {
      const char *arg = byline_node_get_string (byline_node_get_child (finish_args, i));

      if (!g_strv_contains (needed_permissions, arg))
        g_test_fail_printf ("The manifest asks for %s, which the app does not need: "
                            "files come through the portals", arg);
      g_ptr_array_add (asked, (gpointer) arg);
    }

  for (guint i = 0; needed_permissions[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (asked, needed_permissions[i], g_str_equal, NULL))
      g_test_fail_printf ("The manifest does not ask for %s", needed_permissions[i]);
}

static gboolean
is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;

  return TRUE;
}

/* Every source is either a download pinned by its checksum or a file of
 * this repository. */
static void
test_sources_are_pinned (void)
{
  g_autoptr(BylineNode) manifest = read_manifest ();
  BylineNode *modules = lookup_sequence (manifest, "modules");
  g_autofree char *manifest_dir = meta_source_path ("flatpak", NULL);

  for (guint i = 0; i < byline_node_get_n_children (modules); i++)
    {
      BylineNode *module = byline_node_get_child (modules, i);
      BylineNode *sources = lookup_sequence (module, "sources");
      const char *name = lookup_string (module, "name");

      g_assert_nonnull (name);
      g_assert_cmpuint (byline_node_get_n_children (sources), >, 0);

      for (guint j = 0; j < byline_node_get_n_children (sources); j++)
        {
          BylineNode *source = byline_node_get_child (sources, j);
          const char *url = lookup_string (source, "url");
          const char *path = lookup_string (source, "path");

          if (url != NULL)
            {
              g_test_message ("%s: %s", name, url);
              g_assert_true (g_str_has_prefix (url, "https://"));
              if (!is_sha256 (lookup_string (source, "sha256")))
                g_test_fail_printf ("The source %s of the module %s has no sha256", url, name);
            }
          else if (path != NULL)
            {
              g_autofree char *local = g_build_filename (manifest_dir, path, NULL);

              if (!g_file_test (local, G_FILE_TEST_EXISTS))
                g_test_fail_printf ("The module %s names %s, which is not in the repository", name, path);
            }
          else
            g_test_fail_printf ("A source of the module %s has neither a url nor a path", name);
        }
    }
}

/* The app module is this source tree, built with meson, with options
 * this build knows. */
static void
test_builds_the_app_with_meson (void)
{
  g_autoptr(BylineNode) manifest = read_manifest ();
  g_autoptr(BylineNode) options = read_introspection ("intro-buildoptions.json");
  g_autoptr(GHashTable) option_names = g_hash_table_new (g_str_hash, g_str_equal);
  BylineNode *module = get_app_module (manifest);
  BylineNode *sources = lookup_sequence (module, "sources");
  BylineNode *config_opts = byline_node_lookup (module, "config-opts");
  g_autofree char *manifest_dir = meta_source_path ("flatpak", NULL);
  g_autofree char *source_dir = NULL;
  g_autofree char *meson_build = NULL;
  g_autofree char *project = NULL;
  g_autofree char *expected_project = g_strdup_printf ("project('%s'", PACKAGE_NAME);

  g_assert_cmpstr (lookup_string (module, "name"), ==, PACKAGE_NAME);
  g_assert_cmpstr (lookup_string (module, "buildsystem"), ==, "meson");

  g_assert_cmpuint (byline_node_get_n_children (sources), ==, 1);
  g_assert_cmpstr (lookup_string (byline_node_get_child (sources, 0), "type"), ==, "dir");
  source_dir = g_build_filename (manifest_dir, lookup_string (byline_node_get_child (sources, 0), "path"), NULL);
  meson_build = g_build_filename (source_dir, "meson.build", NULL);
  project = meta_read_file (meson_build);
  g_assert_true (g_str_has_prefix (project, expected_project));

  for (guint i = 0; i < byline_node_get_n_children (options); i++)
    g_hash_table_add (option_names, (gpointer) lookup_string (byline_node_get_child (options, i), "name"));

  for (guint i = 0; config_opts != NULL && i < byline_node_get_n_children (config_opts); i++)
    {
      const char *opt = byline_node_get_string (byline_node_get_child (config_opts, i));
      g_autofree char *name = NULL;

      g_assert_true (g_str_has_prefix (opt, "-D") || g_str_has_prefix (opt, "--"));
      name = g_strndup (opt + 2, strcspn (opt + 2, "="));
      if (!g_hash_table_contains (option_names, name))
        g_test_fail_printf ("The app module passes %s, an option meson does not know", opt);
    }
}

static gboolean
passes_option (BylineNode *module,
               const char *option)
{
  BylineNode *config_opts = byline_node_lookup (module, "config-opts");

  for (guint i = 0; config_opts != NULL && i < byline_node_get_n_children (config_opts); i++)
    if (g_strcmp0 (byline_node_get_string (byline_node_get_child (config_opts, i)), option) == 0)
      return TRUE;

  return FALSE;
}

/* Every library the build links is in the runtime or built by a module
 * before the app. */
static void
test_modules_provide_the_libraries (void)
{
  g_autoptr(BylineNode) manifest = read_manifest ();
  g_autoptr(BylineNode) dependencies = read_introspection ("intro-dependencies.json");
  BylineNode *app_module = get_app_module (manifest);

  for (guint i = 0; i < byline_node_get_n_children (dependencies); i++)
    {
      const char *library = lookup_string (byline_node_get_child (dependencies, i), "name");
      BylineNode *module = NULL;

      if (g_strv_contains (runtime_libraries, library))
        continue;
      if (g_strv_contains (test_libraries, library))
        {
          g_assert_true (passes_option (app_module, "-Dtests=false"));
          continue;
        }

      for (guint j = 0; j < G_N_ELEMENTS (module_libraries); j++)
        if (g_str_equal (module_libraries[j].library, library))
          module = find_module (manifest, module_libraries[j].module);

      if (module == NULL || module == app_module)
        g_test_fail_printf ("The build needs %s, which the GNOME runtime lacks and no module "
                            "of the manifest builds", library);
    }
}

/* flatpak-builder reads the manifest as it would to build it, and warns
 * of any property it does not know. */
static void
test_flatpak_builder_reads_it (void)
{
  g_autofree char *path = meta_source_path ("flatpak", APP_ID ".json", NULL);
  const char *argv[] = { "flatpak-builder", "--show-manifest", path, NULL };
  g_auto(MetaRun) run = { 0 };

  /* It leaves its state folder where it runs: the test's own home. */
  g_mkdir_with_parents (g_get_home_dir (), 0700);
  if (!meta_run (argv, g_get_home_dir (), &run))
    {
      g_test_skip ("flatpak-builder is not installed");
      return;
    }

  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, APP_ID));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/flatpak/names-the-app", test_names_the_app);
  g_test_add_func ("/flatpak/command-is-installed", test_command_is_installed);
  g_test_add_func ("/flatpak/asks-for-little", test_asks_for_little);
  g_test_add_func ("/flatpak/sources-are-pinned", test_sources_are_pinned);
  g_test_add_func ("/flatpak/builds-the-app-with-meson", test_builds_the_app_with_meson);
  g_test_add_func ("/flatpak/modules-provide-the-libraries", test_modules_provide_the_libraries);
  g_test_add_func ("/flatpak/flatpak-builder-reads-it", test_flatpak_builder_reads_it);

  return g_test_run ();
}
