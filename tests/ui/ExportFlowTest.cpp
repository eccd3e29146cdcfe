// Record → Export… from the window: the dialog's choices reach the file, the records the table
// shows go out in its order, a file that exists is replaced only when the person says so.

#include "UiTestSupport.h"

#include "Csv.h"
#include "ExportDialog.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"
#include "WindowSettings.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

class ExportFlowTest : public UiTest {
protected:
    // Opens Record → Export… and waits for its dialog.
    ExportDialog *openExport() {
        auto *action = m_window->findChild<QAction *>(u"exportRecords"_qs);
        EXPECT_TRUE(action && action->isEnabled());
        if (!action)
            return nullptr;
        action->trigger();
        ExportDialog *dialog = nullptr;
        // The one on show: an earlier one may wait for its deferred deletion.
        EXPECT_TRUE(waitUntil([&] {
            for (ExportDialog *d : m_window->findChildren<ExportDialog *>(u"exportDialog"_qs)) {
                if (d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        }));
        return dialog;
    }

    static void typePath(ExportDialog *dialog, const QString &path) {
        auto *edit = dialog->findChild<QLineEdit *>(u"exportPath"_qs);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, path);
    }

    // The message box `name` under `parent` once it shows (null if it does not in time).
    static QMessageBox *shownBox(QObject *parent, const QString &name) {
        QMessageBox *box = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            box = parent->findChild<QMessageBox *>(name);
            return box && box->isVisible();
        })) << name.toStdString();
        return box;
    }

    // The box's own button that goes ahead (AcceptRole), beside the standard ones.
    static QPushButton *goAhead(QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }

    static QStringList codesIn(const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const Csv::Parsed parsed = Csv::parse(QString::fromUtf8(f.readAll()), {});
        QStringList codes;
        for (const Csv::Row &row : parsed.rows)
            codes << row.fields.value(0);
        return codes;
    }
};

} // namespace

TEST_F(ExportFlowTest, TheRecordsTheTableShowsGoOutInItsOrderAndAFileIsReplacedOnlyWhenAsked) {
    MainWindow *w = openWindow(simpleForm(), 120);
    RecordTableModel *model = w->browser()->model();
    // Searched and sorted by count, highest first: what the table shows.
    QTest::keyClicks(w->browser()->searchBox(), u"c1"_qs);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 31 && model->isLoaded(30); }));
    model->sort(1, Qt::DescendingOrder);
    ASSERT_TRUE(waitUntil([&] {
        return model->isLoaded(0) && model->recordAt(0)->values.value(u"code"_qs) == u"c119"_qs;
    }));
    QStringList shown{u"Code"_qs};
    for (int row = 0; row < model->rowCount(); ++row) {
        ASSERT_TRUE(waitUntil([&] { return model->isLoaded(row); }));
        shown << model->recordAt(row)->values.value(u"code"_qs).toString();
    }

    ExportDialog *dialog = openExport();
    ASSERT_NE(dialog, nullptr);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_qs);
    // From the spreadsheet preset down, by key, to RFC 4180.
    format->setFocus();
    while (format->currentIndex() < int(ExportDialog::Preset::Rfc4180))
        QTest::keyClick(format, Qt::Key_Down);
    ASSERT_EQ(format->currentIndex(), int(ExportDialog::Preset::Rfc4180));
    auto *all = dialog->findChild<QRadioButton *>(u"exportAll"_qs);
    EXPECT_TRUE(all->isVisible()) << "a search leaves records out: all of them can be chosen";
    const QString path = m_dir.filePath(u"items.csv"_qs);
    typePath(dialog, path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStart"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return w->statusBar()->currentMessage().contains(u"31"_qs); }))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(codesIn(path), shown);

    // Again into the same file, all records: asked first; Cancel keeps the file and the dialog.
    dialog = openExport();
    ASSERT_NE(dialog, nullptr);
    typePath(dialog, path);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"exportAll"_qs), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStart"_qs), Qt::LeftButton);
    QMessageBox *replace = shownBox(dialog, u"exportReplace"_qs);
    ASSERT_NE(replace, nullptr);
    QTest::mouseClick(replace->button(QMessageBox::Cancel), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !replace || !replace->isVisible(); }));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(codesIn(path), shown);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStart"_qs), Qt::LeftButton);
    replace = shownBox(dialog, u"exportReplace"_qs);
    ASSERT_NE(replace, nullptr);
    QPushButton *yes = goAhead(replace);
    ASSERT_NE(yes, nullptr);
    QTest::mouseClick(yes, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return codesIn(path).size() == 121; }));
    // Every record, in the table's order (count, highest first), search or not.
    EXPECT_EQ(codesIn(path).at(1), u"c119"_qs);
    EXPECT_EQ(codesIn(path).last(), u"c0"_qs);
}

// A file that cannot be written says so, naming where; the dialog then comes back with the
// same choices, and the folder is not offered for the next export.
TEST_F(ExportFlowTest, AFailedExportSaysWhyAndOffersTheDialogAgain) {
    MainWindow *w = openWindow(simpleForm(), 5);
    ExportDialog *dialog = openExport();
    ASSERT_NE(dialog, nullptr);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_qs);
    format->setFocus();
    while (format->currentIndex() < int(ExportDialog::Preset::Json))
        QTest::keyClick(format, Qt::Key_Down);
    ASSERT_EQ(format->currentIndex(), int(ExportDialog::Preset::Json));
    const QString folder = m_dir.filePath(u"no/such/folder"_qs);
    const QString path = folder + u"/items.json"_qs;
    typePath(dialog, path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStart"_qs), Qt::LeftButton);
    QMessageBox *failed = shownBox(w, u"exportFailed"_qs);
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->text().contains(QDir::toNativeSeparators(folder)))
        << failed->text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    QTest::mouseClick(failed->button(QMessageBox::Ok), Qt::LeftButton);

    dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (ExportDialog *d : w->findChildren<ExportDialog *>(u"exportDialog"_qs)) {
            if (d->isVisible())
                dialog = d;
        }
        return dialog != nullptr;
    })) << "the dialog did not come back";
    EXPECT_EQ(dialog->findChild<QComboBox *>(u"exportFormat"_qs)->currentIndex(),
              int(ExportDialog::Preset::Json));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"exportPath"_qs)->text(),
              QDir::toNativeSeparators(path));
    dialog->reject();
    EXPECT_NE(WindowSettings().exportFolder(), folder);
}

// What is typed into the record and not saved yet is not left out silently: the export asks
// first, and Save puts it into the file.
TEST_F(ExportFlowTest, UnsavedChangesAreSavedOrKeptOutAsThePersonSays) {
    MainWindow *w = openWindow(simpleForm(), 3);
    typeIntoField(u"code"_qs, u"typed, not saved"_qs);
    ASSERT_TRUE(w->controller()->isDirty());
    pressInModal(QMessageBox::Save);
    ExportDialog *dialog = openExport();
    ASSERT_NE(dialog, nullptr);
    const QString path = m_dir.filePath(u"items.csv"_qs);
    typePath(dialog, path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStart"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return codesIn(path).size() == 4; }));
    EXPECT_TRUE(codesIn(path).contains(u"typed, not saved"_qs))
        << codesIn(path).join(u'|').toStdString();
}

// A name that ends for another format is questioned; the answer puts the format's ending on it.
TEST_F(ExportFlowTest, AFileNamedForAnotherFormatIsRenamedWhenThePersonAgrees) {
    MainWindow *w = openWindow(simpleForm(), 4);
    ExportDialog *dialog = openExport();
    ASSERT_NE(dialog, nullptr);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_qs);
    format->setFocus();
    while (format->currentIndex() < int(ExportDialog::Preset::Rfc4180))
        QTest::keyClick(format, Qt::Key_Down);
    typePath(dialog, m_dir.filePath(u"items.xlsx"_qs));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStart"_qs), Qt::LeftButton);
    QMessageBox *question = shownBox(dialog, u"exportWrongEnding"_qs);
    ASSERT_NE(question, nullptr);
    QPushButton *rename = goAhead(question);
    ASSERT_NE(rename, nullptr);
    QTest::mouseClick(rename, Qt::LeftButton);
    const QString csv = m_dir.filePath(u"items.csv"_qs);
    ASSERT_TRUE(waitUntil([&] { return codesIn(csv).size() == 5; }))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"items.xlsx"_qs)));
}
