#include "ExportCommand.h"

#include "Database.h"
#include "ExistingBook.h"
#include "QuitOnSignal.h"
#include "RecordExportTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextStream>

namespace fb {

namespace {

// Gives the free functions below a translation context of their own.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::ExportCommand)
};

constexpr int Written = 0;
constexpr int NothingWritten = 1;

ExportOptions optionsFor(const CommandLine::Export &request) {
    if (request.format == u"json")
        return ExportOptions::json();
    if (request.format == u"xlsx")
        return ExportOptions::xlsx(QLocale());
    return request.preset == u"excel" ? ExportOptions::excel(QLocale()) : ExportOptions::rfc4180();
}

} // namespace

int exportRecords(const CommandLine::Export &request, const QString &book) {
    QTextStream err(stderr);
    const QString shown = shownBook(book);
    Database db;
    const std::optional<FormDef> form =
        openBookForm(db, book, request.form, Text::tr("Nothing was written."));
    if (!form)
        return NothingWritten;
    RecordExportTask task(&db);
    // Ctrl+C stops the export; a file being written is then left as it was.
    QuitOnSignal stop;
    QObject::connect(&stop, &QuitOnSignal::received, &task, &RecordExportTask::cancel);
    Reply<qint64> reply;
    if (request.out.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            err << Text::tr("The standard output cannot be written: %1").arg(out.errorString())
                << Qt::endl;
            return NothingWritten;
        }
        reply = QCoro::waitFor(task.exportTo(*form, PageQuery(), optionsFor(request), &out));
        out.flush();
    } else {
        reply =
            QCoro::waitFor(task.exportToFile(*form, PageQuery(), optionsFor(request), request.out));
    }
    if (!reply.ok()) {
        // The book is named; a file that cannot be written is named by the message itself.
        err << Text::tr("%1: %2 Nothing was written.").arg(shown, reply.error.message())
            << Qt::endl;
        return NothingWritten;
    }
    if (!request.out.isEmpty())
        QTextStream(stdout) << Text::tr("%Ln record(s) written to %1.", nullptr, int(reply.value))
                                   .arg(QDir::toNativeSeparators(request.out))
                            << Qt::endl;
    return Written;
}

} // namespace fb
