// Browsing a long table from the window: the scroll bar, filters, forms, long work.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "FormListPanel.h"
#include "MainWindow.h"
#include "ProgressNotice.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

TEST_F(UiTest, DraggingTheScrollBarToTheEndFetchesTheEndNotEveryPage) {
    MainWindow *w = openWindow(simpleForm(), 5000);
    RecordTableModel *model = w->browser()->model();
    QTableView *table = w->browser()->table();
    const int before = model->pageRequests();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded(4999); }));
    QTest::qWait(50);
    EXPECT_LE(model->pageRequests() - before, 2) << "the last page, and the one before if it shows";
    EXPECT_EQ(
        table->indexAt(table->viewport()->rect().bottomLeft() - QPoint(0, 5)).data().toString(),
        u"c4999"_qs);
}

TEST_F(UiTest, DraggingTheScrollBarToTheMiddleFetchesTheMiddleNotEveryPageBetween) {
    MainWindow *w = openWindow(simpleForm(), 20000);
    RecordTableModel *model = w->browser()->model();
    QTableView *table = w->browser()->table();
    QScrollBar *bar = table->verticalScrollBar();
    const int before = model->pageRequests();
    // The handle passes over a fifth of the table on its way, painting as it goes.
    for (int step = 1; step <= 5; ++step) {
        bar->setValue(bar->maximum() * step / 10);
        QApplication::processEvents();
    }
    const int top = table->rowAt(0);
    ASSERT_GT(top, 9000);
    ASSERT_LT(top, 11000);
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded(top) && model->isLoaded(top + 20); }));
    QTest::qWait(50);
    // At most the two pages that show wherever the handle stopped (a jump, and its
    // neighbour by key), never the hundred pages between.
    EXPECT_LE(model->pageRequests() - before, 2 * 5);
    EXPECT_EQ(table->indexAt(QPoint(5, 5)).data().toString(), u"c%1"_qs.arg(top));
    // From there, the next page down is paged by key, one page.
    const int jumped = model->pageRequests();
    bar->setValue(bar->value() + 150);
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded(table->rowAt(0) + 20); }));
    QTest::qWait(50);
    EXPECT_LE(model->pageRequests() - jumped, 2);
}

TEST_F(UiTest, AFieldFilterTypedIntoTheFilterBar) {
    MainWindow *w = openWindow(simpleForm(), 50);
    auto *field = w->findChild<QComboBox *>(u"filterField"_qs);
    auto *op = w->findChild<QComboBox *>(u"filterOp"_qs);
    auto *value = w->findChild<QLineEdit *>(u"filterValue"_qs);
    field->setCurrentIndex(field->findData(u"count"_qs));
    op->setCurrentIndex(op->findData(int(FieldFilter::Op::AtLeast)));
    value->setFocus();
    QTest::keyClicks(value, u"45"_qs);
    QTest::keyClick(value, Qt::Key_Return);
    RecordTableModel *model = w->browser()->model();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 5 && !model->isCounting(); }));
    ASSERT_EQ(model->query().filter.conditions.size(), 1);
    EXPECT_EQ(model->query().filter.conditions.front().value, QVariant(qlonglong(45)));
    QTest::keyClicks(value, u"x"_qs); // "45x" is not a number: nothing changes
    QTest::keyClick(value, Qt::Key_Return);
    EXPECT_EQ(model->query().filter.conditions.front().value, QVariant(qlonglong(45)));
    QTest::mouseClick(w->findChild<QAbstractButton *>(u"filterClear"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 50; }));
}

TEST_F(UiTest, SwitchingFormsWithUnsavedChangesAsksFirst) {
    FormDef other;
    {
        auto db = openWithForm(simpleForm(u"Others"_qs), &other);
        FormDef second;
        runCoroutine([&]() -> QCoro::Task<> {
            const Reply<FormDef> r = co_await db->createForm(simpleForm(u"Items"_qs));
            EXPECT_TRUE(r.ok());
            second = r.value;
        });
        saveRecords(*db, second.id, 2, [](int i) { return item(QStringLiteral("c%1").arg(i), i); });
    }
    m_window = std::make_unique<MainWindow>();
    MainWindow *w = m_window.get();
    w->openBook(BookSpec::sqlite(bookPath()));
    showActive(w);
    ASSERT_TRUE(waitUntil(
        [&] { return w->formList()->list()->count() == 2 && w->controller()->form().id; }));
    const qint64 first = w->controller()->form().id;
    auto *code = qobject_cast<QLineEdit *>(w->recordForm()->editor(u"code"_qs)->focusTarget());
    code->setFocus();
    QTest::keyClicks(code, u"typed"_qs);
    pressInModal(QMessageBox::Cancel);
    w->formList()->list()->setCurrentRow(w->formList()->currentFormId() == first ? 1 : 0);
    // The question opens from a coroutine, after the list moved: wait for its answer to have
    // taken effect (the list back on the form still shown), not merely for no modal window.
    ASSERT_TRUE(waitUntil([&] {
        return QApplication::activeModalWidget() == nullptr &&
               w->formList()->currentFormId() == first;
    })) << "the list did not come back to the form still shown";
    EXPECT_EQ(w->controller()->form().id, first);
    EXPECT_EQ(w->formList()->currentFormId(), first) << "the list shows the form still shown";
    EXPECT_EQ(code->text(), u"typed"_qs);
    pressInModal(QMessageBox::Discard);
    w->formList()->list()->setCurrentRow(w->formList()->currentFormId() == first ? 1 : 0);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->form().id != first; }));
}

TEST_F(UiTest, LongWorkShowsProgressAfter300MsWithoutBlocking) {
    QWidget window;
    showActive(&window);
    QPromise<int> promise;
    promise.start();
    ProgressNotice::track(promise.future(), u"Working…"_qs, &window);
    QTest::qWait(100);
    auto visibleDialog = [&] {
        auto *d = window.findChild<QProgressDialog *>();
        return d && d->isVisible();
    };
    EXPECT_FALSE(visibleDialog()) << "quick work shows nothing";
    ASSERT_TRUE(waitUntil(visibleDialog, 2000));
    EXPECT_FALSE(window.findChild<QProgressDialog *>()->isModal()) << "the window stays usable";
    promise.addResult(1);
    promise.finish();
    ASSERT_TRUE(waitUntil([&] { return !visibleDialog(); }));
}

// In a right-to-left layout (Arabic) a click on a row's number in the table selected nothing
// and the form stayed on the record before: Qt 6.4's QTableView::selectRow, which the row
// header called, looks for the first column one pixel beyond the viewport's edge and finds
// none.
TEST_F(UiTest, ARowPickedByItsNumberInARightToLeftLayoutShowsItsRecord) {
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const auto leftToRight = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
    MainWindow *w = openWindow(simpleForm(), 5);
    QTableView *table = w->browser()->table();
    ASSERT_TRUE(table->isRightToLeft());
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->isLoaded(4); }));
    QHeaderView *rows = table->verticalHeader();
    const auto code = [&] {
        return qobject_cast<QLineEdit *>(w->recordForm()->editor(u"code"_qs)->focusTarget())
            ->text();
    };
    QTest::mouseClick(
        rows->viewport(), Qt::LeftButton, {},
        QPoint(rows->width() / 2, rows->sectionViewportPosition(3) + rows->sectionSize(3) / 2));
    EXPECT_TRUE(waitUntil([&] { return code() == u"c3"_qs; })) << code().toStdString();
    EXPECT_EQ(w->controller()->currentRow(), 3);
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 1);
    // And another one, then the first again.
    QTest::mouseClick(
        rows->viewport(), Qt::LeftButton, {},
        QPoint(rows->width() / 2, rows->sectionViewportPosition(1) + rows->sectionSize(1) / 2));
    EXPECT_TRUE(waitUntil([&] { return code() == u"c1"_qs; })) << code().toStdString();
    QTest::keyClick(table, Qt::Key_Up);
    EXPECT_TRUE(waitUntil([&] { return code() == u"c0"_qs; })) << "Up moves on from the row picked";
}
