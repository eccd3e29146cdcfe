// The main window driven from the keyboard and mouse: saving, refusing, navigating, sorting,
// searching and asking before unsaved changes are left.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "InterfaceLanguage.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

class MainWindowTest : public UiTest {
protected:
    QWidget *field(const QString &key) {
        return m_window->recordForm()->editor(key)->focusTarget();
    }
    QLineEdit *line(const QString &key) { return qobject_cast<QLineEdit *>(field(key)); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(k), mods);
    }
    void typeInto(const QString &fieldKey, const QString &text) {
        field(fieldKey)->setFocus();
        line(fieldKey)->selectAll();
        QTest::keyClicks(field(fieldKey), text);
    }
    QString position() const { return m_window->findChild<QLabel *>(u"position"_qs)->text(); }
    bool idle() const { return m_window->database()->pendingWrites() == 0; }
};

} // namespace

TEST_F(MainWindowTest, CtrlSSavesTheTypedRecordIntoTheTableAndTheFile) {
    MainWindow *w = openWindow(simpleForm(), 0);
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == field(u"code"_qs); }));
    QTest::keyClicks(field(u"code"_qs), u"X1"_qs);
    key(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), field(u"count"_qs))
        << QApplication::focusWidget()->metaObject()->className() << " "
        << QApplication::focusWidget()->objectName().toStdString();
    QTest::keyClicks(field(u"count"_qs), u"5"_qs);
    EXPECT_TRUE(w->isWindowModified());
    EXPECT_TRUE(w->actions()->save->isEnabled());
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->isLoaded(0); }));
    EXPECT_EQ(w->browser()->model()->recordAt(0)->values.value(u"code"_qs).toString(), u"X1"_qs);
    EXPECT_FALSE(w->isWindowModified());
    EXPECT_FALSE(w->actions()->save->isEnabled());
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'X1' AND count = 5"_qs), 1);
    EXPECT_TRUE(waitUntil([&] { return position() == u"Record 1 of 1"_qs; }))
        << position().toStdString();
}

TEST_F(MainWindowTest, InvalidInputIsRefusedWithItsMessageAndSaveIsDisabled) {
    MainWindow *w = openWindow(simpleForm(), 0);
    key(Qt::Key_N, Qt::ControlModifier);
    typeInto(u"code"_qs, u"A"_qs);
    typeInto(u"count"_qs, u"-3"_qs);
    EXPECT_EQ(w->recordForm()->message(u"count"_qs), u"Count must be at least 0."_qs);
    EXPECT_FALSE(w->actions()->save->isEnabled());
    key(Qt::Key_S, Qt::ControlModifier);
    QTest::qWait(200);
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 0);
    EXPECT_TRUE(w->isWindowModified());
}

TEST_F(MainWindowTest, AFailedSaveKeepsTheInputAndSaysWhyOnTheField) {
    MainWindow *w = openWindow(simpleForm(), 3);
    key(Qt::Key_N, Qt::ControlModifier);
    typeInto(u"code"_qs, u"c1"_qs); // already taken: the code is unique
    typeInto(u"count"_qs, u"9"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return !w->recordForm()->message(u"code"_qs).isEmpty(); }));
    EXPECT_EQ(line(u"code"_qs)->text(), u"c1"_qs);
    EXPECT_EQ(line(u"count"_qs)->text(), u"9"_qs);
    EXPECT_TRUE(w->recordForm()->isDirty());
    EXPECT_EQ(QApplication::focusWidget(), field(u"code"_qs));
    EXPECT_EQ(w->browser()->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, PageKeysAndAltArrowsMoveFromRecordToRecord) {
    MainWindow *w = openWindow(simpleForm(), 5);
    EXPECT_EQ(line(u"code"_qs)->text(), u"c0"_qs);
    EXPECT_EQ(position(), u"Record 1 of 5"_qs);
    w->browser()->table()->setFocus();
    key(Qt::Key_PageDown);
    EXPECT_EQ(w->controller()->currentRow(), 1);
    EXPECT_EQ(line(u"code"_qs)->text(), u"c1"_qs);
    EXPECT_EQ(position(), u"Record 2 of 5"_qs);
    EXPECT_EQ(w->browser()->currentRow(), 1);
    key(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(line(u"code"_qs)->text(), u"c2"_qs);
    key(Qt::Key_PageUp);
    key(Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(line(u"code"_qs)->text(), u"c0"_qs);
    key(Qt::Key_End, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->currentRow() == 4; }));
    EXPECT_EQ(line(u"code"_qs)->text(), u"c4"_qs);
    EXPECT_FALSE(w->actions()->next->isEnabled());
}

TEST_F(MainWindowTest, LeavingUnsavedChangesAsksFirst) {
    MainWindow *w = openWindow(simpleForm(), 3);
    typeInto(u"code"_qs, u"edited"_qs);
    pressInModal(QMessageBox::Cancel);
    key(Qt::Key_PageDown);
    EXPECT_TRUE(waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
    EXPECT_EQ(w->controller()->currentRow(), 0);
    EXPECT_EQ(line(u"code"_qs)->text(), u"edited"_qs);

    showActive(w); // the prompt took the activation
    field(u"code"_qs)->setFocus();
    pressInModal(QMessageBox::Discard);
    key(Qt::Key_PageDown);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->currentRow() == 1; }));
    EXPECT_EQ(line(u"code"_qs)->text(), u"c1"_qs);

    showActive(w);
    typeInto(u"code"_qs, u"saved on leaving"_qs);
    pressInModal(QMessageBox::Save);
    key(Qt::Key_PageUp);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->currentRow() == 0 && idle(); }));
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'saved on leaving'"_qs), 1);

    // Esc forgets the changes.
    showActive(w);
    typeInto(u"code"_qs, u"oops"_qs);
    key(Qt::Key_Escape);
    EXPECT_EQ(line(u"code"_qs)->text(), u"c0"_qs);
    EXPECT_FALSE(w->isWindowModified());
}

TEST_F(MainWindowTest, HeaderClickSortsAndCtrlFSearches) {
    MainWindow *w = openWindow(simpleForm(), 30,
                               [](int i) { return item(QStringLiteral("c%1").arg(i), 100 - i); });
    QHeaderView *header = w->browser()->table()->horizontalHeader();
    const QPoint countHeader(header->sectionViewportPosition(1) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, countHeader);
    RecordTableModel *model = w->browser()->model();
    EXPECT_EQ(model->query().sortKey, u"count"_qs);
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded(0); }));
    EXPECT_EQ(model->recordAt(0)->values.value(u"code"_qs).toString(), u"c29"_qs);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, countHeader);
    EXPECT_TRUE(model->query().descending);
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded(0); }));
    EXPECT_EQ(model->recordAt(0)->values.value(u"code"_qs).toString(), u"c0"_qs);

    field(u"code"_qs)->setFocus();
    key(Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), w->browser()->searchBox());
    QTest::keyClicks(w->browser()->searchBox(), u"c2"_qs);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 11 && !model->isCounting(); }));
}

TEST_F(MainWindowTest, LayoutAndBooksAreRemembered) {
    MainWindow *w = openWindow(simpleForm(), 1);
    w->actions()->viewTable->trigger();
    EXPECT_FALSE(w->recordForm()->isVisibleTo(w));
    w->actions()->viewBoth->trigger();
    w->splitter()->setSizes({111, 333});
    const QByteArray splitter = w->splitter()->saveState();
    m_window->close();
    ASSERT_TRUE(waitUntil([&] { return m_window->database()->isClosed(); }));
    WindowSettings settings;
    EXPECT_EQ(settings.lastBook(), bookPath());
    EXPECT_EQ(settings.recentBooks(), QStringList{bookPath()});
    MainWindow again;
    again.restoreLayout();
    EXPECT_EQ(settings.splitterState(), splitter);
    EXPECT_EQ(again.splitter()->saveState(), splitter);
    EXPECT_FALSE(settings.geometry().isEmpty());
}

// The prompt ran QMessageBox::exec() inside the coroutine that asked: a nested event loop, in
// which the key press that led to it had not returned yet.
TEST_F(MainWindowTest, TheUnsavedChangesPromptOpensWithoutANestedEventLoop) {
    MainWindow *w = openWindow(simpleForm(), 3);
    typeInto(u"code"_qs, u"edited"_qs);
    bool keyReturned = false;
    bool returnedBeforeThePrompt = false;
    QMessageBox *prompt = nullptr;
    whenModal([&](QWidget *modal) {
        returnedBeforeThePrompt = keyReturned;
        prompt = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(prompt, nullptr);
        EXPECT_EQ(prompt->objectName(), u"unsavedChangesPrompt"_qs);
        // Enter saves, Escape cancels.
        EXPECT_EQ(static_cast<QAbstractButton *>(prompt->defaultButton()),
                  prompt->button(QMessageBox::Save));
        EXPECT_EQ(prompt->escapeButton(), prompt->button(QMessageBox::Cancel));
        if (!keyReturned)
            prompt->button(QMessageBox::Cancel)->click(); // ends the nested loop
    });
    key(Qt::Key_PageDown);
    keyReturned = true;
    ASSERT_TRUE(waitUntil([&] { return prompt != nullptr; }));
    EXPECT_TRUE(returnedBeforeThePrompt) << "the prompt ran its own event loop";
    EXPECT_TRUE(prompt->isVisible());
    EXPECT_EQ(prompt->windowModality(), Qt::WindowModal);
    // Enter takes the default: the edit is saved and the next record shown.
    QTest::keyClick(prompt, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->currentRow() == 1 && idle(); }));
    EXPECT_EQ(RawBook(bookPath()).scalar(u"SELECT COUNT(*) FROM items WHERE code = 'edited'"_qs),
              1);
}

// The status bar said "Unsaved changes" and "All saved" at the same time.
TEST_F(MainWindowTest, TheStatusBarSaysEitherUnsavedChangesOrAllSaved) {
    MainWindow *w = openWindow(simpleForm(), 2);
    auto *unsaved = w->findChild<QLabel *>(u"unsaved"_qs);
    auto *saves = w->findChild<QLabel *>(u"pendingSaves"_qs);
    const auto says = [](QLabel *label) { return label->isVisible() ? label->text() : QString(); };
    ASSERT_TRUE(waitUntil([&] { return says(saves) == u"All saved"_qs; }));
    EXPECT_EQ(says(unsaved), QString());
    typeInto(u"code"_qs, u"edited"_qs);
    ASSERT_TRUE(waitUntil([&] { return says(unsaved) == u"Unsaved changes"_qs; }));
    EXPECT_EQ(says(saves), QString()) << "beside \"Unsaved changes\"";
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && says(saves) == u"All saved"_qs; }))
        << says(saves).toStdString();
    EXPECT_EQ(says(unsaved), QString());
}

// The panes keep off the window's edges in both directions: every button, box and list of
// the records' side and the form list lies within the window's margin (right to left, Qt
// 6.4's splitter ignored margins of its own and the filter's last button was cut).
TEST_F(MainWindowTest, ThePanesKeepOffTheWindowsEdgesInBothDirections) {
    MainWindow *w = openWindow(sampleForm(), 3, [](int i) {
        return QVariantMap{{u"title"_qs, u"Record %1"_qs.arg(i)}};
    });
    w->resize(1000, 700);
    for (const QString &code : {u"en"_qs, u"ar"_qs}) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        QCoreApplication::processEvents(); // the posted LanguageChange events
        QCoreApplication::processEvents(); // and the layouts they ask for
        const auto widgets = w->centralWidget()->findChildren<QWidget *>();
        int checked = 0;
        for (const QWidget *child : widgets) {
            if (!child->isVisible() || child->window() != w ||
                !(qobject_cast<const QAbstractButton *>(child) ||
                  qobject_cast<const QLineEdit *>(child) ||
                  qobject_cast<const QAbstractItemView *>(child)))
                continue;
            // Inside a scrolled form, only what the scroll area shows counts.
            const QRect shown = child->visibleRegion().boundingRect();
            if (shown.isEmpty())
                continue;
            const QRect at(child->mapTo(w, shown.topLeft()), shown.size());
            EXPECT_GE(at.left(), MainWindow::windowMargin)
                << code.toStdString() << " " << child->metaObject()->className() << " "
                << child->objectName().toStdString();
            EXPECT_LE(at.right(), w->width() - 1 - MainWindow::windowMargin)
                << code.toStdString() << " " << child->metaObject()->className() << " "
                << child->objectName().toStdString();
            ++checked;
        }
        EXPECT_GT(checked, 10) << code.toStdString();
    }
}
