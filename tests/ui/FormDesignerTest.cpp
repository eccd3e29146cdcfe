// Designing forms: a field added in the designer appears in the form being filled.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "FieldPropertiesEditor.h"
#include "FormDesignerDialog.h"
#include "FormListPanel.h"
#include "FormTemplates.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "Validator.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {
class FormDesignerTest : public UiTest {
protected:
    // Opens the designer on the window's current form (or a new one).
    std::unique_ptr<FormDesignerDialog> designer(const FormDef &form) {
        auto dialog =
            std::make_unique<FormDesignerDialog>(m_window->database(), form, m_window.get());
        showActive(dialog.get());
        return dialog;
    }
    void chooseType(FormDesignerDialog *d, const QString &typeLabel) {
        QComboBox *types = d->properties()->typeBox();
        types->setFocus();
        while (types->currentText() != typeLabel && types->currentIndex() < types->count() - 1)
            QTest::keyClick(types, Qt::Key_Down);
        ASSERT_EQ(types->currentText(), typeLabel);
    }
    // `fields` as a template gives them: the designer's draft keys taken off.
    static QList<FieldDef> withoutKeys(QList<FieldDef> fields) {
        for (FieldDef &f : fields) {
            EXPECT_TRUE(f.hasDraftKey()) << f.key.toStdString();
            f.key.clear();
        }
        return fields;
    }
    // What lies outside its place: a pane outside the splitter, the splitter outside the
    // dialog, a control outside its pane.
    static QStringList outsideItsPanes(FormDesignerDialog *d) {
        QStringList found;
        auto *splitter = d->findChild<QSplitter *>();
        if (!d->rect().contains(splitter->geometry()))
            found << u"the splitter"_qs;
        // Each control of a pane, as the splitter shows it (a pane may lie a pixel past the
        // splitter's edge, so long as nothing in it is cut).
        for (int i = 0; i < splitter->count(); ++i) {
            QWidget *pane = splitter->widget(i);
            for (QWidget *part : pane->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
                const QRect shown(part->mapTo(splitter, QPoint(0, 0)), part->size());
                if (part->isVisible() && !splitter->rect().contains(shown))
                    found << u"%1 %2 in pane %3"_qs.arg(
                        QString::fromLatin1(part->metaObject()->className()), part->objectName(),
                        QString::number(i));
            }
        }
        return found;
    }
    // The question Escape asks when the design has changes, once it is on show.
    static QMessageBox *closingQuestion(FormDesignerDialog *d) {
        QMessageBox *box = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            // An answered question may linger hidden until its deferred delete.
            for (auto *shown : d->findChildren<QMessageBox *>(u"unappliedDesignPrompt"_qs))
                if (shown->isVisible())
                    box = shown;
            return box != nullptr;
        }));
        return box;
    }
    // The button of `box` that keeps the changes (Create Form, Apply Changes).
    static QAbstractButton *keepButton(QMessageBox *box) {
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                return button;
        return nullptr;
    }
};
} // namespace

TEST_F(FormDesignerTest, AnAddedFieldAppearsInThePreviewAndInTheForm) {
    MainWindow *w = openWindow(simpleForm(), 3);
    auto d = designer(w->controller()->form());
    d->addField();
    QLineEdit *label = d->properties()->labelEdit();
    label->selectAll();
    QTest::keyClicks(label, u"Remarks"_qs);
    chooseType(d.get(), FieldPropertiesEditor::typeLabel(FieldType::LongText));
    ASSERT_EQ(d->design().fields.size(), 3);
    EXPECT_EQ(d->design().fields.back().label, u"Remarks"_qs);
    EXPECT_EQ(d->design().fields.back().type, FieldType::LongText);
    EXPECT_EQ(d->preview()->editors().size(), 3) << "the preview follows the design";
    EXPECT_EQ(d->preview()->editors().back()->field().label, u"Remarks"_qs);

    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return w->recordForm()->editor(u"remarks"_qs) != nullptr; }))
        << d->message().toStdString();
    EXPECT_EQ(w->controller()->form().fields.size(), 3);
    RawBook raw(bookPath());
    EXPECT_EQ(
        raw.scalar(u"SELECT COUNT(*) FROM pragma_table_info('items') WHERE name = 'remarks'"_qs),
        1);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 3) << "records are kept";
}

TEST_F(FormDesignerTest, ARefusedChangeSaysWhy) {
    MainWindow *w = openWindow(simpleForm(), 3);
    auto d = designer(w->controller()->form());
    d->selectField(0); // code: "c0", "c1"... are not whole numbers
    chooseType(d.get(), FieldPropertiesEditor::typeLabel(FieldType::Integer));
    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return d->message().startsWith(u"Not applied"_qs); }));
    EXPECT_GT(d->message().size(), QStringLiteral("Not applied: ").size());
    EXPECT_EQ(w->controller()->form().fields.front().type, FieldType::Text);
}

TEST_F(FormDesignerTest, ANewFormFromATemplate) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Down);
    EXPECT_FALSE(d->design().fields.isEmpty());
    EXPECT_EQ(d->design().name, templates->currentText());
    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return w->database()->forms().size() == 2; }))
        << d->message().toStdString();
    EXPECT_EQ(w->formList()->list()->count(), 2);
}

TEST_F(FormDesignerTest, ContactsThenEmailKeepsEveryFieldAsItIs) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Down);
    const QList<FieldDef> contacts = FormTemplates::all().front().fields;
    ASSERT_EQ(withoutKeys(d->design().fields), contacts)
        << "loading the first field changed nothing";
    EXPECT_EQ(d->design().fields.front().help, u"The person's full name."_qs);

    // Email's maximum length differs from Name's: loading it used to write Name over itself.
    QListView *list = d->fieldList();
    for (const int row : {1, 0, 4, 2, 5, 1, 3}) {
        const QModelIndex index = list->model()->index(row, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        ASSERT_EQ(d->currentField(), row);
        EXPECT_EQ(d->properties()->labelEdit()->text(), contacts.at(row).label);
        ASSERT_EQ(withoutKeys(d->design().fields), contacts) << "after clicking row " << row;
    }
    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return w->database()->forms().size() == 2; }))
        << d->message().toStdString();
    const FormDef made = d->design();
    ASSERT_EQ(made.fields.size(), contacts.size());
    for (int i = 0; i < contacts.size(); ++i)
        EXPECT_EQ(made.fields.at(i).help, contacts.at(i).help) << "field " << i;
}

// A new form starts where a person types first, its name; each combo box shows its texts whole
// in every language, after a switch with the designer open; and the panes keep their widths
// whichever field is selected.
TEST_F(FormDesignerTest, ANewFormStartsInItsNameAndItsPanesHoldStill) {
    openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    EXPECT_EQ(QApplication::focusWidget(), d->findChild<QLineEdit *>(u"formName"_qs));
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Down); // Contacts
    d->resize(1100, 600);
    auto *splitter = d->findChild<QSplitter *>();
    ASSERT_TRUE(splitter);
    const auto outside = [&] { return outsideItsPanes(d.get()); };
    for (const QString &code : InterfaceLanguage::available()) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        EXPECT_TRUE(waitUntil([&] { return clippedTexts(d.get()).isEmpty(); }))
            << code.toStdString() << ": " << clippedTexts(d.get()).join(u"; "_qs).toStdString();
        EXPECT_TRUE(waitUntil([&] { return outside().isEmpty(); }))
            << code.toStdString() << ": " << outside().join(u"; "_qs).toStdString();
    }
    ASSERT_TRUE(InterfaceLanguage::apply(u"en"_qs));
    QListView *list = d->fieldList();
    const auto select = [&](int row) {
        const QModelIndex index = list->model()->index(row, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QCoreApplication::processEvents(); // the layout requests of the rows shown and hidden
    };
    select(0);
    const QList<int> sizes = splitter->sizes();
    for (const int row : {4, 1, 5, 4, 0}) { // Birthday is a date, Notes a long text
        select(row);
        EXPECT_EQ(splitter->sizes(), sizes) << "after selecting row " << row;
    }
}

TEST_F(FormDesignerTest, ATextFieldShowsTheLengthLimitThatApplies) {
    openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    d->addField();
    ASSERT_EQ(d->design().fields.size(), 1);
    ASSERT_EQ(d->design().fields.front().type, FieldType::Text);
    auto *length = d->properties()->findChild<QSpinBox *>(u"fieldMaxLength"_qs);
    ASSERT_NE(length, nullptr);
    // A new text field has no limit of its own, yet a single line holds 500 characters at most.
    const qsizetype applies = Validator::lengthLimit(d->design().fields.front());
    EXPECT_EQ(applies, Validator::maxLineLength);
    EXPECT_EQ(length->value(), applies);
    EXPECT_EQ(length->text(), QString::number(applies)) << "not “No limit”";
    auto lineOfPreview = [&] { return d->preview()->editors().front()->findChild<QLineEdit *>(); };
    ASSERT_NE(lineOfPreview(), nullptr);
    // Typing stops where saving would: at the limit in characters.
    auto typedIntoPreview = [&](int characters) {
        QLineEdit *line = lineOfPreview();
        line->clear();
        line->setFocus();
        QTest::keyClicks(line, QString(characters, u'x'));
        return line->text().size();
    };
    EXPECT_EQ(typedIntoPreview(int(applies) + 3), applies);

    length->setFocus();
    QTest::keyClick(length, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(length, u"40"_qs);
    EXPECT_EQ(d->design().fields.front().maxLength, 40);
    EXPECT_EQ(typedIntoPreview(45), 40);
    QTest::keyClick(length, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(length, u"900"_qs);
    EXPECT_LT(length->value(), 500) << "no more than a line can hold";
    QTest::keyClick(length, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(length, u"500"_qs);
    EXPECT_EQ(d->design().fields.front().maxLength, 0) << "the ceiling is no limit of its own";

    chooseType(d.get(), FieldPropertiesEditor::typeLabel(FieldType::LongText));
    EXPECT_EQ(length->value(), Validator::maxLongTextLength);
    EXPECT_EQ(d->design().fields.front().maxLength, 0);
}

// Looking at every field changes nothing, so Escape closes at once.
TEST_F(FormDesignerTest, ClosingADesignLookedAtButNotChangedAsksNothing) {
    MainWindow *w = openWindow(simpleForm(), 1);
    auto d = designer(w->controller()->form());
    for (const int row : {1, 0, 1})
        d->selectField(row);
    EXPECT_FALSE(d->hasUnappliedChanges());
    QTest::keyClick(d.get(), Qt::Key_Escape);
    EXPECT_FALSE(d->isVisible());
    EXPECT_EQ(d->findChild<QMessageBox *>(u"unappliedDesignPrompt"_qs), nullptr);
}

// A new form from a template is not thrown away by Escape: the designer asks, Cancel keeps
// it open with the design as it was, Discard closes it and makes no form.
TEST_F(FormDesignerTest, ClosingANewFormNotCreatedAsksAndCancelKeepsIt) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Down);
    const FormDef designed = d->design();
    ASSERT_FALSE(designed.fields.isEmpty());
    ASSERT_TRUE(d->hasUnappliedChanges());

    QTest::keyClick(d->fieldList(), Qt::Key_Escape);
    QMessageBox *box = closingQuestion(d.get());
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(d->isVisible()) << "closed before the answer";
    EXPECT_EQ(box->defaultButton(), keepButton(box));
    const QPointer<QMessageBox> asked = box;
    QTest::keyClick(box, Qt::Key_Escape); // Cancel
    ASSERT_TRUE(waitUntil([&] { return !asked || !asked->isVisible(); }));
    EXPECT_TRUE(d->isVisible());
    EXPECT_EQ(d->design(), designed);

    d->reject();
    box = closingQuestion(d.get());
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Discard)->click();
    ASSERT_TRUE(waitUntil([&] { return !d->isVisible(); }));
    EXPECT_EQ(w->database()->forms().size(), 1) << "a discarded form was made";
}

// "Apply Changes" in the question applies them and closes once the book has them.
TEST_F(FormDesignerTest, ClosingWithChangesCanApplyThemFirst) {
    MainWindow *w = openWindow(simpleForm(), 2);
    auto d = designer(w->controller()->form());
    d->selectField(1);
    QLineEdit *label = d->properties()->labelEdit();
    label->selectAll();
    QTest::keyClicks(label, u"Number seen"_qs);
    ASSERT_TRUE(d->hasUnappliedChanges());

    d->reject();
    QMessageBox *box = closingQuestion(d.get());
    ASSERT_NE(box, nullptr);
    ASSERT_NE(keepButton(box), nullptr);
    QTest::keyClick(box, Qt::Key_Return); // the default: Apply Changes
    ASSERT_TRUE(waitUntil([&] { return !d->isVisible(); })) << d->message().toStdString();
    EXPECT_EQ(w->controller()->form().fields.at(1).label, u"Number seen"_qs);
    EXPECT_EQ(w->database()->forms().front().fields.at(1).label, u"Number seen"_qs);
}

// A new form's fields have no columns yet, but any of them can name its records: the choice
// is offered before the form is created and is kept by it.
TEST_F(FormDesignerTest, ANewFormIsNamedByTheFieldChosenBeforeItIsCreated) {
    MainWindow *w = openWindow(simpleForm(), 0);
    auto d = designer(FormDef{});
    auto *templates = d->findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Down); // Contacts
    const FormDef designed = d->design();
    ASSERT_GE(designed.fields.size(), 2);
    QComboBox *namedBy = nullptr;
    for (auto *box : d->findChildren<QComboBox *>())
        if (box->count() == designed.fields.size() && box != templates &&
            box->itemText(1) == designed.fields.at(1).label)
            namedBy = box;
    ASSERT_NE(namedBy, nullptr) << "no choice of the field that names records";
    EXPECT_TRUE(namedBy->isEnabled()) << "offered only once the form is created";
    namedBy->setFocus();
    QTest::keyClick(namedBy, Qt::Key_Down);
    ASSERT_EQ(namedBy->currentIndex(), 1);

    FormDef created;
    QObject::connect(d.get(), &FormDesignerDialog::applied, d.get(),
                     [&](const FormDef &form) { created = form; });
    QTest::mouseClick(d->findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return created.id != 0; })) << d->message().toStdString();
    EXPECT_FALSE(created.fields.at(1).hasDraftKey());
    EXPECT_EQ(created.displayField, created.fields.at(1).key);
    const std::optional<FormDef> stored = w->database()->form(created.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->displayField, created.fields.at(1).key);
    EXPECT_FALSE(d->hasUnappliedChanges());
}

// Opened in Arabic, right to left, every pane lies inside the designer (Qt 6.4's splitter put
// the first pane one pixel past its right edge, cutting the field list's frame).
TEST_F(FormDesignerTest, AnArabicDesignerLiesInsideItsWindow) {
    openWindow(simpleForm(), 0);
    ASSERT_TRUE(InterfaceLanguage::apply(u"ar"_qs));
    QCoreApplication::processEvents(); // the posted LanguageChange events
    for (const FormDef &form : {FormDef{}, m_form}) {
        auto d = designer(form);
        EXPECT_TRUE(waitUntil([&] { return outsideItsPanes(d.get()).isEmpty(); }))
            << outsideItsPanes(d.get()).join(u"; "_qs).toStdString();
    }
}
