// Closing and switching books never holds up the window: the old book drains, commits and
// joins its threads on its own while the window goes on, even when another program holds the
// book's write lock. File → Close Book asks about unsaved changes, then says what to do next.

#include "UiTestSupport.h"

#include "ClosingBooks.h"
#include "EmptyBookPanel.h"
#include "FieldEditor.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace fb;
using namespace fb::test;

namespace {

class CloseBookTest : public UiTest {
protected:
    void pressCtrlW() {
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key_W, Qt::ControlModifier);
    }
    QProgressDialog *notice() const {
        return m_window->findChild<QProgressDialog *>(u"progress"_qs);
    }
};

Record record(const QString &code, qlonglong count) {
    Record r;
    r.values = item(code, count);
    return r;
}

// Counts the turns of the event loop: a GUI thread that waits stops the count.
class Heartbeat {
public:
    Heartbeat() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++ticks; });
        m_timer.start(10);
    }
    int ticks = 0;

private:
    QTimer m_timer;
};

} // namespace

TEST_F(CloseBookTest, CtrlWAsksAboutUnsavedChangesThenShowsWhatToDoWithoutABook) {
    MainWindow *w = openWindow(simpleForm(), 2);
    const QPointer<Database> old = w->database();
    typeIntoField(u"code"_qs, u"kept by closing"_qs);

    // Cancel keeps the book and what was typed.
    pressInModal(QMessageBox::Cancel);
    pressCtrlW();
    ASSERT_TRUE(waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
    EXPECT_EQ(w->database(), old.data());
    EXPECT_TRUE(w->controller()->isDirty());

    // Save saves, then closes.
    showActive(w);
    formField(u"code"_qs)->setFocus();
    pressInModal(QMessageBox::Save);
    pressCtrlW();
    ASSERT_TRUE(waitUntil([&] { return !w->database(); }));
    ASSERT_TRUE(waitUntil([&] { return !old && w->closingBooks()->isEmpty(); }));
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'kept by closing'"_qs), 1);

    // The window says what to do, and what needs a book cannot be done.
    EmptyBookPanel *panel = w->emptyBookPanel();
    EXPECT_TRUE(panel->isVisible());
    EXPECT_TRUE(panel->isNoBook());
    EXPECT_EQ(panel->title(), u"No book is open"_qs);
    EXPECT_TRUE(panel->openBookButton()->isVisible());
    EXPECT_TRUE(panel->openBookButton()->isEnabled());
    EXPECT_TRUE(panel->newBookButton()->isVisible());
    EXPECT_TRUE(panel->newBookButton()->isEnabled());
    EXPECT_FALSE(panel->newFormButton()->isVisible());
    MainActions *a = w->actions();
    for (QAction *needsBook :
         {a->closeBook, a->newForm, a->designForm, a->deleteForm, a->newRecord, a->save,
          a->trashRecord, a->showTrash, a->find, a->copyToServer, a->copyToFile, a->undo, a->redo})
        EXPECT_FALSE(needsBook->isEnabled()) << needsBook->objectName().toStdString();
    for (QAction *always : {a->newBook, a->openBook, a->connectServer, a->quit, a->shortcuts,
                            a->handbook, a->preferences})
        EXPECT_TRUE(always->isEnabled()) << always->objectName().toStdString();
    EXPECT_EQ(w->windowTitle(), u"Fieldbook"_qs);
    EXPECT_EQ(w->findChild<QLabel *>(u"bookState"_qs)->text(), u"No book open"_qs);
    // Without a book nothing is saved, nor said to be.
    EXPECT_FALSE(w->findChild<QLabel *>(u"pendingSaves"_qs)->isVisible());
    EXPECT_FALSE(w->findChild<QLabel *>(u"lastSaved"_qs)->isVisible());
    EXPECT_EQ(duplicateMnemonics(w), QStringList());

    // The next start opens no book, until one is opened again.
    const QString defaultBook = m_dir.filePath(u"default.fieldbook"_qs);
    EXPECT_TRUE(WindowSettings().bookAtStart(defaultBook, defaultBook).isEmpty());
    EXPECT_EQ(WindowSettings().bookAtStart(bookPath(), defaultBook), bookPath());
    w->openBook(book());
    ASSERT_TRUE(waitUntil([&] { return w->controller()->form().id == m_form.id; }));
    EXPECT_FALSE(panel->isVisible());
    EXPECT_TRUE(a->closeBook->isEnabled());
    EXPECT_EQ(WindowSettings().bookAtStart(defaultBook, defaultBook), bookPath());
    // The status names the book inside a sentence, however its file name is spelt.
    const QString state = w->findChild<QLabel *>(u"bookState"_qs)->text();
    EXPECT_TRUE(state.contains(u"“%1”"_qs.arg(w->database()->spec().displayName())))
        << state.toStdString();
    EXPECT_FALSE(state.at(0).isLower()) << state.toStdString();
    EXPECT_TRUE(w->findChild<QLabel *>(u"pendingSaves"_qs)->isVisible());
}

// Switching used to delete the old book on the GUI thread, which waited there for its queue:
// a book another program had locked froze the window until the lock went away.
TEST_F(CloseBookTest, SwitchingAwayFromABusyBookLeavesTheWindowRunning) {
    MainWindow *w = openWindow(simpleForm(), 1);
    const QPointer<Database> old = w->database();
    RawBook other(bookPath(), true);
    ASSERT_TRUE(other.exec(u"BEGIN IMMEDIATE"_qs)); // another program holds the write lock
    const QFuture<Reply<SavedRecord>> saved =
        old->saveRecord(m_form.id, record(u"waited for"_qs, 7));
    // And a save from the window, in flight when the book is switched.
    typeIntoField(u"code"_qs, u"typed and saved"_qs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(w->controller()->isSaving());

    Heartbeat heartbeat;
    w->openBook(book(u"second"_qs));
    const int ticksAtSwitch = heartbeat.ticks;
    // The window keeps turning while the old book still waits for the lock, and the new book
    // opens meanwhile; a notice says that the old one is still closing.
    ASSERT_TRUE(waitUntil(
        [&] {
            return heartbeat.ticks >= ticksAtSwitch + 40 && w->database() &&
                   w->database()->state() == BookState::Open && notice() && notice()->isVisible();
        },
        4000))
        << "ticks " << heartbeat.ticks - ticksAtSwitch;
    ASSERT_TRUE(old);
    EXPECT_FALSE(old->isClosed());
    EXPECT_FALSE(saved.isFinished());
    EXPECT_EQ(w->closingBooks()->count(), 1);
    EXPECT_NE(w->database(), old.data());
    EXPECT_TRUE(w->actions()->newForm->isEnabled()); // the new, empty book can be worked in
    EXPECT_TRUE(w->emptyBookPanel()->isVisible());
    EXPECT_FALSE(w->emptyBookPanel()->isNoBook());

    // Once the lock is gone the queued save commits, and only then is the old book deleted.
    ASSERT_TRUE(other.exec(u"COMMIT"_qs));
    ASSERT_TRUE(waitUntil([&] { return !old; }, 60000));
    ASSERT_TRUE(saved.isFinished());
    EXPECT_TRUE(saved.result().ok()) << saved.result().error.toLogString().toStdString();
    EXPECT_TRUE(w->closingBooks()->isEmpty());
    EXPECT_TRUE(waitUntil([&] { return !notice(); }));
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'waited for'"_qs), 1);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'typed and saved'"_qs), 1);
    // Its undo went with the old book: Undo in the new one must not reach into the old one.
    EXPECT_EQ(w->undoStack()->count(), 0);
    EXPECT_FALSE(w->actions()->undo->isEnabled());
}

// Quitting right after closing a busy book waits for that book's saves, without hanging.
TEST_F(CloseBookTest, QuittingWaitsForABookStillClosing) {
    MainWindow *w = openWindow(simpleForm(), 1);
    const QPointer<Database> old = w->database();
    RawBook other(bookPath(), true);
    ASSERT_TRUE(other.exec(u"BEGIN IMMEDIATE"_qs));
    const QFuture<Reply<SavedRecord>> saved =
        old->saveRecord(m_form.id, record(u"saved at quit"_qs, 3));
    w->actions()->closeBook->trigger();
    ASSERT_TRUE(waitUntil([&] { return !w->database(); }));
    Heartbeat heartbeat;
    w->actions()->quit->trigger();
    ASSERT_TRUE(waitUntil([&] { return heartbeat.ticks >= 20; }, 4000));
    EXPECT_TRUE(w->isVisible()) << "the window waits for the closing book";
    ASSERT_TRUE(old);

    ASSERT_TRUE(other.exec(u"COMMIT"_qs));
    ASSERT_TRUE(waitUntil([&] { return !w->isVisible(); }, 60000));
    EXPECT_FALSE(old);
    ASSERT_TRUE(saved.isFinished());
    EXPECT_TRUE(saved.result().ok());
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'saved at quit'"_qs), 1);
}
