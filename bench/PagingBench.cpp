#include "PagingBench.h"

#include "BenchSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fb::bench {

namespace {

template <typename T> T wait(QFuture<T> future) {
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return future.result();
}

} // namespace

PagingBench::PagingBench(const BookSpec &spec)
    : m_spec(spec) {
    m_db.open(spec);
    while (m_db.state() == BookState::Opening)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    FormDef form = fiveColumnForm();
    form.name = QStringLiteral("Paging");
    m_form = wait(m_db.createForm(form)).value;
}

void PagingBench::fill(qint64 rows) {
    // In bulk, on this thread's own connection: the figures are about reading. (A benchmark
    // is not the product; the product never runs SQL on its GUI thread.)
    const QString name = QStringLiteral("bench-fill");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_spec.backend == BookSpec::Backend::Sqlite
                                                        ? QStringLiteral("QSQLITE")
                                                        : QStringLiteral("QPSQL"),
                                                    name);
        db.setDatabaseName(m_spec.backend == BookSpec::Backend::Sqlite ? m_spec.path
                                                                       : m_spec.database);
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setUserName(m_spec.user);
        db.setPassword(m_spec.password);
        if (!db.open())
            qFatal("fill: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        const QString t = m_form.table;
        const QString sql =
            m_spec.backend == BookSpec::Backend::Sqlite
                ? QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < %1) "
                                 "INSERT INTO %2 (uuid, created_at, updated_at, name, quantity, "
                                 "price, day, done) "
                                 "SELECT printf('%08x-0000-4000-8000-%012x', i, i), "
                                 "'2026-01-01T00:00:00.000Z', "
                                 "'2026-01-01T00:00:00.000Z', 'item ' || i, (i * 7919) % 100003, "
                                 "printf('%d.%02d', i % 500, i % 100), date('2026-01-01', '+' || "
                                 "(i % 365) || ' days'), i % 2 FROM n")
                : QStringLiteral(
                      "INSERT INTO %2 (uuid, created_at, updated_at, name, quantity, price, day, "
                      "done) "
                      "SELECT md5(i::text), now(), now(), 'item ' || i, (i::bigint * 7919) % "
                      "100003, "
                      "(i % 500) + (i % 100) / 100.0, date '2026-01-01' + (i % 365), i % 2 = 0 "
                      "FROM generate_series(1, %1) AS i");
        if (!q.exec(sql.arg(rows).arg(t)))
            qFatal("fill: %s", qPrintable(q.lastError().text()));
        if (m_spec.backend == BookSpec::Backend::Postgres)
            q.exec(QStringLiteral("ANALYZE %1").arg(t));
    }
    QSqlDatabase::removeDatabase(name);
}

double PagingBench::medianMs(const std::function<void()> &request, int runs) {
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        request();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

PagingFigures PagingBench::run(qint64 rows) {
    fill(rows);
    PagingFigures f;
    f.rows = wait(m_db.countRecords(m_form, {})).value;
    f.countMs = medianMs([&] { wait(m_db.countRecords(m_form, {})); });
    PageQuery first;
    first.sortKey = QStringLiteral("quantity");
    first.limit = 50;
    f.firstPageMs = medianMs([&] { wait(m_db.fetchPage(m_form, first)); });
    PageQuery last = first;
    last.from = PageQuery::From::End;
    f.lastPageMs = medianMs([&] { wait(m_db.fetchPage(m_form, last)); });
    PageQuery next = first;
    next.from = PageQuery::From::After;
    next.anchorValue = qlonglong(50000);
    next.anchorId = rows / 2;
    f.nextPageMs = medianMs([&] { wait(m_db.fetchPage(m_form, next)); });
    return f;
}

} // namespace fb::bench
