// Undo and redo of saves and deletes, and the trash.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"
#include "TrashDialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace fb;
using namespace fb::test;

namespace {

class UndoTrashTest : public UiTest {
protected:
    QLineEdit *line(const QString &key) {
        return qobject_cast<QLineEdit *>(m_window->recordForm()->editor(key)->focusTarget());
    }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), mods);
    }
    qint64 scalar(const QString &sql) { return RawBook(bookPath()).scalar(sql); }
    bool idle() { return m_window->database()->pendingWrites() == 0; }
};

} // namespace

TEST_F(UndoTrashTest, UndoAndRedoASave) {
    MainWindow *w = openWindow(simpleForm(), 3);
    line(u"count"_qs)->setFocus();
    line(u"count"_qs)->selectAll();
    QTest::keyClicks(line(u"count"_qs), u"77"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->undoStack()->canUndo(); }));
    EXPECT_EQ(scalar(u"SELECT count FROM items WHERE code = 'c0'"_qs), 77);
    ASSERT_TRUE(w->actions()->undo->isEnabled());
    // In a text field Ctrl+Z undoes typing; from the table it undoes the save.
    w->browser()->table()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(
        waitUntil([&] { return scalar(u"SELECT count FROM items WHERE code = 'c0'"_qs) == 0; }));
    // The form shows the values undone to, and the table row too.
    ASSERT_TRUE(waitUntil([&] { return line(u"count"_qs)->text() == u"0"_qs; }));
    ASSERT_TRUE(waitUntil([&] { return idle() && w->actions()->redo->isEnabled(); }));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(
        waitUntil([&] { return scalar(u"SELECT count FROM items WHERE code = 'c0'"_qs) == 77; }));
    EXPECT_EQ(scalar(u"SELECT version FROM items WHERE code = 'c0'"_qs), 4) << "three updates";
}

TEST_F(UndoTrashTest, UndoingANewRecordTrashesItAndRedoRestoresIt) {
    MainWindow *w = openWindow(simpleForm(), 1);
    key(Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"fresh"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    w->browser()->table()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 1; }));
    EXPECT_EQ(
        scalar(u"SELECT COUNT(*) FROM items WHERE code = 'fresh' AND deleted_at IS NOT NULL"_qs),
        1);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->actions()->redo->isEnabled(); }));
    w->actions()->redo->trigger();
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 2; }));
}

TEST_F(UndoTrashTest, DeleteAsksMovesToTrashAndUndoRestores) {
    MainWindow *w = openWindow(simpleForm(), 3);
    w->browser()->table()->setFocus();
    pressInModal(QMessageBox::Yes);
    key(Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 2; }));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE code = 'c0' AND deleted_at IS NOT NULL"_qs),
              1);
    // The next record takes its place in the form.
    ASSERT_TRUE(waitUntil([&] { return line(u"code"_qs)->text() == u"c1"_qs; }));
    ASSERT_TRUE(waitUntil([&] { return idle() && w->actions()->undo->isEnabled(); }));
    showActive(w); // the question took the activation
    w->browser()->table()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 3; }));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE deleted_at IS NOT NULL"_qs), 0);

    // Cancelling the question deletes nothing.
    w->browser()->table()->setFocus();
    pressInModal(QMessageBox::Cancel);
    key(Qt::Key_Delete);
    QTest::qWait(100);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE deleted_at IS NOT NULL"_qs), 0);
}

TEST_F(UndoTrashTest, TheTrashListsDeletedRecordsAndRestoresThem) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    saveRecords(*db, form.id, 5, [](int i) { return item(QStringLiteral("c%1").arg(i), i); });
    runCoroutine([&]() -> QCoro::Task<> {
        for (qint64 id : {2, 4})
            EXPECT_TRUE((co_await db->trashRecord(form.id, id)).ok());
    });
    TrashDialog dialog(db.get(), form);
    showActive(&dialog);
    RecordTableModel *model = dialog.model();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 2 && model->isLoaded(1); }));
    EXPECT_EQ(model->recordAt(0)->values.value(u"code"_qs).toString(), u"c1"_qs);
    auto *restore = dialog.findChild<QPushButton *>(u"restore"_qs);
    EXPECT_FALSE(restore->isEnabled());
    dialog.table()->selectRow(1);
    EXPECT_TRUE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 1; }));
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE deleted_at IS NULL"_qs), 4);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'c3' AND deleted_at IS NULL"_qs),
              1);
}
