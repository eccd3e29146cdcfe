#include "Backups.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace fb::Backups {

namespace {

constexpr auto stampFormat = u"yyyy-MM-dd HH-mm-ss";

struct ReasonName {
    BackupReason reason;
    const char16_t *name;
};
// The names in file names: fixed words, so that a backup is known whatever the language.
constexpr std::array<ReasonName, 6> reasonNames{{{BackupReason::Manual, u"manual"},
                                                 {BackupReason::Daily, u"daily"},
                                                 {BackupReason::FormChange, u"form-change"},
                                                 {BackupReason::Import, u"import"},
                                                 {BackupReason::Restore, u"restore"},
                                                 {BackupReason::Repair, u"repair"}}};

QString reasonName(BackupReason reason) {
    for (const ReasonName &r : reasonNames) {
        if (r.reason == reason)
            return QString::fromUtf16(r.name);
    }
    return u"manual"_qs;
}

QString bookName(const QString &bookPath) {
    return QFileInfo(bookPath).completeBaseName();
}

QString bookSuffix(const QString &bookPath) {
    const QString suffix = QFileInfo(bookPath).suffix();
    return suffix.isEmpty() ? u"fieldbook"_qs : suffix;
}

} // namespace

QString folderFor(const QString &bookPath, const BackupPolicy &policy) {
    const QFileInfo book(bookPath);
    const QString name = bookName(bookPath) + u" backups"_qs;
    // In the data folder, two books of one name in different folders keep apart: the folder
    // is named for the book and a hash of where it is.
    if (policy.place == BackupPolicy::Place::DataFolder && !policy.dataFolder.isEmpty()) {
        const QByteArray where =
            QCryptographicHash::hash(book.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(8);
        return QDir(policy.dataFolder)
            .filePath(u"backups/"_qs + bookName(bookPath) + u'-' + QString::fromLatin1(where));
    }
    return book.absoluteDir().filePath(name);
}

QString fileName(const QString &bookPath, const QDateTime &made, BackupReason reason, int serial) {
    QString name = bookName(bookPath) + u' ' + made.toString(QString::fromUtf16(stampFormat));
    if (serial > 0)
        name += u'-' + QString::number(serial);
    return name + u' ' + reasonName(reason) + u'.' + bookSuffix(bookPath);
}

std::optional<BackupFile> parse(const QString &bookPath, const QString &path) {
    const QFileInfo file(path);
    const QString name = file.fileName();
    const QString prefix = bookName(bookPath) + u' ';
    const QString suffix = u'.' + bookSuffix(bookPath);
    if (!name.startsWith(prefix) || !name.endsWith(suffix))
        return std::nullopt;
    static const QRegularExpression rest(
        u"^(\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d)(?:-\\d+)? ([a-z-]+)$"_qs);
    const QRegularExpressionMatch m =
        rest.match(name.mid(prefix.size(), name.size() - prefix.size() - suffix.size()));
    if (!m.hasMatch())
        return std::nullopt;
    BackupFile backup;
    backup.path = file.absoluteFilePath();
    backup.made = QDateTime::fromString(m.captured(1), QString::fromUtf16(stampFormat));
    if (!backup.made.isValid())
        return std::nullopt;
    const auto reason = std::find_if(reasonNames.begin(), reasonNames.end(),
                                     [&](const ReasonName &r) { return m.captured(2) == r.name; });
    if (reason == reasonNames.end())
        return std::nullopt;
    backup.reason = reason->reason;
    backup.bytes = file.size();
    return backup;
}

QList<BackupFile> list(const QString &bookPath, const BackupPolicy &policy) {
    QList<BackupFile> found;
    const QDir folder(folderFor(bookPath, policy));
    const QStringList names = folder.entryList({u"*."_qs + bookSuffix(bookPath)}, QDir::Files);
    for (const QString &name : names) {
        if (auto backup = parse(bookPath, folder.filePath(name)))
            found << *backup;
    }
    std::sort(found.begin(), found.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return found;
}

QList<BackupFile> toRemove(const QList<BackupFile> &backups, const QDateTime &now,
                           const BackupPolicy &policy) {
    // Whole seven-day spans back from now; a backup from the future counts as this week's.
    const auto weekOf = [&](const BackupFile &b) {
        return std::max<qint64>(0, b.made.secsTo(now)) / (7 * 24 * 3600);
    };
    QList<BackupFile> removed;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const BackupFile &b = backups.at(i);
        const qint64 week = weekOf(b);
        const bool newestOfItsWeek =
            std::none_of(backups.begin(), backups.begin() + i,
                         [&](const BackupFile &newer) { return weekOf(newer) == week; });
        if (i == 0 || i < policy.keepLast || (week < policy.keepWeeks && newestOfItsWeek))
            continue;
        removed << b;
    }
    return removed;
}

bool madeToday(const QList<BackupFile> &backups, const QDateTime &now) {
    return std::any_of(backups.begin(), backups.end(),
                       [&](const BackupFile &b) { return b.made.date() >= now.date(); });
}

} // namespace fb::Backups
