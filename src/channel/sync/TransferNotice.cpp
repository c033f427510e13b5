#include "channel/sync/TransferNotice.h"

#include <QCoreApplication>

namespace kefu {

QString TransferNotice::text(const QString& fromAgentNick, const QString& toAgentNick, const QString& reason) {
    QString text =
        fromAgentNick.isEmpty()
            ? QCoreApplication::translate("TransferNotice", "已转接给 %1").arg(toAgentNick)
            : QCoreApplication::translate("TransferNotice", "已由 %1 转接给 %2").arg(fromAgentNick, toAgentNick);
    if (!reason.isEmpty()) {
        text += QCoreApplication::translate("TransferNotice", "：%1").arg(reason);
    }
    return text;
}

QString TransferNotice::noticeId(const QString& gatewayConversationId, qint64 transferredAtMs) {
    return QStringLiteral("kefu.transfer:%1:%2").arg(transferredAtMs).arg(gatewayConversationId);
}

}  // namespace kefu
