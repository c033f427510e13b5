#pragma once

#include "core/QuickPhrase.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace kefu {

// Finds quick phrases as the agent types after "/": by shortcut code, by the pinyin initials of the body or group
// (发货 from "fh"), or by a piece of the body. Built once per phrase list; each match() is a scan of precomputed
// data, fast enough to run on every keystroke.
class QuickPhraseMatcher {
public:
    QuickPhraseMatcher() = default;
    explicit QuickPhraseMatcher(const QList<QuickPhrase>& phrases);

    // Indexes into the phrase list, best first: shortcut code equal to the query, then code starting with it,
    // then body or group initials containing it, then body containing it (case-insensitive); within each,
    // more used first, then by sortOrder. An empty query lists the most used phrases. limit <= 0: no limit.
    QList<int> match(QStringView query, int limit) const;
    qsizetype size() const { return m_entries.size(); }

private:
    enum Rank { ExactCode, CodePrefix, Initials, BodyText, NoMatch };
    struct Entry {
        QString code;  // case-folded
        QString body;  // case-folded
        std::size_t bodySetsBegin = 0;
        std::size_t bodySetsEnd = 0;
        std::size_t groupSetsBegin = 0;
        std::size_t groupSetsEnd = 0;
        quint64 setsUnion = 0;  // every bit of body and group: a query bit outside it rules initials out at once
        int useCount = 0;
        int sortOrder = 0;
    };

    static bool codeStartsWith(const Entry& e, const QString& folded);
    bool initialsMatch(const Entry& e, const std::vector<quint64>& bits, quint64 bitsUnion) const;
    QList<int> matchInUseOrder(const QString& folded, const std::vector<quint64>& bits, quint64 bitsUnion,
                               std::size_t limit) const;

    QList<Entry> m_entries;
    // Every entry, best first within a rank (more used, then sortOrder, then list order). Scanning in this order
    // yields each rank's hits already sorted, so a scan can stop once `limit` hits of the best ranks are found.
    std::vector<int> m_useOrder;
    std::vector<quint64> m_sets;  // PinyinInitials::characterSets of every body and group, back to back
};

}  // namespace kefu
