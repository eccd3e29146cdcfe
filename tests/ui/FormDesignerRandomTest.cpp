// The designer driven at random by keys and mouse: whatever is selected and edited in whatever
// order, the design, the list and the preview are the edits, and so is the form created.
// The seed is printed with any failure; FIELDBOOK_DESIGNER_SEED=n runs that sequence again.

#include "UiTestSupport.h"

#include "DesignFieldsModel.h"
#include "FieldEditor.h"
#include "FieldPropertiesEditor.h"
#include "FormDesign.h"
#include "FormDesignerDialog.h"
#include "FormTemplates.h"
#include "RecordForm.h"
#include "Validator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <random>

namespace fb {
// Readable fields in failures.
void PrintTo(const FieldDef &f, std::ostream *os) {
    const auto text = [](const QVariant &v) {
        return v.isNull() ? "null" : v.toString().toStdString();
    };
    *os << "{" << f.label.toStdString() << " " << fieldTypeName(f.type).toStdString()
        << " help=" << f.help.toStdString() << " required=" << f.required << " unique=" << f.unique
        << " maxLength=" << f.maxLength << " pattern=" << f.pattern.toStdString()
        << " min=" << text(f.minimum) << " max=" << text(f.maximum)
        << " default=" << text(f.defaultValue) << " places=" << f.places
        << " choices=" << f.choices.join(u'|').toStdString() << " ref=" << f.referenceFormId
        << " key=" << f.key.toStdString() << "}";
}
} // namespace fb

using namespace fb;
using namespace fb::test;

namespace {

class FormDesignerRandomTest : public UiTest {
protected:
    template <typename W> W *property(const char *name) {
        auto *w = m_dialog->properties()->findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    int pick(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }
    QString word() {
        static const QStringList words{u"Name"_qs, u"Größe"_qs, u"Höhe"_qs,  u"Notes"_qs,
                                       u"Café"_qs, u"Zone"_qs,  u"Count"_qs, u"Kind"_qs};
        return words.at(pick(0, int(words.size()) - 1)) + QString::number(pick(1, 99));
    }
    void clickField(int row) {
        QListView *list = m_dialog->fieldList();
        const QModelIndex index = list->model()->index(row, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }
    void typeInto(QWidget *edit, const QString &text) {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        for (const QChar c : text) {
            if (c == u'\n')
                QTest::keyClick(edit, Qt::Key_Return);
            else if (c.unicode() < 0x80)
                QTest::keyClick(edit, char(c.unicode()));
            else // QTest knows keys for ASCII only; a letter like ö comes as its text
                QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }
    // Picks `type` with the arrow keys: each step on the way is a type chosen, as by a person.
    void chooseType(int row, FieldType type) {
        QComboBox *types = m_dialog->properties()->typeBox();
        types->setFocus();
        const int target = types->findData(int(type));
        while (types->currentIndex() != target) {
            QTest::keyClick(types, types->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
            const auto now = FieldType(types->currentData().toInt());
            m_expected.setType(row, now);
            if (now == FieldType::Reference && !m_expected.field(row).referenceFormId)
                m_expected.setReference(row, m_form.id); // the first form of the book
        }
    }
    void step(int row) {
        const FieldDef f = m_expected.field(row);
        const bool text = f.type == FieldType::Text || f.type == FieldType::LongText;
        const bool choices = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
        const int action = pick(0, 12);
        m_action = "action " + std::to_string(action) + " on row " + std::to_string(row);
        switch (action) {
        case 0:
        case 1: {
            const QString label = word();
            typeInto(m_dialog->properties()->labelEdit(), label);
            m_expected.setLabel(row, label);
            break;
        }
        case 2:
        case 3: {
            const QString help = pick(0, 4) ? word() + u" help."_qs : QString();
            typeInto(property<QLineEdit>("fieldHelp"), help);
            m_expected.setHelp(row, help);
            break;
        }
        case 4: {
            QCheckBox *required = property<QCheckBox>("fieldRequired");
            required->setFocus();
            QTest::keyClick(required, Qt::Key_Space);
            m_expected.setRequired(row, !f.required);
            break;
        }
        case 5:
            if (text) {
                // 0: the type's ceiling typed, kept as no limit of the field's own.
                const int length = pick(0, 3) * 40;
                const int typed = length ? length : Validator::lengthCeiling(f.type);
                typeInto(property<QSpinBox>("fieldMaxLength"), QString::number(typed));
                m_expected.setMaxLength(row, length);
            }
            break;
        case 6:
            if (f.type == FieldType::Decimal) {
                const int places = pick(0, 8);
                typeInto(property<QSpinBox>("fieldPlaces"), QString::number(places));
                m_expected.setPlaces(row, places);
            }
            break;
        case 7:
            if (f.type == FieldType::Integer) {
                const bool minimum = pick(0, 1);
                const int limit = minimum ? pick(-50, 50) : pick(51, 500);
                typeInto(property<QLineEdit>(minimum ? "fieldMinimum" : "fieldMaximum"),
                         QString::number(limit));
                if (minimum)
                    m_expected.setMinimum(row, qlonglong(limit));
                else
                    m_expected.setMaximum(row, qlonglong(limit));
            }
            break;
        case 8:
            if (choices) {
                QStringList names;
                for (int i = pick(1, 4); i > 0; --i)
                    names << word();
                names.removeDuplicates();
                typeInto(property<QPlainTextEdit>("fieldChoices"), names.join(u'\n'));
                m_expected.setChoices(row, names);
            }
            break;
        case 9:
        case 10: {
            const QList<FieldType> types = allFieldTypes();
            chooseType(row, types.at(pick(0, int(types.size()) - 1)));
            break;
        }
        case 11:
            if (m_expected.fieldCount() < 12) {
                QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"addField"_qs),
                                  Qt::LeftButton);
                FieldDef added;
                added.label = u"Field %1"_qs.arg(m_expected.fieldCount() + 1);
                m_expected.addField(added);
            }
            break;
        case 12: {
            const bool up = pick(0, 1);
            const QString text = up ? u"Move &Up"_qs : u"Move Do&wn"_qs;
            for (QPushButton *button : m_dialog->findChildren<QPushButton *>()) {
                if (button->text() == text)
                    QTest::mouseClick(button, Qt::LeftButton);
            }
            m_expected.moveField(row, up ? row - 1 : row + 1);
            break;
        }
        }
    }
    // The design, the list, the editor and the preview all say what was done.
    void check(const char *what) {
        const FormDef design = m_dialog->design();
        ASSERT_EQ(design.fields.size(), m_expected.fieldCount()) << what;
        for (int i = 0; i < m_expected.fieldCount(); ++i)
            ASSERT_EQ(design.fields.at(i), m_expected.field(i))
                << what << ", " << m_action << ", field " << i;
        QAbstractItemModel *list = m_dialog->fieldList()->model();
        ASSERT_EQ(list->rowCount(), m_expected.fieldCount());
        const int current = m_dialog->currentField();
        ASSERT_TRUE(m_expected.hasField(current)) << what;
        EXPECT_EQ(m_dialog->properties()->fieldIndex(), current) << what;
        EXPECT_EQ(m_dialog->properties()->field(), m_expected.field(current)) << what;
        const QList<FieldEditor *> preview = m_dialog->preview()->editors();
        ASSERT_EQ(preview.size(), m_expected.fieldCount()) << what;
        for (int i = 0; i < m_expected.fieldCount(); ++i) {
            EXPECT_EQ(preview.at(i)->field(), m_expected.field(i)) << what << ", field " << i;
            EXPECT_TRUE(list->index(i, 0).data().toString().startsWith(m_expected.field(i).label))
                << what << ", row " << i;
        }
    }

    std::mt19937 m_random;
    std::string m_action; // the last one, for failures
    FormDesignerDialog *m_dialog = nullptr;
    FormDesign m_expected;
};

} // namespace

TEST_F(FormDesignerRandomTest, RandomEditsAreTheDesignAndTheCreatedForm) {
    const unsigned seed = qEnvironmentVariableIsSet("FIELDBOOK_DESIGNER_SEED")
                              ? unsigned(qEnvironmentVariableIntValue("FIELDBOOK_DESIGNER_SEED"))
                              : std::random_device{}();
    SCOPED_TRACE("seed " + std::to_string(seed) +
                 " (FIELDBOOK_DESIGNER_SEED=" + std::to_string(seed) + " repeats it)");
    m_random.seed(seed);
    MainWindow *w = openWindow(simpleForm(), 0);
    FormDesignerDialog dialog(w->database(), FormDef{}, w);
    m_dialog = &dialog;
    showActive(&dialog);
    QAbstractItemModelTester tester(dialog.fieldList()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int templateIndex = pick(0, 2);
    auto *templates = dialog.findChild<QComboBox *>(u"template"_qs);
    templates->setFocus();
    for (int i = 0; i <= templateIndex; ++i)
        QTest::keyClick(templates, Qt::Key_Down);
    FormDef start = FormTemplates::all().at(templateIndex);
    start.language = u"en"_qs;
    m_expected = FormDesign(start);
    ASSERT_EQ(dialog.design(), m_expected.form()) << "the template as it is";
    check("the template");
    if (HasFatalFailure())
        return;

    for (int n = 0; n < 300; ++n) {
        const int row = pick(0, m_expected.fieldCount() - 1);
        clickField(row);
        ASSERT_EQ(dialog.currentField(), row) << "step " << n;
        const std::string what = "step " + std::to_string(n);
        check(what.c_str());
        if (HasFatalFailure())
            return;
        step(row);
        check(what.c_str());
        if (HasFatalFailure() || HasFailure())
            return;
    }

    // A choice field needs choices to be created (FormRules): give them to those still without,
    // as a person told so would.
    for (int row = 0; row < m_expected.fieldCount(); ++row) {
        const FieldDef f = m_expected.field(row);
        if ((f.type == FieldType::Choice || f.type == FieldType::MultiChoice) &&
            f.choices.isEmpty()) {
            clickField(row);
            typeInto(property<QPlainTextEdit>("fieldChoices"), u"one\ntwo"_qs);
            m_expected.setChoices(row, {u"one"_qs, u"two"_qs});
            check("choices before creating");
            if (HasFatalFailure() || HasFailure())
                return;
        }
    }

    FormDef createdForm;
    QObject::connect(&dialog, &FormDesignerDialog::applied, &dialog,
                     [&](const FormDef &form) { createdForm = form; });
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"apply"_qs), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return createdForm.id != 0; })) << dialog.message().toStdString();
    ASSERT_EQ(createdForm.fields.size(), m_expected.fieldCount());
    for (int i = 0; i < m_expected.fieldCount(); ++i) {
        FieldDef made = createdForm.fields.at(i);
        EXPECT_FALSE(made.key.isEmpty());
        EXPECT_FALSE(made.hasDraftKey()) << "the book kept a draft key: " << made.key.toStdString();
        made.key = m_expected.field(i).key;
        EXPECT_EQ(made, m_expected.field(i)) << "field " << i;
        EXPECT_EQ(made.help, m_expected.field(i).help) << "field " << i;
    }
}
