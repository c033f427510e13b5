#include "gui/overview/WaitingConversationsPanel.h"

#include "gui/overview/WaitingConversationsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

WaitingConversationsPanel::WaitingConversationsPanel(WaitingConversationsModel* model, QWidget* parent)
    : QFrame(parent),
      m_model(model),
      m_heading(new QLabel(tr("待回复会话"), this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QTreeView(this)) {
    setObjectName(u"waitingPanel"_s);
    setProperty("card", true);
    m_heading->setObjectName(u"waitingHeading"_s);
    m_heading->setProperty("role", u"panelTitle"_s);
    auto* hint = new QLabel(tr("等待最久的买家排在最前"), this);
    hint->setProperty("role", u"cardCaption"_s);

    m_view->setObjectName(u"waitingList"_s);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WaitingConversationsModel::BuyerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WaitingConversationsModel::ChannelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WaitingConversationsModel::PreviewColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WaitingConversationsModel::WaitingColumn, QHeaderView::ResizeToContents);
    header->resizeSection(WaitingConversationsModel::BuyerColumn, 150);

    auto* empty = new QLabel(tr("暂无待回复的会话，所有买家都已得到回复。"), this);
    empty->setObjectName(u"waitingEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setProperty("role", u"cardCaption"_s);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(hint);
    layout->addSpacing(4);
    layout->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &WaitingConversationsPanel::updatePlaceholder);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WaitingConversationsPanel::updatePlaceholder);
    updatePlaceholder();
}

void WaitingConversationsPanel::setTotal(int total) {
    m_heading->setText(tr("待回复会话（%1）").arg(total));
}

void WaitingConversationsPanel::updatePlaceholder() {
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
}

}  // namespace kefu
