// The designer by keyboard: one control per mnemonic, Enter creates, and a created form can no
// longer be swapped for a template; its progress notice closes when the work is done.

#include "UiTestSupport.h"

#include "FormDesignerDialog.h"
#include "InterfaceLanguage.h"
#include "ProgressNotice.h"
#include "RecordController.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTest>

#include <map>

using namespace fb;
using namespace fb::test;

namespace {
class FormDesignerKeysTest : public UiTest {
protected:
    std::unique_ptr<FormDesignerDialog> designer(const FormDef &form) {
        auto dialog =
            std::make_unique<FormDesignerDialog>(m_window->database(), form, m_window.get());
        showActive(dialog.get());
        return dialog;
    }
    static void startFromContacts(FormDesignerDialog *d) {
        auto *templates = d->findChild<QComboBox *>(u"template"_qs);
        templates->setFocus();
        QTest::keyClick(templates, Qt::Key_Down);
        ASSERT_EQ(d->design().name, u"Contacts"_qs);
    }
    // Each mnemonic letter and the controls that show it, hidden ones included (a row shown
    // for another field type must not clash either).
    static std::map<QChar, QStringList> mnemonics(QWidget *dialog) {
        std::map<QChar, QStringList> letters;
        const auto add = [&](const QString &text, const QString &what) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                letters[QKeySequence(key[0].key()).toString().back().toUpper()] << what;
        };
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->buddy())
                add(label->text(), label->text());
        }
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            add(button->text(), button->text());
        for (QGroupBox *box : dialog->findChildren<QGroupBox *>())
            add(box->title(), box->title());
        return letters;
    }
    static void expectUnique(QWidget *dialog, const char *state) {
        const auto letters = mnemonics(dialog);
        EXPECT_GE(letters.size(), 20u) << state << ": the labels and buttons were found";
        for (const auto &[letter, controls] : letters)
            EXPECT_EQ(controls.size(), 1) << state << ": Alt+" << QString(letter).toStdString()
                                          << " reaches " << controls.join(u", "_qs).toStdString();
    }
    static bool created(Database *db, const QString &name) {
        const QList<FormDef> forms = db->forms();
        return std::any_of(forms.cbegin(), forms.cend(),
                           [&](const FormDef &f) { return f.name == name; });
    }
};
} // namespace

TEST_F(FormDesignerKeysTest, EachMnemonicReachesOneControl) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    startFromContacts(d.get());
    expectUnique(d.get(), "New Form");
    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return d->design().id != 0; })) << d->message().toStdString();
    expectUnique(d.get(), "Design Form after Create");
    d->close();
    auto existing = designer(w->controller()->form());
    expectUnique(existing.get(), "Design Form");
}

TEST_F(FormDesignerKeysTest, TheFieldListHasALabelWithAMnemonic) {
    openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    startFromContacts(d.get());
    QLabel *label = nullptr;
    for (QLabel *l : d->findChildren<QLabel *>()) {
        if (l->buddy() == d->fieldList())
            label = l;
    }
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), u"&Fields:"_qs);
    QTest::keyClick(d.get(), Qt::Key_F, Qt::AltModifier);
    EXPECT_TRUE(d->fieldList()->hasFocus());
}

TEST_F(FormDesignerKeysTest, EnterInTheNameCreatesTheForm) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    startFromContacts(d.get());
    QLineEdit *name = d->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"People"_qs);
    QTest::keyClick(name, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return created(w->database(), u"People"_qs); }))
        << d->message().toStdString();
    EXPECT_EQ(d->design().fields.size(), 6) << "no field was added";
}

TEST_F(FormDesignerKeysTest, ACreatedFormCannotBeSwappedForATemplate) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    startFromContacts(d.get());
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    ASSERT_TRUE(templates->hasFocus());
    QTest::keyClick(d.get(), Qt::Key_C, Qt::AltModifier); // Create Form, by keyboard
    ASSERT_TRUE(waitUntil([&] { return d->design().id != 0; })) << d->message().toStdString();
    EXPECT_FALSE(templates->isVisible());
    EXPECT_FALSE(templates->hasFocus());
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    const FormDef createdForm = d->design();
    QTest::keyClick(focus, Qt::Key_Down);
    QTest::keyClick(focus, Qt::Key_Down);
    EXPECT_EQ(d->design().fields, createdForm.fields) << "the fields stay those created";
    EXPECT_EQ(d->windowTitle(), u"Design Form — Contacts"_qs);
    EXPECT_TRUE(created(w->database(), u"Contacts"_qs));
}

TEST_F(FormDesignerKeysTest, TheProgressNoticeClosesWhenTheFormIsCreated) {
    openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    startFromContacts(d.get());
    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return d->design().id != 0; })) << d->message().toStdString();
    EXPECT_TRUE(waitUntil([&] { return d->findChild<QProgressDialog *>() == nullptr; }, 5000))
        << "the notice is gone with the work";
}

TEST_F(FormDesignerKeysTest, AProgressNoticeClosesThoughItsFutureIsAwaitedElsewhere) {
    QWidget window;
    showActive(&window);
    QPromise<int> promise;
    promise.start();
    ProgressNotice::track(promise.future(), u"Working…"_qs, &window);
    int answer = 0;
    whenReady(promise.future(), &window, [&](int value) { answer = value; });
    ASSERT_TRUE(waitUntil([&] {
        auto *notice = window.findChild<QProgressDialog *>();
        return notice && notice->isVisible();
    }));
    promise.addResult(7);
    promise.finish();
    EXPECT_TRUE(waitUntil([&] { return window.findChild<QProgressDialog *>() == nullptr; }, 5000));
    EXPECT_EQ(answer, 7) << "the other continuation still runs";
}

TEST_F(FormDesignerKeysTest, TheArabicDesignerShowsItsFieldList) {
    openWindow(simpleForm(), 0);
    InterfaceLanguage::apply(u"ar"_qs);
    auto d = designer(FormDef{});
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Down);
    ASSERT_EQ(d->design().fields.size(), 6);
    QListView *list = d->fieldList();
    int widest = 0;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        widest = std::max(widest, list->sizeHintForIndex(list->model()->index(row, 0)).width());
    EXPECT_GE(list->viewport()->width(), widest) << "every field's label and type show whole";
    // Dragging the splitter as far as it goes leaves the list its room.
    auto *splitter = d->findChild<QSplitter *>();
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({0, 2000, 2000});
    QApplication::processEvents();
    EXPECT_GE(list->viewport()->width(), widest) << "squeezed by the splitter";
    InterfaceLanguage::apply(u"en"_qs);
}
