/* byline-export.h: putting a post into a site's content folder, shaped as
 * the site's generator reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-post.h"
#include "byline-site.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_EXPORT_FLAGS_NONE  = 0,
  /* Export among the site's drafts. */
  BYLINE_EXPORT_FLAGS_DRAFT = 1 << 0,
} BylineExportFlags;

/* What is already where the post would go. */
typedef enum {
  BYLINE_EXPORT_COLLISION_NONE,
  BYLINE_EXPORT_COLLISION_SAME_POST,
  BYLINE_EXPORT_COLLISION_OTHER_POST,
} BylineExportCollision;

typedef enum {
  BYLINE_EXPORT_RESOLUTION_KEEP_BOTH,
  BYLINE_EXPORT_RESOLUTION_OVERWRITE,
  BYLINE_EXPORT_RESOLUTION_CANCEL,
} BylineExportResolution;

/* The changes an export makes so that the generator reads the post as the
 * writer sees it. */
typedef enum {
  BYLINE_EXPORT_CHANGE_CONVERT_FRONT_MATTER,
  BYLINE_EXPORT_CHANGE_FIX_DELIMITERS,
  BYLINE_EXPORT_CHANGE_DROP_LEADING_BLANK_LINES,
  BYLINE_EXPORT_CHANGE_CONVERT_NEWLINES,
  BYLINE_EXPORT_CHANGE_ADD_DATE,
  BYLINE_EXPORT_CHANGE_REWRITE_DATE,
  BYLINE_EXPORT_CHANGE_UNESCAPE,
  BYLINE_EXPORT_CHANGE_DISABLE_NUNJUCKS,
  BYLINE_EXPORT_CHANGE_DISABLE_LIQUID,
  BYLINE_EXPORT_CHANGE_MARK_DRAFT,
  BYLINE_EXPORT_CHANGE_HTML_FILE,
  BYLINE_EXPORT_CHANGE_COPY_IMAGE,
} BylineExportChangeKind;

typedef enum {
  BYLINE_EXPORT_WARNING_RAW_HTML_DROPPED,
  BYLINE_EXPORT_WARNING_FUTURE_DATE,
  BYLINE_EXPORT_WARNING_UNREADABLE_DATE,
  BYLINE_EXPORT_WARNING_TEMPLATE_TAGS,
  BYLINE_EXPORT_WARNING_DRAFT_NOT_BUILT,
  BYLINE_EXPORT_WARNING_MISSING_IMAGE,
  BYLINE_EXPORT_WARNING_NESTED_TERMS,
} BylineExportWarningKind;

#define BYLINE_TYPE_EXPORT (byline_export_get_type ())

G_DECLARE_FINAL_TYPE (BylineExport, byline_export, BYLINE, EXPORT, GObject)

BylineExport            *byline_export_new                    (BylineSite               *site,
                                                               BylinePost               *post,
                                                               BylineExportFlags         flags);
gboolean                 byline_export_plan                   (BylineExport             *self,
                                                               GDateTime                *now,
                                                               GCancellable             *cancellable,
                                                               GError                  **error);
void                     byline_export_plan_async             (BylineExport             *self,
                                                               GDateTime                *now,
                                                               GCancellable             *cancellable,
                                                               GAsyncReadyCallback       callback,
                                                               gpointer                  user_data);
gboolean                 byline_export_plan_finish            (BylineExport             *self,
                                                               GAsyncResult             *result,
                                                               GError                  **error);
BylineSite              *byline_export_get_site               (BylineExport             *self);
BylinePost              *byline_export_get_post               (BylineExport             *self);
gboolean                 byline_export_get_as_html            (BylineExport             *self);
void                     byline_export_set_as_html            (BylineExport             *self,
                                                               gboolean                  as_html);
gboolean                 byline_export_get_copy_images        (BylineExport             *self);
void                     byline_export_set_copy_images        (BylineExport             *self,
                                                               gboolean                  copy_images);
GFile                   *byline_export_get_target             (BylineExport             *self);
BylineExportCollision    byline_export_get_collision          (BylineExport             *self);
GFile                   *byline_export_get_collision_file     (BylineExport             *self);
BylineExportResolution   byline_export_get_resolution         (BylineExport             *self);
void                     byline_export_set_resolution         (BylineExport             *self,
                                                               BylineExportResolution    resolution);
guint                    byline_export_get_n_changes          (BylineExport             *self);
BylineExportChangeKind   byline_export_get_change_kind        (BylineExport             *self,
                                                               guint                     index);
const char              *byline_export_get_change_description (BylineExport             *self,
                                                               guint                     index);
gboolean                 byline_export_has_change             (BylineExport             *self,
                                                               BylineExportChangeKind    kind);
guint                    byline_export_get_n_warnings         (BylineExport             *self);
BylineExportWarningKind  byline_export_get_warning_kind       (BylineExport             *self,
                                                               guint                     index);
const char              *byline_export_get_warning_message    (BylineExport             *self,
                                                               guint                     index);
gboolean                 byline_export_has_warning            (BylineExport             *self,
                                                               BylineExportWarningKind   kind);
guint                    byline_export_get_n_images           (BylineExport             *self);
GFile                   *byline_export_get_image_source       (BylineExport             *self,
                                                               guint                     index);
GFile                   *byline_export_get_image_target       (BylineExport             *self,
                                                               guint                     index);
GBytes                  *byline_export_get_contents           (BylineExport             *self);
char                    *byline_export_describe               (BylineExport             *self);
GFile                   *byline_export_execute                (BylineExport             *self,
                                                               GCancellable             *cancellable,
                                                               GError                  **error);
void                     byline_export_execute_async          (BylineExport             *self,
                                                               GCancellable             *cancellable,
                                                               GAsyncReadyCallback       callback,
                                                               gpointer                  user_data);
GFile                   *byline_export_execute_finish         (BylineExport             *self,
                                                               GAsyncResult             *result,
                                                               GError                  **error);

G_END_DECLS
