// A damaged book in the window: it opens read-only with a notice that says it is damaged, and
// the notice offers to save what can be read into a new book.

#include "UiTestSupport.h"

#include "RecordBrowser.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

class DamagedBookTest : public UiTest {
protected:
    // book() with 300 records and 4 KB of random bytes over a page in its middle.
    void makeDamagedBook() {
        FormDef form;
        {
            auto db = openWithForm(simpleForm(), &form);
            saveRecords(*db, form.id, 300, [](int i) {
                return item(u"code-%1-"_qs.arg(i) + QString(180, QChar(u'a' + i % 26)), i);
            });
        }
        const qint64 size = QFileInfo(book().path).size();
        ASSERT_GT(size, 16 * 4096);
        overwriteFile(book().path, (size / 2) / 4096 * 4096, noise(4096, 20261201));
    }
    // A window on it, once the book is open read-only.
    void openDamagedWindow() {
        m_window = std::make_unique<MainWindow>();
        showActive(m_window.get());
        m_window->openBook(book());
        ASSERT_TRUE(
            waitUntil([&] { return m_window->database()->state() == BookState::ReadOnly; }));
        ASSERT_TRUE(m_window->database()->isDamaged());
    }
    // Closes the window and checks that the damaged book was never written.
    void closeAndCheck(const QByteArray &before) {
        m_window->close();
        waitUntil([&] { return m_window->database()->isClosed(); });
        m_window.reset();
        EXPECT_EQ(fileHash(book().path), before) << "the damaged book was written";
    }
};

} // namespace

TEST_F(DamagedBookTest, ADamagedBookOpensReadOnlyWithANoticeThatSaysSo) {
    ASSERT_NO_FATAL_FAILURE(makeDamagedBook());
    const QByteArray before = fileHash(book().path);
    ASSERT_NO_FATAL_FAILURE(openDamagedWindow());
    auto *banner = m_window->findChild<QLabel *>(u"readOnlyBanner"_qs);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(u"damaged"_qs)) << banner->text().toStdString();
    EXPECT_FALSE(m_window->recordForm()->isEnabled());
    // Scrolled to the damage, the table says why rows stay empty, where they are.
    auto *notice = m_window->findChild<QLabel *>(u"unreadableNotice"_qs);
    ASSERT_NE(notice, nullptr);
    RecordBrowser *browser = m_window->browser();
    // Where the damage is met first (the count, or a page further down) depends on the bytes.
    int row = 0;
    EXPECT_TRUE(waitUntil(
        [&] {
            if (notice->isVisible())
                return true;
            if (browser->model()->rowCount() > 0) {
                row = (row + 50) % browser->model()->rowCount();
                browser->table()->scrollTo(browser->model()->index(row, 0));
            }
            return false;
        },
        10000))
        << "the table did not say that records cannot be read";
    EXPECT_TRUE(notice->text().contains(u"damaged"_qs)) << notice->text().toStdString();
    closeAndCheck(before);
}

// The banner's button through to the end: a new file named in the dialog, the salvage, what was
// saved, and the new book opened in the window — clean, with the records that could be read.
TEST_F(DamagedBookTest, SaveWhatCanBeReadMakesANewBookAndOpensIt) {
    ASSERT_NO_FATAL_FAILURE(makeDamagedBook());
    const QByteArray before = fileHash(book().path);
    ASSERT_NO_FATAL_FAILURE(openDamagedWindow());
    auto *button = m_window->findChild<QPushButton *>(u"salvageButton"_qs);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    EXPECT_TRUE(button->text().contains(u"Save What Can Be Re&ad"_qs))
        << button->text().toStdString();
    for (const QString &clash : duplicateMnemonics(m_window.get()))
        ADD_FAILURE() << clash.toStdString();

    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = m_window->findChild<QFileDialog *>(u"salvageFileDialog"_qs);
        return dialog && dialog->isVisible();
    }));
    const QString salvaged = m_dir.filePath(u"salvaged.fieldbook"_qs);
    dialog->selectFile(salvaged);
    // QFileDialog::accept() is protected; the slot is what the Save button calls.
    QMetaObject::invokeMethod(dialog, "accept");

    QMessageBox *done = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        done = m_window->findChild<QMessageBox *>(u"salvageDone"_qs);
        return done && done->isVisible();
    })) << (m_window->findChild<QMessageBox *>(u"salvageFailed"_qs)
                ? m_window->findChild<QMessageBox *>(u"salvageFailed"_qs)->text().toStdString()
                : std::string());
    EXPECT_TRUE(done->text().contains(QDir::toNativeSeparators(salvaged)))
        << done->text().toStdString();
    EXPECT_TRUE(done->informativeText().contains(u"Items"_qs))
        << done->informativeText().toStdString();
    EXPECT_TRUE(QFile::exists(salvaged));
    auto *open = done->findChild<QPushButton *>(u"openSalvaged"_qs);
    ASSERT_NE(open, nullptr);
    QTest::mouseClick(open, Qt::LeftButton);

    ASSERT_TRUE(waitUntil([&] {
        Database *db = m_window->database();
        return db && db->spec().path == salvaged && db->state() == BookState::Open;
    }));
    EXPECT_FALSE(m_window->database()->isDamaged());
    EXPECT_FALSE(button->isVisible());
    ASSERT_EQ(m_window->database()->forms().size(), 1);
    const qint64 count =
        await(m_window->database()->countAll(m_window->database()->forms().front())).value;
    EXPECT_GT(count, 200);
    EXPECT_LE(count, 300);
    closeAndCheck(before);
}
