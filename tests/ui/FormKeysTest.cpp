// Filling the record form from the keyboard and the mouse.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "MainWindow.h"
#include "RecordForm.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {
class FormKeysTest : public UiTest {
protected:
    QWidget *field(const QString &key) {
        return m_window->recordForm()->editor(key)->focusTarget();
    }
    void tab(Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, mods);
    }
};
} // namespace

// Tab from the last field left the form; coming back, the first field was passed by.
TEST_F(FormKeysTest, TabFromTheLastFieldComesBackToTheFirst) {
    openWindow(simpleForm(), 1);
    field(u"count"_qs)->setFocus();
    tab();
    EXPECT_EQ(QApplication::focusWidget(), field(u"code"_qs));
    tab();
    EXPECT_EQ(QApplication::focusWidget(), field(u"count"_qs));
    tab(Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), field(u"code"_qs));
    tab(Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), field(u"count"_qs));
}

// A message appearing under a field pushed the next ones down, under the person's pointer;
// a pattern's message did not say what was expected.
TEST_F(FormKeysTest, AMessageMovesNoFieldAndAPatternsSaysWhatIsExpected) {
    FormDef form = simpleForm();
    form.fields[0].pattern = u"[A-Z]{2}[0-9]{3}"_qs;
    openWindow(form, 0);
    QWidget *count = field(u"count"_qs);
    QApplication::processEvents(); // the layout
    const int countTop = count->mapTo(m_window.get(), QPoint()).y();
    field(u"code"_qs)->setFocus();
    QTest::keyClicks(field(u"code"_qs), u"ab1"_qs);
    tab();
    const QString message = m_window->recordForm()->message(u"code"_qs);
    EXPECT_TRUE(message.contains(u"[A-Z]{2}[0-9]{3}"_qs)) << message.toStdString();
    QApplication::processEvents(); // the layout
    EXPECT_EQ(count->mapTo(m_window.get(), QPoint()).y(), countTop);
    // A fitting value clears the message.
    qobject_cast<QLineEdit *>(field(u"code"_qs))->setText(u"AB123"_qs);
    EXPECT_EQ(m_window->recordForm()->message(u"code"_qs), QString());
}
