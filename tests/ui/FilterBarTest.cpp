// The filter bar: conditions added and removed by keyboard, all or any of them, each row's
// operators those of its field's type, each form's filter kept (also between runs), values
// read in the interface language, combo boxes as wide as their texts.

#include "UiTestSupport.h"

#include "FilterBar.h"
#include "FilterConditionRow.h"
#include "FilterValueText.h"
#include "FormListPanel.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

using FilterOp = FieldFilter::Op;

class FilterBarTest : public UiTest {
protected:
    void TearDown() override {
        InterfaceLanguage::apply(u"en"_qs);
        UiTest::TearDown();
    }
    FilterBar *bar() const { return m_window->findChild<FilterBar *>(); }
    RecordTableModel *model() const { return m_window->browser()->model(); }
    bool showing(int rows) const { return model()->rowCount() == rows && !model()->isCounting(); }
    static void choose(QComboBox *combo, int index) {
        ASSERT_GE(index, 0);
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
    }
    static QComboBox *opBox(FilterConditionRow *row) {
        return row->findChild<QComboBox *>(u"filterOp"_qs);
    }
    static QLineEdit *valueBox(FilterConditionRow *row) {
        return row->findChild<QLineEdit *>(u"filterValue"_qs);
    }
    // Row `i`: the field, the operator and the value, typed, then Enter.
    void setRow(int i, const QString &key, FilterOp op, const QString &text) {
        FilterConditionRow *row = bar()->rows().at(i);
        choose(row->fieldBox(), row->fieldBox()->findData(key));
        choose(opBox(row), opBox(row)->findData(int(op)));
        QLineEdit *value = valueBox(row);
        value->setFocus();
        value->selectAll();
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(value, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, value, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
        QTest::keyClick(value, Qt::Key_Return);
    }
    static QList<int> opsOf(FilterConditionRow *row) {
        QList<int> out;
        for (int i = 0; i < opBox(row)->count(); ++i)
            out << opBox(row)->itemData(i).toInt();
        return out;
    }
    static QList<int> ints(const QList<FilterOp> &ops) {
        QList<int> out;
        for (const FilterOp op : ops)
            out << int(op);
        return out;
    }
};

} // namespace

TEST_F(FilterBarTest, ConditionsAreAddedAndRemovedByKeyboardAndMeetAllOrAny) {
    openWindow(simpleForm(), 50); // codes c0…c49, counts 0…49
    ASSERT_EQ(bar()->rows().size(), 1);
    auto *match = bar()->findChild<QComboBox *>(u"filterMatch"_qs);
    EXPECT_FALSE(match->isVisible()) << "one condition: nothing to match all or any of";
    setRow(0, u"count"_qs, FilterOp::AtMost, u"2"_qs);
    ASSERT_TRUE(waitUntil([&] { return showing(3); }));

    // Alt+N adds a row and puts the focus on its field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    // A mnemonic clicks its button as an animated click, a moment later.
    ASSERT_TRUE(waitUntil([&] { return bar()->rows().size() == 2; }));
    EXPECT_EQ(QApplication::focusWidget(), bar()->rows().at(1)->fieldBox());
    EXPECT_TRUE(match->isVisible());
    setRow(1, u"count"_qs, FilterOp::AtLeast, u"45"_qs);
    ASSERT_TRUE(waitUntil([&] { return showing(0); })) << "all: none is both";
    choose(match, match->findData(int(RecordFilter::Match::Any)));
    ASSERT_TRUE(waitUntil([&] { return showing(3 + 5); })) << "any: 0, 1, 2 and 45…49";
    EXPECT_EQ(model()->query().filter.match, RecordFilter::Match::Any);
    EXPECT_EQ(model()->query().filter.conditions.size(), 2);

    // Tab from the second row's value reaches its remove button; Space removes the row.
    valueBox(bar()->rows().at(1))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), u"filterRemove"_qs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return bar()->rows().size() == 1 && showing(3); }));

    // Clear shows every record again and leaves one empty row.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return bar()->rows().size() == 2; }));
    setRow(1, u"code"_qs, FilterOp::Contains, u"c1"_qs);
    QTest::mouseClick(bar()->findChild<QAbstractButton *>(u"filterClear"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return showing(50); }));
    EXPECT_EQ(bar()->rows().size(), 1);
    EXPECT_TRUE(valueBox(bar()->rows().at(0))->text().isEmpty());
}

TEST_F(FilterBarTest, EachRowOffersTheOperatorsOfItsFieldsType) {
    openWindow(simpleForm(), 3);
    QTest::keyClick(bar()->rows().at(0)->fieldBox(), Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return bar()->rows().size() == 2; }));
    FilterConditionRow *text = bar()->rows().at(0), *number = bar()->rows().at(1);
    choose(text->fieldBox(), text->fieldBox()->findData(u"code"_qs));
    choose(number->fieldBox(), number->fieldBox()->findData(u"count"_qs));
    EXPECT_EQ(opsOf(text), ints(RecordFilter::opsFor(FieldType::Text)));
    EXPECT_EQ(opsOf(number), ints(RecordFilter::opsFor(FieldType::Integer)));
    EXPECT_EQ(opBox(text)->findData(int(FilterOp::AtLeast)), -1);
    EXPECT_EQ(opBox(number)->findData(int(FilterOp::Contains)), -1);
}

TEST_F(FilterBarTest, EachFormKeepsItsFilterAlsoAfterARestart) {
    FormDef other;
    {
        auto db = openWithForm(simpleForm(u"Others"_qs), &other);
        saveRecords(*db, other.id, 5, [](int i) { return item(u"o%1"_qs.arg(i), i); });
    }
    FormDef items = simpleForm(u"Items"_qs);
    {
        auto db = openBook(bookPath());
        runCoroutine([&]() -> QCoro::Task<> {
            const Reply<FormDef> r = co_await db->createForm(items);
            EXPECT_TRUE(r.ok());
            items = r.value;
        });
        saveRecords(*db, items.id, 10, [](int i) { return item(u"c%1"_qs.arg(i), i); });
    }
    auto open = [&] {
        m_window = std::make_unique<MainWindow>();
        m_window->openBook(BookSpec::sqlite(bookPath()));
        showActive(m_window.get());
        ASSERT_TRUE(waitUntil([&] {
            return m_window->formList()->list()->count() == 2 && m_window->controller()->form().id;
        }));
    };
    auto show = [&](qint64 id) {
        QListWidget *list = m_window->formList()->list();
        for (int i = 0; i < list->count(); ++i)
            if (m_window->formList()->currentFormId() != id)
                list->setCurrentRow(i);
        ASSERT_TRUE(waitUntil([&] { return m_window->controller()->form().id == id; }));
    };
    open();
    show(items.id);
    setRow(0, u"count"_qs, FilterOp::AtLeast, u"7"_qs);
    ASSERT_TRUE(waitUntil([&] { return showing(3); }));
    show(other.id);
    ASSERT_TRUE(waitUntil([&] { return showing(5); })) << "the other form has no filter";
    EXPECT_TRUE(valueBox(bar()->rows().at(0))->text().isEmpty());
    setRow(0, u"count"_qs, FilterOp::AtMost, u"1"_qs);
    ASSERT_TRUE(waitUntil([&] { return showing(2); }));
    show(items.id);
    ASSERT_TRUE(waitUntil([&] { return showing(3); })) << "Items' own filter is back";
    EXPECT_EQ(valueBox(bar()->rows().at(0))->text(), u"7"_qs);
    EXPECT_EQ(opBox(bar()->rows().at(0))->currentData().toInt(), int(FilterOp::AtLeast));

    // Closed and opened again: each form's filter is still its own.
    m_window->close();
    ASSERT_TRUE(waitUntil([&] { return m_window->database()->isClosed(); }));
    m_window.reset();
    open();
    show(other.id);
    ASSERT_TRUE(waitUntil([&] { return showing(2); }));
    show(items.id);
    ASSERT_TRUE(waitUntil([&] { return showing(3); }));
    EXPECT_EQ(valueBox(bar()->rows().at(0))->text(), u"7"_qs);
}

TEST_F(FilterBarTest, AConditionThatNoLongerFitsIsDroppedWhenTheFormChanges) {
    MainWindow *w = openWindow(simpleForm(), 50);
    setRow(0, u"code"_qs, FilterOp::Contains, u"4"_qs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return bar()->rows().size() == 2; }));
    setRow(1, u"count"_qs, FilterOp::AtLeast, u"45"_qs);
    ASSERT_TRUE(waitUntil([&] { return showing(5); })); // c45…c49
    FormDef form = w->controller()->form();
    form.fields[1].type = FieldType::Text; // "is at least" means nothing for a text
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<FormDef> r = co_await w->database()->updateForm(form);
        EXPECT_TRUE(r.ok()) << r.error.toLogString().toStdString();
    });
    ASSERT_TRUE(
        waitUntil([&] { return w->controller()->form().fields[1].type == FieldType::Text; }));
    // c4, c14, c24, c34, c40…c49
    ASSERT_TRUE(waitUntil([&] { return showing(14); })) << model()->rowCount();
    ASSERT_EQ(model()->query().filter.conditions.size(), 1);
    EXPECT_EQ(model()->query().filter.conditions.front().key, u"code"_qs);
    ASSERT_EQ(bar()->rows().size(), 2);
    EXPECT_EQ(bar()->rows().at(1)->fieldBox()->currentData().toString(), u"count"_qs);
    EXPECT_EQ(opBox(bar()->rows().at(1))->currentIndex(), 0);
    EXPECT_TRUE(valueBox(bar()->rows().at(1))->text().isEmpty());
}

// "61,5" in German is 61.5, as the record form's editors read it.
TEST_F(FilterBarTest, ADecimalTypedWithTheInterfaceLanguagesComma) {
    ASSERT_TRUE(InterfaceLanguage::apply(u"de"_qs));
    QCoreApplication::processEvents();
    FormDef form = simpleForm();
    FieldDef weight;
    weight.label = u"Weight"_qs;
    weight.type = FieldType::Decimal;
    weight.places = 1;
    form.fields.append(weight);
    openWindow(form, 80, [](int i) {
        return QVariantMap{{u"code"_qs, u"c%1"_qs.arg(i)}, {u"weight"_qs, u"%1.5"_qs.arg(i)}};
    });
    setRow(0, u"weight"_qs, FilterOp::AtLeast, u"61,5"_qs);
    ASSERT_TRUE(waitUntil([&] { return showing(19); })) << model()->rowCount();
    EXPECT_EQ(model()->query().filter.conditions.front().value, QVariant(u"61.5"_qs));
}

TEST(FilterValueTextTest, ValuesAreReadInTheLocalesDigitsAndSeparators) {
    FieldDef count;
    count.type = FieldType::Integer;
    FieldDef amount;
    amount.type = FieldType::Decimal;
    amount.places = 2;
    FieldDef day;
    day.type = FieldType::Date;
    const QLocale ar(u"ar"_qs), de(u"de"_qs), en(u"en"_qs);
    using FilterValueText::format;
    using FilterValueText::parse;
    EXPECT_EQ(parse(count, FilterOp::AtLeast, u"٤٥"_qs, ar), QVariant(qlonglong(45)));
    EXPECT_EQ(parse(count, FilterOp::AtLeast, u"1.000"_qs, de), QVariant(qlonglong(1000)));
    EXPECT_EQ(parse(amount, FilterOp::AtLeast, u"61,5"_qs, de), QVariant(u"61.50"_qs));
    EXPECT_EQ(parse(amount, FilterOp::AtLeast, u"61.5"_qs, en), QVariant(u"61.50"_qs));
    EXPECT_EQ(parse(day, FilterOp::Equals, u"٢٠٢٤-٠٢-٢٩"_qs, ar), QVariant(QDate(2024, 2, 29)));
    EXPECT_FALSE(parse(count, FilterOp::AtLeast, u"45x"_qs, en).has_value());
    EXPECT_EQ(format(amount, FilterOp::AtLeast, u"61.50"_qs, de), u"61,50"_qs);
    EXPECT_EQ(
        parse(amount, FilterOp::AtLeast, format(amount, FilterOp::AtLeast, u"61.50"_qs, ar), ar),
        QVariant(u"61.50"_qs));
}

// Every combo box of the bar is wide enough for its longest text and each value box for its
// hint, in every language, after the language changed with the window open (pictures in the
// screenshot folder).
TEST_F(FilterBarTest, TheComboBoxesAreAsWideAsTheirTexts) {
    FormDef form = sampleForm(u"Bird survey"_qs);
    form.fields[0].label = u"Title of the observation"_qs;
    openWindow(form, 0);
    m_window->resize(1400, 700);
    QTest::keyClick(bar()->rows().at(0)->fieldBox(), Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return bar()->rows().size() == 2; }));
    choose(bar()->rows().at(1)->fieldBox(), 2); // Count: the longest operators
    choose(opBox(bar()->rows().at(1)),
           opBox(bar()->rows().at(1))->findData(int(FilterOp::NotEmpty)));
    const QString dir = QStringLiteral(FIELDBOOK_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(dir));
    const auto clipped = [this] { return clippedTexts(bar()); };
    for (const QString &code : {u"en"_qs, u"de"_qs, u"fr"_qs, u"es"_qs, u"ar"_qs}) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        // The new texts post layout requests through the bar, the tool bar and the window.
        EXPECT_TRUE(waitUntil([&] { return clipped().isEmpty(); }))
            << code.toStdString() << ": " << clipped().join(u"; "_qs).toStdString();
        EXPECT_TRUE(bar()->grab().save(QDir(dir).filePath(u"filter-bar-%1.png"_qs.arg(code))));
    }
}
