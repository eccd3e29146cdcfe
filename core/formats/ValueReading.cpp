#include "ValueReading.h"

#include "Decimal.h"
#include "FormTexts.h"
#include "IsoText.h"

#include <QRegularExpression>

namespace fb {

namespace {
using Kind = DbError::Kind;

ValueReader::Result ok(QVariant value) {
    return {std::move(value), {}};
}

ValueReader::Result fail(const char *source, QStringList args = {}) {
    return {{}, DbError(Kind::Validation, source, std::move(args))};
}

bool isSpace(QChar c) {
    return c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0);
}

// The usual words, folded, in every language the interface speaks (and a few marks).
const QSet<QString> &yesWords() {
    static const QSet<QString> words{u"yes"_qs, u"y"_qs,    u"true"_qs, u"t"_qs,    u"1"_qs,
                                     u"x"_qs,   u"ja"_qs,   u"j"_qs,    u"wahr"_qs, u"oui"_qs,
                                     u"o"_qs,   u"vrai"_qs, u"si"_qs,   u"s"_qs,    u"verdadero"_qs,
                                     u"نعم"_qs, u"صح"_qs,   u"صحيح"_qs};
    return words;
}

const QSet<QString> &noWords() {
    static const QSet<QString> words{u"no"_qs,   u"n"_qs,     u"false"_qs,  u"f"_qs,
                                     u"0"_qs,    u"nein"_qs,  u"falsch"_qs, u"non"_qs,
                                     u"faux"_qs, u"falso"_qs, u"لا"_qs,     u"خطأ"_qs};
    return words;
}
} // namespace

ValueRules ValueRules::forLocale(const QLocale &locale) {
    ValueRules rules;
    rules.decimalMark = locale.decimalPoint().at(0);
    const QString group = locale.groupSeparator();
    rules.groupMark = group.size() == 1 && !isSpace(group.at(0)) ? group.at(0) : QChar();
    // The order of day, month and year in the locale's short date format.
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const auto d = format.indexOf(u'd'), m = format.indexOf(u'M'), y = format.indexOf(u'y');
    if (d >= 0 && m >= 0 && y >= 0) {
        if (y < m && y < d)
            rules.dateOrder = DateOrder::YearMonthDay;
        else if (d < m)
            rules.dateOrder = DateOrder::DayMonthYear;
        else
            rules.dateOrder = DateOrder::MonthDayYear;
    }
    return rules;
}

ValueReader::ValueReader(FieldDef field, ValueRules rules)
    : m_field(std::move(field))
    , m_rules(rules) {
    const QString mark = QRegularExpression::escape(QString(m_rules.decimalMark));
    QString group = u"\\s\\x{00A0}\\x{202F}"_qs;
    if (!m_rules.groupMark.isNull())
        group += QRegularExpression::escape(QString(m_rules.groupMark));
    m_groups.setPattern(u"^[+-]?[0-9]{1,4}([%1][0-9]{3})*(%2[0-9]*)?$"_qs.arg(group, mark));
    if (m_field.type != FieldType::Choice && m_field.type != FieldType::MultiChoice)
        return;
    for (const QString &stored : std::as_const(m_field.choices))
        m_choiceByName.insert(folded(stored), stored);
    for (auto it = m_field.choicesByLanguage.cbegin(); it != m_field.choicesByLanguage.cend();
         ++it) {
        for (qsizetype i = 0; i < it->size() && i < m_field.choices.size(); ++i) {
            const QString name = folded(it->at(i));
            if (!m_choiceByName.contains(name))
                m_choiceByName.insert(name, m_field.choices.at(i));
        }
    }
}

QString ValueReader::folded(QStringView text) {
    const QString decomposed = text.trimmed().toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

ValueReader::Result ValueReader::read(const QString &text) const {
    if (text.trimmed().isEmpty() && m_field.type != FieldType::Text &&
        m_field.type != FieldType::LongText)
        return ok({});
    switch (m_field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return ok(text.isEmpty() ? QVariant() : QVariant(text));
    case FieldType::Integer:
        return readInteger(text);
    case FieldType::Decimal:
        return readDecimal(text);
    case FieldType::Date:
        return readDate(text);
    case FieldType::Time:
        return readTime(text);
    case FieldType::DateTime:
        return readDateTime(text);
    case FieldType::Bool:
        return readBool(text);
    case FieldType::Choice:
    case FieldType::MultiChoice:
        return readChoices(text);
    case FieldType::Reference:
        return ok(text.trimmed());
    }
    return ok(text);
}

QString ValueReader::digitsOnly(const QString &text) const {
    // Digit groups may be parted by the group mark or by spaces, in threes before the decimal
    // mark (the first may have four, as Qt writes Spanish): "31.01.2026" is a date, not the
    // number 31012026.
    const QString t = text.trimmed();
    const bool grouped = std::any_of(t.cbegin(), t.cend(), [&](QChar c) {
        return isSpace(c) || (!m_rules.groupMark.isNull() && c == m_rules.groupMark);
    });
    if (grouped && !m_groups.match(t).hasMatch())
        return u"x"_qs; // no number
    QString out;
    out.reserve(text.size());
    for (const QChar c : t) {
        if (isSpace(c) || (!m_rules.groupMark.isNull() && c == m_rules.groupMark))
            continue;
        out += c == m_rules.decimalMark ? u'.' : c;
    }
    return out;
}

ValueReader::Result ValueReader::readInteger(const QString &text) const {
    QString digits = digitsOnly(text);
    // A spreadsheet may write a whole number as 12.0.
    static const QRegularExpression zeroFraction(u"\\.0+$"_qs);
    digits.remove(zeroFraction);
    static const QRegularExpression integer(u"^[+-]?[0-9]+$"_qs);
    if (!integer.match(digits).hasMatch())
        return fail(QT_TRANSLATE_NOOP("fb::DbError", "Not a whole number."));
    bool converted = false;
    const qlonglong n = digits.toLongLong(&converted);
    if (!converted)
        return fail(QT_TRANSLATE_NOOP("fb::DbError", "A whole number too large to keep."));
    return ok(n);
}

ValueReader::Result ValueReader::readDecimal(const QString &text) const {
    const QString digits = digitsOnly(text);
    static const QRegularExpression number(u"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"_qs);
    if (!number.match(digits).hasMatch())
        return fail(QT_TRANSLATE_NOOP("fb::DbError", "Not a number."));
    if (const std::optional<QString> canonical = Decimal::canonical(digits, m_field.places))
        return ok(*canonical);
    return fail(QT_TRANSLATE_NOOP("fb::DbError", "More decimal places than the field keeps (%1)."),
                {QString::number(m_field.places)});
}

std::optional<QDate> ValueReader::date(QStringView text) const {
    if (const std::optional<QDate> iso = IsoText::date(text))
        return iso;
    static const QRegularExpression parts(u"^([0-9]{1,4})[./ -]([0-9]{1,2})[./ -]([0-9]{1,4})$"_qs);
    const QRegularExpressionMatch m = parts.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    int a = m.captured(1).toInt(), b = m.captured(2).toInt(), c = m.captured(3).toInt();
    int year = 0, month = 0, day = 0;
    if (m.capturedLength(1) == 4) {
        year = a, month = b, day = c;
    } else if (m.capturedLength(3) == 4) {
        year = c;
        if (m_rules.dateOrder == ValueRules::DateOrder::MonthDayYear)
            month = a, day = b;
        else
            day = a, month = b;
    } else {
        return std::nullopt; // a two-digit year is a guess
    }
    const QDate d(year, month, day);
    if (!d.isValid() || d < IsoText::firstDate() || d > IsoText::lastDate())
        return std::nullopt;
    return d;
}

ValueReader::Result ValueReader::readDate(const QString &text) const {
    if (const std::optional<QDate> d = date(text.trimmed()))
        return ok(*d);
    return m_rules.dateOrder == ValueRules::DateOrder::MonthDayYear
               ? fail(QT_TRANSLATE_NOOP("fb::DbError",
                                        "Not a date; dates are read as 2026-01-31 or 01/31/2026."))
               : fail(QT_TRANSLATE_NOOP("fb::DbError",
                                        "Not a date; dates are read as 2026-01-31 or 31.01.2026."));
}

ValueReader::Result ValueReader::readTime(const QString &text) const {
    QString t = text.trimmed();
    if (const std::optional<QTime> iso = IsoText::time(t))
        return ok(*iso);
    // 9:05, 9:05:30 and a 12-hour clock's 9:05 PM.
    static const QRegularExpression clock(
        u"^([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?$"_qs);
    const QRegularExpressionMatch m = clock.match(t);
    if (m.hasMatch()) {
        int hour = m.captured(1).toInt();
        const QString half = m.captured(4).toLower();
        bool valid = true;
        if (!half.isEmpty()) {
            valid = hour >= 1 && hour <= 12;
            hour = hour % 12 + (half.startsWith(u'p') ? 12 : 0);
        }
        const QTime time(hour, m.captured(2).toInt(), m.captured(3).toInt());
        if (valid && time.isValid())
            return ok(time);
    }
    return fail(QT_TRANSLATE_NOOP("fb::DbError", "Not a time; times are read as 14:30."));
}

ValueReader::Result ValueReader::readDateTime(const QString &text) const {
    const QString t = text.trimmed();
    if (const std::optional<QDateTime> iso = IsoText::dateTime(t))
        return ok(iso->toUTC());
    const auto gap = t.indexOf(QRegularExpression(u"[ T]"_qs));
    if (gap > 0) {
        const std::optional<QDate> d = date(QStringView(t).left(gap));
        const Result time = readTime(t.mid(gap + 1));
        if (d && !time.error.isError()) {
            const QDateTime local(*d, time.value.toTime());
            // A local time the clocks skip (a change to summer time) is no moment at all.
            if (local.isValid() && local.time() == time.value.toTime())
                return ok(local.toUTC());
        }
    }
    return fail(QT_TRANSLATE_NOOP(
        "fb::DbError", "Not a date and time; they are read as 2026-01-31 14:30 (local time)."));
}

ValueReader::Result ValueReader::readBool(const QString &text) const {
    const QString word = folded(text);
    if (yesWords().contains(word))
        return ok(true);
    if (noWords().contains(word))
        return ok(false);
    return fail(QT_TRANSLATE_NOOP("fb::DbError", "Not yes or no."));
}

std::optional<QString> ValueReader::choice(const QString &text) const {
    const auto it = m_choiceByName.constFind(folded(text));
    if (it == m_choiceByName.cend())
        return std::nullopt;
    return *it;
}

ValueReader::Result ValueReader::readChoices(const QString &text) const {
    // The choices named in a message, only when one is needed: this runs for every cell.
    const auto offered = [this] { return FormTexts::choices(m_field).join(u", "_qs); };
    if (m_field.type == FieldType::Choice) {
        if (const std::optional<QString> c = choice(text))
            return ok(*c);
        return fail(QT_TRANSLATE_NOOP("fb::DbError", "Not one of the choices: %1."), {offered()});
    }
    static const QRegularExpression parts(u"[;|]"_qs);
    QStringList chosen;
    for (const QString &part : text.split(parts, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const std::optional<QString> c = choice(part);
        if (!c)
            return fail(QT_TRANSLATE_NOOP("fb::DbError", "“%1” is not one of the choices: %2."),
                        {part.trimmed(), offered()});
        if (!chosen.contains(*c))
            chosen << *c;
    }
    return ok(chosen);
}

} // namespace fb
