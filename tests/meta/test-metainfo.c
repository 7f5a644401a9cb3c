/* test-metainfo.c: the AppStream metadata a software centre shows
 *
 * appstreamcli checks the file's form (data/meson.build); this test checks
 * what a store page needs and the validator does not require: the
 * developer, the content rating, notes for this version, and screenshots
 * that are files of this repository, one of them of the app in Chinese,
 * as large as the file says. The README shows the light and dark ones
 * before anything else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "meta-tools.h"

#define SCREENSHOT_URL "https://raw.githubusercontent.com/byline/byline/main/"

/* One element of the file: where it is, its attributes and its text. */
typedef struct {
  char  *path;
  GStrv  names;
  GStrv  values;
  char  *text;
} Element;

typedef struct {
  GPtrArray *elements;
  GPtrArray *open;
  GString   *where;
} Reader;

static void
element_free (Element *element)
{
  g_free (element->path);
  g_strfreev (element->names);
  g_strfreev (element->values);
  g_free (element->text);
  g_free (element);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Reader *reader = user_data;
  Element *element = g_new0 (Element, 1);

  g_string_append_printf (reader->where, "/%s", name);
  element->path = g_strdup (reader->where->str);
  element->names = g_strdupv ((char **) names);
  element->values = g_strdupv ((char **) values);
  element->text = g_strdup ("");
  g_ptr_array_add (reader->elements, element);
  g_ptr_array_add (reader->open, element);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  Reader *reader = user_data;
  Element *element = g_ptr_array_steal_index (reader->open, reader->open->len - 1);
  g_autofree char *text = g_strstrip (g_strdup (element->text));

  g_free (element->text);
  element->text = g_steal_pointer (&text);
  g_string_truncate (reader->where, reader->where->len - strlen (name) - 1);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Reader *reader = user_data;
  Element *element;
  g_autofree char *before = NULL;

  if (reader->open->len == 0)
    return;

  element = g_ptr_array_index (reader->open, reader->open->len - 1);
  before = g_steal_pointer (&element->text);
  element->text = g_strdup_printf ("%s%.*s", before, (int) length, text);
}

/* Reads the metainfo as the build merged it, translations included. */
static GPtrArray *
read_metainfo (void)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autofree char *path = meta_build_path ("data", APP_ID ".metainfo.xml", NULL);
  g_autofree char *text = meta_read_file (path);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GString) where = g_string_new (NULL);
  GPtrArray *elements = g_ptr_array_new_with_free_func ((GDestroyNotify) element_free);
  Reader reader = { elements, open, where };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &reader, NULL);
  g_markup_parse_context_parse (context, text, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  return elements;
}

static const char *
get_attribute (Element    *element,
               const char *name)
{
  for (guint i = 0; element->names[i] != NULL; i++)
    if (g_str_equal (element->names[i], name))
      return element->values[i];

  return NULL;
}

/* The elements at @path, in the file's order. */
static GPtrArray *
find_all (GPtrArray  *elements,
          const char *path)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < elements->len; i++)
    {
      Element *element = g_ptr_array_index (elements, i);

      if (g_str_equal (element->path, path))
        g_ptr_array_add (found, element);
    }

  return found;
}

/* The one element at @path without a language of its own. */
static Element *
find_untranslated (GPtrArray  *elements,
                   const char *path)
{
  g_autoptr(GPtrArray) found = find_all (elements, path);

  for (guint i = 0; i < found->len; i++)
    {
      Element *element = g_ptr_array_index (found, i);

      if (get_attribute (element, "xml:lang") == NULL)
        return element;
    }

  return NULL;
}

static void
test_names_the_app (void)
{
  g_autoptr(GPtrArray) metainfo = read_metainfo ();
  Element *launchable = find_untranslated (metainfo, "/component/launchable");
  Element *translation = find_untranslated (metainfo, "/component/translation");
  Element *developer = find_untranslated (metainfo, "/component/developer/name");
  g_autofree char *desktop = meta_build_path ("data", APP_ID ".desktop", NULL);

  g_assert_cmpstr (find_untranslated (metainfo, "/component/id")->text, ==, APP_ID);
  g_assert_cmpstr (get_attribute (launchable, "type"), ==, "desktop-id");
  g_assert_cmpstr (launchable->text, ==, APP_ID ".desktop");
  g_assert_true (g_file_test (desktop, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (get_attribute (translation, "type"), ==, "gettext");
  g_assert_cmpstr (translation->text, ==, GETTEXT_PACKAGE);
  g_assert_nonnull (developer);
  g_assert_cmpstr (developer->text, !=, "");
}

static void
test_has_a_content_rating (void)
{
  g_autoptr(GPtrArray) metainfo = read_metainfo ();
  Element *rating = find_untranslated (metainfo, "/component/content_rating");

  g_assert_nonnull (rating);
  g_assert_cmpstr (get_attribute (rating, "type"), ==, "oars-1.1");
}

/* The newest release is this version, with notes a store can show. */
static void
test_has_release_notes (void)
{
  g_autoptr(GPtrArray) metainfo = read_metainfo ();
  g_autoptr(GPtrArray) releases = find_all (metainfo, "/component/releases/release");
  g_autoptr(GPtrArray) notes = find_all (metainfo, "/component/releases/release/description/p");
  Element *newest;

  g_assert_cmpuint (releases->len, >, 0);
  newest = g_ptr_array_index (releases, 0);
  g_assert_cmpstr (get_attribute (newest, "version"), ==, PACKAGE_VERSION);
  g_assert_nonnull (get_attribute (newest, "date"));
  g_assert_cmpuint (notes->len, >, 0);
}

/* A PNG's width and height are the first fields of its IHDR chunk, which
 * comes first, after the signature and the chunk's length and type. */
static guint32
read_png_field (const guchar *bytes,
                gsize         offset)
{
  return ((guint32) bytes[offset] << 24) | ((guint32) bytes[offset + 1] << 16) |
         ((guint32) bytes[offset + 2] << 8) | bytes[offset + 3];
}

/* The size the metainfo gives a screenshot, if any, is the picture's. */
static void
check_size (Element      *image,
            const guchar *bytes,
            gsize         length)
{
  const char *width = get_attribute (image, "width");
  const char *height = get_attribute (image, "height");

  g_assert_cmpuint (length, >=, 24);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  if (width != NULL)
    g_assert_cmpuint (read_png_field (bytes, 16), ==, g_ascii_strtoull (width, NULL, 10));
  if (height != NULL)
    g_assert_cmpuint (read_png_field (bytes, 20), ==, g_ascii_strtoull (height, NULL, 10));
}

/* Every screenshot is a picture committed to this repository, and one of
 * them shows the app in Chinese. */
static void
test_screenshots_are_committed (void)
{
  g_autoptr(GPtrArray) metainfo = read_metainfo ();
  g_autoptr(GPtrArray) images = find_all (metainfo, "/component/screenshots/screenshot/image");
  g_autoptr(GPtrArray) captions = find_all (metainfo, "/component/screenshots/screenshot/caption");
  gboolean has_chinese = FALSE;

  g_assert_cmpuint (images->len, >=, 3);
  g_assert_cmpuint (captions->len, >=, 3);

  for (guint i = 0; i < images->len; i++)
    {
      Element *image = g_ptr_array_index (images, i);
      g_autofree char *path = NULL;
      g_autofree char *bytes = NULL;
      gsize length;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_str_has_prefix (image->text, SCREENSHOT_URL));
      g_assert_true (g_str_has_suffix (image->text, ".png"));
      path = meta_source_path (image->text + strlen (SCREENSHOT_URL), NULL);
      g_file_get_contents (path, &bytes, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 8);
      g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
      check_size (image, (const guchar *) bytes, length);

      has_chinese |= g_strcmp0 (get_attribute (image, "xml:lang"), "zh-CN") == 0;
    }

  g_assert_true (has_chinese);
}

/* The README shows the app, light and dark, before its first section. */
static void
test_readme_shows_the_app (void)
{
  static const char * const shown[] = {
    "](data/screenshots/byline.png)", "](data/screenshots/byline-dark.png)",
  };
  g_autofree char *path = meta_source_path ("README.md", NULL);
  g_autofree char *readme = meta_read_file (path);
  const char *first_section = strstr (readme, "\n## ");

  g_assert_nonnull (first_section);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      const char *image = strstr (readme, shown[i]);

      if (image == NULL || image > first_section)
        g_test_fail_printf ("README.md shows no “%s” before its first section", shown[i]);
    }
}

/* A store in Chinese shows the summary and the description in Chinese. */
static void
test_is_translated (void)
{
  g_autoptr(GPtrArray) metainfo = read_metainfo ();
  g_autoptr(GPtrArray) summaries = find_all (metainfo, "/component/summary");
  g_autoptr(GPtrArray) paragraphs = find_all (metainfo, "/component/description/p");
  gboolean has_summary = FALSE;
  gboolean has_paragraph = FALSE;

  for (guint i = 0; i < summaries->len; i++)
    has_summary |= g_strcmp0 (get_attribute (g_ptr_array_index (summaries, i), "xml:lang"), "zh_CN") == 0;
  for (guint i = 0; i < paragraphs->len; i++)
    has_paragraph |= g_strcmp0 (get_attribute (g_ptr_array_index (paragraphs, i), "xml:lang"), "zh_CN") == 0;

  g_assert_true (has_summary);
  g_assert_true (has_paragraph);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/metainfo/names-the-app", test_names_the_app);
  g_test_add_func ("/metainfo/has-a-content-rating", test_has_a_content_rating);
  g_test_add_func ("/metainfo/has-release-notes", test_has_release_notes);
  g_test_add_func ("/metainfo/screenshots-are-committed", test_screenshots_are_committed);
  g_test_add_func ("/metainfo/is-translated", test_is_translated);
  g_test_add_func ("/metainfo/readme-shows-the-app", test_readme_shows_the_app);

  return g_test_run ();
}
