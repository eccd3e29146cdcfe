#include "WindowSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace fb {

namespace {
const QString geometryKey = u"window/geometry"_qs;
const QString stateKey = u"window/state"_qs;
const QString splitterKey = u"window/splitter"_qs;
const QString lastBookKey = u"books/last"_qs;
const QString recentKey = u"books/recent"_qs;
const QString noneOpenKey = u"books/noneOpen"_qs;
const QString languageKey = u"interface/language"_qs;
const QString exportFolderKey = u"export/folder"_qs;
const QString exportFormatKey = u"export/format"_qs;
const QString backupAutoKey = u"backups/automatic"_qs;
const QString backupPlaceKey = u"backups/place"_qs; // "beside" or "data"
const QString backupKeepLastKey = u"backups/keepLast"_qs;
const QString backupKeepWeeksKey = u"backups/keepWeeks"_qs;

// A book's path or address holds '/' and more; its hash makes a key of it.
QString filterKey(const QString &book, qint64 formId) {
    const QByteArray hash = QCryptographicHash::hash(book.toUtf8(), QCryptographicHash::Sha1);
    return u"filters/%1/%2"_qs.arg(QString::fromLatin1(hash.toHex().left(16))).arg(formId);
}

// ~/.config/fieldbook/fieldbook.conf: the application's own folder even with no organisation
// name (setting one would also move the default book's folder).
QString organisation() {
    const QString org = QCoreApplication::organizationName();
    return org.isEmpty() ? QCoreApplication::applicationName() : org;
}

QVariant get(const QString &key) {
    return QSettings(organisation(), QCoreApplication::applicationName()).value(key);
}

void set(const QString &key, const QVariant &value) {
    QSettings(organisation(), QCoreApplication::applicationName()).setValue(key, value);
}
} // namespace

QJsonObject WindowSettings::filter(const QString &book, qint64 formId) const {
    return QJsonDocument::fromJson(get(filterKey(book, formId)).toByteArray()).object();
}
void WindowSettings::setFilter(const QString &book, qint64 formId, const QJsonObject &filter) {
    set(filterKey(book, formId), QJsonDocument(filter).toJson(QJsonDocument::Compact));
}
void WindowSettings::clear() {
    QSettings(organisation(), QCoreApplication::applicationName()).clear();
}
QByteArray WindowSettings::geometry() const {
    return get(geometryKey).toByteArray();
}
void WindowSettings::setGeometry(const QByteArray &g) {
    set(geometryKey, g);
}
QByteArray WindowSettings::windowState() const {
    return get(stateKey).toByteArray();
}
void WindowSettings::setWindowState(const QByteArray &s) {
    set(stateKey, s);
}
QByteArray WindowSettings::splitterState() const {
    return get(splitterKey).toByteArray();
}
void WindowSettings::setSplitterState(const QByteArray &s) {
    set(splitterKey, s);
}
QString WindowSettings::lastBook() const {
    return get(lastBookKey).toString();
}
QString WindowSettings::lastServer() const {
    for (const QString &book : recentBooks()) {
        if (book.startsWith(u"postgresql:"_qs))
            return book;
    }
    return {};
}
QStringList WindowSettings::recentBooks() const {
    return get(recentKey).toStringList();
}

QString WindowSettings::language() const {
    return get(languageKey).toString();
}
void WindowSettings::setLanguage(const QString &code) {
    set(languageKey, code);
}

BackupPolicy WindowSettings::backupPolicy() const {
    BackupPolicy policy;
    // What was never set keeps the policy's default (automatic backups on).
    const auto stored = [](const QString &key, const QVariant &otherwise) {
        const QVariant value = get(key);
        return value.isValid() ? value : otherwise;
    };
    policy.automatic = stored(backupAutoKey, true).toBool();
    policy.place = get(backupPlaceKey).toString() == u"data" ? BackupPolicy::Place::DataFolder
                                                             : BackupPolicy::Place::BesideBook;
    policy.keepLast = std::clamp(stored(backupKeepLastKey, policy.keepLast).toInt(), 1, 1000);
    policy.keepWeeks = std::clamp(stored(backupKeepWeeksKey, policy.keepWeeks).toInt(), 0, 520);
    policy.dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return policy;
}

void WindowSettings::setBackupPolicy(const BackupPolicy &policy) {
    set(backupAutoKey, policy.automatic);
    set(backupPlaceKey,
        policy.place == BackupPolicy::Place::DataFolder ? u"data"_qs : u"beside"_qs);
    set(backupKeepLastKey, policy.keepLast);
    set(backupKeepWeeksKey, policy.keepWeeks);
}

QString WindowSettings::exportFolder() const {
    return get(exportFolderKey).toString();
}
void WindowSettings::setExportFolder(const QString &folder) {
    set(exportFolderKey, folder);
}
int WindowSettings::exportFormat() const {
    return get(exportFormatKey).toInt();
}
void WindowSettings::setExportFormat(int format) {
    set(exportFormatKey, format);
}

void WindowSettings::addRecentBook(const QString &path) {
    QStringList recent = recentBooks();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentBooks)
        recent.removeLast();
    set(recentKey, recent);
    set(lastBookKey, path);
    set(noneOpenKey, false);
}

void WindowSettings::setNoBookOpen() {
    set(noneOpenKey, true);
}

bool WindowSettings::noBookOpen() const {
    return get(noneOpenKey).toBool();
}

QString WindowSettings::bookAtStart(const QString &named, const QString &defaultBook) const {
    if (named != defaultBook)
        return named;
    if (noBookOpen())
        return {};
    const QString last = lastBook();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : defaultBook;
}

void WindowSettings::removeRecentBook(const QString &path) {
    QStringList recent = recentBooks();
    recent.removeAll(path);
    set(recentKey, recent);
}

} // namespace fb
