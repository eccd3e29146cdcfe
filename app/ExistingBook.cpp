#include "ExistingBook.h"

#include "Database.h"
#include "FormTexts.h"
#include "WaitFor.h"
#include "WindowSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace fb {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::ExistingBook)
};

std::optional<FormDef> formNamed(const QList<FormDef> &forms, const QString &name) {
    for (const FormDef &form : forms) {
        QStringList names = form.nameByLanguage.values();
        names << form.name;
        for (const QString &n : std::as_const(names)) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return form;
        }
    }
    return std::nullopt;
}
} // namespace

Opening openExistingBook(Database &db, const BookSpec &spec) {
    // Opening a path that holds no book would create one.
    if (spec.backend == BookSpec::Backend::Sqlite && !QFileInfo(spec.path).isFile())
        return Opening::NoBookFile;
    db.open(spec);
    waitFor(db.settled());
    return db.state() == BookState::Open || db.state() == BookState::ReadOnly ? Opening::Open
                                                                              : Opening::Failed;
}

void backUpBeforeChanges(Database &db) {
    db.setBackupPolicy(WindowSettings().backupPolicy());
    QObject::connect(&db, &Database::autoBackup, [](const BackupMade &, const DbError &error) {
        if (error.isError())
            QTextStream(stderr)
                << Text::tr("No backup could be made before the change: %1").arg(error.message())
                << Qt::endl;
    });
}

QString shownBook(const QString &book) {
    const std::optional<BookSpec> server = BookSpec::fromServerAddress(book);
    return server ? server->displayName() : QDir::toNativeSeparators(book);
}

bool openBookSaying(Database &db, const QString &book, const QString &nothingDone) {
    QTextStream err(stderr);
    const std::optional<BookSpec> server = BookSpec::fromServerAddress(book);
    const QString shown = shownBook(book);
    switch (openExistingBook(db, server ? *server : BookSpec::sqlite(book))) {
    case Opening::Open:
        return true;
    case Opening::NoBookFile:
        err << Text::tr("%1: there is no book file here.").arg(shown) << u' ' << nothingDone
            << Qt::endl;
        return false;
    case Opening::Failed:
        err << Text::tr("%1: %2").arg(shown, db.lastError().message()) << u' ' << nothingDone
            << Qt::endl;
        return false;
    }
    return false;
}

std::optional<FormDef> openBookForm(Database &db, const QString &book, const QString &formName,
                                    const QString &nothingDone) {
    if (!openBookSaying(db, book, nothingDone))
        return std::nullopt;
    QTextStream err(stderr);
    const QString shown = shownBook(book);
    std::optional<FormDef> form = formNamed(db.forms(), formName);
    if (!form) {
        QStringList names;
        for (const FormDef &f : db.forms())
            names << FormTexts::formName(f);
        err << (names.isEmpty() ? Text::tr("%1 has no forms.").arg(shown)
                                : Text::tr("%1 has no form “%2”; it has: %3.")
                                      .arg(shown, formName, names.join(u", "_qs)))
            << u' ' << nothingDone << Qt::endl;
    }
    return form;
}

} // namespace fb
