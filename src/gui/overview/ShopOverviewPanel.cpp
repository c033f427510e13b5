#include "gui/overview/ShopOverviewPanel.h"

#include "gui/overview/StatCard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

ShopOverviewPanel::ShopOverviewPanel(QWidget* parent)
    : QWidget(parent),
      m_shopName(new QLabel(this)),
      m_platform(new QLabel(this)),
      m_sellerNick(new QLabel(this)),
      m_updatedAt(new QLabel(this)) {
    setObjectName(u"shopOverviewPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(createHeader());
    layout->addWidget(
        createSection(tr("接待"),
                      {addCard(u"waiting"_s, tr("待回复会话")), addCard(u"inProgress"_s, tr("处理中会话")),
                       addCard(u"afterSales"_s, tr("售后处理中"))},
                      3));
    layout->addWidget(createSection(
        tr("店铺"),
        {addCard(u"products"_s, tr("商品")), addCard(u"customers"_s, tr("客户")), addCard(u"orders"_s, tr("订单"))},
        3));
    layout->addWidget(
        createSection(tr("订单状态"),
                      {addCard(u"ordersAwaitingPayment"_s, tr("待付款")), addCard(u"ordersToShip"_s, tr("待发货")),
                       addCard(u"ordersShipped"_s, tr("已发货")), addCard(u"ordersCompleted"_s, tr("交易成功")),
                       addCard(u"ordersClosed"_s, tr("交易关闭"))},
                      5));
    layout->addWidget(createSection(
        tr("售后状态"),
        {addCard(u"afterSalesAwaitingAgreement"_s, tr("待卖家同意")),
         addCard(u"afterSalesAwaitingReturn"_s, tr("待买家退货")),
         addCard(u"afterSalesAwaitingReceipt"_s, tr("待确认收货")), addCard(u"afterSalesRefused"_s, tr("已拒绝"))},
        5));
    layout->addStretch(1);
}

StatCard* ShopOverviewPanel::addCard(const QString& key, const QString& title) {
    auto* card = new StatCard(key, title, this);
    m_cards.insert(key, card);
    return card;
}

QWidget* ShopOverviewPanel::createHeader() {
    auto* header = new QFrame(this);
    header->setObjectName(u"overviewHeader"_s);
    header->setProperty("card", true);
    m_shopName->setObjectName(u"shopName"_s);
    m_platform->setObjectName(u"shopPlatform"_s);
    m_sellerNick->setObjectName(u"sellerNick"_s);
    m_updatedAt->setObjectName(u"overviewUpdatedAt"_s);
    auto* refresh = new QPushButton(tr("刷新"), header);
    refresh->setObjectName(u"overviewRefreshButton"_s);
    refresh->setToolTip(tr("重新读取店铺数据（F5）"));
    connect(refresh, &QPushButton::clicked, this, &ShopOverviewPanel::refreshRequested);

    auto* nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    nameRow->addWidget(m_shopName);
    nameRow->addWidget(m_platform, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addLayout(nameRow);
    titles->addWidget(m_sellerNick);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(22, 16, 22, 16);
    layout->addLayout(titles, 1);
    layout->addWidget(m_updatedAt, 0, Qt::AlignBottom);
    layout->addSpacing(8);
    layout->addWidget(refresh, 0, Qt::AlignBottom);
    return header;
}

QWidget* ShopOverviewPanel::createSection(const QString& title, const QList<StatCard*>& cards, int columns) {
    auto* section = new QWidget(this);
    auto* heading = new QLabel(title, section);
    heading->setProperty("role", u"sectionTitle"_s);
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < cards.size(); ++i) {
        grid->addWidget(cards.at(i), i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c) {
        grid->setColumnStretch(c, 1);
    }
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addLayout(grid);
    return section;
}

void ShopOverviewPanel::setOverview(const ShopOverview& o) {
    m_shopName->setText(o.shop.name);
    m_platform->setText(o.shop.platform == "tmall"_L1 ? tr("天猫") : tr("淘宝"));
    m_platform->setProperty("platform", o.shop.platform);
    m_sellerNick->setText(tr("主账号：%1").arg(o.shop.sellerNick));

    const std::initializer_list<std::pair<QString, int>> values = {
        {u"waiting"_s, o.conversationsWaiting},
        {u"inProgress"_s, o.conversationsInProgress},
        {u"afterSales"_s, o.afterSalesOpen},
        {u"products"_s, o.products},
        {u"customers"_s, o.customers},
        {u"orders"_s, o.orders},
        {u"ordersAwaitingPayment"_s, o.ordersAwaitingPayment},
        {u"ordersToShip"_s, o.ordersToShip},
        {u"ordersShipped"_s, o.ordersShipped},
        {u"ordersCompleted"_s, o.ordersCompleted},
        {u"ordersClosed"_s, o.ordersClosed},
        {u"afterSalesAwaitingAgreement"_s, o.afterSalesAwaitingAgreement},
        {u"afterSalesAwaitingReturn"_s, o.afterSalesAwaitingReturn},
        {u"afterSalesAwaitingReceipt"_s, o.afterSalesAwaitingReceipt},
        {u"afterSalesRefused"_s, o.afterSalesRefused},
    };
    for (const auto& [key, value] : values) {
        m_cards.value(key)->setValue(value);
    }
    m_cards.value(u"waiting"_s)->setHighlighted(o.conversationsWaiting > 0);
    m_cards.value(u"inProgress"_s)->setCaption(tr("已接入、正在处理"));
    m_cards.value(u"afterSales"_s)->setCaption(tr("退款、退货、换货未完结"));
    m_cards.value(u"orders"_s)->setCaption(tr("全部订单"));
    // What the shop itself must act on next is drawn in the accent colour.
    m_cards.value(u"ordersToShip"_s)->setHighlighted(o.ordersToShip > 0);
    m_cards.value(u"afterSalesAwaitingAgreement"_s)->setHighlighted(o.afterSalesAwaitingAgreement > 0);
    m_cards.value(u"afterSalesAwaitingReceipt"_s)->setHighlighted(o.afterSalesAwaitingReceipt > 0);
}

void ShopOverviewPanel::setLongestWait(const QString& text) {
    m_cards.value(u"waiting"_s)->setCaption(text);
}

void ShopOverviewPanel::setUpdatedAt(const QString& text) {
    m_updatedAt->setText(text);
}

}  // namespace kefu
