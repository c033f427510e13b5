#pragma once

#include <QList>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace kefu {

// Finds product titles by the pinyin initials agents type ("cmdx" → …纯棉短袖…). Built once, off the GUI thread,
// from every title; a query is then one linear scan over the precomputed character sets of all titles, which sit
// in a single flat array (no per-title allocation), so 100k titles stay within a few milliseconds.
class TitleInitialsIndex {
public:
    void add(qint64 id, QStringView title);
    void reserve(qsizetype titles, qsizetype characters);
    qsizetype size() const { return qsizetype(m_ids.size()); }

    // Ids whose title spells `query` (ASCII letters/digits, any case) by initials somewhere, in the order they were
    // added, at most `limit`. A query with anything else (Chinese, spaces) or fewer than two characters matches
    // nothing: one initial alone would match almost every title.
    QList<qint64> match(QStringView query, int limit) const;

private:
    std::vector<qint64> m_ids;
    std::vector<quint32> m_starts{0};  // title i's sets are m_sets[m_starts[i], m_starts[i + 1])
    std::vector<quint64> m_sets;
};

}  // namespace kefu
