// The domain labels go through QCoreApplication::translate, so the English UI shows English status names.
#include "QtPrinters.h"
#include "core/Message.h"
#include "core/Promotion.h"
#include "core/ShopTime.h"
#include "core/TradeStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <memory>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// A translator without a .qm: answers from a table keyed by "context|source", as lrelease's output would.
class TableTranslator : public QTranslator {
public:
    explicit TableTranslator(QHash<QString, QString> table) : m_table(std::move(table)) {}
    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override {
        return m_table.value(QString::fromUtf8(context) % u'|' % QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return m_table.isEmpty(); }

private:
    QHash<QString, QString> m_table;
};

// Installs the translator for one test and always takes it away again, so other suites see Chinese.
class LabelTranslationTest : public ::testing::Test {
protected:
    void install(QHash<QString, QString> table) {
        m_translator = std::make_unique<TableTranslator>(std::move(table));
        ASSERT_TRUE(QCoreApplication::installTranslator(m_translator.get()));
    }
    void TearDown() override {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
        }
    }

private:
    std::unique_ptr<TableTranslator> m_translator;
};

Promotion discount(int permille) {
    Promotion p;
    p.type = PromotionType::Discount;
    p.discountPermille = permille;
    return p;
}

TEST_F(LabelTranslationTest, TradeStatusLabelFollowsTheInstalledTranslator) {
    EXPECT_EQ(tradeStatusLabel(TradeStatus::WaitBuyerPay), u"等待买家付款"_s);
    install({{u"kefu::Labels|等待买家付款"_s, u"Waiting for payment"_s}});
    EXPECT_EQ(tradeStatusLabel(TradeStatus::WaitBuyerPay), u"Waiting for payment"_s);
    // A source the translation lacks falls back to the Chinese original rather than to nothing.
    EXPECT_EQ(tradeStatusShortLabel(TradeStatus::WaitSellerSendGoods), u"待发货"_s);
}

TEST_F(LabelTranslationTest, PromotionSummaryFillsTheTranslatedPattern) {
    install({{u"kefu::Labels|满%1减%2"_s, u"¥%2 off orders over ¥%1"_s}});
    Promotion p;
    p.type = PromotionType::FullReduction;
    p.threshold = Money::fromYuan(300);
    p.reduction = Money::fromYuan(40);
    EXPECT_EQ(p.summary(), u"¥40 off orders over ¥300"_s);
}

// Chinese names the share paid (八五折), English the share taken off: the translation picks its placeholder.
TEST_F(LabelTranslationTest, DiscountMayBeTranslatedAsPercentageOff) {
    EXPECT_EQ(discount(850).summary(), u"八五折"_s);
    EXPECT_EQ(discount(880).summary(), u"8.8折"_s);
    install({{u"kefu::Labels|%1折"_s, u"%2% off"_s}});
    EXPECT_EQ(discount(850).summary(), u"15% off"_s);
    EXPECT_EQ(discount(880).summary(), u"12% off"_s);
    EXPECT_EQ(discount(875).summary(), u"12.5% off"_s);
}

TEST_F(LabelTranslationTest, PreviewAndYesterdayAreTranslated) {
    install({{u"kefu::Labels|[商品卡片]"_s, u"[Product]"_s}, {u"kefu::ShopTime|昨天 %1"_s, u"Yesterday %1"_s}});
    EXPECT_EQ(messagePreview(MessageKind::ProductCard, u"1001"_s), u"[Product]"_s);
    const qint64 now = ShopTime::fromShanghai(QDate(2026, 11, 24), 9, 0);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 11, 23), 23, 50), now), u"Yesterday 23:50"_s);
}

}  // namespace
}  // namespace kefu
