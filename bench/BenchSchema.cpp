#include "BenchSchema.h"

#include <QDate>

namespace fb::bench {

FormDef fiveColumnForm() {
    FormDef form;
    form.name = QStringLiteral("Bench");
    auto field = [](const char *label, FieldType type) {
        FieldDef f;
        f.label = QString::fromLatin1(label);
        f.type = type;
        return f;
    };
    form.fields = {field("Name", FieldType::Text), field("Quantity", FieldType::Integer),
                   field("Price", FieldType::Decimal), field("Day", FieldType::Date),
                   field("Done", FieldType::Bool)};
    return form;
}

Record fiveColumnRecord(int i) {
    Record r;
    r.values = {{QStringLiteral("name"), QStringLiteral("item %1").arg(i)},
                {QStringLiteral("quantity"), qlonglong(i % 1000)},
                {QStringLiteral("price"),
                 QStringLiteral("%1.%2").arg(i % 500).arg(i % 100, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("day"), QDate(2026, 1, 1).addDays(i % 365)},
                {QStringLiteral("done"), i % 2 == 0}};
    return r;
}

} // namespace fb::bench
