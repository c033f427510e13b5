#pragma once

#include "core/Conversation.h"
#include "sim/BuyerLibrary.h"
#include "sim/FaultPlan.h"

#include <QString>
#include <QStringList>

namespace kefu {

// How a GatewaySimulator behaves (docs/gateway-sim.md). The defaults are a correct gateway for the demo shop.
struct SimOptions {
    QString host = QStringLiteral("127.0.0.1");  // "0.0.0.0" to accept workbenches on the LAN
    quint16 port = 0;                            // 0: any free port (see GatewaySimulator::url())
    QString token = QStringLiteral("kefu-sim-token");
    QString shopNick = QStringLiteral("木棉纪旗舰店");
    QString shopName = QStringLiteral("木棉纪旗舰店");
    // Where conversations go before any agent has signed in; afterwards to the agent who signed in last.
    QString defaultAgent = QStringLiteral("木棉纪旗舰店:小满");
    // Transfer targets besides every agent that has signed in (the demo shop's sub-accounts).
    QStringList knownAgents = {QStringLiteral("木棉纪旗舰店:小满"), QStringLiteral("木棉纪旗舰店:阿橘"),
                               QStringLiteral("木棉纪旗舰店:七七"), QStringLiteral("木棉纪旗舰店:糖糖"),
                               QStringLiteral("木棉纪旗舰店:安安"), QStringLiteral("木棉纪旗舰店:木子"),
                               QStringLiteral("木棉纪旗舰店:青禾"), QStringLiteral("木棉纪旗舰店:阿杰")};
    // A reply containing one of these is answered with a failed message.acked (消息包含违禁词), as the platform does.
    QStringList forbiddenWords = {QStringLiteral("加微信")};
    // A delivered reply is acked again as `delivered` (已送达) this long after `sent`; negative: never.
    qint64 deliveredAfterMs = -1;
    qint64 heartbeatIntervalMs = 15000;
    qint64 authTimeoutMs = 10000;
    int maxBadFramesPerMinute = 10;
    qint64 firstSeq = 1;
    int retentionLimit = 0;  // 0: keep every frame until acked; N: forget the oldest beyond N (resume_too_old)
    quint64 seed = 1;
    // Prefix of the conversation and message ids this run makes up, so that a restarted simulator never reuses an
    // id the workbench already stored. Empty: derived from the start time. Tests set it for repeatable ids.
    QString runTag;
    FaultPlan faults;

    // Scripted buyers.
    QList<SimProduct> products = BuyerLibrary::defaultProducts();
    qint64 buyerThinkMs = 1500;     // pause before each buyer line (±50 %)
    qint64 replyTimeoutMs = 60000;  // a buyer waiting longer than this goes on without an answer
};

}  // namespace kefu
