/* byline-export-private.h: the plan an export is made of, shared by its
 * front matter fixes, its images and its writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-export.h"

G_BEGIN_DECLS

typedef struct {
  BylineExportChangeKind  kind;
  char                   *description;
} BylineExportChange;

typedef struct {
  BylineExportWarningKind  kind;
  char                    *message;
} BylineExportWarning;

typedef struct {
  GFile    *source;
  char     *name;
  char     *link;
  GFile    *target;
  /* The same bytes are at @target already: nothing to copy. */
  gboolean  is_present;
} BylineExportImage;

typedef struct {
  /* What the plan is made from. */
  BylineSite            *site;
  GFile                 *post_file;
  BylineExportFlags      flags;
  gboolean               as_html;
  gboolean               copy_images;
  GDateTime             *now;

  /* The post as the writer has it, for places in its file, and a copy
   * that the fixes edit; the writer's own post is never touched. */
  BylinePost            *original;
  BylinePost            *work;
  char                  *opener;
  char                  *closer;
  gboolean               to_lf;

  GArray                *changes;
  GArray                *warnings;
  GArray                *images;

  /* Where the post goes, what is there, and the first free name beside
   * it; the bytes to write. */
  GFile                 *wanted;
  GFile                 *free_target;
  BylineExportCollision  collision;
  char                  *etag;
  GBytes                *contents;
} BylineExportPlan;

BylineExportPlan *byline_export_plan_new           (BylineSite               *site,
                                                    BylinePost               *post,
                                                    BylineExportFlags         flags,
                                                    gboolean                  as_html,
                                                    gboolean                  copy_images,
                                                    GDateTime                *now);
void              byline_export_plan_find_markers  (BylineExportPlan         *plan);
void              byline_export_plan_free          (BylineExportPlan         *plan);
void              byline_export_plan_add_change    (BylineExportPlan         *plan,
                                                    BylineExportChangeKind    kind,
                                                    const char               *format,
                                                    ...) G_GNUC_PRINTF (3, 4);
void              byline_export_plan_add_warning   (BylineExportPlan         *plan,
                                                    BylineExportWarningKind   kind,
                                                    const char               *format,
                                                    ...) G_GNUC_PRINTF (3, 4);
void              byline_export_plan_set_error     (BylineExportPlan         *plan,
                                                    const char               *key,
                                                    GError                  **error,
                                                    const char               *format,
                                                    ...) G_GNUC_PRINTF (4, 5);
gboolean          byline_export_fix_templates      (BylineExportPlan         *plan,
                                                    BylineBodyKind            body_kind,
                                                    GError                  **error);
gboolean          byline_export_check_hugo_url     (BylineExportPlan         *plan,
                                                    GError                  **error);
void              byline_export_fix_reader_quirks  (BylineExportPlan         *plan);
void              byline_export_check_nested_terms (BylineExportPlan         *plan);
gboolean          byline_export_fix_post           (BylineExportPlan         *plan,
                                                    GError                  **error);
GBytes           *byline_export_assemble           (BylineExportPlan         *plan);
void              byline_export_find_images        (BylineExportPlan         *plan);
void              byline_export_place_images       (BylineExportPlan         *plan,
                                                    GFile                    *target);
gboolean          byline_export_copy_images        (BylineExportPlan         *plan,
                                                    GCancellable             *cancellable,
                                                    GError                  **error);
BylineSiteFolder  byline_export_target_folder      (BylineExportPlan         *plan);
gboolean          byline_export_choose_target      (BylineExportPlan         *plan,
                                                    GError                  **error);
GFile            *byline_export_final_target       (BylineExportPlan         *plan,
                                                    BylineExportResolution    resolution);
GFile            *byline_export_write              (BylineExportPlan         *plan,
                                                    BylineExportResolution    resolution,
                                                    GCancellable             *cancellable,
                                                    GError                  **error);
gboolean          byline_export_wants_html         (BylineSite               *site,
                                                    BylinePost               *post);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineExportPlan, byline_export_plan_free)

G_END_DECLS
