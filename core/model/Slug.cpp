#include "Slug.h"

#include <QStringList>

namespace fb {

namespace {

constexpr int maxSlugLength = 48;

// SQL keywords of SQLite and PostgreSQL that are likely as labels, plus Fieldbook's own
// system columns and meta-table prefix.
const QSet<QString> &reservedWords() {
    static const QSet<QString> words = [] {
        const char *list[] = {
            "abort", "add", "all", "alter", "analyze", "and", "as", "asc", "begin", "between", "by",
            "case", "cast", "check", "collate", "column", "commit", "constraint", "create", "cross",
            "current", "current_date", "current_time", "current_timestamp", "default", "delete",
            "desc", "distinct", "do", "drop", "else", "end", "except", "exists", "false", "for",
            "foreign", "from", "full", "group", "having", "if", "in", "index", "inner", "insert",
            "intersect", "into", "is", "join", "key", "left", "like", "limit", "natural", "not",
            "null", "of", "offset", "on", "or", "order", "outer", "primary", "references",
            "returning", "right", "rollback", "row", "rowid", "select", "set", "table", "then",
            "to", "transaction", "true", "union", "unique", "update", "user", "using", "values",
            "when", "where", "window", "with",
            // system columns
            "id", "uuid", "created_at", "updated_at", "version", "deleted_at", "oid", "_rowid_"};
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

QString asciiFold(const QString &label) {
    // Decompose accents away (é -> e) and keep ASCII letters and digits; everything else
    // becomes a separator.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD);
    QString out;
    bool lastWasSeparator = true;
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            out += c;
            lastWasSeparator = false;
        } else if (u >= u'A' && u <= u'Z') {
            out += c.toLower();
            lastWasSeparator = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!lastWasSeparator) {
            out += u'_';
            lastWasSeparator = true;
        }
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

} // namespace

bool isReservedIdentifier(const QString &slug) {
    return reservedWords().contains(slug) || slug.startsWith(u"fb_") ||
           slug.startsWith(u"sqlite_") || slug.startsWith(u"pg_");
}

QString SlugMaker::make(const QString &wish) {
    QString base = asciiFold(wish).left(maxSlugLength);
    while (base.endsWith(u'_'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("field");
    if (base.front().isDigit() || isReservedIdentifier(base))
        base = (QStringLiteral("f_") + base).left(maxSlugLength);

    QString slug = base;
    if (m_taken.contains(slug)) {
        int &n = m_nextSuffix[base];
        n = std::max(n, 2);
        do {
            const QString suffix = u'_' + QString::number(n++);
            slug = base.left(maxSlugLength - suffix.size()) + suffix;
        } while (m_taken.contains(slug));
    }
    m_taken.insert(slug);
    return slug;
}

QString makeSlug(const QString &label, const QSet<QString> &taken) {
    return SlugMaker(taken).make(label);
}

bool isSlug(const QString &text) {
    return !text.isEmpty() && makeSlug(text, {}) == text;
}

} // namespace fb
