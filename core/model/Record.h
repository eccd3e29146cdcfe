#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace fb {

// One filled-in form. `values` maps field keys to values of the field's type (see FieldType);
// a key that is absent or null means empty.
struct Record {
    qint64 id = 0; // 0: not saved yet
    QString uuid;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // when it went to the trash; invalid for a live record
    QVariantMap values;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::Record)
