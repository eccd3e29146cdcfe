// ClosingBooks closes books on their own threads and deletes each once its threads have ended;
// the thread that hands them over never waits, even for a book another program has locked.

#include "TestSupport.h"

#include "ClosingBooks.h"

#include <QPointer>

using namespace fb;
using namespace fb::test;

namespace {
class ClosingBooksTest : public BookTest {};
} // namespace

TEST_F(ClosingBooksTest, ABusyBookClosesWhileTheEventLoopRunsAndIsDeletedAfterItsSaves) {
    FormDef form;
    openWithForm(simpleForm(), &form).reset();
    QPointer<Database> busy = openBook(bookPath()).release();
    QPointer<Database> idle = openBook(book(u"other"_qs)).release();
    RawBook other(bookPath(), true);
    ASSERT_TRUE(other.exec(u"BEGIN IMMEDIATE"_qs));
    Record r;
    r.values = {{u"code"_qs, u"closing"_qs}, {u"count"_qs, 1}};
    const QFuture<Reply<SavedRecord>> saved = busy->saveRecord(form.id, r);

    ClosingBooks closing;
    int allClosed = 0;
    QObject::connect(&closing, &ClosingBooks::allClosed, &closing, [&] { ++allClosed; });
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
    heartbeat.start(10);
    const QFuture<void> busyClosed = closing.close(busy);
    closing.close(idle);
    EXPECT_EQ(busy->parent(), &closing);
    EXPECT_EQ(closing.count(), 2);

    // The idle book goes; the busy one waits for the lock while the loop keeps turning.
    ASSERT_TRUE(waitUntil([&] { return !idle && ticks >= 30; }, 4000)) << "ticks " << ticks;
    ASSERT_TRUE(busy);
    EXPECT_FALSE(busyClosed.isFinished());
    EXPECT_EQ(closing.count(), 1);
    EXPECT_EQ(allClosed, 0);

    ASSERT_TRUE(other.exec(u"COMMIT"_qs));
    ASSERT_TRUE(waitUntil([&] { return !busy; }, 60000));
    EXPECT_TRUE(busyClosed.isFinished());
    EXPECT_TRUE(closing.isEmpty());
    EXPECT_EQ(allClosed, 1);
    ASSERT_TRUE(saved.isFinished());
    EXPECT_TRUE(saved.result().ok()) << saved.result().error.toLogString().toStdString();
}
