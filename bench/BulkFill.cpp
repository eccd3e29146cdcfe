#include "BulkFill.h"

#include "BenchSchema.h"
#include "BookConnection.h"
#include "FormStore.h"
#include "RecordStore.h"

namespace fb::bench {

namespace {
void check(const DbError &error, const char *what) {
    if (error.isError())
        qFatal("%s: %s", what, qPrintable(error.toLogString()));
}
} // namespace

FormDef createFilledBook(const QString &path, const QString &formName, int rows) {
    BookConnection connection(BookSpec::sqlite(path), BookConnection::Role::Writer,
                              QStringLiteral("bench-fill"));
    check(connection.open(), "open the book");
    FormDef form = fiveColumnForm();
    form.name = formName;
    check(FormStore(connection.sql()).create(&form, {}), "create the form");
    check(connection.sql().exec(connection.dialect().beginWrite()), "begin");
    RecordStore store(connection.sql());
    for (int i = 0; i < rows; ++i) {
        Record record = fiveColumnRecord(i);
        check(store.save(form, &record), "save");
    }
    check(connection.sql().exec(QStringLiteral("COMMIT")), "commit");
    connection.close();
    return form;
}

} // namespace fb::bench
