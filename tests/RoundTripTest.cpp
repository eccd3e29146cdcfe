// What was acknowledged is what comes back. For every field type, values generated at random
// and at every boundary are saved through the facade: each is either refused before saving,
// on its field, or read back exactly as it was sent (canonical decimals such as 1.50 aside).
// CTest runs this in several time zones (tests/CMakeLists.txt); FIELDBOOK_SEED repeats a run.

#include "Decimal.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace fb;
using namespace fb::test;

namespace {

class Values {
public:
    explicit Values(quint32 seed)
        : m_random(seed) {}

    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }

    QString text(int maxLength, bool lines) {
        static const QList<char32_t> pool{
            U'a', U'Z',  U'0',      U' ',      U'\'',     U'"',    U'\\', U'%',  U';',
            U',', U'\t', U'\x01',   U'é',      U'ß',      U'ü',    U'中', U'文', U'ش',
            U'ع', U'ר',  U'\u0301', U'\u200f', U'\uFEFF', U'🦉', U'🌍',  U'𝄞',  U'\U0010FFFD'};
        QString s;
        const int length = chance(20) ? maxLength - 2 + below(5) : below(std::min(maxLength, 80));
        for (int i = 0; i < length; ++i) {
            const char32_t c = pool.at(below(int(pool.size())));
            s += QString::fromUcs4(&c, 1);
            if (lines && chance(5))
                s += chance(50) ? u"\n"_qs : u"\r\n"_qs;
        }
        if (chance(3))
            s.insert(below(int(s.size()) + 1), QChar(u'\0'));
        if (chance(3))
            s.insert(below(int(s.size()) + 1), QChar(char16_t(0xD800 + below(0x800))));
        if (!lines && chance(3))
            s += u"\n"_qs;
        return s;
    }

    QVariant integer() {
        switch (below(6)) {
        case 0: {
            const qlonglong edges[] = {std::numeric_limits<qlonglong>::min(),
                                       std::numeric_limits<qlonglong>::max(), 0, 1, -1};
            return edges[below(5)];
        }
        case 1:
            return QVariant::fromValue(
                quint64(m_random.generate64())); // half beyond 64 bits signed
        case 2:
            return u" %1 "_qs.arg(qlonglong(m_random.generate64()));
        case 3:
            return double(below(1000)) + (chance(50) ? 0.5 : 0.0);
        default:
            return qlonglong(m_random.generate64());
        }
    }

    QString decimal(int places) {
        QString s = chance(30) ? u"-"_qs : QString();
        const int whole = chance(20) ? Validator::maxWholeDigits - 1 + below(3) : below(12);
        for (int i = 0; i < whole; ++i)
            s += QChar(u'0' + below(10));
        const int fraction = chance(20) ? places + below(2) : below(places + 1);
        if (fraction > 0 || chance(10))
            s += u'.';
        for (int i = 0; i < fraction; ++i)
            s += QChar(u'0' + below(10));
        return s.isEmpty() || s == u"-" ? s + u"0"_qs : s;
    }

    QDate date() {
        const qint64 first = QDate(1, 1, 1).toJulianDay(), last = QDate(9999, 12, 31).toJulianDay();
        switch (below(5)) {
        case 0:
            return QDate::fromJulianDay(first - 1 + below(3));
        case 1:
            return QDate::fromJulianDay(last - 1 + below(3));
        case 2:
            return QDate(12345, 1, 1);
        default:
            return QDate::fromJulianDay(first + qint64(m_random.bounded(quint64(last - first))));
        }
    }

    QTime time() {
        if (chance(20))
            return chance(50) ? QTime(0, 0) : QTime(23, 59, 59, 999);
        return QTime::fromMSecsSinceStartOfDay(int(m_random.bounded(86'400'000u)));
    }

    QVariant dateTime() {
        QDateTime at(date(), time(), Qt::LocalTime);
        if (chance(20)) { // near this zone's daylight-saving changes, in local time
            const QTimeZone zone = QTimeZone::systemTimeZone();
            const auto change =
                zone.nextTransition(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            if (change.atUtc.isValid())
                at = change.atUtc.addSecs(-5400 + below(10800)).toLocalTime();
            at = QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()), Qt::LocalTime);
        }
        switch (below(5)) {
        case 0:
            return at.toUTC();
        case 1:
            return at.toUTC().toString(Qt::ISODateWithMs);
        default:
            return at;
        }
    }

    QVariant yesNo() {
        const QVariant values[] = {true,     false,     0,           1,           2,
                                   u"no"_qs, u"yes"_qs, u"False"_qs, u"maybe"_qs, u"1"_qs};
        return values[below(10)];
    }

private:
    QRandomGenerator m_random;
};

FieldDef field(const QString &label, FieldType type) {
    FieldDef f;
    f.label = label;
    f.type = type;
    return f;
}

FormDef everyType() {
    FormDef form;
    form.name = u"Every type"_qs;
    FieldDef amount = field(u"Amount"_qs, FieldType::Decimal);
    amount.places = 3;
    FieldDef size = field(u"Size"_qs, FieldType::Choice);
    size.choices = {u"small"_qs, u"it's big"_qs, u"größer"_qs, u"🦉"_qs};
    FieldDef tags = field(u"Tags"_qs, FieldType::MultiChoice);
    tags.choices = {u"a"_qs, u"b, c"_qs, u"\"d\""_qs};
    form.fields = {field(u"Line"_qs, FieldType::Text),
                   field(u"Notes"_qs, FieldType::LongText),
                   field(u"Count"_qs, FieldType::Integer),
                   amount,
                   field(u"Day"_qs, FieldType::Date),
                   field(u"At"_qs, FieldType::Time),
                   field(u"Seen"_qs, FieldType::DateTime),
                   field(u"Done"_qs, FieldType::Bool),
                   size,
                   tags};
    return form;
}

QVariant generate(Values &g, const FieldDef &f) {
    switch (f.type) {
    case FieldType::Text:
        return g.text(Validator::maxLineLength, false);
    case FieldType::LongText:
        return g.text(4000, true);
    case FieldType::Integer:
        return g.integer();
    case FieldType::Decimal:
        return g.decimal(f.places);
    case FieldType::Date:
        return g.chance(20) ? QVariant(g.date().toString(Qt::ISODate)) : QVariant(g.date());
    case FieldType::Time:
        return g.chance(10) ? QVariant(u"24:00"_qs) : QVariant(g.time());
    case FieldType::DateTime:
        return g.dateTime();
    case FieldType::Bool:
        return g.yesNo();
    case FieldType::Choice:
        return g.chance(10) ? u"medium"_qs : f.choices.at(g.below(int(f.choices.size())));
    case FieldType::MultiChoice: {
        QStringList picked;
        for (const QString &c : f.choices) {
            if (g.chance(50))
                picked << c;
        }
        if (g.chance(10))
            picked << u"z"_qs;
        return picked;
    }
    case FieldType::Reference:
        break;
    }
    return {};
}

// What the person saw when the value was sent, in the form it is read back in.
QString shown(const FieldDef &f, const QVariant &v) {
    switch (f.type) {
    case FieldType::DateTime: {
        const QDateTime at = v.typeId() == QMetaType::QString
                                 ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs)
                                 : v.toDateTime();
        return at.toLocalTime().toString(Qt::ISODateWithMs) + u" = "_qs +
               at.toUTC().toString(Qt::ISODateWithMs);
    }
    case FieldType::Date:
        return v.typeId() == QMetaType::QString ? v.toString() : v.toDate().toString(Qt::ISODate);
    case FieldType::Time:
        return v.toTime().toString(Qt::ISODateWithMs);
    case FieldType::Decimal:
        return Decimal::canonical(v.toString(), f.places).value_or(u"?"_qs);
    case FieldType::Integer:
        return QString::number(v.toString().trimmed().toLongLong());
    case FieldType::Bool: {
        const QString t = v.toString().toLower();
        return t == u"true" || t == u"yes" || t == u"1" ? u"true"_qs : u"false"_qs;
    }
    case FieldType::MultiChoice:
        return v.toStringList().join(u'|');
    default:
        return v.toString();
    }
}

QString escaped(const QString &s) {
    QString out;
    for (QChar c : s.left(120))
        out += c.unicode() < 0x20 || c.isSurrogate()
                   ? u"\\u%1"_qs.arg(c.unicode(), 4, 16, QChar(u'0'))
                   : QString(c);
    return out;
}

class RoundTripTest : public BookTest {};

} // namespace

TEST_P(RoundTripTest, EveryValueIsRefusedOnItsFieldOrComesBackAsItWasSent) {
    SCOPED_TRACE((u"FIELDBOOK_SEED="_qs + QString::number(seedOfThisRun()) + u" TZ="_qs +
                  QString::fromUtf8(QTimeZone::systemTimeZoneId()))
                     .toStdString());
    FormDef form;
    auto db = openWithForm(everyType(), &form);
    ASSERT_EQ(form.fields.size(), 10);
    Values g(seedOfThisRun());
    struct Sent {
        const FieldDef *field;
        QVariant value;
        QFuture<Reply<SavedRecord>> reply;
    };
    std::vector<Sent> sent;
    for (int round = 0; round < 150; ++round) {
        for (const FieldDef &f : form.fields) {
            Record r;
            const QVariant v = generate(g, f);
            r.values.insert(f.key, v);
            sent.push_back({&f, v, db->saveRecord(form.id, r)});
        }
    }
    int stored = 0, refused = 0;
    for (Sent &s : sent) {
        ASSERT_TRUE(waitUntil([&] { return s.reply.isFinished(); }));
        const Reply<SavedRecord> reply = s.reply.result();
        const std::string what = (s.field->label + u": "_qs + escaped(s.value.toString()) +
                                  u" ("_qs + QString::fromLatin1(s.value.typeName()) + u')')
                                     .toStdString();
        if (reply.error.isError()) {
            ++refused;
            EXPECT_EQ(reply.error.kind(), DbError::Kind::Validation) << what;
            EXPECT_EQ(reply.error.field(), s.field->key)
                << what << " " << reply.error.toLogString().toStdString();
            EXPECT_TRUE(reply.error.message().contains(s.field->label)) << what;
            // Refused before saving: the form's own rules say so as a person types.
            EXPECT_TRUE(Validator::validate(*s.field, s.value).error.isError()) << what;
            continue;
        }
        ++stored;
        const Reply<Record> back = [&] {
            auto f = db->fetchRecord(form, reply.value.record.id);
            EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }));
            return f.result();
        }();
        ASSERT_TRUE(back.ok()) << what;
        const QVariant read = back.value.values.value(s.field->key);
        EXPECT_EQ(shown(*s.field, read).toStdString(), shown(*s.field, s.value).toStdString())
            << what;
        EXPECT_EQ(shown(*s.field, reply.value.record.values.value(s.field->key)).toStdString(),
                  shown(*s.field, s.value).toStdString())
            << what << " (the acknowledgement)";
        if (s.field->type == FieldType::Text || s.field->type == FieldType::LongText) {
            const QString text = s.value.toString();
            EXPECT_EQ(read.toString().toStdString(), text.toStdString()) << what;
        }
    }
    EXPECT_GT(stored, 900);
    EXPECT_GT(refused, 50);
}

FB_ON_BOTH_BACKENDS(RoundTripTest);
