#include "FormImport.h"

#include "Database.h"
#include "FormJson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QTextStream>

namespace fb {

namespace {

// Gives the free functions below a translation context of their own.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::FormImport)
};

template <typename T> T waitFor(QFuture<T> future) {
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

int importForm(const QString &formFile, const QString &bookPath) {
    QTextStream err(stderr);
    QFile file(formFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Text::tr("Cannot read %1: %2").arg(formFile, file.errorString()) << Qt::endl;
        return 1;
    }
    Database db;
    QEventLoop opening;
    QObject::connect(&db, &Database::stateChanged, &opening, [&](BookState state) {
        if (state != BookState::Opening)
            opening.quit();
    });
    db.open(BookSpec::sqlite(bookPath));
    opening.exec();
    if (db.state() != BookState::Open) {
        err << db.lastError().message() << Qt::endl;
        return 1;
    }
    FormDef form;
    DbError error;
    if (!FormJson::fromJson(file.readAll(), &form, &error, db.forms())) {
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

} // namespace fb
