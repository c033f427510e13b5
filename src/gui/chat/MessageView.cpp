#include "gui/chat/MessageView.h"

#include "gui/chat/MessageDelegate.h"
#include "gui/chat/MessageListModel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>

namespace kefu {

MessageView::MessageView(QWidget* parent) : QListView(parent), m_delegate(new MessageDelegate(this)) {
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Base, QColor(0xf5, 0xf6, 0xf8));
    setPalette(p);
    setToolTip(tr("聊天记录：滚动到顶部加载更早的消息；Ctrl+R 重发选中的失败消息"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageView::loadOlderIfAtTop);
}

void MessageView::setMessageModel(MessageListModel* model) {
    m_model = model;
    setModel(model);
}

bool MessageView::isAtBottom() const {
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void MessageView::scrollToMessageRow(int row) {
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MessageView::loadOlderIfAtTop(int value) {
    // A maximum of 0 is a reset or an unlaid view snapping to the top, not the agent scrolling up.
    if (m_loadingOlder || !m_model || value != verticalScrollBar()->minimum() || verticalScrollBar()->maximum() == 0 ||
        !m_model->hasOlder() || m_model->rowCount() == 0) {
        return;
    }
    m_loadingOlder = true;
    // Measured from the bottom, what the agent sees stays put while rows appear above it.
    const int fromBottom = verticalScrollBar()->maximum() - value;
    auto added = m_model->loadOlder();
    if (!added) {
        Q_EMIT olderLoadFailed(added.error().message);
    } else if (*added > 0) {
        doItemsLayout();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum() - fromBottom);
    }
    m_loadingOlder = false;
}

void MessageView::mousePressEvent(QMouseEvent* event) {
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        if (m_delegate->resendRect(option, index).contains(event->position().toPoint())) {
            Q_EMIT resendRequested(index.row());
            event->accept();
            return;
        }
    }
    QListView::mousePressEvent(event);
}

void MessageView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_R && event->modifiers() == Qt::ControlModifier && currentIndex().isValid()) {
        Q_EMIT resendRequested(currentIndex().row());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageView::resizeEvent(QResizeEvent* event) {
    const bool follow = isAtBottom();
    QListView::resizeEvent(event);
    if (follow) {
        scrollToBottom();
    }
}

}  // namespace kefu
