#pragma once

#include "core/Error.h"
#include "store/InboxRow.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kefu {

// What one inbox search found: conversations by order number, by buyer nick, then by chat text (with the line that
// matched), or the error that stopped it.
struct InboxSearchResult {
    enum class Kind { Tid, Text };

    QString text;
    Kind kind = Kind::Text;
    QList<InboxRow> rows;
    QHash<qint64, QString> matches;  // conversation id → the chat line that matched
    std::optional<Error> error;
};

}  // namespace kefu
