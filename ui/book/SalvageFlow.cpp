#include "SalvageFlow.h"

#include "Database.h"
#include "FileDialogs.h"
#include "ProgressNotice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace fb {

SalvageFlow::SalvageFlow(Database *source, QWidget *window)
    : QObject(window)
    , m_source(source)
    , m_window(window) {}

void SalvageFlow::start() {
    if (!m_source) {
        deleteLater();
        return;
    }
    const QFileInfo damaged(m_source->spec().path);
    QFileDialog *dialog =
        fileDialog(m_window, tr("Save What Can Be Read"), u"salvageFileDialog"_qs);
    // An existing file is refused by the salvage itself, with the reason.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("Fieldbook books (*.fieldbook);;All files (*)"));
    dialog->setDefaultSuffix(u"fieldbook"_qs);
    dialog->setDirectory(damaged.absolutePath());
    dialog->selectFile(
        //: File name offered for the new book that gets what can be read of a damaged one.
        tr("%1 (saved).fieldbook").arg(damaged.completeBaseName()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { run(path); });
    connect(dialog, &QFileDialog::rejected, this, &QObject::deleteLater);
    dialog->open();
}

QCoro::Task<> SalvageFlow::run(QString path) {
    QPointer<SalvageFlow> self = this;
    if (!m_source) {
        deleteLater();
        co_return;
    }
    auto *copier = new BookCopier(m_source, this);
    auto done = std::make_shared<QPromise<int>>(); // the notice's end
    done->start();
    ProgressNotice *notice = ProgressNotice::track(
        done->future(),
        tr("Saving what can be read of %1 into %2…")
            .arg(m_source->spec().displayName(), QDir::toNativeSeparators(path)),
        m_window);
    connect(copier, &BookCopier::progress, notice, &ProgressNotice::setProgress);
    connect(notice, &ProgressNotice::canceled, copier, &BookCopier::cancel);
    const Reply<BookCopier::Summary> reply = co_await copier->salvageTo(path);
    done->finish();
    if (!self)
        co_return;
    copier->deleteLater();
    showOutcome(reply, path);
}

void SalvageFlow::showOutcome(const Reply<BookCopier::Summary> &reply, const QString &path) {
    // Not exec(): this runs in a coroutine resumed by the event loop.
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Save What Can Be Read"));
    const QString file = QDir::toNativeSeparators(path);
    if (!reply.ok()) {
        box->setObjectName(u"salvageFailed"_qs);
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("Nothing was saved in %1: %2").arg(file, reply.error.message()));
        box->setStandardButtons(QMessageBox::Ok);
    } else {
        box->setObjectName(u"salvageDone"_qs);
        box->setIcon(reply.value.unreadable > 0 ? QMessageBox::Warning : QMessageBox::Information);
        box->setText(
            tr("What could be read is saved in %1. The damaged book was not changed.").arg(file));
        box->setInformativeText(BookCopier::describe(reply.value).join(u'\n'));
        QPushButton *open = box->addButton(tr("&Open New Book"), QMessageBox::AcceptRole);
        open->setObjectName(u"openSalvaged"_qs);
        box->addButton(QMessageBox::Close);
        connect(open, &QPushButton::clicked, this, [this, path] { Q_EMIT openRequested(path); });
    }
    connect(box, &QDialog::finished, this, &QObject::deleteLater);
    box->open();
}

} // namespace fb
