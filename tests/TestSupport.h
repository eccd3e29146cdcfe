#pragma once

#include "Database.h"
#include "FormDef.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <gtest/gtest.h>

#include <functional>

namespace fb::test {

bool onGuiThread();

// Runs a coroutine in an event loop with a time-out, like QCoro's own tests; fails the test
// if it does not finish in time or if the loop was blocked for longer than `maxStallMs`.
void runCoroutine(const std::function<QCoro::Task<>()> &coroutine, int timeoutMs = 60000,
                  int maxStallMs = 2000);

// Spins the event loop until `done` is true or the time runs out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000);

// A form with one field of every type but references.
FormDef sampleForm(const QString &name = QStringLiteral("Sample"));
// A small form: a required unique text "code", an integer "count" (0..1,000,000).
FormDef simpleForm(const QString &name = QStringLiteral("Items"));

// A test's own connection to a book file, on the test's thread, for checking what is on disk
// independently of Fieldbook's code.
class RawBook
{
public:
    explicit RawBook(const QString &path, bool writable = false);
    ~RawBook();
    qint64 scalar(const QString &sql);
    bool exec(const QString &sql);
    QSqlDatabase db() const;

private:
    QString m_name;
};

QByteArray fileHash(const QString &path);

class BookTest : public ::testing::Test
{
protected:
    QString bookPath(const QString &name = QStringLiteral("book.fieldbook")) const
    {
        return m_dir.filePath(name);
    }
    // Opens a Database on `path` and waits until it is open (or has failed).
    std::unique_ptr<Database> openBook(const QString &path);
    // Opens the default book path and creates `form` in it.
    std::unique_ptr<Database> openWithForm(const FormDef &form, FormDef *created);

    QTemporaryDir m_dir;
};

} // namespace fb::test
