#include "core/QuickPhraseMatcher.h"

#include "core/PinyinInitials.h"

#include <algorithm>
#include <span>

namespace kefu {

QuickPhraseMatcher::QuickPhraseMatcher(const QList<QuickPhrase>& phrases) {
    m_entries.reserve(phrases.size());
    for (const QuickPhrase& p : phrases) {
        Entry e;
        e.code = p.shortcutCode.trimmed().toCaseFolded();
        e.body = p.body.toCaseFolded();
        e.useCount = p.useCount;
        e.sortOrder = p.sortOrder;
        const QList<quint64> bodySets = PinyinInitials::characterSets(p.body);
        e.bodySetsBegin = m_sets.size();
        m_sets.insert(m_sets.end(), bodySets.cbegin(), bodySets.cend());
        e.bodySetsEnd = m_sets.size();
        const QList<quint64> groupSets = PinyinInitials::characterSets(p.groupName);
        e.groupSetsBegin = m_sets.size();
        m_sets.insert(m_sets.end(), groupSets.cbegin(), groupSets.cend());
        e.groupSetsEnd = m_sets.size();
        for (std::size_t i = e.bodySetsBegin; i < e.groupSetsEnd; ++i) {
            e.setsUnion |= m_sets[i];
        }
        m_entries << e;
    }
}

QuickPhraseMatcher::Rank QuickPhraseMatcher::rankOf(const Entry& e, const QString& folded,
                                                    const std::vector<quint64>& bits, quint64 bitsUnion) const {
    if (!e.code.isEmpty() && e.code.startsWith(folded)) {
        return e.code.size() == folded.size() ? ExactCode : CodePrefix;
    }
    if (!bits.empty() && (e.setsUnion & bitsUnion) == bitsUnion) {
        const std::span<const quint64> all(m_sets);
        const std::span<const quint64> query(bits);
        if (PinyinInitials::matchesSets(all.subspan(e.bodySetsBegin, e.bodySetsEnd - e.bodySetsBegin), query) ||
            PinyinInitials::matchesSets(all.subspan(e.groupSetsBegin, e.groupSetsEnd - e.groupSetsBegin), query)) {
            return Initials;
        }
    }
    return e.body.contains(folded) ? BodyText : NoMatch;
}

QList<int> QuickPhraseMatcher::match(QStringView query, int limit) const {
    const QString folded = query.trimmed().toString().toCaseFolded();
    // Initials are only worth trying when every query character could be an initial (a Chinese query cannot).
    std::vector<quint64> bits;
    quint64 bitsUnion = 0;
    bits.reserve(std::size_t(folded.size()));
    for (const QChar c : folded) {
        const quint64 bit = PinyinInitials::queryBit(c);
        if (bit == 0) {
            bits.clear();
            break;
        }
        bits.push_back(bit);
        bitsUnion |= bit;
    }
    std::vector<std::pair<Rank, int>> hits;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Rank rank = folded.isEmpty() ? BodyText : rankOf(m_entries[i], folded, bits, bitsUnion);
        if (rank != NoMatch) {
            hits.emplace_back(rank, i);
        }
    }
    return best(hits, limit);
}

QList<int> QuickPhraseMatcher::best(std::vector<std::pair<Rank, int>>& hits, int limit) const {
    const auto before = [this](const std::pair<Rank, int>& a, const std::pair<Rank, int>& b) {
        const Entry& x = m_entries[a.second];
        const Entry& y = m_entries[b.second];
        if (a.first != b.first) {
            return a.first < b.first;
        }
        if (x.useCount != y.useCount) {
            return x.useCount > y.useCount;
        }
        if (x.sortOrder != y.sortOrder) {
            return x.sortOrder < y.sortOrder;
        }
        return a.second < b.second;
    };
    const std::size_t count = limit > 0 ? std::min(hits.size(), std::size_t(limit)) : hits.size();
    std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(count), hits.end(), before);
    QList<int> out;
    out.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i) {
        out << hits[i].second;
    }
    return out;
}

}  // namespace kefu
