// File → Check Book… in the window: the report says where each problem is, Repair asks and
// backs the book up first, mends only what it can, and the report can be saved as text.

#include "UiTestSupport.h"

#include "Backups.h"
#include "CheckDialog.h"
#include "MainActions.h"
#include "SqlStatements.h"
#include "WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

class CheckFlowTest : public UiTest {
protected:
    CheckDialog *openReport(MainWindow *w) {
        EXPECT_TRUE(w->actions()->checkBook->isEnabled());
        w->actions()->checkBook->trigger();
        CheckDialog *dialog = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            for (CheckDialog *d : w->findChildren<CheckDialog *>(u"checkDialog"_qs)) {
                if (d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        }));
        return dialog;
    }
    static QString summaryOf(CheckDialog *dialog) {
        return dialog->findChild<QLabel *>(u"checkSummary"_qs)->text();
    }
};

} // namespace

TEST_F(CheckFlowTest, AReportSaysWhereARepairMendsWhatItCanAndTheReportIsSaved) {
    // A book whose count index another program left stale, and one count it wrote out of range.
    FormDef form;
    {
        auto db = openBook(bookPath());
        form = await(db->createForm(simpleForm())).value;
        saveRecords(*db, form.id, 6, [](int i) { return item(u"c%1"_qs.arg(i), i); });
    }
    {
        RawBook raw(bookPath(), true);
        ASSERT_TRUE(raw.exec(u"PRAGMA ignore_check_constraints = ON"_qs));
        ASSERT_TRUE(raw.exec(u"UPDATE %1 SET count = -5 WHERE code = 'c2'"_qs.arg(form.table)));
    }
    makeIndexStale(bookPath(), SqlStatements::indexName(form, u"count"_qs),
                   u"UPDATE %1 SET count = count + 10 WHERE code <> 'c2'"_qs.arg(form.table));
    MainWindow *w = openWindow(form, 0);

    CheckDialog *dialog = openReport(w);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(summaryOf(dialog).contains(u"2 problems found"_qs))
        << summaryOf(dialog).toStdString();
    EXPECT_TRUE(summaryOf(dialog).contains(u"6 records"_qs)) << summaryOf(dialog).toStdString();
    auto *list = dialog->findChild<QTreeWidget *>(u"checkFindings"_qs);
    ASSERT_EQ(list->topLevelItemCount(), 2);
    QStringList where;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        where << list->topLevelItem(i)->text(0);
    EXPECT_TRUE(where.contains(u"Items, Count"_qs)) << where.join(u" | "_qs).toStdString();
    EXPECT_TRUE(where.contains(u"Items, “c2”, Count"_qs)) << where.join(u" | "_qs).toStdString();
    EXPECT_EQ(QApplication::focusWidget(), list);
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(u"2 problems"_qs));

    // Repair asks first; Escape leaves the book as it is, with no backup.
    auto *repair = dialog->findChild<QPushButton *>(u"repairBook"_qs);
    ASSERT_TRUE(repair->isVisible() && repair->isEnabled());
    QTest::mouseClick(repair, Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        confirm = dialog->findChild<QMessageBox *>(u"confirmRepair"_qs);
        return confirm && confirm->isVisible();
    }));
    QTest::keyClick(confirm, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return !confirm || !confirm->isVisible(); }));
    const BackupPolicy policy = WindowSettings().backupPolicy();
    EXPECT_TRUE(Backups::list(bookPath(), policy).isEmpty());

    QTest::mouseClick(repair, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        for (QMessageBox *box : dialog->findChildren<QMessageBox *>(u"confirmRepair"_qs)) {
            if (box->isVisible())
                confirm = box;
        }
        return confirm && confirm->isVisible();
    }));
    QTest::keyClick(confirm, Qt::Key_Return); // Repair is the question's default
    ASSERT_TRUE(waitUntil([&] { return summaryOf(dialog).contains(u"Repaired"_qs); }))
        << summaryOf(dialog).toStdString();
    const QList<BackupFile> backups = Backups::list(bookPath(), policy);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.front().reason, BackupReason::Repair);
    EXPECT_TRUE(summaryOf(dialog).contains(QDir::toNativeSeparators(backups.front().path)));
    // What a person must correct stays listed; the repair is not offered again.
    ASSERT_EQ(list->topLevelItemCount(), 1)
        << list->topLevelItem(0)->text(1).toStdString() << summaryOf(dialog).toStdString();
    EXPECT_EQ(list->topLevelItem(0)->text(0), u"Items, “c2”, Count"_qs);
    EXPECT_FALSE(repair->isVisible());

    // Save Report… writes what the dialog shows, as text.
    const QString reportPath = m_dir.filePath(u"report.txt"_qs);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveCheckReport"_qs), Qt::LeftButton);
    QFileDialog *files = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        files = dialog->findChild<QFileDialog *>(u"checkReportFileDialog"_qs);
        return files && files->isVisible();
    }));
    auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_qs);
    ASSERT_NE(name, nullptr);
    EXPECT_TRUE(name->text().endsWith(u".txt"_qs)) << name->text().toStdString();
    files->selectFile(reportPath);
    // QFileDialog::accept() is protected; the slot is what the Save button calls.
    QMetaObject::invokeMethod(files, "accept");
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(reportPath); }));
    EXPECT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(reportPath));
    })) << w->statusBar()->currentMessage().toStdString();
    QFile report(reportPath);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    EXPECT_TRUE(text.contains(u"1 problem found"_qs)) << text.toStdString();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(bookPath()))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Items, “c2”, Count:"_qs)) << text.toStdString();

    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }));
}

TEST_F(CheckFlowTest, ASoundBookSaysSoAndOffersNoRepair) {
    MainWindow *w = openWindow(simpleForm(), 3);
    CheckDialog *dialog = openReport(w);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(summaryOf(dialog).contains(u"The book is sound"_qs))
        << summaryOf(dialog).toStdString();
    EXPECT_FALSE(dialog->findChild<QTreeWidget *>(u"checkFindings"_qs)->isVisible());
    EXPECT_FALSE(dialog->findChild<QPushButton *>(u"repairBook"_qs)->isVisible());
    for (const QString &clash : duplicateMnemonics(dialog))
        ADD_FAILURE() << clash.toStdString();
    QTest::keyClick(dialog, Qt::Key_Escape);
}
