#include "ExportFlow.h"

#include "Database.h"
#include "DialogAnswer.h"
#include "ExportDialog.h"
#include "FormTexts.h"
#include "ProgressNotice.h"
#include "RecordExportTask.h"
#include "WindowSettings.h"

#include <QCoroFuture>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace fb {

ExportFlow::ExportFlow(Database *database, FormDef form, PageQuery shown, int shownRows,
                       QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_form(std::move(form))
    , m_shown(std::move(shown))
    , m_shownRows(shownRows)
    , m_window(window) {}

void ExportFlow::start() {
    run();
}

QString ExportFlow::offeredFile() const {
    QString folder = WindowSettings().exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    // A form's name may hold what a file name cannot.
    QString name = FormTexts::formName(m_form);
    name.replace(u'/', u'-').replace(u'\\', u'-');
    return QDir::toNativeSeparators(QDir(folder).filePath(name + u".csv"_qs));
}

QCoro::Task<> ExportFlow::run() {
    QPointer<ExportFlow> self = this;
    const bool narrowed = !m_shown.search.isEmpty() || !m_shown.filter.isEmpty();
    auto *dialog = new ExportDialog(m_form, m_shownRows, narrowed, offeredFile(), m_window);
    const std::optional<ExportDialog::Choice> choice =
        co_await openForAnswer<std::optional<ExportDialog::Choice>>(
            dialog,
            [dialog](int result) {
                return result == QDialog::Accepted ? std::optional(dialog->choice()) : std::nullopt;
            },
            std::nullopt);
    if (!self)
        co_return;
    if (!choice || !m_database) {
        deleteLater();
        co_return;
    }
    WindowSettings().setExportFolder(QFileInfo(choice->path).absolutePath());
    PageQuery query = m_shown;
    if (!choice->shownOnly) {
        query.search.clear();
        query.filter = {};
    }
    const QString file = QDir::toNativeSeparators(choice->path);
    auto *task = new RecordExportTask(m_database, this);
    auto done = std::make_shared<QPromise<int>>(); // the notice's end
    done->start();
    ProgressNotice *notice = ProgressNotice::track(
        done->future(), tr("Exporting %1 to %2…").arg(FormTexts::formName(m_form), file), m_window);
    connect(task, &RecordExportTask::progress, notice, [notice](qint64 written, qint64 total) {
        // The notice counts in ints; a share of a thousand is as fine as a bar shows.
        notice->setProgress(total > 0 ? int(written * 1000 / total) : 0, total > 0 ? 1000 : 0);
    });
    connect(notice, &ProgressNotice::canceled, task, &RecordExportTask::cancel);
    const Reply<qint64> reply =
        co_await task->exportToFile(m_form, query, choice->options, choice->path);
    done->finish();
    if (!self)
        co_return;
    task->deleteLater();
    if (reply.ok()) {
        Q_EMIT message([count = reply.value, file] {
            return tr("%Ln record(s) exported to %1.", nullptr, int(count)).arg(file);
        });
    } else {
        // Not exec(): a nested event loop here would hold up whatever resumed this coroutine.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export"),
                            tr("Nothing was exported to %1: %2").arg(file, reply.error.message()),
                            QMessageBox::Ok, m_window);
        box->setObjectName(u"exportFailed"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    deleteLater();
}

} // namespace fb
