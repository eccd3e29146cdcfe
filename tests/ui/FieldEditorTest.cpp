// Filling a form: every field type typed into with keys, validation messages, Tab order.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "LocaleNumber.h"
#include "RecordForm.h"
#include "ReferenceFieldEditor.h"

#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <tuple>

using namespace fb;
using namespace fb::test;

namespace {

class FieldEditorTest : public UiTest {
protected:
    // A shown RecordForm on `form`, in the book.
    RecordForm *showForm(Database *db, const FormDef &form) {
        m_widget = std::make_unique<RecordForm>();
        m_widget->setForm(form, db);
        showActive(m_widget.get());
        return m_widget.get();
    }
    // The key of the field called `name`: by label, or for the sample form's fields by their
    // type (each type appears once there): "when" is its date-time field, whatever its label.
    QString k(const QString &name) const {
        static const QHash<QString, FieldType> sample{
            {u"title"_qs, FieldType::Text},    {u"notes"_qs, FieldType::LongText},
            {u"count"_qs, FieldType::Integer}, {u"amount"_qs, FieldType::Decimal},
            {u"day"_qs, FieldType::Date},      {u"at"_qs, FieldType::Time},
            {u"when"_qs, FieldType::DateTime}, {u"done"_qs, FieldType::Bool},
            {u"colour"_qs, FieldType::Choice}, {u"tags"_qs, FieldType::MultiChoice}};
        const QList<FieldDef> &fields = m_widget->form().fields;
        for (const FieldDef &f : fields) {
            if (f.label.compare(name, Qt::CaseInsensitive) == 0)
                return f.key;
        }
        for (const FieldDef &f : fields) {
            if (sample.contains(name) && f.type == sample.value(name))
                return f.key;
        }
        return name;
    }
    QWidget *target(const QString &name) { return m_widget->editor(k(name))->focusTarget(); }
    void type(const QString &key, const QString &text) {
        target(key)->setFocus();
        QTest::keyClicks(target(key), text);
    }
    std::unique_ptr<RecordForm> m_widget;
};

} // namespace

TEST_F(FieldEditorTest, TypingIntoEveryFieldTypeGivesTypedValues) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    RecordForm *f = showForm(db.get(), form);
    QLocale::setDefault(QLocale::c());
    type(u"title"_qs, u"Hello"_qs);
    type(u"notes"_qs, u"two"_qs);
    QTest::keyClick(target(u"notes"_qs), Qt::Key_Return);
    QTest::keyClicks(target(u"notes"_qs), u"lines"_qs);
    type(u"count"_qs, u"42"_qs);
    type(u"amount"_qs, u"12.5"_qs);
    type(u"day"_qs, u"2024-05-01"_qs);
    type(u"at"_qs, u"13:45"_qs);
    type(u"when"_qs, u"2024-05-01 10:30"_qs);
    target(u"done"_qs)->setFocus();
    QTest::keyClick(target(u"done"_qs), Qt::Key_Space);
    target(u"colour"_qs)->setFocus();
    QTest::keyClicks(target(u"colour"_qs), u"g"_qs);
    auto *tags = qobject_cast<QListWidget *>(target(u"tags"_qs));
    tags->setFocus();
    tags->setCurrentRow(1);
    QTest::keyClick(tags, Qt::Key_Space);

    EXPECT_TRUE(f->isDirty());
    EXPECT_TRUE(f->isValid());
    const QVariantMap v = f->editedRecord().values;
    EXPECT_EQ(v.value(k(u"title"_qs)), QVariant(u"Hello"_qs));
    EXPECT_EQ(v.value(k(u"notes"_qs)), QVariant(u"two\nlines"_qs));
    EXPECT_EQ(v.value(k(u"count"_qs)), QVariant(qlonglong(42)));
    EXPECT_EQ(v.value(k(u"amount"_qs)), QVariant(u"12.50"_qs)); // exact, as text
    EXPECT_EQ(v.value(k(u"day"_qs)).toDate(), QDate(2024, 5, 1));
    EXPECT_EQ(v.value(k(u"at"_qs)).toTime(), QTime(13, 45));
    EXPECT_EQ(v.value(k(u"when"_qs)).toDateTime(),
              QDateTime(QDate(2024, 5, 1), QTime(10, 30)).toUTC());
    EXPECT_EQ(v.value(k(u"done"_qs)), QVariant(true));
    EXPECT_EQ(v.value(k(u"colour"_qs)), QVariant(u"green"_qs));
    EXPECT_EQ(v.value(k(u"tags"_qs)).toStringList(), QStringList{u"b"_qs});

    // The typed record saves as it is and reads back the same.
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<SavedRecord> saved = co_await db->saveRecord(form.id, f->editedRecord());
        EXPECT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
        const Reply<Record> back = co_await db->fetchRecord(form, saved.value.record.id);
        EXPECT_EQ(back.value.values.value(k(u"amount"_qs)), QVariant(u"12.50"_qs));
        f->setRecord(back.value);
        EXPECT_FALSE(f->isDirty()) << "a stored record shows exactly as stored";
    });
}

// A stored time with milliseconds shows them, so saving another field of the record keeps
// them (they were dropped when the editor showed seconds only).
TEST_F(FieldEditorTest, MillisecondsOfAStoredTimeStayWhenAnotherFieldIsSaved) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    RecordForm *f = showForm(db.get(), form);
    Record record;
    record.values.insert(k(u"title"_qs), u"Robin"_qs);
    record.values.insert(k(u"at"_qs), QTime(23, 59, 59, 999));
    const QDateTime seen(QDate(2026, 3, 1), QTime(15, 0, 59, 7), Qt::UTC);
    record.values.insert(k(u"seen_at"_qs), seen);
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<SavedRecord> saved = co_await db->saveRecord(form.id, record);
        EXPECT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
        f->setRecord(saved.value.record);
        EXPECT_FALSE(f->isDirty()) << "the stored values show as stored";
        type(u"title"_qs, u"Wren"_qs);
        const Reply<SavedRecord> again = co_await db->saveRecord(form.id, f->editedRecord());
        EXPECT_TRUE(again.ok()) << again.error.toLogString().toStdString();
        const Reply<Record> back = co_await db->fetchRecord(form, saved.value.record.id);
        EXPECT_EQ(back.value.values.value(k(u"title"_qs)), QVariant(u"RobinWren"_qs));
        EXPECT_EQ(back.value.values.value(k(u"at"_qs)).toTime(), QTime(23, 59, 59, 999));
        EXPECT_EQ(back.value.values.value(k(u"seen_at"_qs)).toDateTime(), seen);
    });
}

// A text's limit counts characters as the databases do: an emoji is one, and typing never
// cuts one in half (QLineEdit's own limit counts UTF-16 units).
TEST_F(FieldEditorTest, TypingStopsAtATextsLimitInCharactersAndNeverHalvesAnEmoji) {
    FormDef short3;
    short3.name = u"Short"_qs;
    FieldDef code = plainField(u"Code"_qs, FieldType::Text);
    code.maxLength = 3;
    short3.fields << code;
    FormDef form;
    auto db = openWithForm(short3, &form);
    RecordForm *f = showForm(db.get(), form);
    QWidget *edit = target(u"code"_qs);
    edit->setFocus();
    const QString emoji = u"\U0001F600"_qs;
    QTest::keyClicks(edit, u"a"_qs);
    for (int i = 0; i < 4; ++i)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, emoji, Qt::NoModifier);
    QTest::keyClicks(edit, u"b"_qs);
    const QString typed = f->editedRecord().values.value(k(u"code"_qs)).toString();
    EXPECT_EQ(typed, u"a"_qs + emoji + emoji) << "three characters, the last emoji whole";
    EXPECT_TRUE(typed.isValidUtf16());
    EXPECT_TRUE(f->isValid()) << f->message(k(u"code"_qs)).toStdString();
}

TEST_F(FieldEditorTest, DatesAndTimesCanBeLeftEmptyAndHaveACalendar) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    RecordForm *f = showForm(db.get(), form);
    type(u"day"_qs, u"2024-02-30"_qs);
    EXPECT_FALSE(f->isValid());
    EXPECT_EQ(f->message(k(u"day"_qs)), u"Day must be a valid date."_qs);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(target(u"day"_qs), Qt::Key_Backspace);
    EXPECT_TRUE(f->isValid());
    EXPECT_TRUE(f->editedRecord().values.value(k(u"day"_qs)).isNull());
    EXPECT_TRUE(f->message(k(u"day"_qs)).isEmpty());
    EXPECT_NE(f->editor(k(u"day"_qs))->findChild<QWidget *>(u"calendarButton"_qs), nullptr);
    EXPECT_NE(f->editor(k(u"when"_qs))->findChild<QWidget *>(u"calendarButton"_qs), nullptr);
}

TEST_F(FieldEditorTest, DecimalsFollowThePersonsLocaleWithoutRounding) {
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(LocaleNumber::parseDecimal(german, u"1.234,5"_qs, 2),
              std::optional<QString>(u"1234.50"_qs));
    EXPECT_EQ(LocaleNumber::parseDecimal(german, u"-0,07"_qs, 2),
              std::optional<QString>(u"-0.07"_qs));
    EXPECT_EQ(LocaleNumber::parseDecimal(german, u"0,125"_qs, 2), std::nullopt);
    // Another locale's number is refused, not read ten or a thousand times too big; group
    // separators count only where the locale puts them.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    for (const auto &[locale, text] :
         std::initializer_list<std::pair<QLocale, QString>>{{english, u"1,5"_qs},
                                                            {english, u"1,50"_qs},
                                                            {english, u"1,0000"_qs},
                                                            {english, u"1.5,0"_qs},
                                                            {english, u",150"_qs},
                                                            {english, u"1234,567"_qs},
                                                            {english, u"1 5"_qs},
                                                            {german, u"2.5"_qs},
                                                            {german, u"1.5"_qs},
                                                            {german, u"1.23,5"_qs},
                                                            {german, u"0,1.5"_qs},
                                                            {french, u"1 5"_qs}}) {
        EXPECT_EQ(LocaleNumber::parseDecimal(locale, text, 3), std::nullopt)
            << locale.name().toStdString() << " " << text.toStdString();
        EXPECT_EQ(LocaleNumber::parseInteger(locale, text), std::nullopt)
            << locale.name().toStdString() << " " << text.toStdString();
    }
    for (const auto &[locale, text, value] :
         std::initializer_list<std::tuple<QLocale, QString, qlonglong>>{
             {english, u"1,000"_qs, 1000},
             {english, u"-12,345,678"_qs, -12345678},
             {english, u"999"_qs, 999},
             {german, u"1.000"_qs, 1000},
             {german, u"-1.234.567"_qs, -1234567},
             {french, u"1 000"_qs, 1000},
             {french, u"1\u202f000"_qs, 1000}}) {
        EXPECT_EQ(LocaleNumber::parseInteger(locale, text), std::optional<qlonglong>(value))
            << locale.name().toStdString() << " " << text.toStdString();
    }
    EXPECT_EQ(LocaleNumber::parseDecimal(english, u"1,234.5"_qs, 2),
              std::optional<QString>(u"1234.50"_qs));
    // 0.1 + 0.2 style values that a double would not keep exactly.
    EXPECT_EQ(LocaleNumber::parseDecimal(QLocale::c(), u"9007199254740993.10"_qs, 2),
              std::optional<QString>(u"9007199254740993.10"_qs));
    EXPECT_EQ(LocaleNumber::formatDecimal(german, u"-1234.50"_qs), u"-1234,50"_qs);
    EXPECT_EQ(LocaleNumber::displayDecimal(german, u"-1234567.50"_qs), u"-1.234.567,50"_qs);
    // Arabic: its own digits, as QLocale writes whole numbers, read back as they are shown.
    const QLocale arabic(u"ar"_qs);
    const QString shown = LocaleNumber::displayDecimal(arabic, u"1234.50"_qs);
    EXPECT_TRUE(shown.startsWith(arabic.toString(1))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(arabic.toString(50))) << shown.toStdString();
    EXPECT_EQ(LocaleNumber::parseDecimal(arabic, shown, 2), u"1234.50"_qs);
    EXPECT_EQ(
        LocaleNumber::parseDecimal(arabic, LocaleNumber::formatDecimal(arabic, u"-7.25"_qs), 2),
        u"-7.25"_qs);

    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    RecordForm *f = showForm(db.get(), form);
    f->editor(k(u"amount"_qs))->setLocale(german);
    type(u"amount"_qs, u"1.234,5"_qs);
    EXPECT_EQ(f->editedRecord().values.value(k(u"amount"_qs)), QVariant(u"1234.50"_qs));
    // A point typed as the decimal sign in German is not taken for one (the validator reads C
    // notation, where "2.5" would be two and a half).
    for (const QString &text : {u"2.5"_qs, u"1.25"_qs, u"2.5000"_qs}) {
        qobject_cast<QLineEdit *>(target(u"amount"_qs))->clear();
        type(u"amount"_qs, text);
        EXPECT_FALSE(f->isValid()) << text.toStdString();
        EXPECT_FALSE(f->message(k(u"amount"_qs)).isEmpty()) << text.toStdString();
    }
}

TEST_F(FieldEditorTest, InvalidInputShowsTheValidatorsMessageNextToTheField) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    RecordForm *f = showForm(db.get(), form);
    EXPECT_FALSE(f->isValid()) << "the required code is empty";
    EXPECT_TRUE(f->message(k(u"code"_qs)).isEmpty()) << "no message before the person types";
    type(u"count"_qs, u"12x"_qs);
    EXPECT_EQ(f->message(k(u"count"_qs)), u"Count must be a whole number."_qs);
    QTest::keyClick(target(u"count"_qs), Qt::Key_Backspace);
    QTest::keyClicks(target(u"count"_qs), u"0000000"_qs);
    EXPECT_EQ(f->message(k(u"count"_qs)), u"Count must be at most 1000000."_qs);
    type(u"code"_qs, u"a"_qs);
    QTest::keyClick(target(u"code"_qs), Qt::Key_Backspace);
    EXPECT_EQ(f->message(k(u"code"_qs)), u"Code is required."_qs);
    // Required fields are marked; every editor is named and has its label as buddy.
    EXPECT_TRUE(f->label(k(u"code"_qs))->text().contains(u'*'));
    EXPECT_TRUE(f->label(k(u"code"_qs))->font().bold());
    EXPECT_FALSE(f->label(k(u"count"_qs))->text().contains(u'*'));
    for (FieldEditor *e : f->editors()) {
        EXPECT_EQ(f->label(e->field().key)->buddy(), e->focusTarget());
        EXPECT_EQ(e->focusTarget()->accessibleName(), e->field().label);
    }
}

TEST_F(FieldEditorTest, TabFollowsTheFormsFieldOrder) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    RecordForm *f = showForm(db.get(), form);
    f->focusFirstField();
    for (int i = 0; i < form.fields.size(); ++i) {
        const QString key = form.fields.at(i).key;
        ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == target(key); }, 2000))
            << "field " << i << " " << key.toStdString() << " has not the focus";
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
}

TEST_F(FieldEditorTest, ReferencePickerFindsRecordsByTyping) {
    FormDef people;
    auto db = openWithForm(simpleForm(u"People"_qs), &people);
    saveRecords(*db, people.id, 30, [](int i) {
        return item(i == 7 ? u"Alice"_qs : QStringLiteral("person %1").arg(i), i);
    });
    FormDef visits = visitsReferringTo(people.id, u"Who"_qs);
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<FormDef> created = co_await db->createForm(visits);
        EXPECT_TRUE(created.ok()) << created.error.toLogString().toStdString();
        visits = created.value;
    });
    RecordForm *f = showForm(db.get(), visits);
    auto *editor = qobject_cast<ReferenceFieldEditor *>(f->editor(k(u"who"_qs)));
    ASSERT_NE(editor, nullptr);
    type(u"who"_qs, u"Ali"_qs);
    ASSERT_TRUE(waitUntil([&] { return editor->completer()->model()->rowCount() == 1; }));
    EXPECT_EQ(editor->completer()->model()->index(0, 0).data().toString(), u"Alice"_qs);
    EXPECT_FALSE(f->isValid()) << "typed text is not yet a record";
    QTest::keyClicks(target(u"who"_qs), u"ce"_qs);
    QTest::keyClick(target(u"who"_qs), Qt::Key_Return);
    EXPECT_EQ(f->editedRecord().values.value(k(u"who"_qs)).toLongLong(), 8); // the 8th person
    EXPECT_TRUE(f->isValid());
    // A stored reference shows the record's name once the database thread answers.
    Record shown;
    shown.id = 1;
    shown.values.insert(u"who"_qs, qlonglong(8));
    f->setRecord(shown);
    EXPECT_TRUE(waitUntil(
        [&] { return qobject_cast<QLineEdit *>(target(u"who"_qs))->text() == u"Alice"_qs; }));
    EXPECT_FALSE(f->isDirty());
}
