#include "gui/customer/OrderCard.h"

#include "core/Masking.h"
#include "core/ShopTime.h"
#include "gui/customer/SellerFlags.h"
#include "gui/widgets/FlowLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kEventsShown = 3;  // the newest few tell where the parcel is; the rest unfold on demand

QLabel* mutedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setProperty("role", u"muted"_s);
    return label;
}

QToolButton* copyButton(const QString& value, const QString& what, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(OrderCard::tr("复制"));
    button->setProperty("role", u"link"_s);
    button->setToolTip(OrderCard::tr("复制%1").arg(what));
    button->setCursor(Qt::PointingHandCursor);
    QObject::connect(button, &QToolButton::clicked, button, [value] { QApplication::clipboard()->setText(value); });
    return button;
}

QString statusTone(TradeStatus status) {
    switch (status) {
        case TradeStatus::WaitBuyerPay:
        case TradeStatus::WaitSellerSendGoods:
            return u"attention"_s;
        case TradeStatus::WaitBuyerConfirmGoods:
        case TradeStatus::SellerConsignedPart:
        case TradeStatus::TradeBuyerSigned:
            return u"progress"_s;
        case TradeStatus::TradeFinished:
            return u"done"_s;
        default:
            return u"closed"_s;
    }
}

}  // namespace

OrderCard::OrderCard(const Order& order, qint64 nowMs, QWidget* parent)
    : QFrame(parent), m_tid(order.tid), m_nowMs(nowMs) {
    setObjectName(u"orderCard"_s);
    setProperty("tid", order.tid);
    setProperty("sideCard", true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(createHeader(order));
    layout->addWidget(createItems(order));
    layout->addWidget(createReceiver(order));
    if (!order.sellerMemo.isEmpty() || order.sellerFlag != 0) {
        layout->addWidget(createMemo(order));
    }
    if (!order.buyerMessage.isEmpty()) {
        auto* message = new QLabel(tr("买家留言：%1").arg(order.buyerMessage), this);
        message->setWordWrap(true);
        layout->addWidget(message);
    }
    // A parcel the buyer has signed for is not "stuck", however old its last event.
    const bool inTransit =
        order.status == TradeStatus::WaitBuyerConfirmGoods || order.status == TradeStatus::SellerConsignedPart;
    for (const Shipment& shipment : order.shipments) {
        layout->addWidget(createShipment(shipment, inTransit ? nowMs : 0));
    }
    layout->addWidget(createActions(order));
}

QWidget* OrderCard::createHeader(const Order& order) {
    auto* header = new QWidget(this);
    auto* tid = new QLabel(order.tid, header);
    tid->setObjectName(u"orderTid"_s);
    tid->setProperty("role", u"tid"_s);
    tid->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* status = new QLabel(tradeStatusShortLabel(order.status), header);
    status->setToolTip(tradeStatusLabel(order.status));
    status->setObjectName(u"orderStatus"_s);
    status->setProperty("role", u"statusChip"_s);
    status->setProperty("tone", statusTone(order.status));
    auto* created = mutedLabel(tr("%1 下单").arg(ShopTime::formatDateTime(order.createdAtMs)), header);

    auto* top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(mutedLabel(tr("订单号"), header));
    top->addWidget(tid);
    top->addWidget(copyButton(order.tid, tr("订单号"), header));
    top->addStretch(1);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    // Wraps rather than widening the card: in English the date and the status chip do not fit one narrow line.
    auto* secondRow = new QWidget(header);
    auto* second = new FlowLayout(secondRow, 8);
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(created);
    second->addWidget(status);
    layout->addWidget(secondRow);
    return header;
}

QWidget* OrderCard::createItems(const Order& order) {
    auto* items = new QWidget(this);
    auto* grid = new QGridLayout(items);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    int row = 0;
    for (const OrderItem& item : order.items) {
        auto* title = new QLabel(item.title, items);
        title->setObjectName(u"orderItemTitle"_s);
        title->setWordWrap(true);
        auto* spec = mutedLabel(item.skuText, items);
        auto* price = new QLabel(tr("%1 ×%2").arg(item.price.display()).arg(item.quantity), items);
        price->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(title, row, 0);
        grid->addWidget(price, row, 1);
        grid->addWidget(spec, row + 1, 0, 1, 2);
        row += 2;
    }
    grid->setColumnStretch(0, 1);
    auto* amounts =
        new QLabel(tr("实付 <b>%1</b>　运费 %2").arg(order.payment.display(), order.postFee.display()), items);
    amounts->setObjectName(u"orderAmounts"_s);
    amounts->setAlignment(Qt::AlignRight);
    amounts->setWordWrap(true);
    grid->addWidget(amounts, row, 0, 1, 2);
    return items;
}

QWidget* OrderCard::createReceiver(const Order& order) {
    const Receiver& r = order.receiver;
    auto* receiver = new QLabel(this);
    receiver->setObjectName(u"orderReceiver"_s);
    receiver->setWordWrap(true);
    const QString address = Masking::address(QString(r.province + r.city + r.district + r.address));
    receiver->setText(tr("收货人 %1　%2\n%3").arg(Masking::name(r.name), Masking::phone(r.phone), address));
    receiver->setProperty("role", u"receiver"_s);
    return receiver;
}

QWidget* OrderCard::createMemo(const Order& order) {
    auto* memo = new QWidget(this);
    auto* flag = new QLabel(memo);
    flag->setPixmap(SellerFlags::icon(order.sellerFlag).pixmap(14, 14));
    flag->setToolTip(SellerFlags::label(order.sellerFlag));
    auto* text = new QLabel(
        order.sellerMemo.isEmpty() ? SellerFlags::label(order.sellerFlag) : tr("卖家备注：%1").arg(order.sellerMemo),
        memo);
    text->setObjectName(u"orderSellerMemo"_s);
    text->setWordWrap(true);
    auto* layout = new QHBoxLayout(memo);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(flag, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    memo->setObjectName(u"orderMemo"_s);
    memo->setProperty("flag", order.sellerFlag);
    return memo;
}

QWidget* OrderCard::createShipment(const Shipment& shipment, qint64 stalledCheckAtMs) {
    auto* box = new QFrame(this);
    box->setObjectName(u"orderShipment"_s);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    auto* head = new QHBoxLayout;
    head->setSpacing(4);
    auto* company = new QLabel(tr("%1 %2").arg(shipment.company, shipment.trackingNumber), box);
    company->setObjectName(u"shipmentTracking"_s);
    company->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addWidget(company);
    head->addWidget(copyButton(shipment.trackingNumber, tr("运单号"), box));
    head->addStretch(1);
    if (stalledCheckAtMs > 0 && shipment.isStalled(stalledCheckAtMs)) {
        auto* stalled = new QLabel(tr("物流超72小时未更新"), box);
        stalled->setProperty("role", u"warning"_s);
        head->addWidget(stalled);
    }
    layout->addLayout(head);

    QList<ShipmentEvent> events = shipment.events;
    std::reverse(events.begin(), events.end());
    QList<QWidget*> older;
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto* line =
            new QLabel(tr("%1　%2").arg(ShopTime::formatShort(events[i].atMs, m_nowMs), events[i].description), box);
        line->setObjectName(u"shipmentEvent"_s);
        line->setWordWrap(true);
        line->setProperty("role", i == 0 ? u"latestEvent"_s : u"event"_s);
        layout->addWidget(line);
        if (i >= kEventsShown) {
            line->hide();
            older.append(line);
        }
    }
    if (!older.isEmpty()) {
        auto* more = new QToolButton(box);
        more->setObjectName(u"shipmentMoreButton"_s);
        more->setProperty("role", u"link"_s);
        more->setCheckable(true);
        more->setText(tr("展开全部 %1 条物流").arg(events.size()));
        connect(more, &QToolButton::toggled, box, [more, older, count = events.size()](bool open) {
            for (QWidget* line : older) {
                line->setVisible(open);
            }
            more->setText(open ? tr("收起") : tr("展开全部 %1 条物流").arg(count));
        });
        layout->addWidget(more, 0, Qt::AlignLeft);
    }
    return box;
}

QWidget* OrderCard::createActions(const Order& order) {
    auto* actions = new QWidget(this);
    // Wraps like words: the buttons are wider in English than the side panel.
    auto* layout = new FlowLayout(actions, 4);
    layout->setContentsMargins(0, 2, 0, 0);
    auto add = [&](const QString& name, const QString& text, const QString& tip, auto signal) {
        auto* button = new QPushButton(text, actions);
        button->setObjectName(name);
        button->setProperty("role", u"cardAction"_s);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, signal] { Q_EMIT(this->*signal)(m_tid); });
        layout->addWidget(button);
        return button;
    };
    add(u"checkAddressButton"_s, tr("核对地址"), tr("发送核对地址卡片：把订单和完整收货信息发给买家确认"),
        &OrderCard::addressCheckRequested);
    if (order.status == TradeStatus::WaitBuyerPay) {
        add(u"remindPayButton"_s, tr("催付"), tr("发送催付消息：提醒买家为这笔订单付款"),
            &OrderCard::paymentReminderRequested);
    }
    auto* edit =
        add(u"editAddressButton"_s, tr("改地址"), tr("修改收货地址（发货前可改）"), &OrderCard::addressEditRequested);
    if (!tradeStatusAllowsAddressChange(order.status)) {
        edit->setEnabled(false);
        edit->setToolTip(tr("订单%1，不能再修改收货地址").arg(tradeStatusShortLabel(order.status)));
    }
    add(u"sellerMemoButton"_s, tr("备注"), tr("卖家备注和旗帜"), &OrderCard::sellerMemoRequested);
    add(u"createAfterSaleButton"_s, tr("售后"), tr("为这笔订单登记售后"), &OrderCard::afterSaleRequested);
    return actions;
}

}  // namespace kefu
