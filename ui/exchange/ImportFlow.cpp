#include "ImportFlow.h"

#include "CsvImport.h"
#include "Database.h"
#include "FormTexts.h"
#include "ImportDialog.h"
#include "ImportUndoCommand.h"
#include "PathText.h"
#include "ProgressNotice.h"

#include <QCoroFuture>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUndoStack>

namespace fb {

ImportFlow::ImportFlow(Database *database, FormDef form, QString path, QUndoStack *undo,
                       ErrorSink onUndoError, std::function<void()> onChanged, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_form(std::move(form))
    , m_path(std::move(path))
    , m_undo(undo)
    , m_onUndoError(std::move(onUndoError))
    , m_onChanged(std::move(onChanged))
    , m_window(window) {}

void ImportFlow::start() {
    // A file book's folder is where its files are, likely.
    const BookSpec &book = m_database->spec();
    m_dialog = new ImportDialog(m_form, m_path, m_window,
                                book.backend == BookSpec::Backend::Sqlite
                                    ? QFileInfo(book.path).absolutePath()
                                    : QString());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::checkRequested, this, [this] { run(true); });
    connect(m_dialog, &ImportDialog::importRequested, this, [this] { run(false); });
    // Escape or Close while a check or an import runs: it stops, and the book stays as it was.
    connect(m_dialog, &ImportDialog::cancelRequested, this, [this] {
        if (m_progress)
            m_progress->cancel.store(true);
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (m_progress)
            m_progress->cancel.store(true);
        finishIfDone();
    });
    m_dialog->open();
    // Record → Import… names no file yet: the first question is which.
    if (m_path.isEmpty())
        QMetaObject::invokeMethod(m_dialog, &ImportDialog::browse, Qt::QueuedConnection);
}

void ImportFlow::finishIfDone() {
    if (!m_running && (!m_dialog || !m_dialog->isVisible()))
        deleteLater();
}

QCoro::Task<> ImportFlow::run(bool dryRun) {
    if (m_running || !m_dialog || !m_database)
        co_return;
    QPointer<ImportFlow> self = this;
    m_running = true;
    const ImportSettings settings = m_dialog->settings();
    const ImportOptions options = m_dialog->options();
    // The file read this way was checked before (with these choices or others).
    const bool seen = m_checked && m_checked->first == settings;
    const bool checked = seen && m_checked->second == options;
    Reply<ImportReport> reply;
    if (dryRun || !checked) {
        reply = co_await once(settings, options, true);
        if (!self)
            co_return;
        const bool read = reply.ok() && !reply.value.stopped.isError();
        const bool clean = read && reply.value.problemRows == 0 && reply.value.ready() > 0;
        // Seen by the person now: an Import of the same imports as chosen.
        if (clean || (read && reply.value.problemRows > 0))
            m_checked = std::pair(settings, options);
        if (m_dialog) {
            if (reply.ok())
                m_dialog->showReport(reply.value, true);
            else
                m_dialog->showFailure(reply.error.message());
        }
        // An import asked for goes ahead only when the check found nothing in its way; else
        // the person sees what it found first. Rows with problems may go in or not as chosen.
        const bool goesAhead = !dryRun && read &&
                               (clean || (reply.value.ready() > 0 &&
                                          options.keep == ImportOptions::Keep::GoodRows && seen));
        if (!goesAhead) {
            m_running = false;
            finishIfDone();
            co_return;
        }
    }
    reply = co_await once(settings, options, false);
    if (!self)
        co_return;
    m_running = false;
    if (!reply.ok()) {
        if (m_dialog)
            m_dialog->showFailure(tr("Nothing was imported. %1").arg(reply.error.message()));
    } else if (!reply.value.committed) {
        if (m_dialog)
            m_dialog->showReport(reply.value, false);
    } else {
        const ImportReport &report = reply.value;
        const qint64 formId = m_form.id;
        if (m_undo && m_database)
            RecordUndoCommand::push(m_undo, new ImportUndoCommand(m_database, formId, report,
                                                                  m_onUndoError, m_onChanged));
        if (m_onChanged)
            m_onChanged();
        const QString form = FormTexts::formName(m_form);
        const int records = int(report.inserted);
        const int updated = int(report.updated);
        const int left = int(report.problemRows);
        Q_EMIT message([records, updated, left, form] {
            QStringList parts{tr("%Ln record(s) imported into %1", nullptr, records).arg(form)};
            if (updated > 0)
                parts << tr("%Ln record(s) updated", nullptr, updated);
            if (left > 0)
                parts << tr("%Ln row(s) with problems left out", nullptr, left);
            return QLocale().createSeparatedList(parts) + u'.';
        });
        if (m_dialog)
            m_dialog->accept();
    }
    finishIfDone();
}

QCoro::Task<Reply<ImportReport>> ImportFlow::once(const ImportSettings &settings,
                                                  ImportOptions options, bool dryRun) {
    QPointer<ImportFlow> self = this;
    options.dryRun = dryRun;
    m_dialog->setBusy(true);
    const QString path = m_dialog->path();
    const QString rejects = dryRun ? m_temp.filePath(u"rejected.csv"_qs) : QString();
    m_progress = std::make_shared<ImportProgress>();
    const std::shared_ptr<ImportProgress> progress = m_progress;
    auto done = std::make_shared<QPromise<int>>(); // the notice's end
    done->start();
    const QString file = PathText::of(QFileInfo(path).fileName());
    const QString form = FormTexts::formName(m_form);
    const QString doing = dryRun ? tr("Checking %1 for %2…").arg(file, form)
                                 : tr("Importing %1 into %2…").arg(file, form);
    ProgressNotice *notice = ProgressNotice::track(done->future(), doing, m_dialog);
    connect(notice, &ProgressNotice::canceled, this, [progress] { progress->cancel.store(true); });
    QElapsedTimer clock;
    clock.start();
    notice->poll(200, [notice, progress, clock, doing] {
        const qint64 bytes = progress->bytes.load(), total = progress->totalBytes.load();
        const qint64 rows = progress->rows.load();
        const double seconds = qMax<qint64>(clock.elapsed(), 1) / 1000.0;
        notice->setShare(bytes, total);
        const QLocale locale;
        QString text = doing + u'\n' +
                       tr("%1 rows, %2 a second")
                           .arg(locale.toString(rows), locale.toString(qint64(rows / seconds)));
        if (bytes > 0 && total > bytes) {
            const int left = int((total - bytes) / (bytes / seconds));
            text += u'\n' + (left >= 120 ? tr("About %Ln minute(s) left", nullptr, left / 60)
                                         : tr("About %Ln second(s) left", nullptr, qMax(1, left)));
        }
        notice->setLabelText(text);
    });
    const Reply<ImportReport> reply =
        co_await CsvImport::run(m_database, m_form, path, settings, options, rejects, progress);
    done->finish();
    if (self && m_dialog) {
        m_dialog->setBusy(false);
        if (dryRun)
            m_dialog->setRejectsFile(rejects);
    }
    if (self)
        m_progress.reset();
    co_return reply;
}

} // namespace fb
