// A book without forms, as on the first start: the window says what to do first.

#include "UiTestSupport.h"

#include "EmptyBookPanel.h"
#include "FilterBar.h"
#include "FormDesignerDialog.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {
class FirstStartTest : public UiTest {
protected:
    MainWindow *openEmptyBook() {
        m_window = std::make_unique<MainWindow>();
        m_window->openBook(book());
        showActive(m_window.get());
        EXPECT_TRUE(waitUntil([&] {
            return m_window->database() && m_window->database()->state() == BookState::Open;
        }));
        QCoreApplication::processEvents();
        return m_window.get();
    }
};
} // namespace

// It used to show an empty list and ask to "pick one from the list".
TEST_F(FirstStartTest, AnEmptyBookSaysToCreateAFormAndItsButtonDoesIt) {
    MainWindow *w = openEmptyBook();
    EmptyBookPanel *panel = w->findChild<EmptyBookPanel *>();
    ASSERT_TRUE(panel);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_FALSE(w->splitter()->isVisible());
    EXPECT_TRUE(panel->openBookButton()->isEnabled());
    ASSERT_TRUE(panel->newFormButton()->isEnabled());
    // Nothing to search or filter yet.
    EXPECT_FALSE(w->browser()->searchBox()->isEnabled());
    EXPECT_FALSE(w->browser()->findChild<FilterBar *>()->isEnabled());
    EXPECT_EQ(duplicateMnemonics(w), QStringList());

    QTest::mouseClick(panel->newFormButton(), Qt::LeftButton);
    FormDesignerDialog *designer = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (designer = w->findChild<FormDesignerDialog *>()); }));
    designer->reject();

    // Once the book has a form, the records are shown instead, and can be searched.
    FormDef created;
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<FormDef> r = co_await w->database()->createForm(simpleForm());
        EXPECT_TRUE(r.ok());
        created = r.value;
    });
    ASSERT_TRUE(waitUntil([&] { return w->controller()->form().id == created.id; }));
    EXPECT_FALSE(panel->isVisible());
    EXPECT_TRUE(w->splitter()->isVisible());
    EXPECT_TRUE(w->browser()->searchBox()->isEnabled());
    EXPECT_TRUE(w->browser()->findChild<FilterBar *>()->isEnabled());
}
