#include "CheckFlow.h"

#include "CheckDialog.h"
#include "Database.h"
#include "PathText.h"
#include "ProgressNotice.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace fb {

CheckFlow::CheckFlow(Database *database, QWidget *window)
    : QObject(database)
    , m_database(database)
    , m_window(window) {}

void CheckFlow::run(const QFuture<Reply<CheckReport>> &future,
                    const std::shared_ptr<CheckProgress> &progress, const QString &title,
                    const std::function<void(const CheckReport &)> &done) {
    ProgressNotice *notice = ProgressNotice::track(future, CheckText::step(*progress), m_window);
    notice->poll(100, [notice, progress] {
        notice->setLabelText(CheckText::step(*progress));
        // SQLite's own checks cannot say how far they are: a busy bar until the values.
        const bool counted = progress->step.load() == CheckProgress::Values;
        notice->setShare(progress->done.load(), counted ? progress->total.load() : 0);
    });
    connect(notice, &ProgressNotice::canceled, this, [progress] { progress->cancel = true; });
    whenReady(future, this, [this, title, done, progress](const Reply<CheckReport> &reply) {
        if (reply.ok()) {
            done(reply.value);
        } else if (progress->cancel.load()) {
            Q_EMIT said([] { return tr("The check was cancelled."); });
        } else {
            // Not exec(): this runs when a reply arrives, inside the event loop.
            auto *box = new QMessageBox(QMessageBox::Warning, title, reply.error.message(),
                                        QMessageBox::Ok, m_window);
            box->setObjectName(u"checkFailed"_qs);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
}

void CheckFlow::start() {
    if (!m_database)
        return;
    auto progress = std::make_shared<CheckProgress>();
    run(m_database->checkBook(progress), progress, tr("Check Book"),
        [this](const CheckReport &report) {
            if (!m_database)
                return;
            const bool canRepair = m_database->spec().backend == BookSpec::Backend::Sqlite &&
                                   m_database->state() == BookState::Open;
            const BookSpec &spec = m_database->spec();
            auto *dialog = new CheckDialog(report, m_database->forms(), canRepair,
                                           spec.backend == BookSpec::Backend::Sqlite
                                               ? QDir::toNativeSeparators(spec.path)
                                               : spec.displayName(),
                                           reportPath(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &CheckDialog::repairChosen, this, [this, dialog] { repair(dialog); });
            connect(dialog, &CheckDialog::reportSaved, this, [this](const QString &path) {
                Q_EMIT said(
                    [path] { return tr("The report is saved in %1.").arg(PathText::of(path)); });
            });
            dialog->open();
            Q_EMIT said([report] { return CheckText::summary(report); });
        });
}

void CheckFlow::repair(CheckDialog *dialog) {
    if (!m_database)
        return;
    auto progress = std::make_shared<CheckProgress>();
    const QPointer<CheckDialog> shown(dialog);
    run(m_database->repairBook(progress), progress, tr("Repair Book"),
        [this, shown](const CheckReport &report) {
            if (shown)
                shown->showRepaired(report);
            Q_EMIT said([report] { return CheckText::summary(report); });
        });
}

QString CheckFlow::reportPath() const {
    // Beside a file book; in the home folder for a server book.
    const BookSpec &spec = m_database->spec();
    const QString folder = spec.backend == BookSpec::Backend::Sqlite
                               ? QFileInfo(spec.path).absolutePath()
                               : QDir::homePath();
    return QDir(folder).filePath(
        tr("%1 check %2.txt").arg(spec.displayName(), QDate::currentDate().toString(Qt::ISODate)));
}

} // namespace fb
