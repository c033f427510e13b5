#pragma once

#include <QHash>
#include <QString>

namespace kefu {

class MessageListModel;
struct WorkbenchContext;

// The values of a quick phrase's {变量} for one conversation, read when a phrase is inserted (not per keystroke):
// buyer nick, the buyer's latest order and its latest shipment, shop and agent names, and the product being
// talked about (the latest product card shown, else the latest order's first item).
class PhraseVariables {
public:
    static QHash<QString, QString> forConversation(WorkbenchContext& ctx, qint64 conversationId,
                                                   const MessageListModel& messages);
};

}  // namespace kefu
