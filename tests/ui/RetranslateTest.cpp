// Switching language while running: every widget retranslates on QEvent::LanguageChange.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordForm.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace fb;
using namespace fb::test;

namespace {
// A language that writes every text in capitals, with no .qm file needed.
class Capitals : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int n) const override {
        if (!QByteArray(context).startsWith("fb::"))
            return {};
        QString text = QString::fromUtf8(source).toUpper();
        return n >= 0 ? text.replace(u"%N"_qs, u"%n"_qs) : text;
    }
    bool isEmpty() const override { return false; }
};
} // namespace

TEST_F(UiTest, EveryTextFollowsALanguageChange) {
    MainWindow *w = openWindow(simpleForm(), 3);
    QLineEdit *count =
        qobject_cast<QLineEdit *>(w->recordForm()->editor(u"count"_qs)->focusTarget());
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, u"x"_qs); // a message to translate
    EXPECT_EQ(w->recordForm()->message(u"count"_qs), u"Count must be a whole number."_qs);
    EXPECT_EQ(w->menuBar()->actions().front()->text(), u"&File"_qs);

    Capitals capitals;
    QCoreApplication::installTranslator(&capitals);
    QCoreApplication::processEvents();
    EXPECT_EQ(w->menuBar()->actions().front()->text(), u"&FILE"_qs);
    EXPECT_EQ(w->actions()->save->text(), u"&SAVE"_qs);
    EXPECT_EQ(w->recordForm()->message(u"count"_qs),
              u"%1 MUST BE A WHOLE NUMBER."_qs.arg(u"Count"_qs));
    // The form has an edit: the status bar says so (and not "All saved" beside it).
    EXPECT_EQ(w->findChild<QLabel *>(u"unsaved"_qs)->text(), u"UNSAVED CHANGES"_qs);
    EXPECT_EQ(qobject_cast<QLineEdit *>(w->findChild<QLineEdit *>(u"search"_qs))->placeholderText(),
              u"SEARCH (CTRL+F)"_qs);
    QCoreApplication::removeTranslator(&capitals);
    QCoreApplication::processEvents();
    EXPECT_EQ(w->actions()->save->text(), u"&Save"_qs);
}
