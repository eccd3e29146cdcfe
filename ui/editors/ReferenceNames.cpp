#include "ReferenceNames.h"

#include "Database.h"
#include "WhenReady.h"

#include <QTimer>

namespace fb {

ReferenceNames::ReferenceNames(QObject *parent)
    : QObject(parent)
    , m_arrived(new QTimer(this)) {
    m_arrived->setSingleShot(true);
    m_arrived->setInterval(0); // the answers of one page come together: one repaint for them
    connect(m_arrived, &QTimer::timeout, this, &ReferenceNames::arrived);
}

void ReferenceNames::setDatabase(Database *database) {
    if (m_database == database)
        return;
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    m_database = database;
    forget();
    if (database) {
        connect(database, &Database::recordWritten, this, &ReferenceNames::onRecordWritten);
        connect(database, &Database::changedElsewhere, this, &ReferenceNames::forget);
        connect(database, &Database::formsChanged, this, &ReferenceNames::forget);
    }
}

void ReferenceNames::forget() {
    ++m_generation;
    m_known.clear();
    m_asked.clear();
}

std::optional<QVariantMap> ReferenceNames::values(qint64 formId, qint64 recordId) {
    const Key key{formId, recordId};
    if (const auto it = m_known.constFind(key); it != m_known.cend())
        return *it;
    if (m_asked.contains(key) || !m_database)
        return std::nullopt;
    const std::optional<FormDef> form = m_database->form(formId);
    if (!form) {
        m_known.insert(key, {});
        return QVariantMap();
    }
    m_asked.insert(key);
    whenReady(m_database->fetchRecord(*form, recordId), this,
              [this, key, generation = m_generation](const Reply<Record> &reply) {
                  if (generation != m_generation)
                      return;
                  m_asked.remove(key);
                  m_known.insert(key, reply.ok() ? reply.value.values : QVariantMap());
                  m_arrived->start();
              });
    return std::nullopt;
}

void ReferenceNames::onRecordWritten(const SavedRecord &saved) {
    const Key key{saved.formId, saved.record.id};
    if (m_known.contains(key)) {
        m_known.insert(key, saved.record.values);
        m_arrived->start();
    }
}

} // namespace fb
