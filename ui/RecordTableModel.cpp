#include "RecordTableModel.h"

#include "Database.h"
#include "DisplayText.h"
#include "FormTexts.h"
#include "PageAnchor.h"
#include "WhenReady.h"

#include <QLocale>
#include <QTimer>

namespace fb {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_recount(new QTimer(this)) {
    m_recount->setSingleShot(true);
    m_recount->setInterval(100); // a burst of writes is counted once
    connect(m_recount, &QTimer::timeout, this, &RecordTableModel::checkCount);
}

void RecordTableModel::setSource(Database *database, const FormDef &form) {
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    beginResetModel();
    m_database = database;
    m_form = form;
    m_query = PageQuery{};
    m_rows = 0;
    m_cache.clear();
    endResetModel();
    if (database) {
        connect(database, &Database::recordWritten, this, &RecordTableModel::onRecordWritten);
        // Another program changed records: what is shown may be stale anywhere.
        connect(database, &Database::changedElsewhere, this, [this](const QList<qint64> &formIds) {
            if (formIds.isEmpty() || formIds.contains(m_form.id))
                refresh();
        });
    }
    refresh();
}

void RecordTableModel::setQuery(const PageQuery &query) {
    m_query = query;
    refresh();
}

void RecordTableModel::refresh() {
    ++m_generation;
    m_pending.clear();
    m_wanted.clear();
    m_cache.clear();
    if (!m_database || !m_form.id) {
        beginResetModel();
        m_rows = 0;
        endResetModel();
        return;
    }
    m_counting = true;
    emitRowsChanged(0, m_rows - 1); // shown as "…" until counted
    const quint64 generation = m_generation;
    whenReady(m_database->countRecords(m_form, m_query), this,
              [this, generation](const Reply<qint64> &reply) {
                  if (generation != m_generation)
                      return;
                  m_counting = false;
                  if (!reply.ok())
                      Q_EMIT failed(reply.error);
                  const int rows = reply.ok() ? int(reply.value) : 0;
                  if (rows != m_rows) {
                      beginResetModel();
                      m_rows = rows;
                      endResetModel();
                  } else {
                      emitRowsChanged(0, m_rows - 1);
                  }
                  Q_EMIT counted(rows);
              });
}

void RecordTableModel::checkCount() {
    if (!m_database || !m_form.id)
        return;
    const quint64 generation = m_generation;
    whenReady(m_database->countRecords(m_form, m_query), this,
              [this, generation](const Reply<qint64> &reply) {
                  if (generation == m_generation && reply.ok() && reply.value != m_rows)
                      refresh(); // records came or went: positions moved
              });
}

void RecordTableModel::emitRowsChanged(int first, int last) {
    if (first <= last && last < m_rows && columnCount() > 0)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

std::optional<Record> RecordTableModel::recordAt(int row) const {
    if (row < 0 || row >= m_rows || m_counting)
        return std::nullopt;
    const QList<Record> *page = m_cache.find(row / PageSize);
    const int i = row % PageSize;
    if (!page || i >= page->size())
        return std::nullopt;
    return page->at(i);
}

int RecordTableModel::rowOf(qint64 recordId) const {
    const auto [page, index] = m_cache.locate(recordId);
    return page < 0 ? -1 : page * PageSize + index;
}

bool RecordTableModel::isLoaded(int row) const {
    return recordAt(row).has_value();
}

void RecordTableModel::fetchRow(int row) {
    if (row >= 0 && row < m_rows && !m_counting && !m_cache.contains(row / PageSize))
        planFetch(row / PageSize);
}

void RecordTableModel::planFetch(int page) {
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > 4) // the view has scrolled on: stop walking to old places
        m_wanted.removeFirst();
    if (page == 0 || page == lastPage() || m_cache.contains(page - 1) ||
        m_cache.contains(page + 1)) {
        requestPage(page);
        return;
    }
    // Walk one page from the nearest place we can page from: a cached page, or either end.
    int next = 0;
    int distance = page + 1;
    if (lastPage() - page + 1 < distance) {
        next = lastPage();
        distance = lastPage() - page + 1;
    }
    for (const int cached : m_cache.pages()) {
        if (std::abs(page - cached) < distance) {
            distance = std::abs(page - cached);
            next = cached + (page > cached ? 1 : -1);
        }
    }
    requestPage(next);
}

void RecordTableModel::requestPage(int page) {
    if (m_pending.contains(page) || m_cache.contains(page) || !m_database)
        return;
    PageQuery q = m_query;
    q.limit = PageSize;
    const auto anchorOn = [&](const Record &record, PageQuery::From from) {
        q.from = from;
        q.anchorId = record.id;
        q.anchorValue = PageAnchor::of(m_database->spec().backend, m_form, q.sortKey, record);
    };
    if (page == 0) {
        q.from = PageQuery::From::Start;
    } else if (page == lastPage()) {
        q.from = PageQuery::From::End;
        q.limit = m_rows - page * PageSize;
    } else if (const QList<Record> *before = m_cache.find(page - 1); before && !before->isEmpty()) {
        anchorOn(before->back(), PageQuery::From::After);
    } else if (const QList<Record> *after = m_cache.find(page + 1); after && !after->isEmpty()) {
        anchorOn(after->front(), PageQuery::From::Before);
    } else {
        return;
    }
    m_pending.insert(page);
    ++m_requests;
    const quint64 generation = m_generation;
    whenReady(m_database->fetchPage(m_form, q), this,
              [this, generation, page](const Reply<RecordPage> &reply) {
                  onPage(generation, page, reply);
              });
}

void RecordTableModel::onPage(quint64 generation, int page, const Reply<RecordPage> &reply) {
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    if (!reply.ok()) {
        Q_EMIT failed(reply.error);
        return;
    }
    m_cache.insert(page, reply.value.records);
    m_wanted.removeOne(page);
    emitRowsChanged(page * PageSize, std::min(m_rows, (page + 1) * PageSize) - 1);
    Q_EMIT pageLoaded(page);
    if (int(reply.value.records.size()) < std::min(PageSize, m_rows - page * PageSize))
        m_recount->start(); // fewer rows than counted: records went meanwhile
    const QList<int> wanted = m_wanted;
    for (const int w : wanted)
        planFetch(w);
}

void RecordTableModel::onRecordWritten(const SavedRecord &saved) {
    if (saved.formId != m_form.id)
        return;
    const auto [page, index] = m_cache.replace(saved.record);
    if (page >= 0)
        emitRowsChanged(page * PageSize + index, page * PageSize + index);
    m_recount->start();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_form.fields.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FieldDef &field = m_form.fields.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = field.type == FieldType::Integer || field.type == FieldType::Decimal;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != RecordIdRole && role != Qt::ToolTipRole)
        return {};
    const std::optional<Record> record = recordAt(index.row());
    if (!record) {
        const_cast<RecordTableModel *>(this)->fetchRow(index.row());
        return role == Qt::DisplayRole ? QVariant(u"…"_qs) : QVariant();
    }
    if (role == RecordIdRole)
        return record->id;
    return DisplayText::of(field, record->values.value(field.key), QLocale());
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    if (section < 0 || section >= m_form.fields.size())
        return {};
    return FormTexts::label(m_form.fields.at(section));
}

void RecordTableModel::retranslate() {
    if (!m_form.fields.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_form.fields.size()) - 1);
    if (m_rows > 0 && !m_form.fields.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, int(m_form.fields.size()) - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void RecordTableModel::sort(int column, Qt::SortOrder order) {
    PageQuery q = m_query;
    q.sortKey =
        column >= 0 && column < m_form.fields.size() ? m_form.fields.at(column).key : u"id"_qs;
    q.descending = order == Qt::DescendingOrder;
    if (q.sortKey == m_query.sortKey && q.descending == m_query.descending)
        return;
    setQuery(q);
}

} // namespace fb
