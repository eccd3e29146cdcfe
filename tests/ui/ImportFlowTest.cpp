// Record → Import… and a CSV file dropped on the window: the person's whole path, from the
// file dialog through Check, the problems and the choices, to the records in the table and
// back out again with Undo; and Cancel in the middle of a long import.

#include "UiTestSupport.h"

#include "FormDesignerDialog.h"
#include "ImportDialog.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace fb;
using namespace fb::test;

namespace {

class ImportFlowTest : public UiTest {
protected:
    // The import dialog on show (an earlier one may wait for its deferred deletion).
    ImportDialog *shownDialog() {
        ImportDialog *dialog = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            for (ImportDialog *d : m_window->findChildren<ImportDialog *>(u"importDialog"_qs))
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        }));
        return dialog;
    }

    static void click(QWidget *dialog, const QString &name) {
        auto *button = dialog->findChild<QAbstractButton *>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(waitUntil([&] { return button->isEnabled(); })) << name.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Types `path` into the file dialog and opens it, as a person does.
    static void chooseFile(QFileDialog *files, const QString &path) {
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_qs);
        ASSERT_NE(name, nullptr);
        // The dialog may still be filling its list, and empty the name once more: typed again
        // until it holds.
        ASSERT_TRUE(waitUntil([&] {
            if (name->text() != path) {
                name->setFocus();
                name->selectAll();
                QTest::keyClicks(name, path);
            }
            return name->text() == path;
        }));
        // The button, not Return: Return may go to the completer's list of names.
        auto *buttons = files->findChild<QDialogButtonBox *>(u"buttonBox"_qs);
        ASSERT_NE(buttons, nullptr);
        QAbstractButton *open = buttons->button(QDialogButtonBox::Open);
        ASSERT_TRUE(open && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
    }

    static QString result(QWidget *dialog) {
        return dialog->findChild<QLabel *>(u"importResult"_qs)->text();
    }

    static void writeFile(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QStringList codes() {
        RecordTableModel *model = m_window->browser()->model();
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row) {
            EXPECT_TRUE(waitUntil([&] { return model->isLoaded(row); }));
            const std::optional<Record> r = model->recordAt(row);
            out << (r ? r->values.value(u"code"_qs).toString() : QString());
        }
        out.sort();
        return out;
    }

    void drop(const QString &path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &dropped);
    }
};

} // namespace

TEST_F(ImportFlowTest, AFileIsCheckedThenImportedAsChosenAndUndoTakesItOut) {
    MainWindow *w = openWindow(simpleForm(), 2);
    const QString path = m_dir.filePath(u"items.csv"_qs);
    writeFile(path, "Code;Count\nc1;5\nn1;7\nn2;x\n");

    auto *action = w->findChild<QAction *>(u"importRecords"_qs);
    ASSERT_TRUE(action && action->isEnabled());
    action->trigger();
    ImportDialog *dialog = shownDialog();
    ASSERT_NE(dialog, nullptr);
    // The first question is which file.
    QFileDialog *files = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        files = dialog->findChild<QFileDialog *>(u"importFileDialog"_qs);
        return files && files->isVisible();
    }));
    chooseFile(files, path);
    ASSERT_TRUE(waitUntil([&] { return dialog->path() == path; }));
    EXPECT_TRUE(duplicateMnemonics(dialog).isEmpty())
        << duplicateMnemonics(dialog).join(u"; "_qs).toStdString();

    // Tab goes from Import on to Close, not back to Check (the field choosers are made later).
    auto *start = dialog->findChild<QPushButton *>(u"importStart"_qs);
    dialog->activateWindow();
    ASSERT_TRUE(waitUntil([&] { return QApplication::activeWindow() == dialog; }));
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Tab);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
    EXPECT_EQ(QApplication::focusWidget(), buttons->button(QDialogButtonBox::Close));

    // The guess: ";" between fields, a header whose names find the fields.
    EXPECT_EQ(dialog->findChild<QComboBox *>(u"importSeparator"_qs)->currentIndex(), 1);
    EXPECT_EQ(dialog->settings().columns, (QStringList{u"code"_qs, u"count"_qs}));

    // Check: one row ready, a value c1 has already, a count that is no number.
    click(dialog, u"importCheck"_qs);
    ASSERT_TRUE(waitUntil([&] { return result(dialog).contains(u"ready"_qs); }))
        << result(dialog).toStdString();
    auto *problems = dialog->findChild<QTableWidget *>(u"importProblems"_qs);
    ASSERT_EQ(problems->rowCount(), 2);
    EXPECT_EQ(problems->item(0, 0)->text(), u"2"_qs);
    EXPECT_EQ(problems->item(0, 1)->text(), u"Code"_qs);
    EXPECT_EQ(problems->item(1, 2)->text(), u"x"_qs);
    EXPECT_TRUE(dialog->findChild<QPushButton *>(u"importSaveRejects"_qs)->isVisible());
    EXPECT_EQ(codes(), (QStringList{u"c0"_qs, u"c1"_qs})) << "a check changes nothing";

    // All or nothing, the default: Import brings in nothing and says why.
    click(dialog, u"importStart"_qs);
    ASSERT_TRUE(waitUntil([&] { return result(dialog).contains(u"Nothing was imported"_qs); }))
        << result(dialog).toStdString();
    EXPECT_EQ(codes(), (QStringList{u"c0"_qs, u"c1"_qs}));

    // c1 takes the row's count; the good rows only.
    auto *duplicates = dialog->findChild<QComboBox *>(u"importDuplicates"_qs);
    duplicates->setFocus();
    QTest::keyClick(duplicates, Qt::Key_Down);
    QTest::keyClick(duplicates, Qt::Key_Down);
    ASSERT_EQ(duplicates->currentIndex(), 2);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"importGoodRows"_qs), Qt::LeftButton, {},
                      QPoint(4, 4));
    ASSERT_EQ(dialog->options().keep, ImportOptions::Keep::GoodRows);
    // The file's problems were seen: Import checks again and goes ahead, as chosen.
    QPointer<ImportDialog> open = dialog;
    click(dialog, u"importStart"_qs);
    ASSERT_TRUE(waitUntil([&] { return !open || !open->isVisible(); }));
    ASSERT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().contains(u"imported into Items"_qs);
    })) << w->statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 3; }));
    EXPECT_EQ(codes(), (QStringList{u"c0"_qs, u"c1"_qs, u"n1"_qs}));

    // One undo step takes it all out, the update too; redo brings it back.
    QUndoStack *undo = w->undoStack();
    EXPECT_TRUE(undo->undoText().contains(u"Import"_qs)) << undo->undoText().toStdString();
    auto *undoAction = w->findChild<QAction *>(u"undo"_qs);
    ASSERT_TRUE(waitUntil([&] { return undoAction->isEnabled(); }));
    undoAction->trigger();
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 2; }));
    const auto countOfC1 = [&] {
        RecordTableModel *model = w->browser()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const std::optional<Record> r = model->recordAt(row);
            if (r && r->values.value(u"code"_qs) == u"c1"_qs)
                return r->values.value(u"count"_qs).toLongLong();
        }
        return qlonglong(-1);
    };
    ASSERT_TRUE(waitUntil([&] { return countOfC1() == 1; })) << countOfC1();
    auto *redoAction = w->findChild<QAction *>(u"redo"_qs);
    ASSERT_TRUE(waitUntil([&] { return redoAction->isEnabled(); }));
    redoAction->trigger();
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 3; }));
    ASSERT_TRUE(waitUntil([&] { return countOfC1() == 5; })) << countOfC1();
}

// A file dropped on the window opens the import with it; Cancel in the progress notice of a
// long import leaves the book as it was and the dialog open.
TEST_F(ImportFlowTest, ADroppedFileImportsAndCancelLeavesTheBookAsItWas) {
    MainWindow *w = openWindow(simpleForm(), 1);
    const QString path = m_dir.filePath(u"many.csv"_qs);
    QByteArray csv = "code,count\n";
    for (int i = 0; i < 100000; ++i)
        csv += "m" + QByteArray::number(i) + "," + QByteArray::number(i % 1000) + "\n";
    writeFile(path, csv);
    drop(path);
    ImportDialog *dialog = shownDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->path(), path);
    EXPECT_EQ(dialog->findChild<QFileDialog *>(u"importFileDialog"_qs), nullptr)
        << "a dropped file is not asked for";
    click(dialog, u"importStart"_qs);
    QProgressDialog *progress = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (QProgressDialog *p : dialog->findChildren<QProgressDialog *>(u"progress"_qs))
            if (p->isVisible())
                progress = p;
        return progress != nullptr;
    }));
    // The window answers meanwhile: the table scrolls, the form shows its record.
    EXPECT_EQ(w->browser()->model()->rowCount(), 1);
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return result(dialog).contains(u"stopped"_qs); }, 60000))
        << result(dialog).toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(codes(), (QStringList{u"c0"_qs}));
    QPointer<ImportDialog> open = dialog;
    click(dialog, u"importStart"_qs); // again, to the end
    ASSERT_TRUE(waitUntil([&] { return !open || !open->isVisible(); }, 120000));
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 100001; }));
}

// Form → New Form from CSV File…: the file's columns become fields typed by their values, in
// the designer, where the person may change them; once the form is created, the import of
// the file into it follows.
TEST_F(ImportFlowTest, ANewFormFromAFileTakesItsColumnsAndThenItsRows) {
    MainWindow *w = openWindow(simpleForm(), 0);
    const QString path = m_dir.filePath(u"Sightings.csv"_qs);
    writeFile(path, "Species,Count,Seen on\nRobin,3,2026-01-31\nWren,1,2026-02-01\n");
    auto *action = w->findChild<QAction *>(u"newFormFromFile"_qs);
    ASSERT_TRUE(action && action->isEnabled());
    action->trigger();
    QFileDialog *files = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        files = w->findChild<QFileDialog *>(u"formFromFileDialog"_qs);
        return files && files->isVisible();
    }));
    chooseFile(files, path);
    FormDesignerDialog *designer = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (FormDesignerDialog *d : w->findChildren<FormDesignerDialog *>())
            if (d->isVisible())
                designer = d;
        return designer != nullptr;
    })) <<
        [&] {
            QString shown;
            for (QMessageBox *b : w->findChildren<QMessageBox *>())
                shown += b->text() + u" | "_qs;
            return shown.toStdString();
        }();
    const FormDef draft = designer->design();
    EXPECT_EQ(draft.name, u"Sightings"_qs);
    ASSERT_EQ(draft.fields.size(), 3);
    EXPECT_EQ(draft.fields.at(0).type, FieldType::Text);
    EXPECT_EQ(draft.fields.at(1).type, FieldType::Integer);
    EXPECT_EQ(draft.fields.at(2).type, FieldType::Date);
    QPointer<FormDesignerDialog> open = designer;
    designer->apply(); // Create Form
    ASSERT_TRUE(waitUntil([&] { return w->controller()->form().name == u"Sightings"_qs; }));
    designer->close();
    ASSERT_TRUE(waitUntil([&] { return !open || !open->isVisible(); }));
    ImportDialog *dialog = shownDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->path(), path);
    EXPECT_EQ(dialog->settings().columns.size(), 3);
    EXPECT_FALSE(dialog->settings().columns.contains(QString())) << "each column finds its field";
    QPointer<ImportDialog> importing = dialog;
    click(dialog, u"importStart"_qs);
    ASSERT_TRUE(waitUntil([&] { return !importing || !importing->isVisible(); }));
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 2; }));
}

// A file dialog that lists the book's own folder reads no file there: opening and closing the
// book (or its -wal or -shm) in this process would drop SQLite's locks on it, and another
// program could then change the book under the open window.
TEST_F(ImportFlowTest, TheFileDialogLeavesTheBooksLocksAlone) {
    MainWindow *w = openWindow(simpleForm(), 3);
    const auto locksHeld = [] {
        QFile locks(u"/proc/locks"_qs);
        if (!locks.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        int held = 0;
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() > 4 && parts.at(1) == "POSIX" && parts.at(4) == pid)
                ++held;
        }
        return held;
    };
    const int before = locksHeld();
    ASSERT_GT(before, 0) << "the open book holds locks";
    w->findChild<QAction *>(u"importRecords"_qs)->trigger();
    ImportDialog *dialog = shownDialog();
    ASSERT_NE(dialog, nullptr);
    QFileDialog *files = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        files = dialog->findChild<QFileDialog *>(u"importFileDialog"_qs);
        return files && files->isVisible();
    }));
    EXPECT_EQ(QDir(files->directory()).absolutePath(), QFileInfo(bookPath()).absolutePath())
        << "it starts in the book's folder";
    // Once it has listed the book file with its type, what it read is read; a lock lost is
    // lost by then.
    auto *model = files->findChild<QFileSystemModel *>();
    ASSERT_NE(model, nullptr);
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex book = model->index(bookPath());
        return (book.isValid() && !model->type(book).isEmpty()) || locksHeld() != before;
    }));
    EXPECT_EQ(locksHeld(), before);
    files->reject();
}
