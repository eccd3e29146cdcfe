// File → Back Up Now and Restore from Backup… in the window: the backup is made and said, the
// list shows it with what it holds, a restore asks, brings the book back, keeps the book as
// it was, and opens the restored book afresh; Preferences keep the backups' settings.

#include "UiTestSupport.h"

#include "Backups.h"
#include "MainActions.h"
#include "PreferencesDialog.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"
#include "RestoreDialog.h"
#include "WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

class BackupFlowTest : public UiTest {
protected:
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(k), mods);
    }
    bool idle() const { return m_window->database()->pendingWrites() == 0; }
    QStringList codesShown() const {
        RecordTableModel *model = m_window->browser()->model();
        QStringList codes;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->isLoaded(row))
                return {};
            codes << model->recordAt(row)->values.value(u"code"_qs).toString();
        }
        return codes;
    }
};

} // namespace

TEST_F(BackupFlowTest, ABackupIsMadeListedAndRestoredAndTheBookAsItWasIsKept) {
    MainWindow *w = openWindow(simpleForm(), 5);
    const BackupPolicy policy = WindowSettings().backupPolicy();
    ASSERT_TRUE(waitUntil([&] { return codesShown().size() == 5; }));
    const QStringList before = codesShown();

    // File → Back Up Now: said in the status bar, with where it went.
    QAction *backupNow = w->actions()->backupNow;
    ASSERT_TRUE(backupNow->isEnabled());
    backupNow->trigger();
    ASSERT_TRUE(waitUntil([&] { return Backups::list(bookPath(), policy).size() == 1; }));
    const BackupFile made = Backups::list(bookPath(), policy).front();
    EXPECT_EQ(made.reason, BackupReason::Manual);
    ASSERT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(made.path));
    })) << w->statusBar()->currentMessage().toStdString();

    // A new record, typed and saved: the backup does not have it.
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == formField(u"code"_qs); }));
    QTest::keyClicks(formField(u"code"_qs), u"after the backup"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && codesShown().size() == 6; }));
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->isEnabled(); }));

    // File → Restore from Backup…: the backup, when and why, and what it holds.
    ASSERT_TRUE(w->actions()->restoreBackup->isEnabled());
    w->actions()->restoreBackup->trigger();
    RestoreDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = w->findChild<RestoreDialog *>(u"restoreDialog"_qs);
        return dialog && dialog->isVisible();
    }));
    auto *list = dialog->findChild<QTreeWidget *>(u"backupList"_qs);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(1), RestoreDialog::reasonText(BackupReason::Manual));
    ASSERT_TRUE(waitUntil([&] { return list->topLevelItem(0)->text(3).contains(u"5"_qs); }))
        << list->topLevelItem(0)->text(3).toStdString();
    EXPECT_TRUE(list->topLevelItem(0)->text(3).contains(u"1 form"_qs));
    EXPECT_EQ(QApplication::focusWidget(), list);
    EXPECT_TRUE(list->currentItem() == list->topLevelItem(0));

    // Restore asks first; Cancel leaves all as it is.
    auto *restore = dialog->findChild<QPushButton *>(u"restoreBackup"_qs);
    ASSERT_TRUE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        confirm = dialog->findChild<QMessageBox *>(u"confirmRestore"_qs);
        return confirm && confirm->isVisible();
    }));
    QTest::keyClick(confirm, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return !confirm || !confirm->isVisible(); }));
    EXPECT_EQ(codesShown().size(), 6);
    // Enter on the list is Restore too; then the question's own button goes ahead.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        for (QMessageBox *box : dialog->findChildren<QMessageBox *>(u"confirmRestore"_qs)) {
            if (box->isVisible())
                confirm = box;
        }
        return confirm && confirm->isVisible();
    }));
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmRestoreYes"_qs), Qt::LeftButton);

    // The book is the backup's again, opened afresh: nothing of the old book is undoable.
    ASSERT_TRUE(waitUntil([&] {
        return w->database() && w->database()->state() == BookState::Open && codesShown() == before;
    })) << codesShown().join(u", "_qs).toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().contains(u"Restored"_qs);
    })) << w->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(w->actions()->undo->isEnabled());
    // The book as it was, with the record typed after the backup, is a backup of its own.
    const QList<BackupFile> backups = Backups::list(bookPath(), policy);
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups.front().reason, BackupReason::Restore);
    RawBook kept(backups.front().path);
    EXPECT_EQ(kept.scalar(u"SELECT count(*) FROM items WHERE code = 'after the backup'"_qs), 1);
    RawBook book(bookPath());
    EXPECT_EQ(book.scalar(u"SELECT count(*) FROM items"_qs), 5);
}

TEST_F(BackupFlowTest, PreferencesKeepTheBackupSettingsAndTheOpenBookFollowsThem) {
    MainWindow *w = openWindow(simpleForm(), 2);
    w->actions()->preferences->trigger();
    PreferencesDialog *prefs = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        prefs = w->findChild<PreferencesDialog *>();
        return prefs && prefs->isVisible();
    }));
    auto *automatic = prefs->findChild<QCheckBox *>(u"automaticBackups"_qs);
    auto *keepLast = prefs->findChild<QSpinBox *>(u"keepLastBackups"_qs);
    ASSERT_TRUE(automatic && keepLast);
    EXPECT_TRUE(automatic->isChecked()); // on unless the person turns it off
    keepLast->setFocus();
    keepLast->selectAll();
    QTest::keyClicks(keepLast, u"3"_qs);
    EXPECT_EQ(WindowSettings().backupPolicy().keepLast, 3);
    EXPECT_TRUE(keepLast->suffix().contains(u"backups"_qs));
    QTest::mouseClick(automatic, Qt::LeftButton, {}, QPoint(5, automatic->height() / 2));
    EXPECT_FALSE(WindowSettings().backupPolicy().automatic);
    QTest::keyClick(prefs, Qt::Key_Escape);
    // Off: a form change in the open book makes no backup.
    FormDef changed = w->controller()->form();
    changed.fields << plainField(u"Notes"_qs, FieldType::Text);
    const Reply<FormDef> reply = await(w->database()->updateForm(changed));
    ASSERT_TRUE(reply.ok());
    EXPECT_TRUE(Backups::list(bookPath(), WindowSettings().backupPolicy()).isEmpty());
}

TEST_F(BackupFlowTest, ARestoreByAnotherProgramOpensTheBookAfreshInTheWindow) {
    MainWindow *w = openWindow(simpleForm(), 4);
    ASSERT_TRUE(waitUntil([&] { return codesShown().size() == 4; }));
    const QStringList before = codesShown();
    const QString backup = m_dir.filePath(u"kept.fieldbook"_qs);
    ASSERT_TRUE(await(w->database()->backUp(backup)).ok());
    // A change in the window, undoable.
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == formField(u"code"_qs); }));
    QTest::keyClicks(formField(u"code"_qs), u"typed here"_qs);
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return idle() && codesShown().size() == 5; }));
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->isEnabled(); }));
    const Database *old = w->database();

    // Another program (as `fieldbook restore` does) brings the book back to the backup.
    {
        Database other;
        other.open(BookSpec::sqlite(bookPath()));
        ASSERT_TRUE(waitUntil([&] { return other.state() == BookState::Open; }));
        const Reply<BackupMade> restored = await(other.restoreBackup(backup));
        ASSERT_TRUE(restored.ok()) << restored.error.toLogString().toStdString();
        const QFuture<void> closing = other.close();
        ASSERT_TRUE(waitUntil([&] { return closing.isFinished(); }));
    }
    // The window notices, opens the book afresh and says why; the old undo steps are gone.
    ASSERT_TRUE(waitUntil([&] {
        return w->database() != old && w->database()->state() == BookState::Open &&
               codesShown() == before;
    })) << codesShown().join(u", "_qs).toStdString();
    EXPECT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().contains(u"restored a backup"_qs);
    })) << w->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(w->actions()->undo->isEnabled());
}
