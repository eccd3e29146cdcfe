#include "PageCache.h"

namespace fb {

const QList<Record> *PageCache::find(int page) {
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend())
        return nullptr;
    if (m_recent.back() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    return &it.value();
}

void PageCache::insert(int page, const QList<Record> &records) {
    m_recent.removeOne(page);
    m_recent.append(page);
    m_pages.insert(page, records);
    while (m_pages.size() > m_capacity)
        m_pages.remove(m_recent.takeFirst());
}

int PageCache::recordsOn(int page) const {
    const auto it = m_pages.constFind(page);
    return it == m_pages.cend() ? -1 : int(it.value().size());
}

void PageCache::clear() {
    m_pages.clear();
    m_recent.clear();
}

std::pair<int, int> PageCache::locate(qint64 recordId) const {
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == recordId)
                return {it.key(), i};
        }
    }
    return {-1, -1};
}

std::pair<int, int> PageCache::replace(const Record &record) {
    const auto [page, index] = locate(record.id);
    if (page >= 0)
        m_pages[page][index] = record;
    return {page, index};
}

} // namespace fb
