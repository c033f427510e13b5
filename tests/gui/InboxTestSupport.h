#pragma once

#include "TypeText.h"
#include "core/Message.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <gtest/gtest.h>

#include <QString>
#include <QTest>

namespace kefu::test {

// A buyer's text message stored the way the channel stores it, for the inbox tests.
inline void appendBuyerMessage(Database& db, qint64 conversationId, const QString& body, qint64 sentAtMs) {
    static int serial = 0;
    Message m;
    m.conversationId = conversationId;
    m.direction = MessageDirection::Buyer;
    m.kind = MessageKind::Text;
    m.body = body;
    m.gatewayMessageId = QStringLiteral("inbox-test-%1").arg(++serial);
    m.sentAtMs = sentAtMs;
    auto stored = MessageRepository(db).append(m);
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
}

}  // namespace kefu::test
