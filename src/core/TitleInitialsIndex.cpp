#include "core/TitleInitialsIndex.h"

#include "core/PinyinInitials.h"

namespace kefu {

namespace {
constexpr qsizetype kMinQueryLength = 2;
}

void TitleInitialsIndex::reserve(qsizetype titles, qsizetype characters) {
    m_ids.reserve(std::size_t(titles));
    m_starts.reserve(std::size_t(titles) + 1);
    m_sets.reserve(std::size_t(characters));
}

void TitleInitialsIndex::add(qint64 id, QStringView title) {
    const QList<quint64> sets = PinyinInitials::characterSets(title);
    m_ids.push_back(id);
    m_sets.insert(m_sets.end(), sets.cbegin(), sets.cend());
    m_starts.push_back(quint32(m_sets.size()));
}

QList<qint64> TitleInitialsIndex::match(QStringView query, int limit) const {
    QList<qint64> found;
    if (query.size() < kMinQueryLength || limit <= 0) {
        return found;
    }
    std::vector<quint64> bits;
    bits.reserve(std::size_t(query.size()));
    for (const QChar c : query) {
        const quint64 bit = PinyinInitials::queryBit(c.toLower());
        if (bit == 0) {
            return found;
        }
        bits.push_back(bit);
    }
    // A plain pointer loop: this is the whole cost of a query, and it must stay fast even in a Debug build.
    const quint64* const sets = m_sets.data();
    const quint64* const wanted = bits.data();
    const std::size_t length = bits.size();
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        const std::size_t end = m_starts[i + 1];
        for (std::size_t start = m_starts[i]; start + length <= end; ++start) {
            if ((sets[start] & wanted[0]) == 0) {
                continue;
            }
            std::size_t j = 1;
            while (j < length && (sets[start + j] & wanted[j]) != 0) {
                ++j;
            }
            if (j == length) {
                found.append(m_ids[i]);
                break;
            }
        }
        if (found.size() >= limit) {
            break;
        }
    }
    return found;
}

}  // namespace kefu
