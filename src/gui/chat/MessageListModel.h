#pragma once

#include "core/Message.h"
#include "core/Result.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/OutboxRepository.h"
#include "store/ProductRepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace kefu {

class Clock;
class Database;

// One conversation's messages, oldest first: the newest page on open, older pages as the agent scrolls up
// (loadOlder) and new messages as they are stored (appendNewer); never the whole history at once.
class MessageListModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;
    enum Role {
        IdRole = Qt::UserRole + 1,
        DirectionRole,      // MessageDirection as int
        KindRole,           // MessageKind as int
        StatusRole,         // MessageStatus as int
        SentAtRole,         // UTC ms
        SeparatorRole,      // the time line above this message, empty when none
        CardRole,           // QStringList: title then detail lines, for product and order cards
        FailureReasonRole,  // a failed reply: the platform's reason (消息包含违禁词 …), empty when it gave none
    };

    MessageListModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Status setConversation(qint64 conversationId);  // 0: empty
    qint64 conversationId() const { return m_conversationId; }
    bool hasOlder() const { return m_hasOlder; }
    Result<int> loadOlder();    // rows added at the top
    Result<int> appendNewer();  // rows added at the bottom
    // 重发: a failed reply goes back to the outbox under a new client message id (OutboxRepository::retryReply).
    Status resend(int row);
    Status refresh(qint64 messageId);
    int rowOf(qint64 messageId) const;  // -1 when not loaded
    const Message& messageAt(int row) const { return m_messages.at(row); }
    // The newest loaded product card's numIid, empty when none is loaded.
    QString latestProductCard() const;

private:
    QStringList productCard(const QString& numIid) const;
    QStringList orderCard(const QString& tid) const;
    QStringList cardOf(const Message& m) const;

    const Clock& m_clock;
    mutable MessageRepository m_messagesRepo;
    mutable ProductRepository m_products;
    mutable OrderRepository m_orders;
    OutboxRepository m_outbox;
    qint64 m_conversationId = 0;
    bool m_hasOlder = false;
    QList<Message> m_messages;
    mutable QHash<QString, QStringList> m_cards;  // "p:<numIid>" / "o:<tid>" → lines, read once per conversation
};

}  // namespace kefu
