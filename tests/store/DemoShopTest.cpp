// The demo shop a new user meets on first start: complete, consistent, live relative to "now", and deterministic.
#include "core/PhraseTemplate.h"
#include "core/RefundStatus.h"
#include "core/ShopTime.h"
#include "core/TradeStatus.h"
#include "demo/DemoShopSeeder.h"
#include "store/AfterSaleRepository.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/KnowledgeRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "store/PromotionRepository.h"
#include "store/QuickPhraseRepository.h"
#include "store/ShopRepository.h"
#include "support/TempStore.h"

#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;

qint64 demoNow() {
    return ShopTime::fromShanghai(QDate(2025, 11, 20), 15, 30, 12);
}

// Every order with its lines and parcels, and every message of every conversation, as text: two equal dumps mean
// two equal shops.
QStringList dump(Database& db) {
    QStringList lines;
    OrderRepository orders(db);
    for (const TradeStatus status : allTradeStatuses()) {
        auto list = orders.listByStatus(status, 1000);
        EXPECT_TRUE(list.ok());
        for (const Order& o : list.value()) {
            lines << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(o.tid, tradeStatusName(o.status), o.payment.toYuanString())
                         .arg(o.createdAtMs)
                         .arg(o.receiver.fullAddress(), o.sellerMemo)
                         .arg(o.customerId);
            for (const OrderItem& item : o.items) {
                lines << item.oid + u' ' + item.skuText + u' ' + item.payment.toYuanString();
            }
            for (const Shipment& s : o.shipments) {
                lines << s.company + u' ' + s.trackingNumber + u' ' + QString::number(s.events.size());
            }
        }
    }
    MessageRepository messages(db);
    auto conversationCount = ConversationRepository(db).count();
    EXPECT_TRUE(conversationCount.ok());
    for (qint64 id = 1; id <= conversationCount.value(); ++id) {
        auto history = messages.history(id, std::nullopt, 500);
        EXPECT_TRUE(history.ok());
        for (const Message& m : history.value()) {
            lines << u"%1 %2 %3 %4"_s.arg(id).arg(m.sentAtMs).arg(messageDirectionKey(m.direction), m.body);
        }
    }
    return lines;
}

class DemoShopTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_store = std::make_unique<test::TempStore>();
        auto seeded = DemoShopSeeder(s_store->db()).seed(demoNow());
        ASSERT_TRUE(seeded.ok()) << seeded.error().detail.toStdString();
        s_summary = seeded.value();
    }
    static void TearDownTestSuite() { s_store.reset(); }

    static Database& db() { return s_store->db(); }

    static QList<AfterSaleCase> allCases() {
        QList<AfterSaleCase> cases;
        AfterSaleRepository repository(db());
        for (const RefundStatus status : allRefundStatuses()) {
            auto list = repository.listByStatus(status, 1000);
            EXPECT_TRUE(list.ok());
            for (const AfterSaleCase& c : list.value()) {
                auto full = repository.find(c.id);
                EXPECT_TRUE(full.ok());
                cases << full.value();
            }
        }
        return cases;
    }

    static std::unique_ptr<test::TempStore> s_store;
    static DemoShopSummary s_summary;
};

std::unique_ptr<test::TempStore> DemoShopTest::s_store;
DemoShopSummary DemoShopTest::s_summary;

TEST_F(DemoShopTest, HasAtLeastTheAdvertisedContent) {
    const DemoShopSummary& s = s_summary;
    EXPECT_GE(s.products, 40);
    EXPECT_GE(s.skus, 300);
    EXPECT_GE(s.promotions, 3);
    EXPECT_GE(s.phrases, 60);
    EXPECT_GE(s.articles, 80);
    EXPECT_EQ(s.agents, 8);
    EXPECT_GE(s.customers, 200);
    EXPECT_GE(s.orders, 500);
    EXPECT_GE(s.shipments, 300);
    EXPECT_GE(s.afterSales, 30);
    EXPECT_GE(s.conversations, 300);
    EXPECT_GE(s.messages, 1200);

    // The summary tells what is really in the store.
    EXPECT_EQ(ProductRepository(db()).count().value(), s.products);
    EXPECT_EQ(KnowledgeRepository(db()).count().value(), s.articles);
    EXPECT_EQ(QuickPhraseRepository(db()).count().value(), s.phrases);
    EXPECT_EQ(CustomerRepository(db()).count().value(), s.customers);
    EXPECT_EQ(OrderRepository(db()).count().value(), s.orders);
    EXPECT_EQ(AfterSaleRepository(db()).count().value(), s.afterSales);
    EXPECT_EQ(ConversationRepository(db()).count().value(), s.conversations);
    EXPECT_EQ(MessageRepository(db()).count().value(), s.messages);
    EXPECT_EQ(AgentRepository(db()).list().value().size(), s.agents);
    EXPECT_EQ(PromotionRepository(db()).list().value().size(), s.promotions);
    EXPECT_EQ(ShopRepository(db()).get().value().name, u"木棉纪旗舰店"_s);
}

TEST_F(DemoShopTest, AgentsCoverEveryRole) {
    QList<AgentRole> roles;
    const auto agents = AgentRepository(db()).list();
    ASSERT_TRUE(agents.ok());
    for (const Agent& a : agents.value()) {
        roles << a.role;
        EXPECT_TRUE(a.nick.startsWith(u"木棉纪旗舰店:"_s)) << a.nick.toStdString();
    }
    EXPECT_EQ(roles.count(AgentRole::PreSale), 4);
    EXPECT_EQ(roles.count(AgentRole::AfterSale), 2);
    EXPECT_EQ(roles.count(AgentRole::Supervisor), 1);
    EXPECT_EQ(roles.count(AgentRole::Admin), 1);
}

TEST_F(DemoShopTest, EveryTradeStatusAppears) {
    OrderRepository orders(db());
    for (const TradeStatus status : allTradeStatuses()) {
        auto list = orders.listByStatus(status, 1);
        ASSERT_TRUE(list.ok());
        EXPECT_FALSE(list.value().isEmpty()) << tradeStatusName(status).toStdString();
    }
}

TEST_F(DemoShopTest, OrdersAreConsistent) {
    OrderRepository orders(db());
    int stalled = 0;
    for (const TradeStatus status : allTradeStatuses()) {
        const auto list = orders.listByStatus(status, 1000);
        ASSERT_TRUE(list.ok());
        for (const Order& o : list.value()) {
            ASSERT_FALSE(o.items.isEmpty()) << o.tid.toStdString();
            Money lines;
            for (const OrderItem& item : o.items) {
                EXPECT_TRUE(item.productId.has_value());
                EXPECT_TRUE(item.skuText.contains(u" / "_s)) << item.skuText.toStdString();
                lines += item.payment;
            }
            EXPECT_EQ((lines + o.postFee).fen(), o.payment.fen()) << o.tid.toStdString();
            EXPECT_EQ((o.totalFee - o.discountFee).fen(), lines.fen()) << o.tid.toStdString();
            EXPECT_LE(o.createdAtMs, demoNow());
            const bool shipped = status == TradeStatus::WaitBuyerConfirmGoods ||
                                 status == TradeStatus::TradeBuyerSigned || status == TradeStatus::TradeFinished ||
                                 status == TradeStatus::SellerConsignedPart;
            if (shipped) {
                ASSERT_FALSE(o.shipments.isEmpty()) << o.tid.toStdString();
                EXPECT_FALSE(o.shipments.first().events.isEmpty());
                for (const ShipmentEvent& e : o.shipments.first().events) {
                    EXPECT_LE(e.atMs, demoNow());
                }
                stalled += o.shipments.first().isStalled(demoNow()) ? 1 : 0;
            }
            if (status == TradeStatus::WaitBuyerPay || status == TradeStatus::WaitSellerSendGoods) {
                EXPECT_TRUE(o.shipments.isEmpty());
            }
        }
    }
    EXPECT_GE(stalled, 3);  // "物流怎么三天没动了" needs parcels that really stopped
}

TEST_F(DemoShopTest, EveryRefundStatusAndAfterSaleTypeAppears) {
    const QList<AfterSaleCase> cases = allCases();
    QSet<int> statuses;
    QSet<int> types;
    for (const AfterSaleCase& c : cases) {
        statuses.insert(static_cast<int>(c.status));
        types.insert(static_cast<int>(c.type));
    }
    for (const RefundStatus s : allRefundStatuses()) {
        EXPECT_TRUE(statuses.contains(static_cast<int>(s))) << refundStatusName(s).toStdString();
    }
    for (const AfterSaleType t :
         {AfterSaleType::RefundOnly, AfterSaleType::ReturnAndRefund, AfterSaleType::Exchange, AfterSaleType::Repair}) {
        EXPECT_TRUE(types.contains(static_cast<int>(t))) << afterSaleTypeKey(t).toStdString();
    }
}

TEST_F(DemoShopTest, EveryAfterSaleTimelineIsAChainOfLegalTransitions) {
    const QList<AfterSaleCase> cases = allCases();
    ASSERT_GE(cases.size(), 30);
    for (const AfterSaleCase& c : cases) {
        ASSERT_FALSE(c.timeline.isEmpty()) << c.refundId.toStdString();
        EXPECT_FALSE(c.timeline.first().fromStatus.has_value());
        EXPECT_EQ(c.timeline.first().toStatus, RefundStatus::WaitSellerAgree);
        for (int i = 1; i < c.timeline.size(); ++i) {
            const AfterSaleEvent& e = c.timeline.at(i);
            ASSERT_TRUE(e.fromStatus.has_value());
            EXPECT_EQ(*e.fromStatus, c.timeline.at(i - 1).toStatus);
            EXPECT_TRUE(RefundTransitions::isLegal(c.type, *e.fromStatus, e.toStatus))
                << c.refundId.toStdString() << " " << refundStatusName(*e.fromStatus).toStdString() << " -> "
                << refundStatusName(e.toStatus).toStdString();
            EXPECT_GE(e.atMs, c.timeline.at(i - 1).atMs);
            EXPECT_FALSE(e.actor.isEmpty());
        }
        EXPECT_EQ(c.timeline.last().toStatus, c.status);
        EXPECT_LE(c.timeline.last().atMs, demoNow());
        EXPECT_FALSE(c.reason.isEmpty());
    }
}

TEST_F(DemoShopTest, SomeBuyersAreWaitingForDifferentTimes) {
    InboxQuery query;
    query.view = InboxView::Waiting;
    query.limit = 200;
    auto page = ConversationRepository(db()).inboxPage(query);
    ASSERT_TRUE(page.ok());
    ASSERT_GE(page.value().size(), 10);
    QSet<qint64> waits;
    qint64 shortest = std::numeric_limits<qint64>::max();
    qint64 longest = 0;
    for (const InboxRow& row : page.value()) {
        ASSERT_TRUE(row.conversation.waitingSinceMs.has_value());
        const qint64 wait = demoNow() - *row.conversation.waitingSinceMs;
        EXPECT_GE(wait, 0);
        waits.insert(wait / 1000);
        shortest = std::min(shortest, wait);
        longest = std::max(longest, wait);
    }
    EXPECT_GE(waits.size(), 10);
    EXPECT_LT(shortest, kMinuteMs);      // someone just wrote
    EXPECT_GT(longest, 10 * kMinuteMs);  // and someone has been forgotten
    InboxQuery all;
    all.view = InboxView::All;
    all.limit = 500;
    const auto open = ConversationRepository(db()).inboxPage(all);
    ASSERT_TRUE(open.ok());
    EXPECT_GT(open.value().size(), page.value().size());  // some are in progress, not waiting
}

TEST_F(DemoShopTest, DialoguesCoverWhatShopStaffMeet) {
    MessageRepository messages(db());
    for (const QString& word :
         {u"掉色"_s, u"尺码"_s, u"码"_s, u"发货"_s, u"物流"_s, u"退货"_s, u"发票"_s, u"满减"_s, u"地址"_s}) {
        auto hits = messages.search(word, 5);
        ASSERT_TRUE(hits.ok());
        EXPECT_FALSE(hits.value().isEmpty()) << word.toStdString();
    }
}

TEST_F(DemoShopTest, MessagesAreFilledInAndCardsPointAtRealThings) {
    ConversationRepository conversations(db());
    MessageRepository messages(db());
    ProductRepository products(db());
    OrderRepository orders(db());
    int cards = 0;
    int emoticons = 0;
    for (qint64 id = 1; id <= conversations.count().value(); ++id) {
        const auto history = messages.history(id, std::nullopt, 500);
        ASSERT_TRUE(history.ok());
        for (const Message& m : history.value()) {
            EXPECT_FALSE(m.body.contains(u'{')) << m.body.toStdString();  // every {slot} was filled
            EXPECT_LE(m.sentAtMs, demoNow());
            if (m.kind == MessageKind::ProductCard) {
                EXPECT_TRUE(products.findByNumIid(m.body).ok()) << m.body.toStdString();
                ++cards;
            } else if (m.kind == MessageKind::OrderCard) {
                EXPECT_TRUE(orders.find(m.body).ok()) << m.body.toStdString();
                ++cards;
            }
            emoticons += m.body.contains(u"/:"_s) ? 1 : 0;
            if (m.direction == MessageDirection::Agent) {
                EXPECT_TRUE(m.agentId.has_value());
            }
        }
    }
    EXPECT_GT(cards, 50);
    EXPECT_GT(emoticons, 5);
}

TEST_F(DemoShopTest, QuickPhrasesUseOnlyKnownVariables) {
    const QStringList& known = PhraseTemplate::knownVariables();
    QuickPhraseRepository phrases(db());
    int withVariables = 0;
    QSet<QString> groups;
    const auto agents = AgentRepository(db()).list();
    ASSERT_TRUE(agents.ok());
    for (const Agent& agent : agents.value()) {
        const auto visible = phrases.listVisibleTo(agent.id);
        ASSERT_TRUE(visible.ok());
        for (const QuickPhrase& p : visible.value()) {
            groups.insert(p.groupName);
            const QStringList used = PhraseTemplate::variables(p.body);
            withVariables += used.isEmpty() ? 0 : 1;
            for (const QString& v : used) {
                EXPECT_TRUE(known.contains(v)) << v.toStdString() << " in " << p.body.toStdString();
            }
            EXPECT_FALSE(p.shortcutCode.isEmpty());
        }
    }
    EXPECT_GT(withVariables, 10);
    for (const QString& g : {u"欢迎语"_s, u"售前"_s, u"尺码"_s, u"物流"_s, u"售后"_s, u"催付"_s, u"结束语"_s}) {
        EXPECT_TRUE(groups.contains(g)) << g.toStdString();
    }
}

TEST_F(DemoShopTest, SizeChartsMakeSense) {
    ProductRepository products(db());
    int charts = 0;
    const auto page = products.listPage(std::nullopt, 200);
    ASSERT_TRUE(page.ok());
    for (const ProductHit& hit : page.value()) {
        const Product p = products.find(hit.id).value();
        EXPECT_FALSE(p.skus.isEmpty());
        EXPECT_FALSE(p.attribute(u"产地"_s).isEmpty()) << p.title.toStdString();
        if (p.sizeChart.isEmpty()) {
            continue;
        }
        ++charts;
        for (int i = 1; i < p.sizeChart.rows.size(); ++i) {
            EXPECT_GE(*p.sizeChart.rows.at(i).heightCm.min, *p.sizeChart.rows.at(i - 1).heightCm.min);
            EXPECT_GT(*p.sizeChart.rows.at(i).weightKg.max, *p.sizeChart.rows.at(i - 1).weightKg.max);
        }
        if (p.category.startsWith(u"女装"_s)) {
            // The size staff quote most: a 165 cm, 55 kg woman wears M.
            const auto m = std::find_if(p.sizeChart.rows.cbegin(), p.sizeChart.rows.cend(),
                                        [](const SizeChartRow& r) { return r.size == u"M"_s; });
            ASSERT_NE(m, p.sizeChart.rows.cend());
            EXPECT_TRUE(m->heightCm.contains(165) && m->weightKg.contains(55)) << p.title.toStdString();
        }
    }
    EXPECT_GE(charts, 30);
}

TEST_F(DemoShopTest, PromotionsAroundNowIncludeOneNotRunning) {
    PromotionRepository promotions(db());
    const int all = static_cast<int>(promotions.list().value().size());
    const int active = static_cast<int>(promotions.activeAt(demoNow()).value().size());
    EXPECT_GE(active, 3);
    EXPECT_LT(active, all);
}

TEST_F(DemoShopTest, SecondSeedIsRefusedAndChangesNothing) {
    const QStringList before = dump(db());
    auto again = DemoShopSeeder(db()).seed(demoNow() + 3600 * 1000);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(again.error().message.isEmpty());
    EXPECT_EQ(dump(db()), before);
    EXPECT_EQ(OrderRepository(db()).count().value(), s_summary.orders);
}

TEST_F(DemoShopTest, SameNowGivesTheSameShop) {
    test::TempStore other;
    auto seeded = DemoShopSeeder(other.db()).seed(demoNow());
    ASSERT_TRUE(seeded.ok()) << seeded.error().detail.toStdString();
    const QStringList first = dump(db());
    const QStringList second = dump(other.db());
    ASSERT_GT(first.size(), 2000);
    EXPECT_EQ(first, second);
}

TEST_F(DemoShopTest, TimesFollowNow) {
    test::TempStore later;
    const qint64 shift = 3LL * 24 * 3600 * 1000 + 5 * kMinuteMs;
    ASSERT_TRUE(DemoShopSeeder(later.db()).seed(demoNow() + shift).ok());
    InboxQuery query;
    query.view = InboxView::Waiting;
    query.limit = 1;
    const auto a = ConversationRepository(db()).inboxPage(query).value();
    const auto b = ConversationRepository(later.db()).inboxPage(query).value();
    ASSERT_EQ(a.size(), 1);
    ASSERT_EQ(b.size(), 1);
    // The longest wait is just as long, measured from each shop's own now.
    EXPECT_EQ(demoNow() - *a.first().conversation.waitingSinceMs,
              demoNow() + shift - *b.first().conversation.waitingSinceMs);
}

}  // namespace
}  // namespace kefu

namespace kefu {
namespace {

// Two instances starting on one new store at once: exactly one seeds, the other is refused cleanly ("already has a
// shop") rather than failing on a duplicate row, and the store holds one shop.
TEST(DemoShopRaceTest, TwoConnectionsSeedingOneNewStoreLoadItOnce) {
    test::TempStore store;
    const QString path = store.path();
    std::array<std::optional<Error>, 2> errors;
    std::array<bool, 2> succeeded = {false, false};
    auto seedFrom = [&](int i) {
        auto db = Database::open(path, u"demo-race-%1"_s.arg(i));
        ASSERT_TRUE(db.ok());
        auto seeded = DemoShopSeeder(**db).seed(demoNow());
        succeeded[i] = seeded.ok();
        if (!seeded.ok()) {
            errors[i] = seeded.error();
        }
    };
    std::thread first(seedFrom, 0);
    std::thread second(seedFrom, 1);
    first.join();
    second.join();
    EXPECT_NE(succeeded[0], succeeded[1]);
    for (const auto& error : errors) {
        if (error) {
            EXPECT_EQ(error->code, ErrorCode::InvalidInput) << error->detail.toStdString();
        }
    }
    EXPECT_EQ(CustomerRepository(store.db()).count().value(), 200);
}

}  // namespace
}  // namespace kefu
