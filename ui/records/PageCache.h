#pragma once

#include "Record.h"

#include <QHash>
#include <QList>

namespace fb {

// The pages of records a table has seen lately, at most `capacity` of them; the page used
// least recently goes first. Pages are numbered from 0 in the table's order.
class PageCache {
public:
    explicit PageCache(int capacity)
        : m_capacity(capacity) {}

    // The page's records, marking it as used; null if it is not here.
    const QList<Record> *find(int page);
    bool contains(int page) const { return m_pages.contains(page); }
    void insert(int page, const QList<Record> &records);
    void clear();
    QList<int> pages() const { return m_pages.keys(); }
    int size() const { return int(m_pages.size()); }
    // How many records the page holds, -1 if it is not here; does not mark it as used.
    int recordsOn(int page) const;
    // Replaces the record with the same id; returns the page and index, or {-1, -1}.
    std::pair<int, int> replace(const Record &record);
    std::pair<int, int> locate(qint64 recordId) const;

private:
    int m_capacity;
    QHash<int, QList<Record>> m_pages;
    QList<int> m_recent; // least recently used first
};

} // namespace fb
