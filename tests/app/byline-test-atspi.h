/* byline-test-atspi.h: reading the real program as a screen reader does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <atspi/atspi.h>

#include "byline-test-program.h"

G_BEGIN_DECLS

/* libatspi 2.46 declares no g_autoptr() cleanups: these names have them. */
typedef AtspiAccessible BylineA11yNode;
typedef AtspiStateSet   BylineA11yStates;
typedef AtspiAction     BylineA11yAction;
typedef AtspiText       BylineA11yText;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineA11yNode, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineA11yStates, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineA11yAction, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineA11yText, g_object_unref)

typedef gboolean (*BylineTestAtspiMatch) (AtspiAccessible *accessible,
                                          gpointer         user_data);

AtspiAccessible *byline_test_atspi_get_app     (GSubprocess          *process);
AtspiAccessible *byline_test_atspi_find        (AtspiAccessible      *root,
                                                BylineTestAtspiMatch  match,
                                                gpointer              user_data);
gboolean         byline_test_atspi_is_named    (AtspiAccessible      *accessible,
                                                AtspiRole             role,
                                                const char           *name);
AtspiAccessible *byline_test_atspi_find_named  (AtspiAccessible      *root,
                                                AtspiRole             role,
                                                const char           *name);
AtspiAccessible *byline_test_atspi_get_focus   (AtspiAccessible      *app);
char            *byline_test_atspi_get_name    (AtspiAccessible      *accessible);
gboolean         byline_test_atspi_has_state   (AtspiAccessible      *accessible,
                                                AtspiStateType        state);
void             byline_test_atspi_activate    (AtspiAccessible      *accessible);

G_END_DECLS
