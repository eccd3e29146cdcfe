// The main window's keys: every shortcut and every Alt key does one thing.

#include "UiTestSupport.h"

#include "MainActions.h"
#include "MainWindow.h"

#include <QAction>

using namespace fb;
using namespace fb::test;

namespace {
class WindowKeysTest : public UiTest {};
} // namespace

// Where the platform's Redo keys already hold Ctrl+Shift+Z (X11, GNOME), adding it again made
// it ambiguous: it then did nothing at all.
TEST_F(WindowKeysTest, EveryShortcutIsHeldOnce) {
    MainWindow *w = openWindow(simpleForm(), 1);
    EXPECT_EQ(duplicateShortcuts(w), QStringList());
    const QList<QKeySequence> redo = w->actions()->redo->shortcuts();
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        EXPECT_EQ(redo.count(key), 1) << key.toString().toStdString();
}

// "F&orms" and "&Filter:" took Alt+O and Alt+F from the Form and File menus.
TEST_F(WindowKeysTest, EveryAltKeyOfTheWindowIsBoundOnce) {
    MainWindow *w = openWindow(simpleForm(), 1);
    EXPECT_EQ(duplicateMnemonics(w), QStringList());
}
