// Feeds arbitrary bytes to the form file parser (docs/form-format.md), the one place where a
// file from anyone becomes a form. Whatever it is given, it must refuse or accept without
// crashing, and a form it accepts must be one it writes out and reads back.

#include "FormJson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

// The book the file is imported into: one form that references may name.
QList<fb::FormDef> bookForms() {
    fb::FormDef suppliers;
    suppliers.id = 7;
    suppliers.name = QStringLiteral("Suppliers");
    suppliers.table = QStringLiteral("suppliers");
    fb::FieldDef name;
    name.key = QStringLiteral("name");
    name.label = QStringLiteral("Name");
    name.type = fb::FieldType::Text;
    suppliers.fields << name;
    return {suppliers};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QList<fb::FormDef> book = bookForms();
    // A copy, not fromRawData: the parser may expect the terminating zero a QByteArray has.
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    fb::FormDef form;
    fb::DbError error;
    if (!fb::FormJson::fromJson(json, &form, &error, book)) {
        if (!error.isError())
            std::abort(); // refused without saying why
        (void)error.message();
        return 0;
    }
    fb::FormDef again;
    fb::DbError againError;
    if (!fb::FormJson::fromJson(fb::FormJson::toJson(form, book), &again, &againError, book)) {
        qWarning("An accepted form does not read back: %s", qPrintable(againError.toLogString()));
        std::abort();
    }
    return 0;
}
