#include "PageQuery.h"

namespace fb {

QList<PageQuery> PageQuery::samples(const FormDef &form) {
    QList<PageQuery> out;
    PageQuery base;
    base.search = QStringLiteral("x");
    for (const FieldDef &f : form.fields) {
        PageQuery q = base;
        q.sortKey = f.key;
        q.from = From::After;
        q.anchorId = 1;
        for (const FieldFilter::Op op : RecordFilter::opsFor(f.type))
            q.filter.conditions.append({f.key, op, QStringLiteral("x")});
        out << q;
        q.filter.match = RecordFilter::Match::Any;
        out << q;
    }
    PageQuery byId = base;
    byId.from = From::Before;
    byId.trash = true;
    out << byId;
    PageQuery everything = base;
    everything.from = From::After;
    everything.anchorId = 1;
    everything.everyState = true;
    out << everything;
    PageQuery jump = base;
    jump.sortKey = QStringLiteral("created_at");
    jump.from = From::Offset;
    jump.offset = 1000;
    out << jump;
    return out;
}

} // namespace fb
