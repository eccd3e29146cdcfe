#include "ExportFlow.h"

#include "Database.h"
#include "DialogAnswer.h"
#include "ExportDialog.h"
#include "FormTexts.h"
#include "PathText.h"
#include "ProgressNotice.h"
#include "RecordExportTask.h"
#include "WindowSettings.h"

#include <QCoroFuture>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <algorithm>

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

ExportDialog::Choice ExportFlow::offered() const {
    ExportDialog::Choice choice;
    const WindowSettings settings;
    QString folder = settings.exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    // A form's name may hold what a file name cannot.
    QString name = FormTexts::formName(m_form);
    name.replace(u'/', u'-').replace(u'\\', u'-');
    choice.preset = ExportDialog::Preset(
        std::clamp(settings.exportFormat(), 0, int(ExportDialog::Preset::Json)));
    choice.path = QDir::toNativeSeparators(QDir(folder).filePath(name + u".csv"_qs));
    return choice;
}

QCoro::Task<> ExportFlow::run() {
    QPointer<ExportFlow> self = this;
    const bool narrowed = !m_shown.search.isEmpty() || !m_shown.filter.isEmpty();
    ExportDialog::Choice offer = offered();
    // After a failure the dialog comes back with the same choices, to change what failed.
    while (true) {
        auto *dialog = new ExportDialog(m_form, m_shownRows, narrowed, offer, m_window);
        const std::optional<ExportDialog::Choice> choice =
            co_await openForAnswer<std::optional<ExportDialog::Choice>>(
                dialog,
                [dialog](int result) {
                    return result == QDialog::Accepted ? std::optional(dialog->choice())
                                                       : std::nullopt;
                },
                std::nullopt);
        if (!self)
            co_return;
        if (!choice || !m_database)
            break;
        offer = *choice;
        WindowSettings().setExportFormat(int(choice->preset));
        bool canceled = false;
        const Reply<qint64> reply = co_await exportOnce(*choice, &canceled);
        if (!self)
            co_return;
        const QString file = PathText::of(choice->path);
        if (reply.ok()) {
            // Offered again next time; a folder where the export failed is not.
            WindowSettings().setExportFolder(QFileInfo(choice->path).absolutePath());
            Q_EMIT message([count = reply.value, file] {
                return tr("%Ln record(s) exported to %1.", nullptr, int(count)).arg(file);
            });
            break;
        }
        if (canceled) {
            Q_EMIT message(
                [file] { return tr("The export was stopped; %1 is as it was.").arg(file); });
            break;
        }
        // Not exec(): a nested event loop here would hold up whatever resumed this coroutine.
        // The path in the message kept left to right in a right-to-left language.
        QString why = reply.error.message();
        const QString named = QDir::toNativeSeparators(choice->path);
        const QString folder = QDir::toNativeSeparators(QFileInfo(choice->path).absolutePath());
        if (why.contains(named))
            why.replace(file, PathText::of(choice->path));
        else
            why.replace(folder, PathText::of(folder));
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export"),
                            tr("Nothing was exported. %1").arg(why), QMessageBox::Ok, m_window);
        box->setObjectName(u"exportFailed"_qs);
        co_await openForAnswer<int>(
            box, [](int result) { return result; }, 0);
        if (!self)
            co_return;
    }
    deleteLater();
}

QCoro::Task<Reply<qint64>> ExportFlow::exportOnce(const ExportDialog::Choice &choice,
                                                  bool *canceled) {
    QPointer<ExportFlow> self = this;
    PageQuery query = m_shown;
    if (!choice.shownOnly) {
        query.search.clear();
        query.filter = {};
    }
    auto *task = new RecordExportTask(m_database, this);
    auto done = std::make_shared<QPromise<int>>(); // the notice's end
    done->start();
    ProgressNotice *notice = ProgressNotice::track(
        done->future(),
        tr("Exporting %1 to %2…").arg(FormTexts::formName(m_form), PathText::of(choice.path)),
        m_window);
    connect(task, &RecordExportTask::progress, notice,
            [notice](qint64 written, qint64 total) { notice->setShare(written, total); });
    connect(notice, &ProgressNotice::canceled, task, [task, canceled] {
        *canceled = true;
        task->cancel();
    });
    const Reply<qint64> reply =
        co_await task->exportToFile(m_form, query, choice.options, choice.path);
    done->finish();
    if (self)
        task->deleteLater();
    co_return reply;
}

} // namespace fb
