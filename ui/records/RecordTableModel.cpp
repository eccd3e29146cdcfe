#include "RecordTableModel.h"

#include "Database.h"
#include "DisplayText.h"
#include "FormTexts.h"
#include "PageAnchor.h"
#include "RecordName.h"
#include "ReferenceNames.h"
#include "WhenReady.h"

#include <QLocale>
#include <QTimer>

#include <utility>

namespace fb {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_recount(new QTimer(this))
    , m_names(new ReferenceNames(this)) {
    connect(m_names, &ReferenceNames::arrived, this, [this] {
        for (int column = 0; column < m_form.fields.size(); ++column) {
            if (m_form.fields.at(column).type == FieldType::Reference && m_rows > 0)
                Q_EMIT dataChanged(index(0, column), index(m_rows - 1, column),
                                   {Qt::DisplayRole, Qt::ToolTipRole});
        }
    });
    m_recount->setSingleShot(true);
    m_recount->setInterval(100); // a burst of writes is counted once
    connect(m_recount, &QTimer::timeout, this, &RecordTableModel::checkCount);
}

void RecordTableModel::setSource(Database *database, const FormDef &form, const PageQuery &query) {
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    beginResetModel();
    m_database = database;
    m_names->setDatabase(database);
    m_form = form;
    m_query = query;
    m_rows = 0;
    m_cache.clear();
    m_edits.clear(); // another form's, whose records' ids mean other records here
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

Database *RecordTableModel::database() const {
    return m_database;
}

void RecordTableModel::setQuery(const PageQuery &query) {
    if (query.trash != m_query.trash) { // the "Deleted on" column comes or goes
        beginResetModel();
        m_query = query;
        m_rows = 0;
        m_cache.clear();
        endResetModel();
    }
    m_query = query;
    refresh();
}

void RecordTableModel::refresh() {
    ++m_generation;
    m_pending.clear();
    m_jump = -1;
    m_wanted.clear();
    m_cache.clear();
    if (!m_database || !m_form.id) {
        beginResetModel();
        m_rows = 0;
        endResetModel();
        return;
    }
    m_counting = true;
    m_firstPageAhead = false;
    emitRowsChanged(0, m_rows - 1); // shown as "…" until counted, or until their page comes
    // The first page is asked before the count, so it comes first: counting a big table scans
    // all of it, and its first rows need not wait for that.
    requestPage(0);
    const quint64 generation = m_generation;
    whenReady(m_database->countRecords(m_form, m_query), this,
              [this, generation](const Reply<qint64> &reply) {
                  if (generation != m_generation)
                      return;
                  m_counting = false;
                  if (!reply.ok())
                      Q_EMIT failed(reply.error);
                  const int rows = reply.ok() ? int(reply.value) : 0;
                  if (reply.ok() && !pagesFit(rows) && !std::exchange(m_rereading, true)) {
                      // A write was committed between the page's read and the count's (a
                      // save landing just then): the page is of the book before it, and a
                      // row it lacks would never be fetched. Both are read again, once.
                      refresh();
                      return;
                  }
                  m_rereading = false;
                  if (std::exchange(m_firstPageAhead, false) && rows >= m_rows) {
                      // The first page is already shown: the other rows follow it.
                      if (rows > m_rows) {
                          beginInsertRows({}, m_rows, rows - 1);
                          m_rows = rows;
                          endInsertRows();
                      }
                  } else if (rows != m_rows) {
                      beginResetModel();
                      m_rows = rows;
                      endResetModel();
                  } else {
                      emitRowsChanged(0, m_rows - 1);
                  }
                  Q_EMIT counted(rows);
              });
}

bool RecordTableModel::pagesFit(int rows) const {
    for (const int page : m_cache.pages()) {
        const int expected = std::clamp(rows - page * PageSize, 0, PageSize);
        if (m_cache.recordsOn(page) != expected)
            return false;
    }
    return true;
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
    // Every cached page was fetched since the last refresh, counted or not.
    if (row < 0 || row >= m_rows)
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
        want(row / PageSize);
}

void RecordTableModel::want(int page) {
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > 4) // the view has scrolled on: stop walking to old places
        m_wanted.removeFirst();
    planFetch(page);
}

void RecordTableModel::planFetch(int page) {
    // The nearest place we can page from by key: a cached page, a page on its way, or either
    // end.
    int from = 0;
    int distance = page;
    if (lastPage() - page < distance) {
        from = lastPage();
        distance = lastPage() - page;
    }
    const auto consider = [&](int source) {
        if (std::abs(page - source) < distance) {
            from = source;
            distance = std::abs(page - source);
        }
    };
    for (const int cached : m_cache.pages())
        consider(cached);
    for (const int pending : std::as_const(m_pending))
        consider(pending);
    if (distance == 0 || (distance == 1 && m_cache.contains(from))) {
        requestPage(page);
    } else if (distance <= WalkPages) {
        // Walk from there; a page on its way is walked from when it comes (onPage plans the
        // wanted pages again), an end not fetched yet is fetched first.
        if (m_cache.contains(from))
            requestPage(from + (page > from ? 1 : -1));
        else if (!m_pending.contains(from))
            requestPage(from);
    } else if (m_jump < 0) {
        // Far: one OFFSET query instead of a walk through every page between. One at a time,
        // so dragging the scroll bar asks only for where it is when the last jump lands.
        m_jump = page;
        m_wanted.removeIf([page](int w) { return std::abs(w - page) > WalkPages; });
        requestPage(page);
    }
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
        q.from = PageQuery::From::Offset;
        q.offset = qint64(page) * PageSize;
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
    if (page == m_jump)
        m_jump = -1;
    if (!reply.ok()) {
        Q_EMIT failed(reply.error);
        return;
    }
    m_cache.insert(page, reply.value.records);
    m_wanted.removeOne(page);
    if (m_counting && page == 0 && reply.value.records.size() > m_rows) {
        // Ahead of the count (refresh()): its rows are shown now, the count adds the rest.
        beginInsertRows({}, m_rows, int(reply.value.records.size()) - 1);
        m_rows = int(reply.value.records.size());
        endInsertRows();
        m_firstPageAhead = true;
    }
    emitRowsChanged(page * PageSize, std::min(m_rows, (page + 1) * PageSize) - 1);
    Q_EMIT pageLoaded(page);
    if (!m_counting &&
        int(reply.value.records.size()) < std::min(PageSize, m_rows - page * PageSize))
        m_recount->start(); // fewer rows than counted: records went meanwhile
    // Most recent first: after a jump, where the view is now matters most.
    const QList<int> wanted = m_wanted;
    for (auto w = wanted.crbegin(); w != wanted.crend(); ++w) {
        if (m_wanted.contains(*w)) // a jump forgets places the view has left
            planFetch(*w);
    }
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
    // The trash has one column more: when each record went there.
    return parent.isValid() ? 0 : int(m_form.fields.size()) + (m_query.trash ? 1 : 0);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.column() >= m_form.fields.size())
        return deletedAtData(index, role);
    const FieldDef &field = m_form.fields.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = field.type == FieldType::Integer || field.type == FieldType::Decimal;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != RecordIdRole && role != Qt::ToolTipRole &&
        role != Qt::EditRole)
        return {};
    const std::optional<Record> record = recordAt(index.row());
    if (!record) {
        const_cast<RecordTableModel *>(this)->fetchRow(index.row());
        return role == Qt::DisplayRole ? QVariant(u"…"_qs) : QVariant();
    }
    if (role == RecordIdRole)
        return record->id;
    const QVariant value = valueAt(*record, field);
    if (role == Qt::EditRole)
        return value;
    if (field.type == FieldType::Reference)
        return referenceText(field, value);
    return DisplayText::of(field, value, QLocale());
}

QVariant RecordTableModel::valueAt(const Record &record, const FieldDef &field) const {
    const auto edits = m_edits.constFind(record.id);
    if (edits != m_edits.cend() && edits->contains(field.key))
        return edits->value(field.key);
    return record.values.value(field.key);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid() || index.column() >= m_form.fields.size() ||
        m_query.trash || !m_database || m_database->state() != BookState::Open ||
        !isLoaded(index.row()))
        return flags;
    // A long text and several choices need the form's room; they are edited there.
    const FieldType type = m_form.fields.at(index.column()).type;
    if (type == FieldType::LongText || type == FieldType::MultiChoice)
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::optional<Record> record = recordAt(index.row());
    const FieldDef &field = m_form.fields.at(index.column());
    if (valueAt(*record, field) == value)
        return true; // nothing changed: nothing to save
    m_edits[record->id].insert(field.key, value);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    Q_EMIT cellEdited(*record, field.key, value);
    return true;
}

void RecordTableModel::settleEdit(qint64 recordId, const QString &key, const QVariant &value) {
    const auto edits = m_edits.find(recordId);
    // A later edit of the same cell, still on its way, stays shown.
    if (edits == m_edits.end() || !edits->contains(key) || edits->value(key) != value)
        return;
    edits->remove(key);
    if (edits->isEmpty())
        m_edits.erase(edits);
    if (const int row = rowOf(recordId); row >= 0)
        emitRowsChanged(row, row);
}

QVariant RecordTableModel::deletedAtData(const QModelIndex &index, int role) const {
    if (role != Qt::DisplayRole && role != RecordIdRole)
        return {};
    const std::optional<Record> record = recordAt(index.row());
    if (!record)
        return role == Qt::DisplayRole ? QVariant(u"…"_qs) : QVariant();
    if (role == RecordIdRole)
        return record->id;
    FieldDef when;
    when.type = FieldType::DateTime;
    return DisplayText::of(when, record->deletedAt, QLocale());
}

QString RecordTableModel::referenceText(const FieldDef &field, const QVariant &value) const {
    if (value.isNull() || !m_database)
        return {};
    const std::optional<QVariantMap> target =
        m_names->values(field.referenceFormId, value.toLongLong());
    if (!target)
        return u"…"_qs; // asked for; the cell is shown again when it comes
    if (target->isEmpty())
        return tr("(missing record)");
    const std::optional<FormDef> form = m_database->form(field.referenceFormId);
    const QString name = form ? RecordName::of(*form, *target, QLocale()) : QString();
    return name.isEmpty() ? tr("(unnamed record)") : name;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    if (m_query.trash && section == m_form.fields.size())
        return tr("Deleted on");
    if (section < 0 || section >= m_form.fields.size())
        return {};
    return FormTexts::label(m_form.fields.at(section));
}

void RecordTableModel::retranslate() {
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rows > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1),
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
