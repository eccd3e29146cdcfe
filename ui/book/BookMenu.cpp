#include "BookMenu.h"

#include "DialogAnswer.h"
#include "FileDialogs.h"
#include "ServerDialog.h"
#include "WhenReady.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace fb {

BookMenu::BookMenu(QAction *newBook, QAction *openBook, QAction *connectServer, QMenu *recent,
                   QWidget *window)
    : QObject(window)
    , m_recent(recent)
    , m_window(window) {
    connect(newBook, &QAction::triggered, this, &BookMenu::askNewBook);
    connect(openBook, &QAction::triggered, this, &BookMenu::askExistingBook);
    connect(connectServer, &QAction::triggered, this, [this] { askServerThenOpen(); });
    refresh();
}

QString BookMenu::folder() const {
    const QString last = m_settings.lastBook();
    return last.isEmpty() || BookSpec::fromServerAddress(last) ? QDir::homePath()
                                                               : QFileInfo(last).absolutePath();
}

QFuture<std::optional<BookSpec>> BookMenu::askServer(const std::optional<BookSpec> &known) {
    auto *dialog = new ServerDialog(m_window);
    if (known)
        dialog->setSpec(*known, true);
    else if (const auto last = BookSpec::fromServerAddress(m_settings.lastServer()))
        dialog->setSpec(*last); // the usual server, ready to change
    return openForAnswer(
        static_cast<QDialog *>(dialog),
        [dialog](int result) {
            return result == QDialog::Accepted ? std::optional(dialog->spec()) : std::nullopt;
        },
        std::optional<BookSpec>());
}

void BookMenu::askServerThenOpen(const std::optional<BookSpec> &known) {
    whenReady(askServer(known), this, [this](const std::optional<BookSpec> &spec) {
        if (spec)
            Q_EMIT serverRequested(*spec);
    });
}

void BookMenu::askNewBook() {
    QString path =
        askSaveFile(m_window, tr("New Book"),
                    QDir(folder()).filePath(
                        //: File name offered for a new book; keep the .fieldbook ending.
                        tr("book.fieldbook")),
                    tr("Fieldbook books (*.fieldbook);;All files (*)"), u"newBookDialog"_qs);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".fieldbook"_qs;
    Q_EMIT openRequested(path);
}

void BookMenu::askExistingBook() {
    const QString path =
        askOpenFile(m_window, tr("Open Book"), folder(),
                    tr("Fieldbook books (*.fieldbook);;All files (*)"), u"openBookDialog"_qs);
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void BookMenu::openRecent(const QString &path) {
    if (const std::optional<BookSpec> server = BookSpec::fromServerAddress(path)) {
        askServerThenOpen(server);
        return;
    }
    if (QFileInfo::exists(path)) {
        Q_EMIT openRequested(path);
        return;
    }
    QMessageBox::warning(m_window, tr("Open Book"),
                         tr("The book %1 is no longer there.").arg(QDir::toNativeSeparators(path)));
    m_settings.removeRecentBook(path);
    refresh();
}

void BookMenu::refresh() {
    m_recent->clear();
    const QStringList paths = m_settings.recentBooks();
    int n = 0;
    for (const QString &path : paths) {
        const std::optional<BookSpec> server = BookSpec::fromServerAddress(path);
        const QString name =
            (server ? server->displayName() : QFileInfo(path).fileName()).replace(u'&', u"&&"_qs);
        QAction *action = m_recent->addAction(tr("&%1 %2", "number, file name").arg(++n).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recent->setEnabled(!paths.isEmpty());
}

} // namespace fb
