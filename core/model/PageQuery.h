#pragma once

#include "Record.h"
#include "RecordFilter.h"

#include <QList>
#include <QMetaType>
#include <QVariant>

namespace fb {

// Which records, in which order, and which page of them. Paging is by key (the last row's
// sort value and id), so the last page of a million rows costs as little as the first.
// From::Offset (rows counted from the start) is for a far jump with no page near it to
// walk from; it scans the skipped rows, so near moves keep paging by key.
struct PageQuery {
    QString sortKey = QStringLiteral("id"); // a field key, or id / created_at / updated_at
    bool descending = false;
    QString search; // matched against every text field
    RecordFilter filter;
    bool trash = false;      // deleted records instead of live ones
    bool everyState = false; // live and deleted records together (a salvage reads all by id)
    int limit = 50;

    enum class From { Start, End, After, Before, Offset };
    From from = From::Start;
    QVariant anchorValue; // sort value of the row to page from (After/Before)
    qint64 anchorId = 0;
    qint64 offset = 0; // rows skipped from the start (Offset)

    static QList<PageQuery> samples(const FormDef &form); // every shape, for the SQL test
};

struct RecordPage {
    QList<Record> records;
    bool atStart = false; // nothing before the first record of this page
    bool atEnd = false;   // nothing after the last one
};

} // namespace fb

Q_DECLARE_METATYPE(fb::PageQuery)
Q_DECLARE_METATYPE(fb::RecordPage)
