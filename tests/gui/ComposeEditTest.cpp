#include "DemoWorkbench.h"
#include "TypeText.h"

#include "core/PinyinInitials.h"
#include "core/QuickPhraseMatcher.h"
#include "gui/chat/ComposeEdit.h"
#include "gui/chat/PhrasePopup.h"
#include "gui/chat/PhrasePopupModel.h"
#include "store/QuickPhraseRepository.h"

#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// The ranking the popup promises, computed the slow obvious way: code equal, code prefix, initials of body or
// group, body text; more used first, then sortOrder, then list order.
QList<qint64> expectedIds(const QList<QuickPhrase>& phrases, const QString& query, int limit) {
    const QString q = query.trimmed().toCaseFolded();
    QList<std::pair<int, int>> ranked;  // rank, index
    for (int i = 0; i < phrases.size(); ++i) {
        const QuickPhrase& p = phrases.at(i);
        const QString code = p.shortcutCode.trimmed().toCaseFolded();
        int rank = 4;
        if (q.isEmpty()) {
            rank = 3;
        } else if (!code.isEmpty() && code.startsWith(q)) {
            rank = code == q ? 0 : 1;
        } else if (PinyinInitials::matches(p.body, q) || PinyinInitials::matches(p.groupName, q)) {
            rank = 2;
        } else if (p.body.toCaseFolded().contains(q)) {
            rank = 3;
        }
        if (rank < 4) {
            ranked << std::pair{rank, i};
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&phrases](const auto& a, const auto& b) {
        const QuickPhrase& x = phrases.at(a.second);
        const QuickPhrase& y = phrases.at(b.second);
        if (a.first != b.first) {
            return a.first < b.first;
        }
        return x.useCount != y.useCount ? x.useCount > y.useCount : x.sortOrder < y.sortOrder;
    });
    QList<qint64> ids;
    for (const auto& [rank, index] : ranked) {
        if (limit > 0 && ids.size() == limit) {
            break;
        }
        ids << phrases.at(index).id;
    }
    return ids;
}

QList<qint64> popupIds(PhrasePopup* popup) {
    QList<qint64> ids;
    for (int row = 0; row < popup->count(); ++row) {
        ids << popup->model()->index(row, 0).data(PhrasePopupModel::PhraseIdRole).toLongLong();
    }
    return ids;
}

class ComposeEditTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto listed = QuickPhraseRepository(m_bench.db()).listVisibleTo(m_bench.context().agent.id);
        ASSERT_TRUE(listed.ok());
        m_phrases = *listed;
        // Ties in use count, to check the order within them.
        for (int i = 0; i < m_phrases.size(); ++i) {
            m_phrases[i].useCount = (i * 7) % 5;
        }
        m_compose.setPhrases(m_phrases);
        m_compose.resize(600, 120);
        m_compose.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_compose));
        m_compose.setFocus();
    }

    test::DemoWorkbench m_bench;
    QList<QuickPhrase> m_phrases;
    ComposeEdit m_compose;
};

TEST_F(ComposeEditTest, PopupOffersTheBestPhrasesFirstAsTheQueryGrows) {
    test::typeText(&m_compose, u"/"_s);
    EXPECT_EQ(popupIds(m_compose.phrasePopup()), expectedIds(m_phrases, QString(), 30));
    QString query;
    for (const QChar c : u"fh"_s) {
        query += c;
        test::typeText(&m_compose, QString(c));
        EXPECT_EQ(popupIds(m_compose.phrasePopup()), expectedIds(m_phrases, query, 30)) << query.toStdString();
    }
    m_compose.clear();
    test::typeText(&m_compose, u"/"_s);
    test::commitText(&m_compose, u"发货"_s);
    EXPECT_EQ(popupIds(m_compose.phrasePopup()), expectedIds(m_phrases, u"发货"_s, 30));
}

TEST_F(ComposeEditTest, MatcherAgreesWithTheObviousRankingAtAnyLimit) {
    const QuickPhraseMatcher matcher(m_phrases);
    for (const QString& query : {u""_s, u"f"_s, u"fh"_s, u"tk"_s, u"x"_s, u"hy2"_s, u"1"_s, u" sh "_s, u"退"_s,
                                 u"尺码"_s, u"zzzz"_s, u"亲"_s, u"S"_s}) {
        for (const int limit : {0, 1, 5, 30, 1000}) {
            QList<qint64> ids;
            for (const int index : matcher.match(query, limit)) {
                ids << m_phrases.at(index).id;
            }
            EXPECT_EQ(ids, expectedIds(m_phrases, query, limit)) << query.toStdString() << " limit " << limit;
        }
    }
}

TEST_F(ComposeEditTest, PopupStaysAtTheSlashWhileTheAgentTypes) {
    test::typeText(&m_compose, u"你好 /"_s);
    ASSERT_TRUE(m_compose.isPhrasePopupVisible());
    const QPoint at = m_compose.phrasePopup()->pos();
    test::typeText(&m_compose, u"fh"_s);
    ASSERT_TRUE(m_compose.isPhrasePopupVisible());
    EXPECT_EQ(m_compose.phrasePopup()->pos(), at);
    const QRect slash = m_compose.cursorRect(QTextCursor(m_compose.document()));
    EXPECT_GT(at.x(), m_compose.viewport()->mapToGlobal(slash.topLeft()).x());  // under the "/", not the start
}

}  // namespace
}  // namespace kefu
