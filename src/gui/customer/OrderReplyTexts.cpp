#include "gui/customer/OrderReplyTexts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kNamedItems = 2;  // a reminder names the first two lines; more would read like a receipt

}  // namespace

QString OrderReplyTexts::itemSummary(const Order& order) {
    QStringList named;
    int pieces = 0;
    for (const OrderItem& item : order.items) {
        pieces += item.quantity;
        if (named.size() < kNamedItems) {
            const QString spec = item.skuText.isEmpty() ? QString() : tr("（%1）").arg(item.skuText);
            named.append(tr("「%1%2」×%3").arg(item.title, spec).arg(item.quantity));
        }
    }
    QString summary = named.join(tr("、"));
    if (order.items.size() > kNamedItems) {
        summary += tr("等%1件商品").arg(pieces);
    }
    return summary;
}

QString OrderReplyTexts::addressConfirmation(const Order& order) {
    const Receiver& r = order.receiver;
    QString text = tr("亲，麻烦您核对一下订单 %1 的收货信息哦：\n收货人：%2\n联系电话：%3\n收货地址：%4")
                       .arg(order.tid, r.name, r.phone, r.fullAddress());
    if (!r.zip.isEmpty()) {
        text += tr("（邮编 %1）").arg(r.zip);
    }
    return text + tr("\n如有不对请直接告诉我，发货前都可以帮您修改～");
}

QString OrderReplyTexts::paymentReminder(const Order& order) {
    const QString fee = order.postFee > Money() ? tr("（含运费 %1）").arg(order.postFee.display()) : tr("（包邮）");
    return tr("亲，您拍下的%1还没有付款哦，订单金额 %2%3。库存有限，付款后我们会尽快为您安排发货，有任何问题随时找我～")
        .arg(itemSummary(order), order.payment.display(), fee);
}

}  // namespace kefu
