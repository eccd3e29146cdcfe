#include "CheckCommand.h"

#include "Database.h"
#include "ExistingBook.h"
#include "QuitOnSignal.h"
#include "WaitFor.h"
#include "WindowSettings.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fb {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::CheckCommand)
};

constexpr int Sound = 0;
constexpr int NotChecked = 1;
constexpr int ProblemsFound = 3;

// The check (or the repair) with Ctrl+C as its Cancel.
Reply<CheckReport> wait(Database &db, bool repair) {
    auto progress = std::make_shared<CheckProgress>();
    QuitOnSignal stop;
    QObject::connect(&stop, &QuitOnSignal::received, [progress] { progress->cancel = true; });
    return waitFor(repair ? db.repairBook(progress) : db.checkBook(progress));
}

} // namespace

int checkBook(const QString &book, bool repair) {
    Database db;
    db.setBackupPolicy(WindowSettings().backupPolicy()); // where the repair's backup goes
    if (!openBookSaying(db, book, Text::tr("It was not checked.")))
        return NotChecked;
    QTextStream out(stdout);
    QTextStream err(stderr);
    Reply<CheckReport> reply = wait(db, false);
    if (reply.ok() && repair && reply.value.repairable()) {
        for (const QString &line : CheckText::lines(reply.value, db.forms()))
            out << line << Qt::endl;
        reply = wait(db, true);
        if (reply.ok())
            out << Text::tr("Repaired. The book as it was is kept in %1.")
                       .arg(shownBook(reply.value.backup))
                << Qt::endl;
    }
    waitFor(db.close());
    if (!reply.ok()) {
        err << Text::tr("%1: %2").arg(shownBook(book), reply.error.message()) << Qt::endl;
        return NotChecked;
    }
    for (const QString &line : CheckText::lines(reply.value, db.forms()))
        out << line << Qt::endl;
    if (!reply.value.sound() && reply.value.repairable() && !repair)
        out << Text::tr("Run “fieldbook check --repair” to repair what a repair mends; a backup "
                        "is made first.")
            << Qt::endl;
    else if (!reply.value.sound() && !reply.value.repairable() && repair)
        out << Text::tr("A repair mends none of these problems; nothing was changed.") << Qt::endl;
    return reply.value.sound() ? Sound : ProblemsFound;
}

} // namespace fb
