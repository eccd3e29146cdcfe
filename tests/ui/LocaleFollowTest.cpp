// Numbers and dates in the interface's locale, in the table and in the form alike, and after
// a language switch too.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "InterfaceLanguage.h"
#include "LocaleNumber.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QLineEdit>

using namespace fb;
using namespace fb::test;

namespace {

FormDef pricesForm() {
    FormDef form;
    form.name = u"Prices"_qs;
    FieldDef code;
    code.label = u"Code"_qs;
    code.type = FieldType::Text;
    FieldDef price;
    price.label = u"Price"_qs;
    price.type = FieldType::Decimal;
    price.places = 2;
    FieldDef when;
    when.label = u"Bought"_qs;
    when.type = FieldType::Date;
    form.fields = {code, price, when};
    return form;
}

class LocaleFollowTest : public UiTest {
protected:
    void TearDown() override {
        InterfaceLanguage::apply(u"en"_qs);
        UiTest::TearDown();
    }
    MainWindow *open() {
        return openWindow(pricesForm(), 1, [](int) {
            return QVariantMap{{u"code"_qs, u"A"_qs},
                               {u"price"_qs, u"71.20"_qs},
                               {u"bought"_qs, QDate(2024, 5, 1)}};
        });
    }
    void switchTo(const QString &code) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        QCoreApplication::processEvents(); // the posted LanguageChange events
        QCoreApplication::processEvents();
    }
    QString formText(const QString &key) {
        return qobject_cast<QLineEdit *>(m_window->recordForm()->editor(key)->focusTarget())
            ->text();
    }
    QString cell(int column) {
        return m_window->browser()->model()->index(0, column).data().toString();
    }
};

} // namespace

// After a switch to German the table said 61,50 and the form 71.20; in Arabic the table had
// Arabic digits and the form Latin ones.
TEST_F(LocaleFollowTest, TheFormsNumbersFollowALanguageSwitchLikeTheTables) {
    open();
    ASSERT_TRUE(waitUntil([&] { return formText(u"price"_qs) == u"71.20"_qs; }));
    EXPECT_EQ(cell(1), u"71.20"_qs);
    switchTo(u"de"_qs);
    EXPECT_EQ(cell(1), u"71,20"_qs);
    EXPECT_EQ(formText(u"price"_qs), u"71,20"_qs);
    EXPECT_FALSE(m_window->recordForm()->isDirty()) << "the same value, shown anew";
    switchTo(u"ar"_qs);
    const QLocale arabic(u"ar"_qs);
    EXPECT_EQ(cell(1), LocaleNumber::displayDecimal(arabic, u"71.20"_qs));
    EXPECT_EQ(formText(u"price"_qs), LocaleNumber::formatDecimal(arabic, u"71.20"_qs));
    EXPECT_NE(formText(u"price"_qs), u"71.20"_qs);
    // What is typed in one language is read in it, and shown in the next.
    QLineEdit *price =
        qobject_cast<QLineEdit *>(m_window->recordForm()->editor(u"price"_qs)->focusTarget());
    switchTo(u"de"_qs);
    price->setText(u"61,5"_qs);
    switchTo(u"en"_qs);
    EXPECT_EQ(formText(u"price"_qs), u"61.50"_qs);
    // Text that is no number stays as typed, for its message.
    price->setText(u"abc"_qs);
    switchTo(u"de"_qs);
    EXPECT_EQ(formText(u"price"_qs), u"abc"_qs);
}

// "5/1/24" may be the 5th of January or the 1st of May, of 1924 or 2024.
TEST_F(LocaleFollowTest, TheTableShowsDatesWithTheYearInFull) {
    open();
    ASSERT_TRUE(waitUntil([&] { return m_window->browser()->model()->isLoaded(0); }));
    EXPECT_EQ(cell(2), u"5/1/2024"_qs);
    switchTo(u"de"_qs);
    EXPECT_EQ(cell(2), u"01.05.2024"_qs);
}
