#pragma once

#include "BookSpec.h"
#include "DbError.h"
#include "LiveText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;

namespace fb {

class Database;

// The status bar's contents: the book's state, pending saves, the last save, the position
// in the table, and a busy bar that appears when opening takes longer than 300 ms. While a
// server is away it says that it is reconnecting and that the saves are kept, and when it
// is back.
class StatusPanel : public QObject {
    Q_OBJECT
public:
    explicit StatusPanel(QStatusBar *bar);

    void showBook(const Database *database);
    void showPosition(const QString &position, bool unsaved);
    void setLastSaved(const QDateTime &when);
    // Shows `text` for five seconds; a language switch meanwhile shows it again, translated.
    void showMessage(const LiveText &text);
    void retranslate();
    // After a language switch: the message on show, again in the new language.
    void retranslateMessage();
    void setClosing();
    // The book could not be reached (attempt `attempt` of the back-off) or was busy.
    void setRetrying(int attempt, const DbError &error);
    // Something went through after setRetrying (a save, a page): the server answers again.
    void setReachable();
    bool isReconnecting() const { return m_retryAttempt > 0; }

private:
    static constexpr int MessageMs = 5000;
    QString retryText(int pending) const;

    QStatusBar *m_bar;
    QLabel *m_state;
    QLabel *m_position;
    QLabel *m_unsaved;
    QLabel *m_lastSaved;
    QLabel *m_pending;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    const Database *m_database = nullptr;
    QString m_positionText;
    bool m_isUnsaved = false;
    QDateTime m_lastSavedAt;
    LiveText m_message;
    QElapsedTimer m_messageShown;
    int m_retryAttempt = 0; // of reconnecting to a server; 0: it answers
};

} // namespace fb
