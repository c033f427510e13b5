#pragma once

#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kefu::test {

// What a live test reads back from a store the channel wrote: the simulator's bulk buyer messages ("压测消息 #000042")
// per gateway conversation, in the order the chat view shows them (message id), and the agent replies by client id.
class LiveStoreReader {
public:
    explicit LiveStoreReader(Database& db) : m_db(db) {}

    struct Reply {
        QString clientMessageId;
        QString body;
        QString status;  // message status key: queued, sent, delivered, failed
    };

    // Bulk numbers per gateway conversation id, each conversation oldest first.
    QHash<QString, QList<int>> bulkNumbersByConversation() const;
    int bulkCount() const;
    // Replies whose client id starts with `prefix`, by gateway conversation id, oldest first.
    QHash<QString, QList<Reply>> repliesByConversation(const QString& prefix) const;
    int replyCount(const QString& prefix, const QString& status) const;

    static int bulkNumber(const QString& body);  // 42 for "压测消息 #000042"; -1 when it is not a bulk body

private:
    Database& m_db;
};

}  // namespace kefu::test
