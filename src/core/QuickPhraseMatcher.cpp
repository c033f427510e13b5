#include "core/QuickPhraseMatcher.h"

#include "core/PinyinInitials.h"

#include <algorithm>
#include <numeric>
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
    m_useOrder.resize(std::size_t(m_entries.size()));
    std::iota(m_useOrder.begin(), m_useOrder.end(), 0);
    std::stable_sort(m_useOrder.begin(), m_useOrder.end(), [this](int a, int b) {
        const Entry& x = m_entries[a];
        const Entry& y = m_entries[b];
        return x.useCount != y.useCount ? x.useCount > y.useCount : x.sortOrder < y.sortOrder;
    });
}

// Most codes differ from the query in the first character; comparing that before QString::startsWith (a generic
// comparison with case handling) halves a keystroke's scan.
bool QuickPhraseMatcher::codeStartsWith(const Entry& e, const QString& folded) {
    return e.code.size() >= folded.size() && !folded.isEmpty() && e.code.front() == folded.front() &&
           QStringView(e.code).first(folded.size()) == folded;
}

bool QuickPhraseMatcher::initialsMatch(const Entry& e, const std::vector<quint64>& bits, quint64 bitsUnion) const {
    if (bits.empty() || (e.setsUnion & bitsUnion) != bitsUnion) {
        return false;
    }
    const std::span<const quint64> all(m_sets);
    const std::span<const quint64> query(bits);
    return PinyinInitials::matchesSets(all.subspan(e.bodySetsBegin, e.bodySetsEnd - e.bodySetsBegin), query) ||
           PinyinInitials::matchesSets(all.subspan(e.groupSetsBegin, e.groupSetsEnd - e.groupSetsBegin), query);
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
    const std::size_t wanted = limit > 0 ? std::min(std::size_t(limit), m_useOrder.size()) : m_useOrder.size();
    return matchInUseOrder(folded, bits, bitsUnion, wanted);
}

// One pass in use order, a bucket per rank. Codes are checked first for every entry (cheap); the costly initials and
// body checks stop as soon as the code and initials hits fill `limit`: no later entry can outrank them.
QList<int> QuickPhraseMatcher::matchInUseOrder(const QString& folded, const std::vector<quint64>& bits,
                                               quint64 bitsUnion, std::size_t limit) const {
    std::vector<int> ranked[NoMatch];
    if (folded.isEmpty()) {
        ranked[BodyText].assign(m_useOrder.begin(), m_useOrder.begin() + std::ptrdiff_t(limit));
    } else {
        for (const int i : m_useOrder) {
            const Entry& e = m_entries[i];
            if (codeStartsWith(e, folded)) {
                ranked[e.code.size() == folded.size() ? ExactCode : CodePrefix].push_back(i);
            }
        }
        const std::size_t codeHits = ranked[ExactCode].size() + ranked[CodePrefix].size();
        for (auto it = m_useOrder.begin(); codeHits + ranked[Initials].size() < limit && it != m_useOrder.end(); ++it) {
            const Entry& e = m_entries[*it];
            if (codeStartsWith(e, folded)) {
                continue;
            }
            if (initialsMatch(e, bits, bitsUnion)) {
                ranked[Initials].push_back(*it);
            } else if (ranked[BodyText].size() < limit && e.body.contains(folded)) {
                ranked[BodyText].push_back(*it);
            }
        }
    }
    QList<int> out;
    out.reserve(qsizetype(limit));
    for (const std::vector<int>& hits : ranked) {
        for (auto it = hits.begin(); it != hits.end() && std::size_t(out.size()) < limit; ++it) {
            out << *it;
        }
    }
    return out;
}

}  // namespace kefu
