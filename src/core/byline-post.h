/* byline-post.h: a post file: its front matter, its body and how it is laid
 * out, loaded and saved without losing a byte
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-front-matter.h"

G_BEGIN_DECLS

typedef enum {
  BYLINE_BODY_MARKDOWN,
  BYLINE_BODY_HTML,
} BylineBodyKind;

typedef enum {
  BYLINE_SAVE_FLAGS_NONE = 0,
  /* Write even if the file changed on disk since it was loaded. */
  BYLINE_SAVE_FLAGS_OVERWRITE_CHANGES = 1 << 0,
} BylineSaveFlags;

#define BYLINE_TYPE_POST (byline_post_get_type ())

G_DECLARE_FINAL_TYPE (BylinePost, byline_post, BYLINE, POST, GObject)

BylinePost        *byline_post_new                   (void);
BylinePost        *byline_post_new_from_data         (const char          *data,
                                                      gsize                length,
                                                      GError             **error);
BylinePost        *byline_post_load                  (GFile               *file,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
void               byline_post_load_async            (GFile               *file,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
BylinePost        *byline_post_load_finish           (GAsyncResult        *result,
                                                      GError             **error);
gboolean           byline_post_save                  (BylinePost          *self,
                                                      GFile               *file,
                                                      BylineSaveFlags      flags,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
void               byline_post_save_async            (BylinePost          *self,
                                                      GFile               *file,
                                                      BylineSaveFlags      flags,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean           byline_post_save_finish           (BylinePost          *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
GBytes            *byline_post_serialize             (BylinePost          *self);
GFile             *byline_post_get_file              (BylinePost          *self);
void               byline_post_set_file              (BylinePost          *self,
                                                      GFile               *file,
                                                      const char          *etag);
const char        *byline_post_get_etag              (BylinePost          *self);
BylineFrontMatter *byline_post_get_front_matter      (BylinePost          *self);
BylineFrontMatter *byline_post_ensure_front_matter   (BylinePost          *self,
                                                      BylineFormat         format);
const char        *byline_post_get_body              (BylinePost          *self);
void               byline_post_set_body              (BylinePost          *self,
                                                      const char          *body);
BylineBodyKind     byline_post_get_body_kind         (BylinePost          *self);
const char        *byline_post_get_newline           (BylinePost          *self);
gboolean           byline_post_has_bom               (BylinePost          *self);
const char        *byline_post_get_leading_text      (BylinePost          *self);
void               byline_post_set_leading_text      (BylinePost          *self,
                                                      const char          *text);
guint              byline_post_get_front_matter_line (BylinePost          *self);
guint              byline_post_get_body_line         (BylinePost          *self);
const GError      *byline_post_get_layout_error      (BylinePost          *self);

BylineBodyKind     byline_body_kind_guess            (const char          *body,
                                                      const char          *file_name);

G_END_DECLS
