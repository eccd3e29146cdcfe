#include "BookBackup.h"

#include "FormStore.h"
#include "RecordStore.h"
#include "SqliteHandle.h"
#include "ThreadAudit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <array>
#include <memory>

#include <cstdio>

namespace fb {

namespace {

using Kind = DbError::Kind;

// A path as a message shows it: kept left to right (isolated) inside right-to-left text, so
// that "/tmp/a.fieldbook" in an Arabic message is not shown as "tmp/a.fieldbook/".
QString shownPath(const QString &path) {
    const QString native = QDir::toNativeSeparators(path);
    return QLocale().textDirection() == Qt::RightToLeft ? QChar(0x2066) + native + QChar(0x2069)
                                                        : native;
}
// The files SQLite keeps beside a database while it is open or after a crash.
constexpr std::array<QLatin1String, 3> sideSuffixes{QLatin1String("-wal"), QLatin1String("-shm"),
                                                    QLatin1String("-journal")};

// A database file and the files SQLite keeps beside it.
void removeWithSideFiles(const QString &path) {
    QFile::remove(path);
    for (const QLatin1String suffix : sideSuffixes)
        QFile::remove(path + suffix);
}

// Pages copied per step of the backup API: 4 MiB, a few milliseconds between looks at Cancel.
constexpr int pagesPerStep = 1024;

struct SqliteClose {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using SqliteDb = std::unique_ptr<sqlite3, SqliteClose>;

SqliteDb openFile(const QString &path, int flags, int *rc) {
    sqlite3 *db = nullptr;
    *rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    return SqliteDb(db);
}

DbError cancelled() {
    return DbError(Kind::Internal,
                   QT_TRANSLATE_NOOP("fb::DbError", "The backup was cancelled; nothing was "
                                                    "changed."));
}

// What a failed copy means for the person: space, permission, or the detail.
DbError copyProblem(int rc, const QString &dest, const QString &detail) {
    const QString where = shownPath(dest);
    if ((rc & 0xff) == SQLITE_FULL)
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "The disk that holds “%1” is full; the copy was not "
                                         "made. The book is unchanged."),
                       {where}, detail);
    if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_PERM ||
        (rc & 0xff) == SQLITE_READONLY)
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "“%1” cannot be written (permission, or no such "
                                         "folder); the copy was not made."),
                       {where}, detail);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "Another program kept “%1” locked for 30 seconds; "
                                         "nothing was copied. Try again when it is done."),
                       {where}, detail);
    return DbError(
        Kind::Storage,
        QT_TRANSLATE_NOOP("fb::DbError", "The copy to “%1” failed; the book is unchanged."),
        {where}, detail);
}

// Copies the database `from` into `to` a step at a time (all at once when `progress` is
// null). Answers the SQLite result: SQLITE_DONE when complete, SQLITE_INTERRUPT if cancelled.
int copyPages(sqlite3 *to, sqlite3 *from, BackupProgress *progress) {
    ThreadAudit::noteSql(); // database work: never on the GUI thread
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_extended_errcode(to);
    int rc = SQLITE_OK;
    int busy = 0; // steps refused for a lock held elsewhere; given up after about 30 s
    while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busy < 6000)) {
        if (progress && progress->cancel.load()) {
            rc = SQLITE_INTERRUPT;
            break;
        }
        rc = sqlite3_backup_step(backup, progress ? pagesPerStep : -1);
        if (progress) {
            const int total = sqlite3_backup_pagecount(backup);
            progress->total = total;
            progress->done = total - sqlite3_backup_remaining(backup);
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            ++busy;
            sqlite3_sleep(5); // another program holds a lock for a moment
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE && finished != SQLITE_OK ? finished : rc;
}

} // namespace

DbError BookBackup::copyTo(const QString &dest, BackupProgress *progress, bool replace) {
    sqlite3 *book = sqliteHandle(m_connection.sql().database());
    if (!book)
        return DbError(Kind::Internal,
                       QT_TRANSLATE_NOOP("fb::DbError", "Only a book in a file is backed up "
                                                        "this way."));
    // By its path as given and by what it resolves to (a link, "./", a WAL that is there).
    const auto isBook = [&](const QString &bookFile, const QString &file) {
        return !file.isEmpty() &&
               (file == bookFile ||
                std::any_of(sideSuffixes.begin(), sideSuffixes.end(),
                            [&](const QLatin1String suffix) { return file == bookFile + suffix; }));
    };
    const QFileInfo bookInfo(m_connection.spec().path);
    const QFileInfo target(dest);
    if (isBook(bookInfo.absoluteFilePath(), target.absoluteFilePath()) ||
        isBook(bookInfo.canonicalFilePath(), target.canonicalFilePath()))
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "“%1” is the book itself; a copy goes into another "
                                         "file."),
                       {shownPath(dest)});
    if (QFileInfo::exists(dest) && !replace)
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "“%1” exists already; a copy never goes over another "
                                         "file."),
                       {shownPath(dest)});
    // A copy that stops half-way is never taken for a backup: it only gets its name whole.
    const QString part = dest + u".part"_qs;
    QFile::remove(part);
    // Read through a connection of its own: the writer's large page cache would only churn
    // (a sixth slower). It sees every commit, since this thread makes none meanwhile. Where
    // it cannot read (a book in a folder it may not write), the writer's own connection does.
    int rc = SQLITE_OK;
    SqliteDb reader = openFile(m_connection.spec().path, SQLITE_OPEN_READONLY, &rc);
    if (rc != SQLITE_OK || sqlite3_exec(reader.get(), "SELECT 1 FROM sqlite_master LIMIT 1",
                                        nullptr, nullptr, nullptr) != SQLITE_OK)
        reader.reset();
    SqliteDb out = openFile(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &rc);
    if (rc == SQLITE_OK)
        rc = copyPages(out.get(), reader ? reader.get() : book, progress);
    // A backup keeps no write-ahead log: looking into it later leaves no -wal or -shm beside it.
    if (rc == SQLITE_DONE)
        sqlite3_exec(out.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString detail =
        out ? QString::fromUtf8(sqlite3_errmsg(out.get())) : QString::fromUtf8(sqlite3_errstr(rc));
    out.reset();
    if (rc != SQLITE_DONE) {
        QFile::remove(part);
        return rc == SQLITE_INTERRUPT ? cancelled() : copyProblem(rc, dest, detail);
    }
    // rename(2) puts the whole copy in the place of a file that is there, in one step.
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(dest).constData()) != 0) {
        QFile::remove(part);
        return copyProblem(SQLITE_CANTOPEN, dest, {});
    }
    return {};
}

DbError BookBackup::make(const BackupPolicy &policy, BackupReason reason, BackupMade *made,
                         BackupProgress *progress) {
    const QString bookPath = m_connection.spec().path;
    const QString folder = Backups::folderFor(bookPath, policy);
    if (!QDir().mkpath(folder))
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "The backup folder “%1” cannot be made; no backup was "
                                         "made."),
                       {shownPath(folder)});
    const QDateTime now = QDateTime::currentDateTime();
    QString dest;
    for (int serial = 0; dest.isEmpty() || QFileInfo::exists(dest); ++serial)
        dest = QDir(folder).filePath(Backups::fileName(bookPath, now, reason, serial));
    if (DbError e = copyTo(dest, progress); e.isError())
        return e;
    made->path = dest;
    made->bytes = QFileInfo(dest).size();
    for (const BackupFile &old : Backups::toRemove(Backups::list(bookPath, policy), now, policy)) {
        if (old.path != dest)
            removeWithSideFiles(old.path);
    }
    return {};
}

DbError BookBackup::checkedCopy(const QString &backup, const QString &copy,
                                BackupProgress *progress) {
    // The backup itself is only read: a copy of it is checked and brought to this version.
    int rc = SQLITE_OK;
    SqliteDb from = openFile(backup, SQLITE_OPEN_READONLY, &rc);
    SqliteDb to;
    if (rc == SQLITE_OK)
        to = openFile(copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &rc);
    if (rc == SQLITE_OK)
        rc = copyPages(to.get(), from.get(), progress);
    // Opening a database without Fieldbook's tables would make it a new, empty book.
    if (rc == SQLITE_DONE && sqlite3_exec(to.get(), "SELECT count(*) FROM fb_meta", nullptr,
                                          nullptr, nullptr) != SQLITE_OK)
        rc = SQLITE_NOTADB;
    to.reset();
    from.reset();
    if (rc == SQLITE_INTERRUPT)
        return cancelled();
    const QString shown = shownPath(backup);
    if (rc != SQLITE_DONE)
        return DbError(
            Kind::Damaged,
            QT_TRANSLATE_NOOP("fb::DbError", "“%1” cannot be read as a book; nothing was changed."),
            {shown}, QString::fromUtf8(sqlite3_errstr(rc)));
    BookConnection check(BookSpec::sqlite(copy), BookConnection::Role::Writer,
                         m_connection.name() + u"-restore"_qs);
    DbError e = check.open();
    if (!e.isError() && check.isCheckPending())
        e = check.finishCheck();
    const DbError damaged(
        Kind::Damaged,
        QT_TRANSLATE_NOOP("fb::DbError", "The backup “%1” is damaged; nothing was changed."),
        {shown});
    if (!e.isError() && (check.isDamaged() || check.isReadOnly()))
        e = damaged;
    if (!e.isError()) {
        // Every page, not only the quick check's: a restore must not bring damage back.
        QSqlQuery *q = nullptr;
        SqlRun::Unlimited unlimited(check.sql());
        if (check.sql().execPrepared(u"PRAGMA integrity_check"_qs, {}, &q).isError() ||
            !q->next() || q->value(0).toString() != u"ok")
            e = damaged;
        if (q)
            q->finish();
    }
    check.close();
    if (e.isError() && e.kind() != Kind::Damaged)
        return DbError(
            Kind::Damaged,
            QT_TRANSLATE_NOOP("fb::DbError", "“%1” cannot be restored: %2 Nothing was changed."),
            {shown, e.message()}, e.detail());
    return e;
}

DbError BookBackup::restore(const QString &backup, QList<FormDef> *forms, BackupProgress *progress,
                            const std::function<DbError()> &beforeChange) {
    sqlite3 *book = sqliteHandle(m_connection.sql().database());
    if (!book)
        return DbError(Kind::Internal,
                       QT_TRANSLATE_NOOP("fb::DbError", "Only a book in a file is restored "
                                                        "this way."));
    if (!QFileInfo(backup).isFile())
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError", "There is no backup at “%1”; nothing was changed."),
            {shownPath(backup)});
    const QFileInfo bookFile(m_connection.spec().path);
    if (QFileInfo(backup).canonicalFilePath() == bookFile.canonicalFilePath())
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError", "“%1” is the book itself; nothing was changed."),
            {shownPath(backup)});
    const QString copy =
        bookFile.absoluteDir().filePath(u"."_qs + bookFile.fileName() + u".restoring"_qs);
    removeWithSideFiles(copy);
    DbError e = checkedCopy(backup, copy, progress);
    // Only a backup that checked out is worth keeping the book as it is for.
    if (!e.isError() && beforeChange)
        e = beforeChange();
    if (!e.isError()) {
        int rc = SQLITE_OK;
        SqliteDb from = openFile(copy, SQLITE_OPEN_READONLY, &rc);
        m_connection.sql().clearCache(); // no statement of the old book stays open
        // In one step, so that the book changes in one transaction: no Cancel from here on.
        if (rc == SQLITE_OK)
            rc = copyPages(book, from.get(), nullptr);
        if (rc != SQLITE_DONE)
            e = copyProblem(rc, m_connection.spec().path, QString::fromUtf8(sqlite3_errmsg(book)));
    }
    removeWithSideFiles(copy);
    if (e.isError())
        return e;
    // A mark of this restore, so that another window on the book knows it holds another book
    // now (its undo steps and the record it shows are of the old one).
    m_connection.sql().exec(u"INSERT INTO fb_meta (key, value) VALUES ('restored', ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_qs,
                            {QUuid::createUuid().toString(QUuid::WithoutBraces)});
    return FormStore(m_connection.sql()).load(forms);
}

QString BookBackup::restoredMark(SqlRun &sql) {
    QSqlQuery *q = nullptr;
    if (sql.execPrepared(u"SELECT value FROM fb_meta WHERE key = 'restored'"_qs, {}, &q).isError())
        return {};
    const QString mark = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return mark;
}

BackupContents BookBackup::inspect(const QString &path, const QString &connectionName) {
    BackupContents contents;
    contents.path = path;
    BookConnection connection(BookSpec::sqlite(path), BookConnection::Role::Reader, connectionName);
    DbError e = connection.open();
    QList<FormDef> forms;
    if (!e.isError())
        e = FormStore(connection.sql()).load(&forms);
    RecordStore store(connection.sql());
    for (const FormDef &form : std::as_const(forms)) {
        qint64 n = 0;
        if (!e.isError())
            e = store.count(form, PageQuery{}, &n);
        contents.records += n;
    }
    contents.forms = int(forms.size());
    if (e.isError())
        contents.problem = e.message();
    connection.close();
    return contents;
}

} // namespace fb
