#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace fb {

// Turns a person's label (or a form file's wished-for key) into an identifier made of
// [a-z0-9_] that is safe as a table or column name: at most 48 characters, never empty,
// never starting with a digit, never a reserved word or a system column, and distinct from
// every name already made. Slugs are lower case, so they are distinct case-insensitively on
// both backends. Linear: each base remembers the next free suffix, so a thousand equal
// labels do not try a thousand suffixes each.
class SlugMaker {
public:
    SlugMaker() = default;
    explicit SlugMaker(const QSet<QString> &taken)
        : m_taken(taken) {}

    QString make(const QString &wish);
    void reserve(const QString &slug) { m_taken.insert(slug); }
    bool isTaken(const QString &slug) const { return m_taken.contains(slug); }

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix; // base -> the first suffix not yet tried
};

QString makeSlug(const QString &label, const QSet<QString> &taken);

bool isReservedIdentifier(const QString &slug);

// True for text that Fieldbook could have made as an identifier: what makeSlug returns for
// itself when nothing is taken.
bool isSlug(const QString &text);

} // namespace fb
