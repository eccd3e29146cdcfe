#include "FormGuess.h"

#include "Validator.h"

#include <QCoreApplication>

namespace fb {

namespace {

// The places a decimal text has after its mark (none for a whole number).
int placesOf(const QString &text, QChar mark) {
    const auto at = text.lastIndexOf(mark);
    if (at < 0)
        return 0;
    int places = 0;
    for (qsizetype i = at + 1; i < text.size() && text.at(i).isDigit(); ++i)
        ++places;
    return places;
}

bool allRead(const FieldDef &field, const ValueRules &rules, const QStringList &values) {
    const ValueReader reader(field, rules);
    return std::all_of(values.cbegin(), values.cend(),
                       [&](const QString &v) { return !reader.read(v).error.isError(); });
}

FieldDef typed(const QString &label, const QStringList &values, const ValueRules &rules) {
    FieldDef f;
    f.label = label;
    if (values.isEmpty())
        return f;
    // Most particular first: "1" reads as a number, a yes/no word and a date part alike.
    for (const FieldType type : {FieldType::Integer, FieldType::Decimal, FieldType::Date,
                                 FieldType::Time, FieldType::DateTime, FieldType::Bool}) {
        f.type = type;
        if (type == FieldType::Decimal) {
            int places = 1;
            for (const QString &v : values)
                places = std::max(places, placesOf(v, rules.decimalMark));
            f.places = std::min(places, 10);
        }
        if (allRead(f, rules, values))
            return f;
    }
    f.type = FieldType::Text;
    f.places = 2;
    for (const QString &v : values) {
        if (v.contains(u'\n') || v.contains(u'\r') ||
            Validator::characters(v) > Validator::maxLineLength) {
            f.type = FieldType::LongText;
            break;
        }
    }
    return f;
}

} // namespace

FormDef guessForm(const QString &name, const QStringList &header, const QList<QStringList> &rows,
                  const ValueRules &rules) {
    FormDef form;
    form.name = name;
    qsizetype width = header.size();
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    for (qsizetype c = 0; c < width; ++c) {
        QStringList values;
        for (const QStringList &row : rows) {
            if (c < row.size() && !row.at(c).trimmed().isEmpty())
                values << row.at(c);
        }
        QString label = c < header.size() ? header.at(c).simplified() : QString();
        if (label.isEmpty())
            label = QCoreApplication::translate("fb::FormGuess", "Column %1").arg(c + 1);
        form.fields << typed(label, values, rules);
    }
    return form;
}

} // namespace fb
