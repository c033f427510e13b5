#include "store/OutboxEntry.h"

#include "core/EnumLookup.h"

namespace kefu {

using namespace Qt::StringLiterals;

QString outboxKindKey(OutboxKind kind) {
    switch (kind) {
        case OutboxKind::MessageSend:
            return u"message_send"_s;
        case OutboxKind::MessageRead:
            return u"message_read"_s;
        case OutboxKind::ConversationClose:
            return u"conversation_close"_s;
        case OutboxKind::ConversationTransfer:
            return u"conversation_transfer"_s;
        case OutboxKind::Presence:
            return u"presence"_s;
    }
    return u"message_send"_s;
}

std::optional<OutboxKind> outboxKindFromKey(QStringView key) {
    static const QList<OutboxKind> all{OutboxKind::MessageSend, OutboxKind::MessageRead, OutboxKind::ConversationClose,
                                       OutboxKind::ConversationTransfer, OutboxKind::Presence};
    return enumFromKey(all, &outboxKindKey, key);
}

QString OutboxEntry::frameId() const {
    return QStringLiteral("f-%1-%2").arg(createdAtMs).arg(id);
}

}  // namespace kefu
