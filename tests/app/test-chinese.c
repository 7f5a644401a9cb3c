/* test-chinese.c: the app in Chinese, as a writer in China runs it
 *
 * The test runs in zh_CN.UTF-8 (build-aux/dev installs the locale; each
 * case skips without it) with the build's own catalogue (BYLINE_LOCALEDIR,
 * the po/ folder of the build), opens the sample post in a real window,
 * and reads what a writer would see: the labels of the window and the
 * form, the menus, the word count, the preview's date, the shortcuts
 * window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "byline-i18n.h"
#include "byline-test-app.h"

static void
add_texts (GtkWidget *widget,
           gpointer   user_data)
{
  GPtrArray *texts = user_data;
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
}

/* Collects the text of every label under @root, and the tooltips. */
static void
collect_texts (GtkWidget *root,
               GPtrArray *texts)
{
  byline_test_walk (root, add_texts, texts);
}

static gboolean
texts_have (GPtrArray  *texts,
            const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

static BylineWindow *
open_sample (void)
{
  g_autoptr(GFile) post = byline_test_copy_sample ();

  return byline_test_open_window (post);
}

static void
test_labels (void)
{
  BylineWindow *window = open_sample ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  static const char * const expected[] = {
    /* The header bar. */
    "打开(O)", "保存(S)", "主菜单", "打开文章（Ctrl+O）", "显示预览（F9）",
    /* The form: its title and the rows of the sample's keys. */
    "元数据", "标题", "分类", "作者", "评论", "日期", "头图", "缩略图",
  };

  collect_texts (GTK_WIDGET (window), texts);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!texts_have (texts, expected[i]))
      g_test_fail_printf ("The window shows no “%s”", expected[i]);

  /* Nothing of the window is left in English. */
  g_assert_false (texts_have (texts, "Front Matter"));
  g_assert_false (texts_have (texts, "Title"));

  byline_test_close_window (window);
}

/* Adds the label of each item of @model and of the menus it holds. */
static void
collect_menu_labels (GMenuModel *model,
                     GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      char *label = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, label);

      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) linked = g_menu_link_iter_get_value (links);

          collect_menu_labels (linked, labels);
        }
    }
}

static void
add_menu_labels (GtkWidget *widget,
                 gpointer   user_data)
{
  GMenuModel *model = GTK_IS_MENU_BUTTON (widget) ? gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget))
                                                  : NULL;

  if (model != NULL)
    collect_menu_labels (model, user_data);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    if ((guchar) *c >= 0x80)
      return FALSE;

  return TRUE;
}

/* The main menu and the site menu, every item in Chinese with the key
 * that picks it. */
static void
test_menus (void)
{
  BylineWindow *window = open_sample ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  static const char * const expected[] = {
    "新文章(_P)…", "导出到站点(_E)…", "打开站点(_S)…", "另存为(_A)…",
    "首选项(_P)", "键盘快捷键(_K)", "关于 Byline(_A)", "打开站点(_O)…", "最近的站点",
  };

  byline_test_walk (GTK_WIDGET (window), add_menu_labels, labels);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!texts_have (labels, expected[i]))
      g_test_fail_printf ("No menu has “%s”", expected[i]);

  /* The sample opens in no site, so no item is a recent site's folder. */
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);

      if (is_ascii (label))
        g_test_fail_printf ("The menu item “%s” is in English", label);
    }

  byline_test_close_window (window);
}

static const char *
get_status (BylineWindow *window)
{
  return byline_body_editor_get_status (byline_page_get_body_editor (byline_window_get_current_page (window)));
}

static gboolean
status_has_thousands (gpointer user_data)
{
  return strchr (get_status (user_data), ',') != NULL;
}

/* The word count groups thousands as the locale does, and the preview
 * writes the post's date the Chinese way. */
static void
test_numbers_and_dates (void)
{
  BylineWindow *window = open_sample ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) count = g_regex_new ("^[0-9]{1,3}(,[0-9]{3})+ 字 · [0-9,]+ 个字符 · 阅读约需 [0-9]+ 分钟$",
                                         G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autoptr(GRegex) date = g_regex_new ("^2021年9月[23]日 [0-9]{2}:[0-9]{2}$",
                                        G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autofree char *shown_date = NULL;
  gboolean has_count = FALSE;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  byline_test_wait_preview (window);

  /* Past a thousand words, with two hundred characters more. */
  buffer = GTK_TEXT_BUFFER (byline_document_get_buffer (byline_test_document (window)));
  gtk_text_buffer_get_end_iter (buffer, &end);
  for (guint i = 0; i < 100; i++)
    gtk_text_buffer_insert (buffer, &end, "中文", -1);
  byline_test_wait_until (status_has_thousands, window, "the word count to pass a thousand");

  collect_texts (GTK_WIDGET (window), texts);
  for (guint i = 0; i < texts->len; i++)
    has_count |= g_regex_match (count, g_ptr_array_index (texts, i), 0, NULL);
  g_assert_true (has_count);

  shown_date = byline_test_run_javascript (window, "document.querySelector('.byline-date').textContent");
  g_test_message ("The preview's date: %s", shown_date);
  g_assert_true (g_regex_match (date, shown_date, 0, NULL));

  byline_test_close_window (window);
}

static void
test_shortcuts_window (void)
{
  g_autoptr(BylineApplication) application = byline_application_new ();
  g_autoptr(GFile) post = byline_test_copy_sample ();
  g_autoptr(GError) error = NULL;
  BylineWindow *window;
  GtkShortcutsWindow *help;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  window = byline_test_open_window_in (application, post);
  help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (help);
  collect_texts (GTK_WIDGET (help), texts);

  g_assert_true (texts_have (texts, "打开文章"));
  g_assert_true (texts_have (texts, "撤销元数据编辑"));
  g_assert_true (texts_have (texts, "键盘快捷键"));

  byline_test_close_window (window);
}

static gboolean has_chinese_locale;

/* Runs the test @data in Chinese, or skips it on a system without the
 * locale. */
static void
run_in_chinese (gconstpointer data)
{
  GTestFunc test = (GTestFunc) data;

  if (!has_chinese_locale)
    {
      g_test_skip ("The zh_CN.UTF-8 locale is missing: build-aux/dev deps installs it");
      return;
    }

  test ();
}

static void
add_test (const char *path,
          GTestFunc   test)
{
  g_test_add_data_func (path, (gconstpointer) test, run_in_chinese);
}

int
main (int   argc,
      char *argv[])
{
  /* Before GTK reads the locale. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  has_chinese_locale = setlocale (LC_ALL, "zh_CN.UTF-8") != NULL;

  byline_i18n_bind_text_domain ();
  textdomain (GETTEXT_PACKAGE);
  byline_test_app_init (&argc, &argv);

  add_test ("/chinese/labels", test_labels);
  add_test ("/chinese/menus", test_menus);
  add_test ("/chinese/numbers-and-dates", test_numbers_and_dates);
  add_test ("/chinese/shortcuts-window", test_shortcuts_window);

  return g_test_run ();
}
