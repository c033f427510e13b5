#include "LiveWorkbench.h"
#include "TypeText.h"
#include "gui/chat/ComposeEdit.h"
#include "gui/chat/ConversationPanel.h"
#include "gui/chat/MessageListModel.h"
#include "gui/chat/MessageView.h"
#include "gui/customer/CustomerSidePanel.h"
#include "gui/inbox/InboxModel.h"
#include "gui/live/ChannelStatusLabel.h"
#include "store/AfterSaleRepository.h"
#include "store/AgentRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"

#include <QLabel>
#include <QSignalSpy>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class LiveWorkbenchTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_live.connect();
        ASSERT_TRUE(m_live.waitUntilLive());
    }

    MainWindow& window() { return m_live.window(); }
    GatewaySimulator& sim() { return m_live.sim(); }
    ComposeEdit* compose() { return window().findChild<ComposeEdit*>(u"composeEdit"_s); }
    MessageView* messageView() { return window().findChild<MessageView*>(u"messageView"_s); }
    MessageListModel* messages() { return static_cast<MessageListModel*>(messageView()->model()); }

    // A buyer the simulator brings in, stored and opened in the chat window.
    qint64 openBuyer(const QString& buyerNick, const QString& firstWords) {
        const QString gatewayId = sim().openConversation(buyerNick);
        sim().buyerSays(gatewayId, firstWords);
        const auto id = m_live.storedConversation(gatewayId);
        EXPECT_TRUE(id.has_value());
        m_gatewayIds.insert(id.value_or(0), gatewayId);
        Q_EMIT m_live.bench().events().conversationSelected(id.value_or(0));
        return id.value_or(0);
    }
    void reply(const QString& text) {
        compose()->setFocus();
        test::commitText(compose(), text);
        QTest::keyClick(compose(), Qt::Key_Return);
    }
    Message lastReply(qint64 conversationId) {
        auto page = MessageRepository(m_live.bench().db()).history(conversationId, {}, 50);
        EXPECT_TRUE(page.ok() && !page->isEmpty());
        return page && !page->isEmpty() ? page->last() : Message{};
    }
    QString nickOf(qint64 customerId) {
        auto customer = CustomerRepository(m_live.bench().db()).find(customerId);
        EXPECT_TRUE(customer.ok());
        return customer ? customer->buyerNick : QString();
    }
    // The status chip of the side panel card whose `idLabel` reads `idText`.
    QLabel* chipBeside(const QString& idLabel, const QString& idText, const QString& chip) {
        for (QLabel* label : window().customerPanel()->findChildren<QLabel*>(idLabel)) {
            if (label->text() == idText && label->isVisible()) {
                return label->parentWidget()->findChild<QLabel*>(chip);
            }
        }
        return nullptr;
    }

    test::LiveWorkbench m_live;
    QHash<qint64, QString> m_gatewayIds;
};

TEST_F(LiveWorkbenchTest, BuyerMessageAppearsInTheInboxWithoutAClick) {
    auto* status = window().channelStatusLabel();
    EXPECT_TRUE(status->statusText().contains(u"已连接"_s)) << status->statusText().toStdString();
    EXPECT_TRUE(status->isVisible());
    QSignalSpy alerted(window().inboxPanel()->alert(), &NewMessageAlert::raised);

    const QString gatewayId = sim().openConversation(u"小鱼儿爱吃鱼"_s);
    sim().buyerSays(gatewayId, u"在吗？这件有S码吗"_s);

    const auto id = m_live.storedConversation(gatewayId);
    ASSERT_TRUE(id.has_value());
    InboxModel* inbox = window().inboxPanel()->model();
    ASSERT_TRUE(test::waitUntil([&] {
        const int row = inbox->rowOf(*id);
        return row >= 0 && inbox->rowAt(row).conversation.lastMessagePreview == u"在吗？这件有S码吗"_s;
    }));
    EXPECT_EQ(inbox->rowAt(inbox->rowOf(*id)).buyerNick, u"小鱼儿爱吃鱼"_s);
    EXPECT_EQ(window().inboxPanel()->currentConversationId(), 0);  // nobody clicked
    ASSERT_TRUE(test::waitUntil([&] { return alerted.count() > 0; }));
    EXPECT_EQ(alerted.first().at(2).toString(), u"小鱼儿爱吃鱼"_s);
}

TEST_F(LiveWorkbenchTest, ReplyReachesTheBuyerOnceAndItsBubbleTurnsSent) {
    const qint64 id = openBuyer(u"小鱼儿爱吃鱼"_s, u"在吗"_s);
    reply(u"亲，在的，S码有货"_s);

    const Message queued = lastReply(id);
    ASSERT_EQ(queued.body, u"亲，在的，S码有货"_s);
    ASSERT_TRUE(test::waitUntil([&] { return lastReply(id).status == MessageStatus::Sent; }))
        << messageStatusKey(lastReply(id).status).toStdString() << " " << lastReply(id).failureReason.toStdString()
        << " replies at the simulator: " << sim().record().replies().size();
    const QString clientId = queued.clientMessageId;
    EXPECT_EQ(sim().record().deliveries(clientId), 1);
    EXPECT_EQ(sim().record().reply(clientId).body, u"亲，在的，S码有货"_s);
    EXPECT_EQ(sim().record().replies().size(), 1);
    const int row = messages()->rowOf(queued.id);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(
        test::waitUntil([&] { return messages()->index(row, 0).data(Qt::ToolTipRole).toString() == u"已发送"_s; }));
    // Reading the conversation told the gateway too.
    EXPECT_TRUE(test::waitUntil([&] { return !sim().record().reads().isEmpty(); }));
}

TEST_F(LiveWorkbenchTest, ForbiddenWordFailsWithThePlatformsReasonAndOffersResend) {
    const qint64 id = openBuyer(u"糖糖不吃糖"_s, u"能便宜点吗"_s);
    reply(u"加微信给您优惠"_s);

    ASSERT_TRUE(test::waitUntil([&] { return lastReply(id).status == MessageStatus::Failed; }));
    const Message failed = lastReply(id);
    EXPECT_EQ(failed.failureReason, u"消息包含违禁词"_s);
    const int row = messages()->rowOf(failed.id);
    ASSERT_GE(row, 0);
    const QModelIndex index = messages()->index(row, 0);
    ASSERT_TRUE(test::waitUntil(
        [&] { return index.data(MessageListModel::StatusRole).toInt() == static_cast<int>(MessageStatus::Failed); }));
    EXPECT_EQ(index.data(MessageListModel::FailureReasonRole).toString(), u"消息包含违禁词"_s);
    EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(u"消息包含违禁词"_s));

    // 重发 (Ctrl+R on the bubble) sends it again under a new client id; the platform refuses it again.
    messageView()->setCurrentIndex(index);
    QTest::keyClick(messageView(), Qt::Key_R, Qt::ControlModifier);
    const Message retried = lastReply(id);
    EXPECT_EQ(retried.id, failed.id);
    EXPECT_NE(retried.clientMessageId, failed.clientMessageId);
    ASSERT_TRUE(test::waitUntil([&] { return sim().record().replies().size() == 2; }));
    ASSERT_TRUE(test::waitUntil([&] { return lastReply(id).status == MessageStatus::Failed; }));
    EXPECT_EQ(sim().record().deliveries(failed.clientMessageId), 0);
}

TEST_F(LiveWorkbenchTest, CloseTransferAndHangUpReachTheGateway) {
    const qint64 first = openBuyer(u"小鱼儿爱吃鱼"_s, u"好的谢谢"_s);
    window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
    QTest::keyClick(&window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);  // 结束会话
    ASSERT_EQ(ConversationRepository(m_live.bench().db()).find(first)->status, ConversationStatus::Closed);
    ASSERT_TRUE(test::waitUntil([&] { return !sim().record().closes().isEmpty(); }));
    EXPECT_EQ(sim().record().closes().first().conversationId, m_gatewayIds.value(first));

    const qint64 second = openBuyer(u"糖糖不吃糖"_s, u"售后找谁"_s);
    auto colleagues = AgentRepository(m_live.bench().db()).list();
    ASSERT_TRUE(colleagues.ok());
    const auto colleague = std::find_if(colleagues->cbegin(), colleagues->cend(),
                                        [&](const Agent& a) { return a.role == AgentRole::AfterSale; });
    ASSERT_NE(colleague, colleagues->cend());
    ASSERT_TRUE(window().conversationPanel()->transferTo(colleague->id, u"售后问题"_s).ok());
    ASSERT_TRUE(test::waitUntil([&] { return !sim().record().transfers().isEmpty(); }));
    EXPECT_EQ(sim().record().transfers().first().conversationId, m_gatewayIds.value(second));
    EXPECT_EQ(sim().record().transfers().first().toAgentNick, colleague->nick);
    EXPECT_EQ(sim().record().transfers().first().reason, u"售后问题"_s);

    Q_EMIT m_live.bench().events().agentStatusChangeRequested(AgentStatus::Away);  // 挂起
    ASSERT_TRUE(test::waitUntil([&] { return sim().presenceOf(m_live.agentNick()) == AgentStatus::Away; }));
}

TEST_F(LiveWorkbenchTest, ReplyWrittenOfflineWaitsAndGoesOutOnceAGatewayIsConfigured) {
    const qint64 id = openBuyer(u"小鱼儿爱吃鱼"_s, u"在吗"_s);
    window().liveChannel()->start(QString(), QString());  // 设置 → 网关 emptied: offline mode
    auto* status = window().channelStatusLabel();
    EXPECT_TRUE(status->statusText().contains(u"离线模式"_s));

    reply(u"亲，在的"_s);
    const Message queued = lastReply(id);
    ASSERT_EQ(queued.body, u"亲，在的"_s);
    EXPECT_EQ(queued.status, MessageStatus::Queued);
    EXPECT_TRUE(status->statusText().contains(u"1 条待发送"_s)) << status->statusText().toStdString();
    QTest::qWait(300);
    EXPECT_TRUE(sim().record().replies().isEmpty());

    m_live.connect();
    ASSERT_TRUE(test::waitUntil([&] { return lastReply(id).status == MessageStatus::Sent; }));
    EXPECT_EQ(sim().record().deliveries(queued.clientMessageId), 1);
}

TEST_F(LiveWorkbenchTest, OrderUpdateFromTheGatewayShowsInTheOrdersTab) {
    auto paid = OrderRepository(m_live.bench().db()).listByStatus(TradeStatus::WaitSellerSendGoods, 1);
    ASSERT_TRUE(paid.ok() && !paid->isEmpty());
    const qint64 customerId = paid->first().customerId;
    auto latest = OrderRepository(m_live.bench().db()).listForCustomer(customerId, 1);
    ASSERT_TRUE(latest.ok() && !latest->isEmpty());
    const Order order = latest->first();
    const TradeStatus next = order.status == TradeStatus::WaitBuyerConfirmGoods ? TradeStatus::TradeFinished
                                                                                : TradeStatus::WaitBuyerConfirmGoods;

    const qint64 id = openBuyer(nickOf(customerId), u"发货了吗"_s);
    ASSERT_NE(id, 0);
    window().customerPanel()->showTab(1);
    ASSERT_TRUE(test::waitUntil([&] { return chipBeside(u"orderTid"_s, order.tid, u"orderStatus"_s); }));
    EXPECT_EQ(chipBeside(u"orderTid"_s, order.tid, u"orderStatus"_s)->toolTip(), tradeStatusLabel(order.status));

    sim().orderUpdated(m_gatewayIds.value(id), order.tid, next, order.payment);
    ASSERT_TRUE(test::waitUntil([&] {
        QLabel* chip = chipBeside(u"orderTid"_s, order.tid, u"orderStatus"_s);
        return chip && chip->toolTip() == tradeStatusLabel(next);
    })) << "the 订单 tab still shows "
        << tradeStatusLabel(order.status).toStdString();
}

TEST_F(LiveWorkbenchTest, RefundUpdateFromTheGatewayShowsInTheAfterSalesTab) {
    auto open = AfterSaleRepository(m_live.bench().db()).listByStatus(RefundStatus::WaitSellerAgree, 1);
    ASSERT_TRUE(open.ok() && !open->isEmpty());
    const AfterSaleCase c = open->first();

    const qint64 id = openBuyer(nickOf(c.customerId), u"退款怎么还没处理"_s);
    ASSERT_NE(id, 0);
    window().customerPanel()->showTab(2);
    const QString refundText = u"退款编号 %1"_s.arg(c.refundId);
    ASSERT_TRUE(test::waitUntil([&] { return chipBeside(u"afterSaleRefundId"_s, refundText, u"afterSaleStatus"_s); }));

    RefundUpdatedFrame refund;
    refund.refundId = c.refundId;
    refund.tid = c.tid;
    refund.oid = c.oid;
    refund.type = c.type;
    refund.status = RefundStatus::WaitBuyerReturnGoods;
    refund.refundFee = c.amount;
    refund.reason = c.reason;
    sim().refundUpdated(m_gatewayIds.value(id), refund);
    ASSERT_TRUE(test::waitUntil([&] {
        QLabel* chip = chipBeside(u"afterSaleRefundId"_s, refundText, u"afterSaleStatus"_s);
        return chip && chip->toolTip() == refundStatusLabel(RefundStatus::WaitBuyerReturnGoods);
    })) << "the 售后 tab did not follow refund.updated";
}

}  // namespace
}  // namespace kefu
