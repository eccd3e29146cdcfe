// A form's own texts per language: stored, carried in form files, checked, looked up.

#include "FormTexts.h"
#include "FormJson.h"
#include "TestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

// sampleForm() with German and French texts; fields[8] is the choice, fields[9] multi-choice.
FormDef translatedForm() {
    FormDef form = sampleForm();
    form.language = u"en"_qs;
    form.nameByLanguage = {{u"de"_qs, u"Muster"_qs}, {u"fr"_qs, u"Modèle"_qs}};
    form.fields[0].labelByLanguage = {{u"de"_qs, u"Titel"_qs}};
    form.fields[0].help = u"What it is called."_qs;
    form.fields[0].helpByLanguage = {{u"de"_qs, u"Wie es heißt."_qs}};
    form.fields[8].choicesByLanguage = {{u"de"_qs, {u"rot"_qs, u"grün"_qs, u"blau"_qs}},
                                        {u"fr"_qs, {u"rouge"_qs, u""_qs, u"bleu"_qs}}};
    form.fields[9].choicesByLanguage = {{u"de"_qs, {u"A"_qs, u"B"_qs, u"C"_qs}}};
    return form;
}

class FormTextsTest : public BookTest {
protected:
};

} // namespace

TEST_P(FormTextsTest, TextsPerLanguageSurviveSavingAndOpeningAgain) {
    FormDef created;
    auto db = openWithForm(translatedForm(), &created);
    const FormDef wanted = translatedForm();
    db.reset();
    auto again = openBook(book());
    ASSERT_EQ(again->forms().size(), 1);
    const FormDef loaded = again->forms().front();
    EXPECT_EQ(loaded.nameByLanguage, wanted.nameByLanguage);
    EXPECT_EQ(loaded.language, u"en"_qs);
    for (qsizetype i = 0; i < wanted.fields.size(); ++i) {
        EXPECT_EQ(loaded.fields[i].labelByLanguage, wanted.fields[i].labelByLanguage);
        EXPECT_EQ(loaded.fields[i].helpByLanguage, wanted.fields[i].helpByLanguage);
        EXPECT_EQ(loaded.fields[i].choicesByLanguage, wanted.fields[i].choicesByLanguage);
    }
}

TEST_P(FormTextsTest, ChangingChoiceNamesKeepsTheStoredValues) {
    FormDef form;
    auto db = openWithForm(translatedForm(), &form);
    Record r;
    r.values = {{u"colour"_qs, u"green"_qs}, {u"tags"_qs, QStringList{u"a"_qs, u"c"_qs}}};
    const Reply<SavedRecord> saved = await(db->saveRecord(form.id, r));
    ASSERT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
    form.fields[8].choicesByLanguage[u"es"_qs] = {u"rojo"_qs, u"verde"_qs, u"azul"_qs};
    const Reply<FormDef> changed = await(db->updateForm(form));
    ASSERT_TRUE(changed.ok()) << changed.error.toLogString().toStdString();
    EXPECT_EQ(changed.value.fields[8].choicesByLanguage.value(u"es"_qs).at(1), u"verde"_qs);
    const Reply<Record> read = await(db->fetchRecord(form, saved.value.record.id));
    ASSERT_TRUE(read.ok()) << read.error.toLogString().toStdString();
    EXPECT_EQ(read.value.values.value(u"colour"_qs), u"green"_qs);
    EXPECT_EQ(read.value.values.value(u"tags"_qs).toStringList(), (QStringList{u"a"_qs, u"c"_qs}));
}

TEST_P(FormTextsTest, AWrongNumberOfChoiceNamesIsRefusedWithAMessage) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    FormDef changed = form;
    changed.fields[8].choicesByLanguage = {{u"de"_qs, {u"rot"_qs, u"grün"_qs}}};
    const Reply<FormDef> r = await(db->updateForm(changed));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.kind(), DbError::Kind::Validation);
    EXPECT_EQ(r.error.field(), u"colour"_qs);
    EXPECT_TRUE(r.error.message().contains(u"“de”"_qs)) << r.error.message().toStdString();
    EXPECT_TRUE(r.error.message().contains(u"names: 2, choices: 3"_qs));
    EXPECT_EQ(db->forms().front(), form) << "nothing was changed";

    FormDef fresh = sampleForm(u"Other"_qs);
    fresh.fields[9].choicesByLanguage = {{u"fr"_qs, {u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs}}};
    const Reply<FormDef> refused = await(db->createForm(fresh));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error.message().contains(u"Tags"_qs)); // new fields have no key yet
    EXPECT_EQ(db->forms().size(), 1);
}

FB_ON_BOTH_BACKENDS(FormTextsTest);

TEST(FormTextsJsonTest, TextsPerLanguageTravelInFormFiles) {
    const FormDef form = translatedForm();
    const QByteArray json = FormJson::toJson(form);
    EXPECT_TRUE(json.contains("\"choicesByLanguage\"")) << json.constData();
    FormDef read;
    DbError error;
    ASSERT_TRUE(FormJson::fromJson(json, &read, &error)) << error.toLogString().toStdString();
    EXPECT_EQ(read.nameByLanguage, form.nameByLanguage);
    EXPECT_EQ(read.fields, form.fields);
}

TEST(FormTextsJsonTest, AFileWithTheWrongNumberOfChoiceNamesIsRefused) {
    const QByteArray json =
        "{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"x\", \"fields\": "
        "[{\"label\": \"Colour\", \"type\": \"choice\", \"choices\": [\"red\", \"blue\"], "
        "\"choicesByLanguage\": {\"de\": [\"rot\"]}}]}";
    FormDef form;
    DbError error;
    EXPECT_FALSE(FormJson::fromJson(json, &form, &error));
    EXPECT_TRUE(error.message().contains(u"Colour"_qs)) << error.message().toStdString();
    EXPECT_TRUE(error.message().contains(u"names: 1, choices: 2"_qs));
}

TEST(FormTextsLookupTest, TextsFallBackToTheDefaultLanguage) {
    const FormDef form = translatedForm();
    const FieldDef &title = form.fields[0];
    const FieldDef &colour = form.fields[8];
    EXPECT_EQ(FormTexts::formName(form, u"de"_qs), u"Muster"_qs);
    EXPECT_EQ(FormTexts::formName(form, u"es"_qs), u"Sample"_qs);
    EXPECT_EQ(FormTexts::label(title, u"de"_qs), u"Titel"_qs);
    EXPECT_EQ(FormTexts::label(title, u"fr"_qs), u"Title"_qs);
    EXPECT_EQ(FormTexts::help(title, u"de"_qs), u"Wie es heißt."_qs);
    EXPECT_EQ(FormTexts::help(title, u"ar"_qs), u"What it is called."_qs);
    EXPECT_EQ(FormTexts::choices(colour, u"de"_qs),
              (QStringList{u"rot"_qs, u"grün"_qs, u"blau"_qs}));
    // An empty name falls back to the default one, the others stay translated.
    EXPECT_EQ(FormTexts::choices(colour, u"fr"_qs),
              (QStringList{u"rouge"_qs, u"green"_qs, u"bleu"_qs}));
    EXPECT_EQ(FormTexts::choice(colour, u"blue"_qs, u"de"_qs), u"blau"_qs);
    EXPECT_EQ(FormTexts::choice(colour, u"purple"_qs, u"de"_qs), u"purple"_qs);
    EXPECT_EQ(FormTexts::choiceValue(colour, u"grün"_qs, u"de"_qs), u"green"_qs);
    EXPECT_EQ(FormTexts::choiceValue(colour, u"green"_qs, u"de"_qs), u"green"_qs);

    const QLocale before;
    QLocale::setDefault(QLocale(u"de"_qs));
    EXPECT_EQ(FormTexts::interfaceLanguage(), u"de"_qs);
    EXPECT_EQ(FormTexts::label(title), u"Titel"_qs);
    QLocale::setDefault(before);
}
