// The window while the form's definition changes under it (the designer, another window).

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {
class FormChangeTest : public UiTest {
protected:
    // Saves `form` as the form's new definition and waits until the window shows it.
    void change(const FormDef &form) {
        runCoroutine([&]() -> QCoro::Task<> {
            const Reply<FormDef> r = co_await m_window->database()->updateForm(form);
            EXPECT_TRUE(r.ok()) << r.error.toLogString().toStdString();
        });
        ASSERT_TRUE(waitUntil([&] {
            return m_window->controller()->form().fields.size() == form.fields.size() &&
                   m_window->controller()->form().fields.back().type == form.fields.back().type;
        }));
    }
    QString firstCode() {
        RecordTableModel *model = m_window->browser()->model();
        return model->isLoaded(0) ? model->recordAt(0)->values.value(u"code"_qs).toString()
                                  : QString();
    }
    void chooseFrom(QComboBox *combo, int index) {
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
    }
};
} // namespace

// A field added in the designer put the table back in the order of entry.
TEST_F(FormChangeTest, TheSortStaysWhenItsColumnIsStillThere) {
    MainWindow *w = openWindow(simpleForm(), 3);
    QHeaderView *header = w->browser()->table()->horizontalHeader();
    const QPoint count(header->sectionViewportPosition(1) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, count);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, count);
    ASSERT_TRUE(waitUntil([&] { return firstCode() == u"c2"_qs; }));

    FormDef form = w->controller()->form();
    FieldDef note;
    note.label = u"Note"_qs;
    form.fields.append(note);
    change(form);
    EXPECT_EQ(header->sortIndicatorSection(), 1);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(w->browser()->model()->query().sortKey, u"count"_qs);
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 3; }));
    EXPECT_TRUE(waitUntil([&] { return firstCode() == u"c2"_qs; })) << firstCode().toStdString();

    // Without its column, the order of entry again.
    form = w->controller()->form();
    form.fields.removeAt(1);
    change(form);
    EXPECT_EQ(header->sortIndicatorSection(), -1);
    EXPECT_EQ(w->browser()->model()->query().sortKey, u"id"_qs);
}

// "is at least" chosen for a number stayed on when the field became a text.
TEST_F(FormChangeTest, TheFilterConditionGoesBackWhenItsFieldChangesType) {
    MainWindow *w = openWindow(simpleForm(), 3);
    auto *field = w->findChild<QComboBox *>(u"filterField"_qs);
    auto *op = w->findChild<QComboBox *>(u"filterOp"_qs);
    chooseFrom(field, 1); // Count
    chooseFrom(op, 2);    // is at least
    ASSERT_EQ(op->currentIndex(), 2);

    FormDef form = w->controller()->form();
    form.fields[1].type = FieldType::Text;
    change(form);
    EXPECT_EQ(field->currentData().toString(), u"count"_qs) << "the same field";
    EXPECT_EQ(op->currentIndex(), 0) << op->currentText().toStdString();

    // Choosing a field of another type in the bar does the same.
    chooseFrom(op, 2);
    FormDef numbers = w->controller()->form();
    numbers.fields[1].type = FieldType::Integer;
    change(numbers);
    chooseFrom(op, 3); // is at most, for the number
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Up); // Code, a text
    EXPECT_EQ(op->currentIndex(), 0);
}
