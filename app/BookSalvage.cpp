#include "BookSalvage.h"

#include "BookCopier.h"
#include "Database.h"
#include "ExistingBook.h"
#include "QuitOnSignal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace fb {

namespace {

// Gives the free functions below a translation context of their own.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::BookSalvage)
};

constexpr int Saved = 0;
constexpr int NothingSaved = 1;
constexpr int SomeLost = 3;

} // namespace

int salvageBook(const QString &bookPath, const QString &newPath) {
    QTextStream err(stderr);
    const QString book = QDir::toNativeSeparators(bookPath);
    const QString made = QDir::toNativeSeparators(newPath);
    if (QFileInfo::exists(newPath) && QFileInfo(bookPath).isFile()) {
        err << Text::tr("%1: the file exists; what is saved from a book goes into a new file, "
                        "never over another. Nothing was saved.")
                   .arg(made)
            << Qt::endl;
        return NothingSaved;
    }
    Database db;
    switch (openExistingBook(db, BookSpec::sqlite(bookPath))) {
    case Opening::Open:
        break;
    case Opening::NoBookFile:
        err << Text::tr("%1: there is no book file here; nothing was saved.").arg(book) << Qt::endl;
        return NothingSaved;
    case Opening::Failed:
        err << Text::tr("%1: %2 Nothing was saved.").arg(book, db.lastError().message())
            << Qt::endl;
        return NothingSaved;
    }
    BookCopier copier(&db);
    // Ctrl+C stops the salvage, which then removes the partial new book.
    QuitOnSignal stop;
    QObject::connect(&stop, &QuitOnSignal::received, &copier, &BookCopier::cancel);
    const Reply<BookCopier::Summary> reply = QCoro::waitFor(copier.salvageTo(newPath));
    if (!reply.ok()) {
        err << Text::tr("%1: %2 Nothing was saved.").arg(made, reply.error.message()) << Qt::endl;
        return NothingSaved;
    }
    QTextStream out(stdout);
    out << Text::tr("What could be read of %1 is saved in %2:").arg(book, made) << Qt::endl;
    for (const QString &line : BookCopier::describe(reply.value))
        out << u"  "_qs << line << Qt::endl;
    bool lost = reply.value.unreadable > 0;
    for (const BookCopier::FormSummary &form : reply.value.perForm)
        lost = lost || !form.countKnown;
    if (lost) {
        err << Text::tr("%1: some records could not be read and are not in %2.").arg(book, made)
            << Qt::endl;
        return SomeLost;
    }
    return Saved;
}

} // namespace fb
