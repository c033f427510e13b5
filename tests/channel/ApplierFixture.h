#pragma once

// Shared by the InboundApplier tests: a temp store with the signed-in agent and a second one, and frame makers.
#include "support/IsOk.h"
#include "support/TempStore.h"

#include "channel/InboundFrame.h"
#include "channel/sync/InboundApplier.h"
#include "core/Agent.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace kefu::test {

using namespace Qt::StringLiterals;

class ApplierFixture : public ::testing::Test {
protected:
    static constexpr qint64 kT0 = 1718000000000;
    inline static const QString kStream = u"木棉纪旗舰店:小美"_s;
    inline static const QString kSupervisor = u"木棉纪旗舰店:主管"_s;

    void SetUp() override {
        agentId = addAgent(kStream, u"小美"_s, AgentRole::PreSale);
        supervisorId = addAgent(kSupervisor, u"主管"_s, AgentRole::Supervisor);
    }

    qint64 addAgent(const QString& nick, const QString& name, AgentRole role) {
        Agent a;
        a.nick = nick;
        a.displayName = name;
        a.role = role;
        auto id = AgentRepository(store.db()).add(a);
        EXPECT_TRUE(isOk(id));
        return id.ok() ? *id : 0;
    }

    static ConversationOpenedFrame opened(qint64 seq, const QString& conversation,
                                          const QString& buyer = u"小鱼儿_88"_s, Channel channel = Channel::Tmall) {
        ConversationOpenedFrame f;
        f.seq = seq;
        f.conversationId = conversation;
        f.buyerNick = buyer;
        f.channel = channel;
        f.openedAtMs = kT0 + seq;
        return f;
    }

    static MessageCreatedFrame created(qint64 seq, const QString& conversation, const QString& gatewayId,
                                       const QString& body = u"在吗？"_s, const QString& buyer = u"小鱼儿_88"_s) {
        MessageCreatedFrame f;
        f.seq = seq;
        f.gatewayMessageId = gatewayId;
        f.conversationId = conversation;
        f.buyerNick = buyer;
        f.kind = MessageKind::Text;
        f.body = body;
        f.sentAtMs = kT0 + seq;
        return f;
    }

    static MessageAckedFrame acked(qint64 seq, const QString& clientId, MessageStatus status,
                                   const QString& gatewayId = {}, const QString& reason = {}) {
        MessageAckedFrame f;
        f.seq = seq;
        f.clientMessageId = clientId;
        f.status = status;
        f.gatewayMessageId = gatewayId;
        f.sentAtMs = status == MessageStatus::Failed ? 0 : kT0 + seq;
        f.reason = reason;
        return f;
    }

    // A burst of `count` message.created over `conversations` gateway conversations, seqs from `firstSeq`.
    static QList<InboundFrame> burst(int count, int conversations, qint64 firstSeq = 1,
                                     const QString& prefix = u"m"_s) {
        QList<InboundFrame> frames;
        for (int i = 0; i < count; ++i) {
            frames.append(created(firstSeq + i, u"conv-%1"_s.arg(i % conversations), prefix + QString::number(i),
                                  u"第 %1 条：这件雾霾蓝 M 码什么时候发货"_s.arg(i),
                                  u"买家%1"_s.arg(i % conversations)));
        }
        return frames;
    }

    int scalar(const QString& sql) {
        QSqlQuery q(store.db().connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }
    QString text(const QString& sql) {
        QSqlQuery q(store.db().connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toString() : QString();
    }

    qint64 conversationOf(const QString& gatewayId) {
        auto id = ConversationRepository(store.db()).findByGatewayId(gatewayId);
        EXPECT_TRUE(isOk(id));
        return id.ok() && id->has_value() ? **id : 0;
    }

    AppliedBatch applyOk(const QList<InboundFrame>& frames) {
        auto batch = applier.apply(frames);
        EXPECT_TRUE(isOk(batch));
        return batch.ok() ? *batch : AppliedBatch{};
    }

    TempStore store;
    InboundApplier applier{store.db(), kStream, kStream};
    qint64 agentId = 0;
    qint64 supervisorId = 0;
};

}  // namespace kefu::test
