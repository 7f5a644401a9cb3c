/* byline-test-program.h: helpers for tests that drive the real `byline`
 * program in another process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-test-app.h"

G_BEGIN_DECLS

GSubprocess *byline_test_program_start              (GFile               *file);
void         byline_test_program_poll               (BylineTestCondition  condition,
                                                     gpointer             user_data,
                                                     const char          *what);
void         byline_test_program_wait_window        (GSubprocess         *process,
                                                     const char          *title);
void         byline_test_program_wait_window_closed (GSubprocess         *process,
                                                     const char          *title);
void         byline_test_program_send_keys          (const char          *keys);
void         byline_test_program_type               (const char          *text);

G_END_DECLS
