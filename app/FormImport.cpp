#include "FormImport.h"

#include "Database.h"
#include "ExistingBook.h"
#include "FormJson.h"
#include "WaitFor.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTextStream>

namespace fb {

namespace {

// Gives the free functions below a translation context of their own.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::FormImport)
};

// Brings the form into the book at `bookPath`, creating the book if there is none.
int importInto(const QByteArray &json, const QString &bookPath) {
    QTextStream err(stderr);
    Database db;
    backUpBeforeChanges(db);
    db.open(BookSpec::sqlite(bookPath));
    waitFor(db.settled());
    if (db.state() == BookState::ReadOnly) {
        err << (db.isDamaged()
                    ? Text::tr("The book %1 is damaged; it was left untouched and the form was "
                               "not brought in.")
                    : Text::tr("The book %1 is read-only; the form was not brought in."))
                   .arg(bookPath)
            << Qt::endl;
        return 1;
    }
    if (db.state() != BookState::Open) {
        err << db.lastError().message() << Qt::endl;
        return 1;
    }
    FormDef form;
    DbError error;
    if (!FormJson::fromJson(json, &form, &error, db.forms())) {
        err << error.message() << Qt::endl;
        return 1;
    }
    const Reply<FormDef> created = waitFor(db.createForm(form));
    if (!created.ok()) {
        err << created.error.message() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << Text::tr("The form “%1” is in %2 (table %3).")
                               .arg(created.value.name, bookPath, created.value.table)
                        << Qt::endl;
    return 0;
}

// The book, its SQLite companions and the folders made for it, once its Database is gone.
void removeNewBook(const QString &bookPath, const QString &firstMadeFolder) {
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QFile::remove(bookPath + suffix);
    if (firstMadeFolder.isEmpty())
        return;
    QDir folder = QFileInfo(bookPath).absoluteDir();
    while (folder.absolutePath().startsWith(firstMadeFolder) && folder.rmdir(folder.absolutePath()))
        folder.cdUp();
}

} // namespace

int importForm(const QString &formFile, const QString &bookPath) {
    QTextStream err(stderr);
    QFile file(formFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Text::tr("Cannot read %1: %2").arg(formFile, file.errorString()) << Qt::endl;
        return 1;
    }
    QByteArray json;
    if (DbError tooBig; !FormJson::readFile(file, &json, &tooBig)) {
        err << formFile << u": "_qs << tooBig.message() << Qt::endl;
        return 1;
    }
    const QFileInfo book(bookPath);
    if (book.exists())
        return importInto(json, bookPath);

    // A new book is made only for a form that goes into it: the file is checked first, and
    // if the book still refuses the form, what was made for it is removed again.
    FormDef form;
    DbError error;
    if (!FormJson::fromJson(json, &form, &error)) {
        err << error.message() << Qt::endl;
        return 1;
    }
    QString firstMadeFolder;
    for (QDir dir = book.absoluteDir(); !dir.exists(); dir = QFileInfo(dir.absolutePath()).dir())
        firstMadeFolder = dir.absolutePath();
    const int result = importInto(json, bookPath);
    if (result != 0)
        removeNewBook(bookPath, firstMadeFolder);
    return result;
}

} // namespace fb
