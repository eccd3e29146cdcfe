#include "StatusPanel.h"

#include "Database.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

namespace fb {

StatusPanel::StatusPanel(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
    , m_state(new QLabel(bar))
    , m_position(new QLabel(bar))
    , m_unsaved(new QLabel(bar))
    , m_lastSaved(new QLabel(bar))
    , m_pending(new QLabel(bar))
    , m_busy(new QProgressBar(bar))
    , m_busyDelay(new QTimer(this)) {
    m_state->setObjectName(u"bookState"_qs);
    m_position->setObjectName(u"position"_qs);
    m_unsaved->setObjectName(u"unsaved"_qs);
    m_lastSaved->setObjectName(u"lastSaved"_qs);
    m_pending->setObjectName(u"pendingSaves"_qs);
    m_busy->setObjectName(u"busy"_qs);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    bar->addWidget(m_state, 1);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_unsaved);
    bar->addPermanentWidget(m_position);
    bar->addPermanentWidget(m_lastSaved);
    bar->addPermanentWidget(m_pending);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300); // quick work shows no progress at all
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
}

void StatusPanel::showBook(const Database *database) {
    m_database = database;
    const bool opening = database && database->state() == BookState::Opening;
    if (opening && !m_busy->isVisible() && !m_busyDelay->isActive())
        m_busyDelay->start();
    if (!opening) {
        m_busyDelay->stop();
        m_busy->hide();
    }
    retranslate();
}

void StatusPanel::showPosition(const QString &position, bool unsaved) {
    m_positionText = position;
    m_isUnsaved = unsaved;
    retranslate();
}

void StatusPanel::setLastSaved(const QDateTime &when) {
    m_lastSavedAt = when;
    retranslate();
}

void StatusPanel::showMessage(const LiveText &text) {
    m_message = text;
    m_messageShown.start();
    m_bar->showMessage(text(), MessageMs);
}

void StatusPanel::retranslateMessage() {
    const qint64 left = m_messageShown.isValid() ? MessageMs - m_messageShown.elapsed() : 0;
    if (m_message && left > 0 && !m_bar->currentMessage().isEmpty())
        m_bar->showMessage(m_message(), int(left));
}

void StatusPanel::setClosing() {
    m_pending->setText(tr("Saving before closing…"));
    m_pending->show();
}

void StatusPanel::setRetrying(int attempt, const DbError &error) {
    if (error.kind() != DbError::Kind::Connection) {
        // A busy file clears within moments: a passing message is enough.
        showMessage([error, attempt] {
            return tr("The book is busy (%1); trying again (%2)…")
                .arg(error.message())
                .arg(attempt);
        });
        return;
    }
    m_retryAttempt = attempt;
    retranslate();
}

void StatusPanel::setReachable() {
    if (!m_retryAttempt)
        return;
    m_retryAttempt = 0;
    retranslate();
    showMessage([] { return tr("Connected to the server again; waiting saves went through."); });
}

QString StatusPanel::retryText(int pending) const {
    return tr("The server cannot be reached; reconnecting (attempt %1). Your changes are kept: "
              "%n save(s) waiting.",
              nullptr, pending)
        .arg(m_retryAttempt);
}

void StatusPanel::retranslate() {
    const Database *db = m_database;
    QString state;
    switch (db ? db->state() : BookState::Closed) {
    case BookState::Closed:
        state = tr("No book open");
        break;
    case BookState::Opening:
        state = tr("Opening the book “%1”…").arg(db->spec().displayName());
        break;
    case BookState::Open:
        state = db->isChecking()
                    ? tr("The book “%1” is open; checking its file, saves wait for the check…")
                          .arg(db->spec().displayName())
                    : tr("The book “%1” is open").arg(db->spec().displayName());
        break;
    case BookState::ReadOnly:
        state = db->spec().backend == BookSpec::Backend::Postgres
                    ? tr("Read only: you may look but not change records on this server (%1).")
                          .arg(db->spec().displayName())
                    : tr("The book “%1” is open read-only: changes cannot be saved")
                          .arg(db->spec().displayName());
        break;
    case BookState::Error:
        state = tr("Cannot open the book “%1”: %2")
                    .arg(db->spec().displayName(), db->lastError().message());
        break;
    }
    const int pending = db ? db->pendingWrites() : 0;
    if (m_retryAttempt && db && db->state() != BookState::Closed)
        state = retryText(pending);
    m_state->setText(state);
    // "All saved" would contradict "Unsaved changes": with edits in the form, only a save
    // under way is said here.
    // Without a book nothing is saved, nor said to be.
    const bool hasBook = db && db->state() != BookState::Closed;
    const QString saving = pending ? tr("Saving %Ln change(s)…", nullptr, pending)
                           : m_isUnsaved || !hasBook ? QString()
                                                     : tr("All saved");
    m_pending->setText(saving);
    m_pending->setVisible(!saving.isEmpty());
    m_position->setText(m_positionText);
    m_unsaved->setText(m_isUnsaved ? tr("Unsaved changes") : QString());
    m_unsaved->setVisible(m_isUnsaved);
    m_lastSaved->setText(
        m_lastSavedAt.isValid()
            //: %1 is a time of day.
            ? tr("Last saved %1")
                  .arg(QLocale().toString(m_lastSavedAt.time(), QLocale::ShortFormat))
            : QString());
    m_lastSaved->setVisible(m_lastSavedAt.isValid());
}

} // namespace fb
