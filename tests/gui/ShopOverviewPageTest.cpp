#include "core/ManualClock.h"
#include "core/ShopTime.h"
#include "demo/DemoShopSeeder.h"
#include "gui/overview/ShopOverviewPage.h"
#include "gui/overview/WaitingConversationsModel.h"
#include "store/AfterSaleRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "store/ShopRepository.h"
#include "support/TempStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

constexpr qint64 kMinute = 60 * 1000;
const qint64 kNow = ShopTime::fromShanghai(QDate(2026, 11, 23), 14, 30);

// A small shop built by hand, so every number the overview shows is known exactly.
class ShopOverviewPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(ShopRepository(db()).save(Shop{u"优衣坊旗舰店"_s, u"tmall"_s, u"优衣坊官方"_s}).ok());
        addProduct(u"100001"_s, u"纯棉圆领短袖T恤"_s);
        addProduct(u"100002"_s, u"高腰阔腿牛仔裤"_s);
        m_alice = addCustomer(u"爱吃橘子的猫"_s);
        m_bob = addCustomer(u"tb_bob2026"_s);
        m_carol = addCustomer(u"小葵花妈妈"_s);
        addCustomer(u"只逛不买"_s);

        addOrder(u"3901000000000000001"_s, m_alice, TradeStatus::WaitBuyerPay);
        addOrder(u"3901000000000000002"_s, m_alice, TradeStatus::WaitSellerSendGoods);
        addOrder(u"3901000000000000003"_s, m_bob, TradeStatus::WaitSellerSendGoods);
        addOrder(u"3901000000000000004"_s, m_bob, TradeStatus::SellerConsignedPart);
        addOrder(u"3901000000000000005"_s, m_carol, TradeStatus::WaitBuyerConfirmGoods);
        addOrder(u"3901000000000000006"_s, m_carol, TradeStatus::TradeFinished);
        addOrder(u"3901000000000000007"_s, m_carol, TradeStatus::TradeClosed);

        addCase(u"200001"_s, u"3901000000000000005"_s, m_carol, RefundStatus::WaitSellerAgree);
        addCase(u"200002"_s, u"3901000000000000006"_s, m_carol, RefundStatus::WaitBuyerReturnGoods);
        addCase(u"200003"_s, u"3901000000000000007"_s, m_carol, RefundStatus::Success);

        addConversation(m_bob, ConversationStatus::Waiting, kNow - 2 * kMinute, u"M码还有货吗"_s);
        addConversation(m_alice, ConversationStatus::Waiting, kNow - 12 * kMinute, u"什么时候发货？等着穿"_s);
        addConversation(m_carol, ConversationStatus::Waiting, kNow - 30 * 1000, u"退款申请了，麻烦同意一下"_s);
        addConversation(m_alice, ConversationStatus::InProgress, std::nullopt, u"好的谢谢"_s);
        addConversation(m_bob, ConversationStatus::Closed, std::nullopt, u"已收到，很满意"_s);
    }

    Database& db() { return m_store.db(); }

    void addProduct(const QString& numIid, const QString& title) {
        Product p;
        p.numIid = numIid;
        p.title = title;
        p.price = Money::fromYuan(99);
        ASSERT_TRUE(ProductRepository(db()).add(p).ok());
    }

    qint64 addCustomer(const QString& nick) {
        Customer c;
        c.buyerNick = nick;
        c.createdAtMs = kNow - 30 * 24 * 60 * kMinute;
        Result<qint64> id = CustomerRepository(db()).add(c);
        EXPECT_TRUE(id.ok()) << id.error().detail.toStdString();
        return id.ok() ? id.value() : 0;
    }

    void addOrder(const QString& tid, qint64 customerId, TradeStatus status) {
        Order o;
        o.tid = tid;
        o.customerId = customerId;
        o.status = status;
        OrderItem item;
        item.oid = tid + u"1"_s;
        item.title = u"纯棉圆领短袖T恤"_s;
        item.price = item.payment = Money::fromYuan(99);
        o.items = {item};
        o.totalFee = o.payment = Money::fromYuan(99);
        o.createdAtMs = kNow - 3 * 24 * 60 * kMinute;
        const Status added = OrderRepository(db()).add(o);
        ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    }

    void addCase(const QString& refundId, const QString& tid, qint64 customerId, RefundStatus status) {
        AfterSaleCase c;
        c.refundId = refundId;
        c.tid = tid;
        c.customerId = customerId;
        c.type = AfterSaleType::ReturnAndRefund;
        c.reason = u"尺码不合适"_s;
        c.amount = Money::fromYuan(99);
        c.status = status;
        c.createdAtMs = kNow - 24 * 60 * kMinute;
        Result<qint64> id = AfterSaleRepository(db()).create(c, u"系统"_s);
        ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    }

    qint64 addConversation(qint64 customerId, ConversationStatus status, std::optional<qint64> waitingSince,
                           const QString& preview) {
        Conversation c;
        c.customerId = customerId;
        c.status = status;
        c.openedAtMs = waitingSince.value_or(kNow - 60 * kMinute);
        c.waitingSinceMs = waitingSince;
        c.lastBuyerMessageAtMs = waitingSince;
        c.lastMessagePreview = preview;
        c.lastMessageAtMs = waitingSince.value_or(kNow - 50 * kMinute);
        c.unreadCount = waitingSince ? 1 : 0;
        if (status == ConversationStatus::Closed) {
            c.closedAtMs = kNow - 40 * kMinute;
        }
        Result<qint64> id = ConversationRepository(db()).create(c);
        EXPECT_TRUE(id.ok()) << id.error().detail.toStdString();
        return id.ok() ? id.value() : 0;
    }

    QString cardValue(const ShopOverviewPage& window, const QString& key) {
        auto* label = window.findChild<QLabel*>(key + u"Value"_s);
        return label ? label->text() : u"<no card "_s + key + u'>';
    }

    static QTreeView* waitingList(const ShopOverviewPage& window) {
        return window.findChild<QTreeView*>(u"waitingList"_s);
    }

    test::TempStore m_store;
    ManualClock m_clock{kNow};
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    qint64 m_carol = 0;
};

TEST_F(ShopOverviewPageTest, TitleNamesTheShop) {
    ShopOverviewPage window(db(), m_clock);
    EXPECT_EQ(window.findChild<QLabel*>(u"shopName"_s)->text(), u"优衣坊旗舰店"_s);
    EXPECT_EQ(window.findChild<QLabel*>(u"shopPlatform"_s)->text(), u"天猫"_s);
}

TEST_F(ShopOverviewPageTest, OverviewShowsTheStoreCounts) {
    ShopOverviewPage window(db(), m_clock);
    EXPECT_EQ(cardValue(window, u"products"_s), u"2"_s);
    EXPECT_EQ(cardValue(window, u"customers"_s), u"4"_s);
    EXPECT_EQ(cardValue(window, u"orders"_s), u"7"_s);
    EXPECT_EQ(cardValue(window, u"ordersAwaitingPayment"_s), u"1"_s);
    EXPECT_EQ(cardValue(window, u"ordersToShip"_s), u"3"_s);  // incl. the partly shipped one
    EXPECT_EQ(cardValue(window, u"ordersShipped"_s), u"1"_s);
    EXPECT_EQ(cardValue(window, u"ordersCompleted"_s), u"1"_s);
    EXPECT_EQ(cardValue(window, u"ordersClosed"_s), u"1"_s);
    EXPECT_EQ(cardValue(window, u"waiting"_s), u"3"_s);
    EXPECT_EQ(cardValue(window, u"inProgress"_s), u"1"_s);
    EXPECT_EQ(cardValue(window, u"afterSales"_s), u"2"_s);  // the refunded case is done
    EXPECT_EQ(window.findChild<QLabel*>(u"waitingCaption"_s)->text(), u"最久已等待 12 分钟"_s);
}

TEST_F(ShopOverviewPageTest, WaitingListShowsTheWaitingConversationsLongestFirst) {
    ShopOverviewPage window(db(), m_clock);
    QTreeView* view = waitingList(window);
    ASSERT_NE(view, nullptr);
    QAbstractItemModel* model = view->model();
    ASSERT_EQ(model->rowCount(), 3);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, WaitingConversationsModel::BuyerColumn), u"爱吃橘子的猫"_s);
    EXPECT_EQ(cell(0, WaitingConversationsModel::PreviewColumn), u"什么时候发货？等着穿"_s);
    EXPECT_EQ(cell(0, WaitingConversationsModel::WaitingColumn), u"12 分钟"_s);
    EXPECT_EQ(cell(0, WaitingConversationsModel::ChannelColumn), u"天猫"_s);
    EXPECT_EQ(cell(1, WaitingConversationsModel::BuyerColumn), u"tb_bob2026"_s);
    EXPECT_EQ(cell(1, WaitingConversationsModel::WaitingColumn), u"2 分钟"_s);
    EXPECT_EQ(cell(2, WaitingConversationsModel::BuyerColumn), u"小葵花妈妈"_s);
    EXPECT_EQ(cell(2, WaitingConversationsModel::WaitingColumn), u"30 秒"_s);
    EXPECT_EQ(window.findChild<QLabel*>(u"waitingHeading"_s)->text(), u"待回复会话（3）"_s);
}

TEST_F(ShopOverviewPageTest, WaitingTimesFollowTheClock) {
    ShopOverviewPage window(db(), m_clock);
    QAbstractItemModel* model = waitingList(window)->model();
    m_clock.advance(60 * kMinute);
    static_cast<WaitingConversationsModel*>(model)->refreshWaitTimes();
    EXPECT_EQ(model->index(0, WaitingConversationsModel::WaitingColumn).data().toString(), u"1 小时 12 分"_s);
}

TEST_F(ShopOverviewPageTest, RefreshPicksUpNewWaitingConversations) {
    ShopOverviewPage window(db(), m_clock);
    addConversation(m_carol, ConversationStatus::Waiting, kNow - 20 * kMinute, u"在吗？"_s);
    window.refresh();
    EXPECT_EQ(cardValue(window, u"waiting"_s), u"4"_s);
    QAbstractItemModel* model = waitingList(window)->model();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->index(0, WaitingConversationsModel::PreviewColumn).data().toString(), u"在吗？"_s);
}

TEST_F(ShopOverviewPageTest, WaitingModelIsConsistent) {
    ConversationRepository conversations(db());
    WaitingConversationsModel model(conversations, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    EXPECT_EQ(model.rowCount(), 3);
    model.refreshWaitTimes();
}

TEST_F(ShopOverviewPageTest, WaitingListFetchesFurtherPagesInOrder) {
    const int extra = WaitingConversationsModel::kPageSize + 20;
    for (int i = 0; i < extra; ++i) {
        addConversation(m_bob, ConversationStatus::Waiting, kNow - (20 * kMinute + i * 1000), u"第 %1 位"_s.arg(i));
    }
    ConversationRepository conversations(db());
    WaitingConversationsModel model(conversations, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    // The tester itself fetches more while checking, so page through until nothing is left.
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    ASSERT_EQ(model.rowCount(), extra + 3);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 waited = model.index(row, 0).data(WaitingConversationsModel::WaitingMsRole).toLongLong();
        EXPECT_LE(waited, previous) << "row " << row;
        previous = waited;
    }
    EXPECT_EQ(model.index(0, WaitingConversationsModel::PreviewColumn).data().toString(), u"第 %1 位"_s.arg(extra - 1));
}

TEST(ShopOverviewPageEmptyQueueTest, ShowsAPlaceholderWhenNobodyWaits) {
    test::TempStore store;
    ASSERT_TRUE(ShopRepository(store.db()).save(Shop{u"木棉纪"_s, u"taobao"_s, u"木棉纪"_s}).ok());
    ManualClock clock(kNow);
    ShopOverviewPage window(store.db(), clock);
    EXPECT_EQ(window.findChild<QLabel*>(u"shopPlatform"_s)->text(), u"淘宝"_s);
    auto* stacked = qobject_cast<QStackedWidget*>(window.findChild<QTreeView*>(u"waitingList"_s)->parentWidget());
    ASSERT_NE(stacked, nullptr);
    EXPECT_EQ(stacked->currentWidget()->objectName(), u"waitingEmpty"_s);
    EXPECT_EQ(window.findChild<QLabel*>(u"waitingCaption"_s)->text(), u"暂无买家等待"_s);
}

TEST(ShopOverviewPageStoreErrorTest, AStoreWithoutShopShowsTheErrorInPlace) {
    test::TempStore store;
    ManualClock clock(kNow);
    ShopOverviewPage window(store.db(), clock);
    auto* bar = window.findChild<QLabel*>(u"errorBar"_s);
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isHidden());
    EXPECT_TRUE(bar->text().startsWith(u"无法读取店铺数据"_s)) << bar->text().toStdString();
}

// The real demo shop, as a new user first sees it.
TEST(ShopOverviewPageDemoShopTest, ShowsTheSeededDemoShop) {
    test::TempStore store;
    ManualClock clock(kNow);
    Result<DemoShopSummary> summary = DemoShopSeeder(store.db()).seed(kNow);
    ASSERT_TRUE(summary.ok()) << summary.error().detail.toStdString();
    Result<Shop> shop = ShopRepository(store.db()).get();
    ASSERT_TRUE(shop.ok());
    Result<int> waiting = ConversationRepository(store.db()).countWaiting();
    ASSERT_TRUE(waiting.ok());
    ASSERT_GT(waiting.value(), 0);

    ShopOverviewPage window(store.db(), clock);
    EXPECT_EQ(window.findChild<QLabel*>(u"shopName"_s)->text(), shop->name);
    const auto value = [&window](const QString& key) {
        return window.findChild<QLabel*>(key + u"Value"_s)->text().toInt();
    };
    EXPECT_EQ(value(u"products"_s), summary->products);
    EXPECT_EQ(value(u"customers"_s), summary->customers);
    EXPECT_EQ(value(u"orders"_s), summary->orders);
    EXPECT_EQ(value(u"waiting"_s), waiting.value());
    EXPECT_EQ(value(u"ordersAwaitingPayment"_s) + value(u"ordersToShip"_s) + value(u"ordersShipped"_s) +
                  value(u"ordersCompleted"_s) + value(u"ordersClosed"_s),
              summary->orders);
    QAbstractItemModel* model = window.findChild<QTreeView*>(u"waitingList"_s)->model();
    EXPECT_EQ(model->rowCount(), std::min(waiting.value(), WaitingConversationsModel::kPageSize));
}

}  // namespace
}  // namespace kefu
