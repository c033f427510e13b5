#include "ApplierFixture.h"

#include "store/AfterSaleRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"

namespace kefu::test {
namespace {

class InboundApplierEffectsTest : public ApplierFixture {
protected:
    // A queued reply in gateway conversation conv-1, as the chat view's 发送 leaves it.
    qint64 enqueueReply(const QString& body = u"亲，今天下单明天发货哦~"_s) {
        applyOk({opened(++seq, u"conv-1"_s), created(++seq, u"conv-1"_s, u"gw:q"_s)});
        Message m;
        m.conversationId = conversationOf(u"conv-1"_s);
        m.body = body;
        m.sentAtMs = kT0 + 100;
        m.agentId = agentId;
        auto r = outbox.enqueueReply(m);
        EXPECT_TRUE(isOk(r));
        return r.ok() ? r->id : 0;
    }
    Message message(qint64 id) {
        auto m = messages.find(id);
        EXPECT_TRUE(isOk(m));
        return m.ok() ? *m : Message{};
    }
    OrderUpdatedFrame orderFrame(qint64 s, TradeStatus status, qint64 modifiedAtMs, const QString& payment) {
        return OrderUpdatedFrame{
            {}, s, u"3901234567890123456"_s, u"小鱼儿_88"_s, status, *Money::parse(payment), modifiedAtMs};
    }
    RefundUpdatedFrame refundFrame(qint64 s, RefundStatus status, qint64 modifiedAtMs) {
        return RefundUpdatedFrame{{},
                                  s,
                                  u"201234567890"_s,
                                  u"3901234567890123456"_s,
                                  u"3901234567890123457"_s,
                                  u"小鱼儿_88"_s,
                                  AfterSaleType::ReturnAndRefund,
                                  status,
                                  Money::fromFen(12345),
                                  u"尺码不合适"_s,
                                  modifiedAtMs};
    }

    MessageRepository messages{store.db()};
    OutboxRepository outbox{store.db()};
    qint64 seq = 0;
};

TEST_F(InboundApplierEffectsTest, SentAckStoresGatewayIdAndEmptiesTheOutbox) {
    const qint64 id = enqueueReply();
    auto pending = outbox.pending();
    ASSERT_TRUE(isOk(pending));
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().gatewayConversationId, u"conv-1"_s);
    EXPECT_EQ(pending->first().body, u"亲，今天下单明天发货哦~"_s);
    const QString clientId = pending->first().clientMessageId;
    EXPECT_EQ(message(id).clientMessageId, clientId);

    const AppliedBatch batch = applyOk({acked(++seq, clientId, MessageStatus::Sent, u"gw:msg.3"_s)});
    EXPECT_EQ(batch.applied, 1);
    EXPECT_EQ(batch.ackedMessageIds, QList<qint64>{id});
    const Message sent = message(id);
    EXPECT_EQ(sent.status, MessageStatus::Sent);
    EXPECT_EQ(sent.gatewayMessageId, u"gw:msg.3"_s);
    EXPECT_EQ(sent.sentAtMs, kT0 + seq);
    EXPECT_EQ(*outbox.count(), 0);

    applyOk({acked(++seq, clientId, MessageStatus::Delivered, u"gw:msg.3"_s)});
    EXPECT_EQ(message(id).status, MessageStatus::Delivered);
    applyOk({acked(++seq, clientId, MessageStatus::Sent, u"gw:msg.3"_s)});  // late: never back to Sent
    EXPECT_EQ(message(id).status, MessageStatus::Delivered);
}

TEST_F(InboundApplierEffectsTest, FailedAckStoresTheReasonAndRetryQueuesANewClientId) {
    const qint64 id = enqueueReply(u"加微信领券"_s);
    const QString clientId = message(id).clientMessageId;
    applyOk({acked(++seq, clientId, MessageStatus::Failed, {}, u"消息包含违禁词"_s)});
    Message failed = message(id);
    EXPECT_EQ(failed.status, MessageStatus::Failed);
    EXPECT_EQ(failed.failureReason, u"消息包含违禁词"_s);
    EXPECT_EQ(*outbox.count(), 0);

    ASSERT_TRUE(isOk(outbox.retryReply(id, kT0 + 500)));
    const Message queued = message(id);
    EXPECT_EQ(queued.status, MessageStatus::Queued);
    EXPECT_NE(queued.clientMessageId, clientId);
    EXPECT_TRUE(queued.failureReason.isEmpty());
    auto pending = outbox.pending();
    ASSERT_TRUE(isOk(pending));
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().clientMessageId, queued.clientMessageId);

    // The old id's result repeated by the gateway names no stored reply any more: rejected, status untouched.
    const AppliedBatch stale = applyOk({acked(++seq, clientId, MessageStatus::Failed, {}, u"消息包含违禁词"_s)});
    EXPECT_EQ(stale.rejected, 1);
    EXPECT_EQ(message(id).status, MessageStatus::Queued);
}

TEST_F(InboundApplierEffectsTest, OrderUpdatedCreatesThenAdvancesTheTradeAndIgnoresLateOnes) {
    AppliedBatch batch = applyOk({orderFrame(1, TradeStatus::WaitBuyerPay, kT0, u"299.00"_s)});
    EXPECT_EQ(batch.applied, 1);
    OrderRepository orders(store.db());
    auto order = orders.find(u"3901234567890123456"_s);
    ASSERT_TRUE(isOk(order));
    EXPECT_EQ(order->status, TradeStatus::WaitBuyerPay);
    EXPECT_EQ(order->payment, Money::fromFen(29900));
    const qint64 customerId = order->customerId;
    EXPECT_TRUE(batch.customerIds.contains(customerId));
    EXPECT_EQ(CustomerRepository(store.db()).find(customerId)->buyerNick, u"小鱼儿_88"_s);

    batch = applyOk({orderFrame(2, TradeStatus::WaitSellerSendGoods, kT0 + 10, u"289.00"_s),
                     orderFrame(3, TradeStatus::WaitBuyerPay, kT0 + 5, u"299.00"_s)});
    EXPECT_EQ(batch.applied, 2);
    order = orders.find(u"3901234567890123456"_s);
    ASSERT_TRUE(isOk(order));
    EXPECT_EQ(order->status, TradeStatus::WaitSellerSendGoods);
    EXPECT_EQ(order->payment, Money::fromFen(28900));
    EXPECT_EQ(order->paidAtMs, kT0 + 10);
    EXPECT_EQ(*orders.count(), 1);
}

TEST_F(InboundApplierEffectsTest, RefundUpdatedCreatesTheCaseThenRecordsThePlatformsTransitions) {
    applyOk({orderFrame(1, TradeStatus::WaitBuyerConfirmGoods, kT0, u"299.00"_s),
             refundFrame(2, RefundStatus::WaitSellerAgree, kT0 + 1)});
    AfterSaleRepository cases(store.db());
    auto c = cases.findByRefundId(u"201234567890"_s);
    ASSERT_TRUE(isOk(c));
    EXPECT_EQ(c->status, RefundStatus::WaitSellerAgree);
    EXPECT_EQ(c->amount, Money::fromFen(12345));
    EXPECT_EQ(c->reason, u"尺码不合适"_s);

    const AppliedBatch batch = applyOk({refundFrame(3, RefundStatus::WaitBuyerReturnGoods, kT0 + 2),
                                        refundFrame(4, RefundStatus::WaitSellerAgree, kT0 + 1)});  // late
    EXPECT_TRUE(batch.customerIds.contains(c->customerId));
    c = cases.find(c->id);
    ASSERT_TRUE(isOk(c));
    EXPECT_EQ(c->status, RefundStatus::WaitBuyerReturnGoods);
    ASSERT_EQ(c->timeline.size(), 2);
    EXPECT_EQ(c->timeline[1].fromStatus, RefundStatus::WaitSellerAgree);
    EXPECT_EQ(c->timeline[1].toStatus, RefundStatus::WaitBuyerReturnGoods);
    EXPECT_EQ(c->timeline[1].actor, AfterSaleRepository::kPlatformActor);
}

TEST_F(InboundApplierEffectsTest, RefundForAnUnknownTradeIsRejected) {
    const AppliedBatch batch = applyOk({refundFrame(1, RefundStatus::WaitSellerAgree, kT0)});
    EXPECT_EQ(batch.rejected, 1);
    EXPECT_EQ(batch.lastSeq, 1);
    EXPECT_EQ(*AfterSaleRepository(store.db()).count(), 0);
}

TEST_F(InboundApplierEffectsTest, ConversationTransferredAssignsTheAgentAndLeavesANotice) {
    applyOk({opened(1, u"conv-1"_s)});
    const qint64 id = conversationOf(u"conv-1"_s);
    const AppliedBatch batch =
        applyOk({ConversationTransferredFrame{{}, 2, u"conv-1"_s, kSupervisor, kStream, u"买家要求退款"_s, kT0 + 9}});
    EXPECT_TRUE(batch.conversationIds.contains(id));
    EXPECT_EQ(ConversationRepository(store.db()).find(id)->assignedAgentId, agentId);
    auto history = messages.history(id);
    ASSERT_TRUE(isOk(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().direction, MessageDirection::System);
    EXPECT_EQ(history->first().body, u"已由 木棉纪旗舰店:主管 转接给 木棉纪旗舰店:小美：买家要求退款"_s);

    applyOk({ConversationTransferredFrame{{}, 3, u"conv-1"_s, {}, u"木棉纪旗舰店:不在库里"_s, {}, kT0 + 10}});
    EXPECT_EQ(ConversationRepository(store.db()).find(id)->assignedAgentId, std::nullopt);
    EXPECT_EQ(messages.history(id)->last().body, u"已转接给 木棉纪旗舰店:不在库里"_s);
}

TEST_F(InboundApplierEffectsTest, TheGatewaysConfirmationOfOurOwnTransferAddsNoSecondNotice) {
    applyOk({opened(1, u"conv-1"_s)});
    const qint64 id = conversationOf(u"conv-1"_s);
    applyOk({ConversationTransferredFrame{{}, 2, u"conv-1"_s, kStream, kSupervisor, u"买家要求退款"_s, kT0 + 9}});
    EXPECT_EQ(ConversationRepository(store.db()).find(id)->assignedAgentId, supervisorId);
    EXPECT_TRUE(messages.history(id)->isEmpty());  // the 转接 dialog wrote the agent's own notice
}

TEST_F(InboundApplierEffectsTest, SystemNoticeIsStoredAsASystemMessage) {
    MessageCreatedFrame notice = created(1, u"conv-1"_s, u"gw:n1"_s, u"买家已申请退款"_s);
    notice.kind = MessageKind::SystemNotice;
    const AppliedBatch batch = applyOk({notice});
    EXPECT_EQ(batch.applied, 1);
    EXPECT_TRUE(batch.buyerMessageConversationIds.isEmpty());
    EXPECT_EQ(messages.history(conversationOf(u"conv-1"_s))->first().direction, MessageDirection::System);
}

}  // namespace
}  // namespace kefu::test
