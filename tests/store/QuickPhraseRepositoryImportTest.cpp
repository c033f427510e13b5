#include "store/QuickPhraseRepository.h"

#include "store/Database.h"
#include "support/IsOk.h"
#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

QuickPhrase shopPhrase(const QString& group, const QString& code, const QString& body) {
    QuickPhrase p;
    p.groupName = group;
    p.shortcutCode = code;
    p.body = body;
    return p;
}

class QuickPhraseRepositoryImportTest : public ::testing::Test {
protected:
    test::TempStore m_store;
    QuickPhraseRepository m_repo{m_store.db()};
};

TEST_F(QuickPhraseRepositoryImportTest, SkipsPhrasesAlreadyInTheirListAndCountsThem) {
    ASSERT_TRUE(test::isOk(m_repo.add(shopPhrase(u"物流"_s, u"fh"_s, u"今天发货"_s))));
    const QList<QuickPhrase> file{
        shopPhrase(u"物流"_s, u"fh"_s, u"今天发货"_s),    // already there
        shopPhrase(u"物流"_s, u"fh2"_s, u"今天发货"_s),   // other code: new
        shopPhrase(u"售后"_s, u"fh"_s, u"今天发货"_s),    // other group: new
        shopPhrase(u"售后"_s, u"tk"_s, u"退款已处理"_s),  // new
        shopPhrase(u"售后"_s, u"tk"_s, u"退款已处理"_s),  // twice in the file
    };
    const Result<QuickPhraseRepository::ImportOutcome> outcome = m_repo.importNew(file);
    ASSERT_TRUE(test::isOk(outcome));
    EXPECT_EQ(outcome->imported, 3);
    EXPECT_EQ(outcome->skippedDuplicates, 2);
    EXPECT_EQ(*m_repo.count(), 4);

    const Result<QList<QuickPhrase>> listed = m_repo.listVisibleTo(1);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 4);
    EXPECT_EQ(listed->at(1).shortcutCode, u"fh2"_s);
    EXPECT_EQ(listed->at(1).sortOrder, 1);  // appended after the phrase already in 物流
    EXPECT_EQ(listed->at(3).sortOrder, 1);
}

TEST_F(QuickPhraseRepositoryImportTest, ABadPhraseRollsBackTheWholeImport) {
    QuickPhrase bad = shopPhrase(u"售后"_s, u"x"_s, u"   "_s);
    const Result<QuickPhraseRepository::ImportOutcome> outcome =
        m_repo.importNew({shopPhrase(u"物流"_s, u"fh"_s, u"今天发货"_s), bad});
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(*m_repo.count(), 0);
}

TEST_F(QuickPhraseRepositoryImportTest, ImportsTenThousandRowsQuickly) {
    QList<QuickPhrase> many;
    for (int i = 0; i < 10000; ++i) {
        many.append(shopPhrase(u"批量%1"_s.arg(i % 10), u"p%1"_s.arg(i), u"第 %1 条短语"_s.arg(i)));
    }
    QElapsedTimer timer;
    timer.start();
    const Result<QuickPhraseRepository::ImportOutcome> outcome = m_repo.importNew(many);
    ASSERT_TRUE(test::isOk(outcome));
    EXPECT_EQ(outcome->imported, 10000);
    EXPECT_LT(timer.elapsed(), 3000);  // a debug build on a shared machine; typically a few hundred ms
    EXPECT_EQ(*m_repo.count(), 10000);
}

}  // namespace
}  // namespace kefu
