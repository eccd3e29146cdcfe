#include "OfflineJournal.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace fb {

namespace {
constexpr quint32 magic = 0x46424a31; // "FBJ1"
}

OfflineJournal::OfflineJournal(const BookSpec &spec) {
    const QString who =
        u"%1:%2/%3@%4"_qs.arg(spec.host).arg(spec.port).arg(spec.database, spec.user);
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(who.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_path = QDir(folder).filePath(u"pending/"_qs + name + u".journal"_qs);
}

QList<Op::SaveRecord> OfflineJournal::read() const {
    QList<Op::SaveRecord> saves;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return saves;
    QDataStream in(&file);
    quint32 header = 0;
    qint32 count = 0;
    in >> header >> count;
    if (header != magic)
        return saves;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Op::SaveRecord s;
        in >> s.formId >> s.record.id >> s.record.uuid >> s.record.version >> s.record.values;
        saves << s;
    }
    return in.status() == QDataStream::Ok ? saves : QList<Op::SaveRecord>();
}

DbError OfflineJournal::append(const QList<Op::SaveRecord> &saves) {
    const QList<Op::SaveRecord> all = read() + saves;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        QDataStream out(&file);
        out << magic << qint32(all.size());
        for (const Op::SaveRecord &s : all)
            out << s.formId << s.record.id << s.record.uuid << s.record.version << s.record.values;
        if (file.commit())
            return {};
    }
    return DbError(DbError::Kind::Storage,
                   QT_TRANSLATE_NOOP("fb::DbError", "Unsaved changes could not be kept in “%1”."),
                   {m_path}, file.errorString());
}

QList<Op::SaveRecord> OfflineJournal::take() {
    const QList<Op::SaveRecord> saves = read();
    QFile::remove(m_path);
    return saves;
}

} // namespace fb
