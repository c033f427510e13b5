#include "gui/customer/AfterSalesTab.h"

#include "core/Clock.h"
#include "core/ShopTime.h"
#include "gui/widgets/SideCardList.h"
#include "gui/workbench/WorkbenchContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QString statusTone(RefundStatus status) {
    switch (status) {
        case RefundStatus::WaitSellerAgree:
        case RefundStatus::WaitSellerConfirmGoods:
            return u"attention"_s;
        case RefundStatus::WaitBuyerReturnGoods:
            return u"progress"_s;
        case RefundStatus::Success:
            return u"done"_s;
        default:
            return u"closed"_s;
    }
}

}  // namespace

AfterSalesTab::AfterSalesTab(WorkbenchContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_repository(ctx.db), m_list(new SideCardList(this)) {
    setObjectName(u"afterSalesTab"_s);
    m_list->statusLabel()->setObjectName(u"afterSalesStatus"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    showCustomer(std::nullopt);
}

void AfterSalesTab::showCustomer(std::optional<qint64> customerId) {
    m_customerId = customerId;
    m_list->scrollToTop();
    reload();
}

void AfterSalesTab::reload() {
    m_caseCount = 0;
    QList<QWidget*> cards;
    if (!m_customerId) {
        m_list->setStatus(tr("选择一个会话后，这里显示买家的售后"));
    } else if (auto cases = m_repository.listForCustomer(*m_customerId); !cases) {
        m_list->setStatus(tr("读取售后失败：%1").arg(cases.error().message), true);
    } else {
        for (const AfterSaleCase& listed : std::as_const(*cases)) {
            // Lists carry no timeline; a buyer has a handful of cases, so each is read whole.
            auto whole = m_repository.find(listed.id);
            cards.append(createCard(whole ? *whole : listed));
        }
        m_caseCount = static_cast<int>(cases->size());
        m_list->setStatus(cases->isEmpty() ? tr("这位买家没有售后记录") : tr("共 %1 个售后").arg(cases->size()));
    }
    m_list->replaceCards(cards);
}

QWidget* AfterSalesTab::createCard(const AfterSaleCase& c) {
    auto* card = new QFrame(m_list->cardParent());
    card->setObjectName(u"afterSaleCard"_s);
    card->setProperty("sideCard", true);
    card->setProperty("refundId", c.refundId);

    auto* refund = new QLabel(tr("退款编号 %1").arg(c.refundId), card);
    refund->setObjectName(u"afterSaleRefundId"_s);
    refund->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* status = new QLabel(refundStatusShortLabel(c.status), card);
    status->setToolTip(refundStatusLabel(c.status));
    status->setObjectName(u"afterSaleStatus"_s);
    status->setProperty("role", u"statusChip"_s);
    status->setProperty("tone", statusTone(c.status));
    auto* head = new QHBoxLayout;
    head->addWidget(refund);
    head->addStretch(1);
    head->addWidget(status);

    auto* summary = new QLabel(tr("%1 · %2").arg(afterSaleTypeLabel(c.type), c.reason), card);
    summary->setObjectName(u"afterSaleSummary"_s);
    summary->setWordWrap(true);
    auto* amount = new QLabel(tr("退款 <b>%1</b>").arg(c.amount.display()), card);
    amount->setObjectName(u"afterSaleAmount"_s);
    auto* line = new QHBoxLayout;
    line->addWidget(summary, 1);
    line->addWidget(amount);
    auto* order = new QLabel(tr("订单 %1　申请于 %2").arg(c.tid, ShopTime::formatDateTime(c.createdAtMs)), card);
    order->setObjectName(u"afterSaleTid"_s);
    order->setProperty("role", u"muted"_s);
    order->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(5);
    layout->addLayout(head);
    layout->addLayout(line);
    layout->addWidget(order);
    if (!c.returnTrackingNumber.isEmpty()) {
        auto* back = new QLabel(tr("退货物流 %1 %2").arg(c.returnCompany, c.returnTrackingNumber), card);
        back->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(back);
    }
    if (!c.warehouseNote.isEmpty()) {
        auto* note = new QLabel(tr("仓库备注：%1").arg(c.warehouseNote), card);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(createTimeline(c, card));
    return card;
}

QWidget* AfterSalesTab::createTimeline(const AfterSaleCase& c, QWidget* parent) {
    auto* timeline = new QFrame(parent);
    timeline->setObjectName(u"afterSaleTimeline"_s);
    auto* layout = new QVBoxLayout(timeline);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    QList<AfterSaleEvent> events = c.timeline;
    std::reverse(events.begin(), events.end());
    const qint64 now = m_ctx.clock.nowMs();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const AfterSaleEvent& e = events.at(i);
        QString text =
            tr("%1　%2　%3").arg(ShopTime::formatShort(e.atMs, now), e.actor, refundStatusShortLabel(e.toStatus));
        if (!e.note.isEmpty()) {
            text += tr("：%1").arg(e.note);
        }
        auto* event = new QLabel(text, timeline);
        event->setObjectName(u"afterSaleEvent"_s);
        event->setWordWrap(true);
        event->setProperty("role", i == 0 ? u"latestEvent"_s : u"event"_s);
        layout->addWidget(event);
    }
    return timeline;
}

}  // namespace kefu
