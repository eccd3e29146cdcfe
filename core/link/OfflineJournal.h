#pragma once

#include "Requests.h"

namespace fb {

// Saves to a server book that could not be sent before quitting, kept in a file under the
// user's data folder (one per server book) until the book is opened again.
class OfflineJournal {
public:
    explicit OfflineJournal(const BookSpec &spec);

    DbError append(const QList<Op::SaveRecord> &saves);
    QList<Op::SaveRecord> take(); // reads and removes the journal
    QString path() const { return m_path; }

private:
    QList<Op::SaveRecord> read() const;

    QString m_path;
};

} // namespace fb
