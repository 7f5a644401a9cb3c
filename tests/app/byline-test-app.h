/* byline-test-app.h: helpers for tests that drive the real app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-window.h"

G_BEGIN_DECLS

typedef gboolean (*BylineTestCondition) (gpointer user_data);
typedef void     (*BylineTestVisit)     (GtkWidget *widget,
                                         gpointer   user_data);
typedef gboolean (*BylineTestMatch) (GtkWidget     *widget,
                                     gconstpointer  data);

void          byline_test_app_init          (int                 *argc,
                                             char              ***argv);
GFile        *byline_test_copy_sample       (void);
GFile        *byline_test_sample            (void);
GString      *byline_test_make_markdown_post (gsize               size);
char         *byline_test_read_file         (GFile               *file);
GFile        *byline_test_write_file        (GFile               *folder,
                                             const char          *path,
                                             const char          *contents,
                                             gssize               length);
BylineWindow *byline_test_open_window       (GFile               *file);
BylineWindow *byline_test_open_window_in    (BylineApplication   *application,
                                             GFile               *file);
void          byline_test_run_for           (guint                milliseconds);
void          byline_test_replace_file      (GFile               *file,
                                             const char          *text);
GtkWidget    *byline_test_find_widget       (GtkWidget           *root,
                                             GType                type);
GtkWidget    *byline_test_find              (GtkWidget           *root,
                                             BylineTestMatch      match,
                                             gconstpointer        data);
void          byline_test_click             (GtkWidget           *root,
                                             const char          *label);
AdwMessageDialog *byline_test_wait_dialog   (const char          *heading);
BylineDocument *byline_test_document        (BylineWindow        *window);
void          byline_test_wait_until        (BylineTestCondition  condition,
                                             gpointer             user_data,
                                             const char          *what);
void          byline_test_wait_preview      (BylineWindow        *window);
BylinePreview *byline_test_preview          (BylineWindow        *window);
char         *byline_test_run_javascript    (BylineWindow        *window,
                                             const char          *script);
char         *byline_test_call_javascript   (BylineWindow        *window,
                                             const char          *body,
                                             const char          *value);
void          byline_test_wait_for_script   (BylineWindow        *window,
                                             const char          *script);
void          byline_test_save              (BylineWindow        *window);
void          byline_test_close_window      (BylineWindow        *window);
char         *byline_test_xdotool           (const char * const  *args);
void          byline_test_press_keys        (BylineWindow        *window,
                                             const char          *keys);
void          byline_test_walk              (GtkWidget           *root,
                                             BylineTestVisit      visit,
                                             gpointer             user_data);

G_END_DECLS
