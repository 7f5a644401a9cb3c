/* test-post-images.c: images added to posts go where each generator
 * finds them, never over another file and never out of the site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-post-images.h"
#include "site-fixture.h"

/* A 1×1 PNG. */
static const char png[] =
  "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
  "\0\0\0\nIDATx\x9c" "c\0\x01\0\0\x05\0\x01\r\n-\xb4\0\0\0\0IEND\xae" "B`\x82";

static GBytes *
png_bytes (guint variant)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  g_byte_array_append (bytes, (const guint8 *) png, sizeof png - 1);
  for (guint i = 0; i < variant; i++)
    g_byte_array_append (bytes, (const guint8 *) "\0", 1);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* An image file outside any site. */
static GFile *
image_file (const char *name,
            guint       variant)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "pictures", name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GBytes) bytes = png_bytes (variant);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static GFile *
site_file (const char *root,
           const char *relative)
{
  return g_file_new_build_filename (root, relative, NULL);
}

/* Adds @source to the post at @post_path below @root, and checks the link
 * and the copy's place below @root. */
static void
assert_added (const char *root,
              const char *post_path,
              GFile      *source,
              const char *expected_link,
              const char *expected_path)
{
  g_autoptr(GFile) post = site_file (root, post_path);
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) expected = site_file (root, expected_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *link = byline_post_images_add (post, source, NULL, NULL, &target, NULL, &error);
  g_autoptr(GBytes) copied = NULL;
  g_autoptr(GBytes) original = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (link, ==, expected_link);
  g_assert_true (g_file_equal (target, expected));

  copied = g_file_load_bytes (target, NULL, NULL, &error);
  g_assert_no_error (error);
  original = g_file_load_bytes (source, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (copied, original));
}

static void
test_hexo_post_asset_folder (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "post_asset_folder: true\n",
                                            "source/_posts/hello.md", "---\ntitle: Hello\n---\n",
                                            "source/_drafts/draft.md", "---\ntitle: Draft\n---\n",
                                            NULL);
  g_autoptr(GFile) photo = image_file ("photo.png", 0);
  g_autoptr(GFile) other_photo = image_file ("other/photo.png", 1);

  assert_added (root, "source/_posts/hello.md", photo, "photo.png", "source/_posts/hello/photo.png");
  /* The same image again is the copy already there; another image of the
   * same name gets a name of its own. */
  assert_added (root, "source/_posts/hello.md", photo, "photo.png", "source/_posts/hello/photo.png");
  assert_added (root, "source/_posts/hello.md", other_photo, "photo-1.png", "source/_posts/hello/photo-1.png");
  assert_added (root, "source/_drafts/draft.md", photo, "photo.png", "source/_drafts/draft/photo.png");
}

static void
test_shared_images_folders (void)
{
  g_autofree char *hexo = site_fixture_new ("_config.yml", "root: /news/\n",
                                            "source/_posts/hello.md", "---\n---\n", NULL);
  g_autofree char *jekyll = site_fixture_new ("_config.yml", "baseurl: /blog\n",
                                              "_posts/2021-09-02-hello.md", "---\n---\n", NULL);
  g_autofree char *hugo = site_fixture_new ("hugo.yaml", "title: Notes\n",
                                            "content/posts/single.md", "---\n---\n",
                                            "content/posts/trip/index.md", "---\n---\n", NULL);
  g_autoptr(GFile) photo = image_file ("我的 照片.png", 0);

  assert_added (hexo, "source/_posts/hello.md", photo,
                "/news/images/我的%20照片.png", "source/images/我的 照片.png");
  assert_added (jekyll, "_posts/2021-09-02-hello.md", photo,
                "/blog/assets/images/我的%20照片.png", "assets/images/我的 照片.png");
  assert_added (hugo, "content/posts/single.md", photo,
                "/images/我的%20照片.png", "static/images/我的 照片.png");
  /* A page bundle keeps its images. */
  assert_added (hugo, "content/posts/trip/index.md", photo,
                "我的%20照片.png", "content/posts/trip/我的 照片.png");
}

static void
test_no_site (void)
{
  g_autofree char *dir = site_fixture_new ("post.md", "# Notes\n", NULL);
  g_autoptr(GFile) photo = image_file ("photo.png", 0);
  g_autoptr(GFile) post = site_file (dir, "post.md");
  g_autoptr(GFile) beside = site_file (dir, "photo.png");
  g_autoptr(GBytes) pasted = png_bytes (2);
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;

  assert_added (dir, "post.md", photo, "photo.png", "photo.png");

  /* An image already beside the post is linked as it is. */
  assert_added (dir, "post.md", beside, "photo.png", "photo.png");

  /* A pasted image has no file: it gets the name it is given. */
  link = byline_post_images_add (post, NULL, pasted, ".pasted image.png", &target, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (link, ==, "pasted%20image.png");
  g_assert_true (site_fixture_exists (dir, "pasted image.png"));
}

static void
test_refusals (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "post_asset_folder: true\n",
                                            "source/_posts/hello.md", "---\n---\n",
                                            "source/_posts/escape.md", "---\n---\n", NULL);
  g_autofree char *outside = g_build_filename (g_get_user_cache_dir (), "outside", NULL);
  g_autofree char *link_path = g_build_filename (root, "source/_posts/escape", NULL);
  g_autoptr(GFile) escape = site_file (root, "source/_posts/escape.md");
  g_autoptr(GFile) post = site_file (root, "source/_posts/hello.md");
  g_autoptr(GFile) photo = image_file ("photo.png", 0);
  g_autoptr(GFile) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;

  site_fixture_write (root, "notes.png", "not a picture at all\n");
  g_assert_cmpint (g_mkdir_with_parents (outside, 0755), ==, 0);
  text = site_file (root, "notes.png");
  link = byline_post_images_add (post, text, NULL, NULL, NULL, NULL, &error);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_INVALID);
  g_assert_null (link);
  g_assert_false (site_fixture_exists (root, "source/_posts/hello"));
  g_clear_error (&error);

  /* The post asset folder is a link out of the site: nothing is written
   * there. */
  g_assert_cmpint (symlink (outside, link_path), ==, 0);
  link = byline_post_images_add (escape, photo, NULL, NULL, NULL, NULL, &error);
  g_assert_error (error, BYLINE_ERROR, BYLINE_ERROR_OUTSIDE_SITE);
  g_assert_null (link);
  g_assert_false (site_fixture_exists (outside, "photo.png"));
}

static void
test_image_names (void)
{
  g_assert_true (byline_post_images_is_image_name ("photo.png"));
  g_assert_true (byline_post_images_is_image_name ("我的照片.JPEG"));
  g_assert_true (byline_post_images_is_image_name ("diagram.svg"));
  g_assert_false (byline_post_images_is_image_name ("post.md"));
  g_assert_false (byline_post_images_is_image_name (".png"));
  g_assert_false (byline_post_images_is_image_name ("png"));
}

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (void)
{
  g_autofree char *root = site_fixture_new ("_config.yml", "post_asset_folder: true\n",
                                            "source/_posts/hello.md", "---\n---\n", NULL);
  g_autoptr(GFile) post = site_file (root, "source/_posts/hello.md");
  g_autoptr(GFile) photo = image_file ("photo.png", 0);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;

  byline_post_images_add_async (post, photo, NULL, NULL, NULL, added_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  link = byline_post_images_add_finish (result, &target, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (link, ==, "photo.png");
  g_assert_true (site_fixture_exists (root, "source/_posts/hello/photo.png"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/post-images/hexo-post-asset-folder", test_hexo_post_asset_folder);
  g_test_add_func ("/post-images/shared-folders", test_shared_images_folders);
  g_test_add_func ("/post-images/no-site", test_no_site);
  g_test_add_func ("/post-images/refusals", test_refusals);
  g_test_add_func ("/post-images/image-names", test_image_names);
  g_test_add_func ("/post-images/async", test_async);

  return g_test_run ();
}
