#include "BookSpec.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace fb {

QString BookSpec::displayName() const {
    if (backend == Backend::Sqlite)
        return QFileInfo(path).completeBaseName();
    return database + u'@' + host;
}

QString BookSpec::serverAddress() const {
    QUrl url;
    url.setScheme(u"postgresql"_qs);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    // libpq options are "key=value" pairs separated by spaces.
    QUrlQuery query;
    for (const QString &pair : options.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq > 0)
            query.addQueryItem(pair.left(eq), pair.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString();
}

std::optional<BookSpec> BookSpec::fromServerAddress(const QString &address) {
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"postgresql" || url.host().isEmpty())
        return std::nullopt;
    BookSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.database = url.path().mid(1);
    QStringList pairs;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        pairs << key + u'=' + value;
    spec.options = pairs.join(u' ');
    return spec;
}

} // namespace fb
