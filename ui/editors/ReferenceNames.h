#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include <optional>

class QTimer;

namespace fb {

class Database;
struct SavedRecord;

// The records that reference fields point to, as far as naming them goes, for the record
// table's cells. Lives in the GUI thread; a record not known yet is asked of the reader
// thread (Database::fetchRecord) and `arrived` follows, once for a burst of answers. A record
// written meanwhile (Database::recordWritten) is known from what was written.
class ReferenceNames : public QObject {
    Q_OBJECT
public:
    explicit ReferenceNames(QObject *parent = nullptr);

    void setDatabase(Database *database); // forgets what is known
    // The values of record `recordId` of form `formId`, asked for if not known yet; an empty
    // map if that record could not be read (gone).
    std::optional<QVariantMap> values(qint64 formId, qint64 recordId);
    void forget();

Q_SIGNALS:
    void arrived();

private:
    using Key = QPair<qint64, qint64>; // form, record
    void onRecordWritten(const SavedRecord &saved);

    QPointer<Database> m_database;
    QHash<Key, QVariantMap> m_known;
    QSet<Key> m_asked;
    quint64 m_generation = 0; // answers to questions asked before forget() are dropped
    QTimer *m_arrived;
};

} // namespace fb
