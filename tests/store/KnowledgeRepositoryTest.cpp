#include "store/KnowledgeRepository.h"

#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

KnowledgeArticle article(const QString& category, const QString& question, const QString& answer,
                         QStringList keywords = {}) {
    KnowledgeArticle a;
    a.category = category;
    a.question = question;
    a.answer = answer;
    a.keywords = std::move(keywords);
    return a;
}

QStringList questions(const Result<QList<KnowledgeArticle>>& articles) {
    QStringList result;
    for (const KnowledgeArticle& a : articles.value()) {
        result.append(a.question);
    }
    return result;
}

class KnowledgeRepositoryTest : public ::testing::Test {
protected:
    qint64 add(const KnowledgeArticle& a) {
        Result<qint64> id = m_repo.add(a);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? *id : 0;
    }

    test::TempStore m_store;
    KnowledgeRepository m_repo{m_store.db()};
};

TEST_F(KnowledgeRepositoryTest, RoundTripsEveryField) {
    const KnowledgeArticle a =
        article(u"物流"_s, u"什么时候发货？"_s, u"付款后48小时内发货，默认中通快递。"_s, {u"发货时间"_s, u"几天发"_s});
    const qint64 id = add(a);
    const Result<KnowledgeArticle> stored = m_repo.find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->id, id);
    EXPECT_EQ(stored->category, a.category);
    EXPECT_EQ(stored->question, a.question);
    EXPECT_EQ(stored->answer, a.answer);
    EXPECT_EQ(stored->keywords, a.keywords);
    EXPECT_EQ(stored->useCount, 0);
    EXPECT_EQ(m_repo.find(id + 1).error().code, ErrorCode::NotFound);
}

TEST_F(KnowledgeRepositoryTest, SearchFindsTwoCharacterWordsAndRanksTheQuestionFirst) {
    add(article(u"售后"_s, u"衣服有线头怎么办？"_s, u"可以联系客服补发或退换，我们48小时内发货。"_s));
    add(article(u"物流"_s, u"什么时候发货？"_s, u"付款后48小时内。"_s));
    add(article(u"面料"_s, u"深色会掉色吗？"_s, u"首次洗涤轻微浮色属正常，建议冷水手洗。"_s));
    add(article(u"售后"_s, u"洗了以后颜色变浅能退吗？"_s, u"不影响穿着的浮色不属于质量问题。"_s, {u"掉色"_s}));
    add(article(u"尺码"_s, u"偏大还是偏小？"_s, u"版型正常，按平时尺码拍。"_s));

    EXPECT_EQ(questions(m_repo.search(u"发货"_s)), (QStringList{u"什么时候发货？"_s, u"衣服有线头怎么办？"_s}));
    // Question above keyword, keyword above answer.
    EXPECT_EQ(questions(m_repo.search(u"掉色"_s)), (QStringList{u"深色会掉色吗？"_s, u"洗了以后颜色变浅能退吗？"_s}));
    EXPECT_EQ(questions(m_repo.search(u"掉色 深色"_s)), QStringList{u"深色会掉色吗？"_s});
    EXPECT_EQ(questions(m_repo.search(u"发货"_s, 1)), QStringList{u"什么时候发货？"_s});
    EXPECT_TRUE(m_repo.search(u"发票"_s)->isEmpty());
    EXPECT_TRUE(m_repo.search(u""_s)->isEmpty());
}

TEST_F(KnowledgeRepositoryTest, UpdateAndRemoveKeepTheIndexInStep) {
    const qint64 id = add(article(u"物流"_s, u"什么时候发货？"_s, u"48小时内。"_s));
    const qint64 other = add(article(u"物流"_s, u"发货用什么快递？"_s, u"中通。"_s));
    ASSERT_TRUE(m_repo.recordUse(id).ok());

    KnowledgeArticle edited = article(u"发票"_s, u"可以开发票吗？"_s, u"可以开电子普通发票。"_s, {u"开票"_s});
    edited.id = id;
    ASSERT_TRUE(m_repo.update(edited).ok());
    EXPECT_EQ(m_repo.find(id)->useCount, 1);  // kept
    EXPECT_EQ(m_repo.find(id)->keywords, QStringList{u"开票"_s});
    EXPECT_EQ(questions(m_repo.search(u"发货"_s)), QStringList{u"发货用什么快递？"_s});
    EXPECT_EQ(questions(m_repo.search(u"开票"_s)), QStringList{u"可以开发票吗？"_s});

    ASSERT_TRUE(m_repo.remove(other).ok());
    EXPECT_TRUE(m_repo.search(u"发货"_s)->isEmpty());
    EXPECT_TRUE(m_repo.search(u"快递"_s)->isEmpty());
    EXPECT_EQ(m_repo.remove(other).error().code, ErrorCode::NotFound);
    edited.id = other;
    EXPECT_EQ(m_repo.update(edited).error().code, ErrorCode::NotFound);
    EXPECT_EQ(*m_repo.count(), 1);
}

TEST_F(KnowledgeRepositoryTest, CategoriesAndListByCategory) {
    const qint64 a = add(article(u"物流"_s, u"发什么快递？"_s, u"中通。"_s));
    const qint64 b = add(article(u"尺码"_s, u"偏大吗？"_s, u"正常。"_s));
    const qint64 c = add(article(u"物流"_s, u"能指定顺丰吗？"_s, u"可以补差价。"_s));
    ASSERT_TRUE(m_repo.recordUse(c).ok());
    EXPECT_EQ(*m_repo.categories(), (QStringList{u"物流"_s, u"尺码"_s}));
    const Result<QList<KnowledgeArticle>> logistics = m_repo.listByCategory(u"物流"_s);
    ASSERT_EQ(logistics->size(), 2);
    EXPECT_EQ(logistics->at(0).id, c);  // most used first
    EXPECT_EQ(logistics->at(1).id, a);
    EXPECT_EQ(m_repo.listByCategory(u"尺码"_s)->at(0).id, b);
    EXPECT_EQ(m_repo.recordUse(999).error().code, ErrorCode::NotFound);
}

TEST_F(KnowledgeRepositoryTest, RefusesIncompleteArticles) {
    EXPECT_EQ(m_repo.add(article(u"物流"_s, u""_s, u"答"_s)).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.add(article(u"物流"_s, u"问"_s, u" "_s)).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.add(article(u""_s, u"问"_s, u"答"_s)).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.add(article(u"物流"_s, u"问"_s, u"答"_s, {u"两个 词"_s})).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*m_repo.count(), 0);
}

}  // namespace
}  // namespace kefu
