// A form's own texts follow the interface language, falling back to the default texts.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "FieldPropertiesEditor.h"
#include "FormDesignerDialog.h"
#include "FormListPanel.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

FieldDef field(const QString &label, FieldType type) {
    FieldDef f;
    f.label = label;
    f.type = type;
    return f;
}

// Birds, with German texts for all but the count.
FormDef birds() {
    FormDef form;
    form.name = u"Birds"_qs;
    form.language = u"en"_qs;
    form.nameByLanguage = {{u"de"_qs, u"Vögel"_qs}};
    FieldDef species = field(u"Species"_qs, FieldType::Text);
    species.help = u"The common name."_qs;
    species.labelByLanguage = {{u"de"_qs, u"Art"_qs}};
    species.helpByLanguage = {{u"de"_qs, u"Der deutsche Name."_qs}};
    FieldDef habitat = field(u"Habitat"_qs, FieldType::Choice);
    habitat.choices = {u"Forest"_qs, u"Wetland"_qs};
    habitat.labelByLanguage = {{u"de"_qs, u"Lebensraum"_qs}};
    habitat.choicesByLanguage = {{u"de"_qs, {u"Wald"_qs, u"Feuchtgebiet"_qs}}};
    FieldDef weather = field(u"Weather"_qs, FieldType::MultiChoice);
    weather.choices = {u"Sun"_qs, u"Rain"_qs};
    weather.choicesByLanguage = {{u"de"_qs, {u"Sonne"_qs, u"Regen"_qs}}};
    form.fields = {species, habitat, weather, field(u"Count"_qs, FieldType::Integer)};
    return form;
}

class FormLanguagesTest : public UiTest {
protected:
    void TearDown() override {
        switchTo(m_before);
        UiTest::TearDown();
    }
    // What the language switcher does: a new default locale, then LanguageChange everywhere.
    static void switchTo(const QLocale &locale) {
        QLocale::setDefault(locale);
        QEvent change(QEvent::LanguageChange);
        for (QWidget *w : QApplication::topLevelWidgets())
            QCoreApplication::sendEvent(w, &change);
    }
    QWidget *editor(const QString &key) const {
        return m_window->recordForm()->editor(key)->focusTarget();
    }
    QString header(int column) const {
        return m_window->browser()
            ->model()
            ->headerData(column, Qt::Horizontal, Qt::DisplayRole)
            .toString();
    }
    QString cell(int row, int column) const {
        RecordTableModel *model = m_window->browser()->model();
        return model->data(model->index(row, column)).toString();
    }
    QLocale m_before;
};

} // namespace

TEST_F(FormLanguagesTest, TheFormsTextsFollowTheInterfaceLanguage) {
    MainWindow *w = openWindow(birds(), 1, [](int) {
        return QVariantMap{{u"species"_qs, u"Heron"_qs},
                           {u"habitat"_qs, u"Wetland"_qs},
                           {u"weather"_qs, QStringList{u"Rain"_qs}}};
    });
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->isLoaded(0); }));
    EXPECT_EQ(cell(0, 1), u"Wetland"_qs);
    w->actions()->newRecord->trigger();
    auto *species = qobject_cast<QLineEdit *>(editor(u"species"_qs));
    species->setFocus();
    QTest::keyClicks(species, u"Robin"_qs);
    auto *habitat = qobject_cast<QComboBox *>(editor(u"habitat"_qs));
    habitat->setFocus();
    QTest::keyClick(habitat, Qt::Key_Down); // Forest
    EXPECT_EQ(habitat->currentText(), u"Forest"_qs);

    switchTo(QLocale(u"de"_qs));
    RecordForm *form = w->recordForm();
    EXPECT_EQ(form->label(u"species"_qs)->text(), u"Art"_qs);
    EXPECT_EQ(form->label(u"habitat"_qs)->text(), u"Lebensraum"_qs);
    EXPECT_EQ(form->label(u"count"_qs)->text(), u"Count"_qs) << "no German label: the default";
    EXPECT_EQ(species->toolTip(), u"Der deutsche Name."_qs);
    EXPECT_EQ(species->text(), u"Robin"_qs) << "what was typed stays";
    EXPECT_EQ(habitat->currentText(), u"Wald"_qs);
    EXPECT_EQ(habitat->itemText(2), u"Feuchtgebiet"_qs);
    EXPECT_EQ(form->editor(u"habitat"_qs)->value(), u"Forest"_qs) << "the stored name";
    auto *weather = qobject_cast<QListWidget *>(editor(u"weather"_qs));
    EXPECT_EQ(weather->item(1)->text(), u"Regen"_qs);
    EXPECT_EQ(header(0), u"Art"_qs);
    EXPECT_EQ(header(3), u"Count"_qs);
    EXPECT_EQ(cell(0, 1), u"Feuchtgebiet"_qs);
    EXPECT_EQ(cell(0, 2), u"Regen"_qs);
    EXPECT_TRUE(w->formList()->list()->item(0)->text().startsWith(u"Vögel"_qs));
    EXPECT_EQ(w->findChild<QComboBox *>(u"filterField"_qs)->itemText(0), u"Art"_qs);
    EXPECT_TRUE(w->windowTitle().startsWith(u"Vögel"_qs)) << w->windowTitle().toStdString();

    // Ticking "Regen" stores "Rain"; saving stores the default names.
    weather->setFocus();
    weather->setCurrentRow(1);
    QTest::keyClick(weather, Qt::Key_Space);
    EXPECT_EQ(form->editor(u"weather"_qs)->value().toStringList(), QStringList{u"Rain"_qs});
    w->actions()->save->trigger();
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->rowCount() == 2; }));
    ASSERT_TRUE(waitUntil([&] { return w->database()->pendingWrites() == 0; }));
    RawBook raw(bookPath());
    EXPECT_EQ(
        raw.scalar(u"SELECT COUNT(*) FROM birds WHERE species = 'Robin' AND habitat = 'Forest' "
                   u"AND weather LIKE '%Rain%'"_qs),
        1);

    // A language the form has no texts in shows the default ones.
    switchTo(QLocale(u"fr"_qs));
    EXPECT_EQ(form->label(u"species"_qs)->text(), u"Species"_qs);
    EXPECT_EQ(species->toolTip(), u"The common name."_qs);
    EXPECT_EQ(habitat->currentText(), u"Forest"_qs);
    EXPECT_EQ(header(0), u"Species"_qs);
    EXPECT_TRUE(w->formList()->list()->item(0)->text().startsWith(u"Birds"_qs));
}

TEST_F(FormLanguagesTest, TheDesignerGivesTextsInAnotherLanguage) {
    MainWindow *w = openWindow(birds(), 0);
    FormDesignerDialog d(w->database(), w->controller()->form(), w);
    showActive(&d);
    QComboBox *languages = d.textLanguageBox();
    EXPECT_EQ(languages->itemText(0), u"English (default)"_qs);
    languages->setFocus();
    while (languages->currentData().toString() != u"de"_qs &&
           languages->currentIndex() < languages->count() - 1)
        QTest::keyClick(languages, Qt::Key_Down);
    ASSERT_EQ(languages->currentText(), u"Deutsch"_qs);
    EXPECT_EQ(d.nameEdit()->text(), u"Vögel"_qs);
    EXPECT_EQ(d.nameEdit()->placeholderText(), u"Birds"_qs);

    d.selectField(3); // Count, not yet in German
    QLineEdit *label = d.properties()->labelEdit();
    EXPECT_EQ(label->text(), QString());
    EXPECT_EQ(label->placeholderText(), u"Count"_qs);
    label->setFocus();
    QTest::keyClicks(label, u"Anzahl"_qs);
    EXPECT_EQ(d.design().fields[3].label, u"Count"_qs) << "the default label stays";
    EXPECT_EQ(d.design().fields[3].labelByLanguage.value(u"de"_qs), u"Anzahl"_qs);

    d.selectField(1); // Habitat: its German choice names
    auto *choices = d.properties()->findChild<QPlainTextEdit *>(u"fieldChoices"_qs);
    ASSERT_TRUE(choices);
    EXPECT_EQ(choices->toPlainText(), u"Wald\nFeuchtgebiet"_qs);

    QTest::mouseClick(d.findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return w->controller()->form().fields[3].labelByLanguage.value(u"de"_qs) == u"Anzahl"_qs;
    })) << d.message().toStdString();
    EXPECT_EQ(w->recordForm()->label(u"count"_qs)->text(), u"Count"_qs);
    switchTo(QLocale(u"de"_qs));
    EXPECT_EQ(w->recordForm()->label(u"count"_qs)->text(), u"Anzahl"_qs);
    EXPECT_EQ(header(3), u"Anzahl"_qs);
    d.close();
}

TEST_F(FormLanguagesTest, TheDesignerRefusesChoiceNamesThatDoNotMatch) {
    MainWindow *w = openWindow(birds(), 0);
    FormDesignerDialog d(w->database(), w->controller()->form(), w);
    showActive(&d);
    QComboBox *languages = d.textLanguageBox();
    languages->setCurrentIndex(languages->findData(u"de"_qs));
    Q_EMIT languages->activated(languages->currentIndex());
    d.selectField(2); // Weather
    auto *choices = d.properties()->findChild<QPlainTextEdit *>(u"fieldChoices"_qs);
    choices->setFocus();
    QTest::keyClick(choices, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(choices, Qt::Key_Return);
    QTest::keyClicks(choices, u"Schnee"_qs);
    EXPECT_EQ(d.design().fields[2].choicesByLanguage.value(u"de"_qs).size(), 3);
    QTest::mouseClick(d.findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return d.message().startsWith(u"Not applied"_qs); }));
    EXPECT_TRUE(d.message().contains(u"names: 3, choices: 2"_qs)) << d.message().toStdString();
    d.close();
}

TEST_F(FormLanguagesTest, TranslatedChoiceNamesFollowTheirChoices) {
    MainWindow *w = openWindow(birds(), 0);
    FormDesignerDialog d(w->database(), w->controller()->form(), w);
    showActive(&d);
    d.selectField(1); // Habitat, in the default texts
    auto *choices = d.properties()->findChild<QPlainTextEdit *>(u"fieldChoices"_qs);
    choices->setFocus();
    choices->selectAll();
    QTest::keyClicks(choices, u"Wetland"_qs);
    QTest::keyClick(choices, Qt::Key_Return);
    QTest::keyClicks(choices, u"Meadow"_qs);
    QTest::keyClick(choices, Qt::Key_Return);
    QTest::keyClicks(choices, u"Forest"_qs);
    const FieldDef habitat = d.design().fields[1];
    EXPECT_EQ(habitat.choices, (QStringList{u"Wetland"_qs, u"Meadow"_qs, u"Forest"_qs}));
    EXPECT_EQ(habitat.choicesByLanguage.value(u"de"_qs),
              (QStringList{u"Feuchtgebiet"_qs, QString(), u"Wald"_qs}));
    QTest::mouseClick(d.findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->form().fields[1].choices.size() == 3; }))
        << d.message().toStdString();
    switchTo(QLocale(u"de"_qs));
    auto *box = qobject_cast<QComboBox *>(editor(u"habitat"_qs));
    EXPECT_EQ(box->itemText(1), u"Feuchtgebiet"_qs);
    EXPECT_EQ(box->itemText(2), u"Meadow"_qs) << "no German name yet: the default one";
    d.close();
}

TEST_F(FormLanguagesTest, ANewFormIsWrittenInTheInterfaceLanguage) {
    MainWindow *w = openWindow(birds(), 0);
    switchTo(QLocale(u"de"_qs));
    FormDesignerDialog d(w->database(), FormDef{}, w);
    EXPECT_EQ(d.textLanguageBox()->itemText(0), u"Deutsch (default)"_qs);
    EXPECT_EQ(d.textLanguageBox()->findData(u"de"_qs), -1) << "offered once";
    EXPECT_EQ(d.design().language, u"de"_qs);
}
