/* hostile.h: files no editor should choke on, made for the tests of every
 * suite, and the proof that a failed operation left a file as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sys/stat.h>

#include <glib.h>

G_BEGIN_DECLS

/* A save under hostile_limit_file_size() fails past this many bytes. */
#define HOSTILE_FILE_SIZE_LIMIT (64 * 1024)

/* What a file was, to check later that nothing touched it. */
typedef struct {
  char        *path;
  char        *checksum;
  struct stat  st;
} HostileSnapshot;

char            *hostile_folder_new          (void);
char            *hostile_write               (const char      *folder,
                                              const char      *name,
                                              const char      *contents,
                                              gssize           length);
char            *hostile_write_huge          (const char      *folder,
                                              const char      *name,
                                              goffset          size);
char            *hostile_deep_nesting        (char             format,
                                              guint            depth);
char            *hostile_long_post           (gsize            body_size);
void             hostile_drop_privileges     (gpointer         user_data);
void             hostile_limit_file_size     (gpointer         user_data);
gboolean         hostile_is_root             (void);

HostileSnapshot *hostile_snapshot_new        (const char      *path);
void             hostile_snapshot_free       (HostileSnapshot *snapshot);
void             hostile_assert_untouched    (HostileSnapshot *snapshot);
void             hostile_assert_folder_holds (const char      *folder,
                                              const char      *name);

/* Invalid UTF-8 at line 2, column 13. */
#define HOSTILE_INVALID_UTF8 "---\ntitle: Café \xe9t\xe9\n---\nBody\n"
/* A NUL at line 4, column 13. */
#define HOSTILE_NUL_BYTE "---\ntitle: Safe\n---\nBody with a \0 NUL byte\n"
#define HOSTILE_NUL_BYTE_LENGTH (sizeof HOSTILE_NUL_BYTE - 1)
/* The start of a PNG image: 0x89 at line 1, column 1 is not UTF-8. */
#define HOSTILE_BINARY "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
#define HOSTILE_BINARY_LENGTH (sizeof HOSTILE_BINARY - 1)
/* A billion laughs: nine aliases each of nine, nine levels deep. Line 7,
 * column 8 is where the expansion passes Byline's limit. */
#define HOSTILE_ALIAS_BOMB \
  "---\n" \
  "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" \
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n" \
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" \
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" \
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n" \
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n" \
  "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n" \
  "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n" \
  "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n" \
  "---\n" \
  "Body.\n"
/* Opened at line 1 and never closed. */
#define HOSTILE_UNTERMINATED "---\ntitle: Never closed\ndate: 2021-09-02\n\nBody that is still front matter.\n"
#define HOSTILE_POST "---\ntitle: Kept\ndate: 2021-09-02 16:11:00\n---\nBody.\n"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HostileSnapshot, hostile_snapshot_free)

G_END_DECLS
