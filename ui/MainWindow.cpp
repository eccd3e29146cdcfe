#include "MainWindow.h"

#include "Database.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QStatusBar>

namespace fb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stateLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
{
    setObjectName(u"MainWindow"_qs);
    m_stateLabel->setObjectName(u"bookState"_qs);
    m_pendingLabel->setObjectName(u"pendingSaves"_qs);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_pendingLabel);
    resize(1000, 700);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::openBook(const BookSpec &spec)
{
    delete m_database; // drains and joins the previous book's threads
    m_database = new Database(this);
    connect(m_database, &Database::stateChanged, this, &MainWindow::updateStatus);
    connect(m_database, &Database::pendingWritesChanged, this, &MainWindow::updateStatus);
    m_database->open(spec);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Database *db = m_database;
    QString state;
    switch (db ? db->state() : BookState::Closed) {
    case BookState::Closed: state = tr("No book open"); break;
    case BookState::Opening: state = tr("Opening %1…").arg(db->spec().displayName()); break;
    case BookState::Open: state = tr("%1 is open").arg(db->spec().displayName()); break;
    case BookState::ReadOnly:
        state = tr("%1 is open read-only: changes cannot be saved").arg(db->spec().displayName());
        break;
    case BookState::Error:
        state = tr("Cannot open %1: %2").arg(db->spec().displayName(), db->lastError().message());
        break;
    }
    m_stateLabel->setText(state);
    const int pending = db ? db->pendingWrites() : 0;
    m_pendingLabel->setText(pending ? tr("Saving %n change(s)…", nullptr, pending) : tr("All saved"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Fieldbook"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quit waits for every queued save to commit, without freezing the window meanwhile.
    if (!m_database || m_database->isClosed()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeWhenDone)
        return;
    m_closeWhenDone = true;
    m_pendingLabel->setText(tr("Saving before closing…"));
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        close();
    });
    watcher->setFuture(m_database->close());
}

} // namespace fb
