// The form being designed, as a value: each operation of the designer, checked without widgets.

#include "FormDesign.h"
#include "FormTemplates.h"

#include <QDate>

#include <gtest/gtest.h>

using namespace fb;

namespace {
FieldDef fieldOf(const QString &label, FieldType type) {
    FieldDef f;
    f.label = label;
    f.type = type;
    return f;
}

FormDesign threeFields() {
    FormDef form;
    form.name = u"Trees"_qs;
    form.fields = {fieldOf(u"Species"_qs, FieldType::Text),
                   fieldOf(u"Height"_qs, FieldType::Integer),
                   fieldOf(u"Kind"_qs, FieldType::Choice)};
    return FormDesign(form);
}

QStringList labels(const FormDesign &d) {
    QStringList result;
    for (const FieldDef &f : d.form().fields)
        result << f.label;
    return result;
}
} // namespace

TEST(FormDesignTest, KeepsATemplateAsItIs) {
    for (const FormDef &form : FormTemplates::all()) {
        const FormDesign design(form);
        FormDef kept = design.form();
        for (FieldDef &f : kept.fields) {
            EXPECT_TRUE(f.hasDraftKey()) << f.key.toStdString();
            f.key.clear();
        }
        EXPECT_EQ(kept, form) << form.name.toStdString();
    }
}

// Each field of a design has a key of its own, new ones a draft key, and keeps it through
// every change; keys the book gave are never replaced.
TEST(FormDesignTest, EveryFieldHasItsOwnKeyThroughEveryChange) {
    FormDef form;
    form.fields = {fieldOf(u"A"_qs, FieldType::Text), fieldOf(u"B"_qs, FieldType::Integer)};
    form.fields[1].key = u"b"_qs;
    FormDesign d(form);
    const auto keys = [&] {
        QStringList result;
        for (const FieldDef &f : d.form().fields)
            result << f.key;
        return result;
    };
    EXPECT_TRUE(d.field(0).hasDraftKey());
    EXPECT_EQ(d.field(1).key, u"b"_qs);
    EXPECT_FALSE(d.field(1).hasDraftKey());
    for (int i = 0; i < 40; ++i)
        d.addField(fieldOf(u"F"_qs, FieldType::Text));
    d.removeField(3);
    d.moveField(5, 0);
    d.addField(fieldOf(u"G"_qs, FieldType::Date));
    QStringList all = keys();
    EXPECT_EQ(all.size(), 42);
    all.removeDuplicates();
    EXPECT_EQ(all.size(), 42) << "two fields share a key: " << keys().join(u' ').toStdString();
    EXPECT_FALSE(all.contains(QString()));

    const QStringList before = keys();
    FieldDef given = fieldOf(u"Renamed"_qs, FieldType::Text); // no key of its own
    ASSERT_TRUE(d.setField(2, given));
    EXPECT_EQ(keys(), before) << "a field given without a key lost its own";
    EXPECT_EQ(d.field(2).label, u"Renamed"_qs);
}

TEST(FormDesignTest, AddsRemovesAndMovesFields) {
    FormDesign d = threeFields();
    EXPECT_EQ(d.addField(fieldOf(u"Notes"_qs, FieldType::LongText)), 3);
    EXPECT_EQ(labels(d), (QStringList{u"Species"_qs, u"Height"_qs, u"Kind"_qs, u"Notes"_qs}));
    EXPECT_TRUE(d.moveField(3, 0));
    EXPECT_EQ(labels(d), (QStringList{u"Notes"_qs, u"Species"_qs, u"Height"_qs, u"Kind"_qs}));
    EXPECT_TRUE(d.moveField(1, 2));
    EXPECT_EQ(labels(d), (QStringList{u"Notes"_qs, u"Height"_qs, u"Species"_qs, u"Kind"_qs}));
    EXPECT_TRUE(d.removeField(0));
    EXPECT_EQ(labels(d), (QStringList{u"Height"_qs, u"Species"_qs, u"Kind"_qs}));
    EXPECT_FALSE(d.removeField(3));
    EXPECT_FALSE(d.removeField(-1));
    EXPECT_FALSE(d.moveField(0, 3));
    EXPECT_FALSE(d.moveField(-1, 0));
    EXPECT_FALSE(d.moveField(1, 1));
    EXPECT_EQ(d.fieldCount(), 3);
}

TEST(FormDesignTest, AFieldOutOfRangeIsNoneAndChangesNothing) {
    FormDesign d = threeFields();
    const FormDesign before = d;
    EXPECT_FALSE(d.hasField(3));
    EXPECT_EQ(d.field(3), FieldDef{});
    EXPECT_EQ(d.field(-1), FieldDef{});
    EXPECT_FALSE(d.setLabel(3, u"x"_qs));
    EXPECT_FALSE(d.setField(-1, fieldOf(u"x"_qs, FieldType::Bool)));
    EXPECT_FALSE(d.setType(7, FieldType::Bool));
    EXPECT_EQ(d, before);
}

TEST(FormDesignTest, SetsEachPropertyOfOneField) {
    FormDesign d = threeFields();
    EXPECT_TRUE(d.setLabel(0, u"Name"_qs));
    EXPECT_TRUE(d.setHelp(0, u"The common name."_qs));
    EXPECT_TRUE(d.setRequired(0, true));
    EXPECT_TRUE(d.setUnique(0, true));
    EXPECT_TRUE(d.setMaxLength(0, 80));
    EXPECT_TRUE(d.setPattern(0, u"[A-Z].*"_qs));
    EXPECT_TRUE(d.setMinimum(1, qlonglong(1)));
    EXPECT_TRUE(d.setMaximum(1, qlonglong(120)));
    EXPECT_TRUE(d.setDefaultValue(1, qlonglong(10)));
    EXPECT_TRUE(d.setChoices(2, {u"Oak"_qs, u"Ash"_qs}));
    EXPECT_FALSE(d.setLabel(0, u"Name"_qs)) << "nothing changed";
    const FieldDef name = d.field(0);
    EXPECT_EQ(name.label, u"Name"_qs);
    EXPECT_EQ(name.help, u"The common name."_qs);
    EXPECT_TRUE(name.required);
    EXPECT_TRUE(name.unique);
    EXPECT_EQ(name.maxLength, 80);
    EXPECT_EQ(name.pattern, u"[A-Z].*"_qs);
    EXPECT_EQ(d.field(1).minimum, QVariant(qlonglong(1)));
    EXPECT_EQ(d.field(1).maximum, QVariant(qlonglong(120)));
    EXPECT_EQ(d.field(1).defaultValue, QVariant(qlonglong(10)));
    EXPECT_EQ(d.field(2).choices, (QStringList{u"Oak"_qs, u"Ash"_qs}));
    EXPECT_EQ(labels(d), (QStringList{u"Name"_qs, u"Height"_qs, u"Kind"_qs})) << "one field each";
}

TEST(FormDesignTest, RulesThatDoNotApplyToTheTypeAreDropped) {
    FormDesign d = threeFields();
    EXPECT_FALSE(d.setMaxLength(1, 10)) << "a number has no length";
    EXPECT_FALSE(d.setPattern(1, u"x"_qs));
    EXPECT_FALSE(d.setChoices(0, {u"a"_qs}));
    EXPECT_FALSE(d.setMinimum(0, u"a"_qs)) << "a text has no range";
    EXPECT_FALSE(d.setReference(0, 4));
    FieldDef text = fieldOf(u"Code"_qs, FieldType::Integer);
    text.maxLength = 12;
    text.choices = {u"a"_qs};
    EXPECT_EQ(d.addField(text), 3);
    EXPECT_EQ(d.field(3).maxLength, 0);
    EXPECT_TRUE(d.field(3).choices.isEmpty());
}

TEST(FormDesignTest, ChangingTheTypeConvertsLimitsOrDropsThem) {
    FormDesign d = threeFields();
    d.setMinimum(1, qlonglong(2));
    d.setMaximum(1, qlonglong(40));
    d.setDefaultValue(1, qlonglong(5));
    EXPECT_TRUE(d.setType(1, FieldType::Decimal));
    EXPECT_EQ(d.field(1).type, FieldType::Decimal);
    EXPECT_FALSE(d.field(1).minimum.isNull()) << "a whole number is a decimal";
    EXPECT_EQ(d.field(1).minimum.toString().toDouble(), 2.0);
    EXPECT_EQ(d.field(1).maximum.toString().toDouble(), 40.0);
    EXPECT_TRUE(d.setType(1, FieldType::Date));
    EXPECT_TRUE(d.field(1).minimum.isNull()) << "a number is no date";
    EXPECT_TRUE(d.field(1).maximum.isNull());
    EXPECT_FALSE(d.setType(1, FieldType::Date)) << "the same type changes nothing";

    d.setMaxLength(0, 30);
    d.setPattern(0, u"[a-z]+"_qs);
    EXPECT_TRUE(d.setType(0, FieldType::LongText));
    EXPECT_EQ(d.field(0).maxLength, 30) << "long text has a length";
    EXPECT_TRUE(d.field(0).pattern.isEmpty()) << "but no pattern";
    EXPECT_TRUE(d.setType(2, FieldType::Text));
    EXPECT_TRUE(d.field(2).choices.isEmpty());
    EXPECT_EQ(d.field(2).label, u"Kind"_qs) << "the texts stay";
}

TEST(FormDesignTest, TextsInAnotherLanguageLeaveTheDefaultOnes) {
    FormDesign d = threeFields();
    EXPECT_TRUE(d.setLabel(0, u"Art"_qs, u"de"_qs));
    EXPECT_TRUE(d.setHelp(0, u"Der Name."_qs, u"de"_qs));
    d.setName(u"Bäume"_qs, u"de"_qs);
    EXPECT_EQ(d.field(0).label, u"Species"_qs);
    EXPECT_EQ(d.field(0).labelByLanguage.value(u"de"_qs), u"Art"_qs);
    EXPECT_EQ(d.field(0).helpByLanguage.value(u"de"_qs), u"Der Name."_qs);
    EXPECT_EQ(d.name(), u"Trees"_qs);
    EXPECT_EQ(d.name(u"de"_qs), u"Bäume"_qs);
    EXPECT_TRUE(d.setLabel(0, u"  "_qs, u"de"_qs)) << "an empty translation is none";
    EXPECT_FALSE(d.field(0).labelByLanguage.contains(u"de"_qs));
    d.setName(QString(), u"de"_qs);
    EXPECT_FALSE(d.form().nameByLanguage.contains(u"de"_qs));
}

TEST(FormDesignTest, TranslatedChoiceNamesFollowTheirChoices) {
    FormDesign d = threeFields();
    d.setChoices(2, {u"Oak"_qs, u"Ash"_qs});
    FieldDef kind = d.field(2);
    kind.choicesByLanguage[u"de"_qs] = {u"Eiche"_qs, u"Esche"_qs};
    d.setField(2, kind);
    EXPECT_TRUE(d.setChoices(2, {u"Ash"_qs, u"Elm"_qs, u"Oak"_qs}));
    EXPECT_EQ(d.field(2).choicesByLanguage.value(u"de"_qs),
              (QStringList{u"Esche"_qs, QString(), u"Eiche"_qs}));
}

TEST(FormDesignTest, ACopyIsNotChangedByTheDesign) {
    FormDesign d = threeFields();
    const FieldDef copy = d.field(0);
    d.removeField(0);
    d.addField(fieldOf(u"Other"_qs, FieldType::Bool));
    EXPECT_EQ(copy.label, u"Species"_qs);
}

TEST(FormDesignTest, ADecimalsLimitsFollowItsPlaces) {
    FormDesign d = threeFields();
    d.setType(1, FieldType::Decimal);
    d.setPlaces(1, 2);
    d.setMinimum(1, u"1.50"_qs);
    d.setMaximum(1, u"9.25"_qs);
    EXPECT_TRUE(d.setPlaces(1, 3));
    EXPECT_EQ(d.field(1).minimum, QVariant(u"1.500"_qs));
    EXPECT_EQ(d.field(1).maximum, QVariant(u"9.250"_qs));
    EXPECT_TRUE(d.setPlaces(1, 1));
    EXPECT_EQ(d.field(1).minimum, QVariant(u"1.5"_qs));
    EXPECT_TRUE(d.field(1).maximum.isNull()) << "9.25 has more decimals than one";
}
