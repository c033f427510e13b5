#pragma once

#include "store/InboxRow.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace kefu {

// Turns one inbox row into the values of InboxRole (and the display/tooltip roles) at a given moment, so the paged
// inbox, the search results and the Ctrl+K list show a conversation the same way.
class InboxRowFormat {
    Q_DECLARE_TR_FUNCTIONS(InboxRowFormat)

public:
    static QVariant data(const InboxRow& row, int role, qint64 nowMs, const QString& matchText = {});
    // "14:05" for today, "11-20" before (Asia/Shanghai); a different year shows it.
    static QString timeText(qint64 utcMs, qint64 nowMs);
    // Milliseconds the buyer has waited for a reply, or -1 when nobody waits.
    static qint64 waitedMs(const InboxRow& row, qint64 nowMs);

private:
    static QString toolTip(const InboxRow& row, const QString& matchText);
};

}  // namespace kefu
