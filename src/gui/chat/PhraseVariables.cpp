#include "gui/chat/PhraseVariables.h"

#include "gui/chat/MessageListModel.h"
#include "gui/workbench/WorkbenchContext.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"

using namespace Qt::StringLiterals;

namespace kefu {

QHash<QString, QString> PhraseVariables::forConversation(WorkbenchContext& ctx, qint64 conversationId,
                                                         const MessageListModel& messages) {
    QHash<QString, QString> values;
    values.insert(u"店铺名"_s, ctx.shop.name);
    values.insert(u"客服昵称"_s, ctx.agent.displayName);
    auto conversation = ConversationRepository(ctx.db).find(conversationId);
    if (!conversation) {
        return values;
    }
    if (auto customer = CustomerRepository(ctx.db).find(conversation->customerId)) {
        values.insert(u"买家昵称"_s, customer->buyerNick);
    }
    auto orders = OrderRepository(ctx.db).listForCustomer(conversation->customerId, 1);
    if (orders && !orders->isEmpty()) {
        const Order& latest = orders->first();
        values.insert(u"订单号"_s, latest.tid);
        if (!latest.shipments.isEmpty()) {
            values.insert(u"物流公司"_s, latest.shipments.last().company);
            values.insert(u"物流单号"_s, latest.shipments.last().trackingNumber);
        }
        if (!latest.items.isEmpty()) {
            values.insert(u"商品名"_s, latest.items.first().title);
        }
    }
    const QString numIid = messages.latestProductCard();
    if (!numIid.isEmpty()) {
        if (auto product = ProductRepository(ctx.db).findByNumIid(numIid)) {
            values.insert(u"商品名"_s, product->title);
        }
    }
    return values;
}

}  // namespace kefu
