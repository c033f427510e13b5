#pragma once

#include "core/Conversation.h"
#include "core/Customer.h"
#include "store/InboxQuery.h"

#include <QString>

namespace kefu {

// One line of the agent's inbox: the conversation with the buyer it belongs to.
struct InboxRow {
    Conversation conversation;
    QString buyerNick;
    CustomerLevel level = CustomerLevel::New;

    // Pass as InboxQuery::after to fetch the page that follows this row.
    InboxCursor cursor() const {
        return InboxCursor{conversation.waitingSinceMs.value_or(conversation.openedAtMs), conversation.lastMessageAtMs,
                           conversation.id};
    }
};

}  // namespace kefu
