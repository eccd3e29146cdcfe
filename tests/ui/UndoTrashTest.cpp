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

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>
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
    // The trash's question before deleting for good, once it shows.
    static QMessageBox *askedToDeleteForGood(QWidget *trash) {
        QMessageBox *box = nullptr;
        waitUntil([&] {
            box = trash->findChild<QMessageBox *>(u"confirmDeleteForGood"_qs);
            return box && box->isVisible();
        });
        return box && box->isVisible() ? box : nullptr;
    }
    // Answers the question with its delete button; false when there is none.
    static bool confirm(QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                b->click();
                return true;
            }
        }
        return false;
    }
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
    // The record brought back is the one shown, in its row.
    EXPECT_TRUE(waitUntil([&] { return line(u"code"_qs)->text() == u"c0"_qs; }))
        << line(u"code"_qs)->text().toStdString();
    EXPECT_TRUE(waitUntil([&] { return w->controller()->currentRow() == 0; }));

    // Cancelling the question deletes nothing.
    w->browser()->table()->setFocus();
    bool asked = false;
    whenModal([&](QWidget *modal) {
        asked = true;
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
    });
    key(Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return asked && !QApplication::activeModalWidget(); }));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE deleted_at IS NOT NULL"_qs), 0);
}

// The question names the record it would delete, and its button says what it does.
TEST_F(UndoTrashTest, TheDeleteQuestionNamesTheRecord) {
    MainWindow *w = openWindow(simpleForm(), 3);
    w->browser()->table()->setFocus();
    QString asked;
    QString yesText;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr);
        asked = box->text();
        yesText = box->button(QMessageBox::Yes)->text();
        EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::Yes));
        box->button(QMessageBox::Cancel)->click();
    });
    key(Qt::Key_Delete);
    // The key came back before the answer: the question runs no event loop of its own.
    EXPECT_TRUE(asked.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return !asked.isEmpty(); }));
    EXPECT_EQ(asked, u"Move “c0” to the trash?"_qs);
    EXPECT_EQ(yesText, u"Move to &Trash"_qs);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE deleted_at IS NOT NULL"_qs), 0);
}

// "Last saved" follows every write of this book, deletes too, and goes with the book.
TEST_F(UndoTrashTest, LastSavedFollowsADeleteAndLeavesWithTheBook) {
    MainWindow *w = openWindow(simpleForm(), 3);
    auto *last = w->findChild<QLabel *>(u"lastSaved"_qs);
    ASSERT_NE(last, nullptr);
    EXPECT_TRUE(last->isHidden()) << "nothing was saved yet: " << last->text().toStdString();
    w->browser()->table()->setFocus();
    pressInModal(QMessageBox::Yes);
    key(Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    ASSERT_TRUE(waitUntil([&] { return !last->isHidden(); })) << "a delete is a write";
    EXPECT_TRUE(last->text().startsWith(u"Last saved"_qs)) << last->text().toStdString();

    // Undo and Redo write too: each moves the time on.
    for (QAction *step : {w->actions()->undo, w->actions()->redo}) {
        const QDateTime before = w->controller()->lastSaved();
        ASSERT_TRUE(waitUntil([&] { return step->isEnabled(); }))
            << step->objectName().toStdString();
        step->trigger();
        EXPECT_TRUE(waitUntil([&] { return w->controller()->lastSaved() > before; }))
            << step->objectName().toStdString();
    }

    w->actions()->closeBook->trigger();
    ASSERT_TRUE(waitUntil([&] { return w->database() == nullptr; }));
    EXPECT_TRUE(last->isHidden()) << "the closed book's time stayed: "
                                  << last->text().toStdString();
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
    EXPECT_FALSE(dialog.findChild<QLabel *>(u"trashIsEmpty"_qs)->isVisible());
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

// An empty trash says so, rather than showing an empty table alone.
TEST_F(UndoTrashTest, AnEmptyTrashSaysSo) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    saveRecords(*db, form.id, 2, [](int i) { return item(QStringLiteral("c%1").arg(i), i); });
    TrashDialog dialog(db.get(), form);
    showActive(&dialog);
    auto *nothing = dialog.findChild<QLabel *>(u"trashIsEmpty"_qs);
    ASSERT_TRUE(waitUntil([&] { return nothing->isVisible(); }));
    EXPECT_EQ(nothing->text(), u"The trash is empty: no record of “Items” was deleted."_qs);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(u"emptyTrash"_qs)->isEnabled());
}

// Every column shows its values whole, "Deleted on" included, inside the dialog's edges.
TEST_F(UndoTrashTest, TheTrashShowsEveryColumnWhole) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    saveRecords(*db, form.id, 2, [](int i) {
        return item(QStringLiteral("someone.with.a.long.name.%1@example.org").arg(i), i);
    });
    runCoroutine([&]() -> QCoro::Task<> {
        for (qint64 id : {1, 2})
            EXPECT_TRUE((co_await db->trashRecord(form.id, id)).ok());
    });
    TrashDialog dialog(db.get(), form);
    showActive(&dialog);
    RecordTableModel *model = dialog.model();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 2 && model->isLoaded(1); }));
    QTableView *table = dialog.table();
    QHeaderView *header = table->horizontalHeader();
    // A value's room: its column less the cell's margins.
    const auto cut = [&] {
        QStringList found;
        for (int c = 0; c < model->columnCount(); ++c) {
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString text = model->index(r, c).data().toString();
                const int needed = table->fontMetrics().horizontalAdvance(text);
                if (header->sectionSize(c) < needed)
                    found << u"\"%1\" in %2 pixels"_qs.arg(text).arg(header->sectionSize(c));
            }
        }
        const int last = model->columnCount() - 1;
        if (header->sectionViewportPosition(last) + header->sectionSize(last) >
            table->viewport()->width())
            found << u"the last column ends past the edge"_qs;
        return found;
    };
    EXPECT_TRUE(waitUntil([&] { return cut().isEmpty(); })) << cut().join(u"; "_qs).toStdString();
    // Fitting again (a language switch) does not widen the dialog each time.
    const int width = dialog.width();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &change);
    QCoreApplication::sendEvent(&dialog, &change);
    EXPECT_EQ(dialog.width(), width);
}

TEST_F(UndoTrashTest, TheTrashSaysWhenAndDeletesForGoodAfterAsking) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    saveRecords(*db, form.id, 4, [](int i) { return item(QStringLiteral("c%1").arg(i), i); });
    runCoroutine([&]() -> QCoro::Task<> {
        for (qint64 id : {1, 2, 3})
            EXPECT_TRUE((co_await db->trashRecord(form.id, id)).ok());
    });
    TrashDialog dialog(db.get(), form);
    showActive(&dialog);
    RecordTableModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 3 && model->isLoaded(2); }));
    // The last column says when, in the person's locale: today's date is in it.
    const int when = int(form.fields.size());
    ASSERT_EQ(model->columnCount(), when + 1);
    EXPECT_EQ(model->headerData(when, Qt::Horizontal, Qt::DisplayRole).toString(),
              u"Deleted on"_qs);
    const QString today = QLocale().toString(QDate::currentDate(), u"yyyy"_qs);
    EXPECT_TRUE(model->index(0, when).data().toString().contains(today))
        << model->index(0, when).data().toString().toStdString();

    auto *purge = dialog.findChild<QPushButton *>(u"purge"_qs);
    auto *empty = dialog.findChild<QPushButton *>(u"emptyTrash"_qs);
    EXPECT_FALSE(purge->isEnabled());
    EXPECT_TRUE(empty->isEnabled());
    dialog.table()->selectRow(0);
    ASSERT_TRUE(purge->isEnabled());

    // Asked first; Cancel (the default) keeps the record.
    QTest::mouseClick(purge, Qt::LeftButton);
    QMessageBox *box = askedToDeleteForGood(&dialog);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 4);

    // Confirmed: that one record is gone for good, the others stay in the trash.
    dialog.table()->selectRow(0);
    QTest::mouseClick(purge, Qt::LeftButton);
    box = askedToDeleteForGood(&dialog);
    ASSERT_TRUE(box);
    ASSERT_TRUE(confirm(box));
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 2; }));
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 3);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'c0'"_qs), 0); // row 0, id 1

    // Empty Trash removes the rest, and only them.
    QTest::mouseClick(empty, Qt::LeftButton);
    box = askedToDeleteForGood(&dialog);
    ASSERT_TRUE(box);
    ASSERT_TRUE(confirm(box));
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 0; }));
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 1);
    EXPECT_FALSE(empty->isEnabled());
}

namespace {
// A language in which only the undo texts are translated, as a shipped translation would.
class UndoTextTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override {
        if (qstrcmp(context, "fb::SaveRecordCommand") == 0 &&
            QString::fromUtf8(source) == u"Changes to “%1”"_qs)
            return u"Änderungen an „%1“"_qs;
        if (qstrcmp(context, "fb::MainActions") == 0 && qstrcmp(source, "&Undo %1") == 0)
            return u"&Rückgängig: %1"_qs;
        return {};
    }
};
} // namespace

// Edit → Undo named the record by its id ("Changes to record 1") and kept the language it was
// made in.
TEST_F(UndoTrashTest, UndoTextsNameTheRecordAndFollowALanguageSwitch) {
    MainWindow *w = openWindow(simpleForm(), 2);
    line(u"count"_qs)->setFocus();
    line(u"count"_qs)->selectAll();
    QTest::keyClicks(line(u"count"_qs), u"9"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->actions()->undo->isEnabled(); }));
    EXPECT_EQ(w->actions()->undo->text(), u"&Undo Changes to “c0”"_qs);
    UndoTextTranslator german;
    QCoreApplication::installTranslator(&german);
    QCoreApplication::processEvents(); // the posted LanguageChange events
    EXPECT_EQ(w->actions()->undo->text(), u"&Rückgängig: Änderungen an „c0“"_qs);
    QCoreApplication::removeTranslator(&german);
    QCoreApplication::processEvents();
    EXPECT_EQ(w->actions()->undo->text(), u"&Undo Changes to “c0”"_qs);
}

// Restoring from the trash left "Undo Delete" first in line, which then failed: the record
// was no longer in the trash.
TEST_F(UndoTrashTest, ARestoreFromTheTrashIsUndoneBeforeTheDelete) {
    MainWindow *w = openWindow(simpleForm(), 3);
    w->browser()->table()->setFocus();
    pressInModal(QMessageBox::Yes);
    key(Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    EXPECT_EQ(w->actions()->undo->text(), u"&Undo Delete “c0”"_qs);
    showActive(w);
    w->actions()->showTrash->trigger();
    auto *dialog = w->findChild<TrashDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->model()->isLoaded(0); }));
    dialog->table()->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"restore"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 3; }));
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->text() == u"&Undo Restore “c0”"_qs; }))
        << w->actions()->undo->text().toStdString();
    dialog->close();
    // Undo puts it back in the trash, and undoing again restores it once more.
    w->actions()->undo->trigger();
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE code = 'c0' AND deleted_at IS NOT NULL"_qs),
              1);
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->isEnabled(); }));
    EXPECT_EQ(w->actions()->undo->text(), u"&Undo Delete “c0”"_qs);
    w->actions()->undo->trigger();
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 3; }));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE deleted_at IS NOT NULL"_qs), 0);
    EXPECT_FALSE(w->statusBar()->currentMessage().contains(u"exist"_qs))
        << w->statusBar()->currentMessage().toStdString();
}

// Undo then Redo of a new record: the record came back in the table, but the form below stayed
// empty.
TEST_F(UndoTrashTest, RedoOfANewRecordShowsItInTheFormAgain) {
    MainWindow *w = openWindow(simpleForm(), 1);
    key(Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"fresh"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    ASSERT_EQ(line(u"code"_qs)->text(), u"fresh"_qs);
    w->browser()->table()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return w->actions()->redo->isEnabled(); }));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    EXPECT_TRUE(waitUntil([&] { return line(u"code"_qs)->text() == u"fresh"_qs; }))
        << line(u"code"_qs)->text().toStdString();
    EXPECT_EQ(w->recordForm()->loadedRecord().values.value(u"code"_qs).toString(), u"fresh"_qs);
    EXPECT_FALSE(w->controller()->isDirty());
    // And it is the record in the table: the status bar finds its row.
    EXPECT_TRUE(waitUntil([&] { return w->controller()->currentRow() >= 0; }));
}

// Deleted for good from the trash, a record still had its steps in Edit → Undo, and Ctrl+Z
// said it "no longer exists".
TEST_F(UndoTrashTest, ARecordDeletedForGoodLeavesTheUndoHistory) {
    MainWindow *w = openWindow(simpleForm(), 3);
    // A change to c1, then a change to c0 and its delete.
    w->browser()->table()->setFocus();
    key(Qt::Key_Down);
    ASSERT_TRUE(waitUntil([&] { return line(u"code"_qs)->text() == u"c1"_qs; }));
    line(u"count"_qs)->setFocus();
    line(u"count"_qs)->selectAll();
    QTest::keyClicks(line(u"count"_qs), u"11"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->undoStack()->count() == 1; }));
    w->browser()->table()->setFocus();
    key(Qt::Key_Up);
    ASSERT_TRUE(waitUntil([&] { return line(u"code"_qs)->text() == u"c0"_qs; }));
    line(u"count"_qs)->setFocus();
    line(u"count"_qs)->selectAll();
    QTest::keyClicks(line(u"count"_qs), u"10"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->undoStack()->count() == 2; }));
    w->browser()->table()->setFocus();
    pressInModal(QMessageBox::Yes);
    key(Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->text() == u"&Undo Delete “c0”"_qs; }));
    showActive(w);

    // Record → Trash, c0 deleted for good.
    w->actions()->showTrash->trigger();
    auto *dialog = w->findChild<TrashDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->model()->isLoaded(0); }));
    dialog->table()->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"purge"_qs), Qt::LeftButton);
    QMessageBox *box = askedToDeleteForGood(dialog);
    ASSERT_TRUE(box);
    ASSERT_TRUE(confirm(box));
    ASSERT_TRUE(waitUntil([&] { return dialog->model()->rowCount() == 0; }));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM items WHERE code = 'c0'"_qs), 0);
    // Its save and its delete are gone; the change to c1 is next.
    ASSERT_TRUE(waitUntil([&] {
        return w->actions()->undo->text() == u"&Undo Changes to “c1”"_qs;
    })) << w->actions()->undo->text().toStdString();
    EXPECT_EQ(w->undoStack()->count(), 1);
    dialog->close();
    w->actions()->undo->trigger();
    ASSERT_TRUE(waitUntil(
        [&] { return idle() && scalar(u"SELECT count FROM items WHERE code = 'c1'"_qs) == 1; }));
    EXPECT_FALSE(w->actions()->undo->isEnabled());
    EXPECT_FALSE(w->statusBar()->currentMessage().contains(u"exist"_qs))
        << w->statusBar()->currentMessage().toStdString();
}

// Emptying the trash: the same for every record in it, also one undone (on the redo side).
TEST_F(UndoTrashTest, AnEmptiedTrashLeavesNoUndoOrRedoOfItsRecords) {
    MainWindow *w = openWindow(simpleForm(), 3);
    w->browser()->table()->setFocus();
    pressInModal(QMessageBox::Yes);
    key(Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    showActive(w);
    // A new record, undone: its creation waits on the redo side, the record in the trash.
    key(Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"fresh"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 3; }));
    w->browser()->table()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && w->browser()->model()->rowCount() == 2; }));
    ASSERT_TRUE(w->actions()->redo->isEnabled());
    ASSERT_TRUE(w->actions()->undo->isEnabled());

    w->actions()->showTrash->trigger();
    auto *dialog = w->findChild<TrashDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->model()->rowCount() == 2; }));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"emptyTrash"_qs), Qt::LeftButton);
    QMessageBox *box = askedToDeleteForGood(dialog);
    ASSERT_TRUE(box);
    ASSERT_TRUE(confirm(box));
    ASSERT_TRUE(waitUntil([&] { return dialog->model()->rowCount() == 0; }));
    EXPECT_TRUE(waitUntil([&] {
        return !w->actions()->undo->isEnabled() && !w->actions()->redo->isEnabled();
    })) << w->actions()->undo->text().toStdString()
        << " / " << w->actions()->redo->text().toStdString();
    EXPECT_EQ(w->undoStack()->count(), 0);
}
