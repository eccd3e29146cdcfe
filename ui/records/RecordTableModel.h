#pragma once

#include "FormDef.h"
#include "PageCache.h"
#include "PageQuery.h"
#include "Requests.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class QTimer;

namespace fb {

class Database;
class ReferenceNames;

// The records of one form as a table, never all of them in memory. Lives in the GUI thread;
// every read is a request to the database thread (Database::countRecords, ::fetchPage).
//
// - rowCount is the book's count for the query, asked once per refresh. The first page is
//   asked just before the count; if it comes first (a big table takes a while to count), its
//   rows are shown at once and the count then adds the others.
// - Rows are grouped in pages of PageSize; at most CachedPages pages are kept (LRU).
// - data() for a row not loaded shows "…" and asks for its page; dataChanged follows.
// - A page is fetched by keyset: the first page From::Start, the last page From::End (so
//   jumping to the end costs one query however many rows there are), the page after or
//   before a cached neighbour From::After/Before its edge record. A page a few pages from
//   the nearest cached page (or either end) is reached by walking page by page from there;
//   the walk goes on only while that page is still wanted. A page further away (a jump with
//   the scroll bar) is fetched at once From::Offset, one query on the reader thread.
// - Sorting (sort()), search and filters are done in SQL through the PageQuery.
// - A written record (Database::recordWritten) replaces its cached row at once; the count
//   is then checked again, and if records came or went the table is reloaded.
// - A reference shows the referenced record's name (ReferenceNames, read on the reader
//   thread); "…" until it is here.
// - Once setEditable(true), a field's cell may be edited while the book is open for writing
//   (never in the trash, nor a long text or several choices, which need the form's room).
//   setData() does not write: it shows the value at once and emits cellEdited(); whoever
//   saves calls settleEdit() when the save is done, and the cell then shows what is stored.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    static constexpr int CachedPages = 20;
    static constexpr int WalkPages = 4; // further than this, a page is fetched by offset
    enum Role { RecordIdRole = Qt::UserRole + 1 };

    explicit RecordTableModel(QObject *parent = nullptr);

    // `query`: its sort, search and filters, which must fit `form`.
    void setSource(Database *database, const FormDef &form, const PageQuery &query = {});
    const FormDef &form() const { return m_form; }
    Database *database() const;
    void setEditable(bool editable) { m_editable = editable; }
    // The value `recordId`'s cell of `key` showed while it was being saved is saved or not.
    void settleEdit(qint64 recordId, const QString &key, const QVariant &value);
    // Sort, search, filters and trash; paging fields are the model's own.
    void setQuery(const PageQuery &query);
    const PageQuery &query() const { return m_query; }
    // Counts again and forgets every cached page.
    void refresh();
    // Headers and cells again in the interface language (after a language change).
    void retranslate();

    std::optional<Record> recordAt(int row) const;
    int rowOf(qint64 recordId) const; // -1 unless the record's page is cached
    bool isLoaded(int row) const;
    void fetchRow(int row); // asks for the row's page if it is not here
    bool isCounting() const { return m_counting; }
    int cachedPages() const { return m_cache.size(); }
    int pageRequests() const { return m_requests; } // for tests and diagnostics

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void counted(qint64 rows);
    void pageLoaded(int page);
    void failed(const fb::DbError &error);
    // A cell was given `value` (valid, normalised); `before` is the record as it was shown.
    void cellEdited(const fb::Record &before, const QString &key, const QVariant &value);

private:
    void requestPage(int page);
    void want(int page);
    void planFetch(int page);
    void onPage(quint64 generation, int page, const Reply<RecordPage> &reply);
    void onRecordWritten(const SavedRecord &saved);
    void checkCount();
    bool pagesFit(int rows) const; // every cached page holds the rows a count of `rows` puts there
    int lastPage() const { return m_rows > 0 ? (m_rows - 1) / PageSize : 0; }
    void emitRowsChanged(int first, int last);
    QVariant deletedAtData(const QModelIndex &index, int role) const;
    QString referenceText(const FieldDef &field, const QVariant &value) const;
    QVariant valueAt(const Record &record, const FieldDef &field) const; // edits in flight first

    QPointer<Database> m_database;
    FormDef m_form;
    PageQuery m_query;
    int m_rows = 0;
    bool m_counting = false;
    bool m_firstPageAhead = false; // rows shown from the first page before the count came
    bool m_rereading = false;      // read again: the pages and the count did not agree
    quint64 m_generation = 0;
    mutable PageCache m_cache{CachedPages};
    QSet<int> m_pending;
    QList<int> m_wanted; // pages asked for that a walk is still heading to, most recent last
    int m_jump = -1;     // the page an OFFSET query is fetching, if any
    QTimer *m_recount;
    ReferenceNames *m_names;
    int m_requests = 0;
    bool m_editable = false;
    QHash<qint64, QVariantMap> m_edits; // values edited in cells, by record, while saved
};

} // namespace fb
