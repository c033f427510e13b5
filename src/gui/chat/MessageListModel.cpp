#include "gui/chat/MessageListModel.h"

#include "core/ChatTimeline.h"
#include "core/Clock.h"
#include "core/WangwangEmoticons.h"

using namespace Qt::StringLiterals;

namespace kefu {

MessageListModel::MessageListModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), m_clock(clock), m_messagesRepo(db), m_products(db), m_orders(db), m_outbox(db) {}

int MessageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Message& m = m_messages.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return m.kind == MessageKind::Text ? WangwangEmoticons::toDisplay(m.body) : m.body;
        case Qt::ToolTipRole:
            if (m.direction != MessageDirection::Agent) {
                return {};
            }
            if (m.status == MessageStatus::Failed) {
                return m.failureReason.isEmpty()
                           ? tr("发送失败，点击“重发”或按 Ctrl+R 再发一次")
                           : tr("发送失败：%1\n点击“重发”或按 Ctrl+R 再发一次").arg(m.failureReason);
            }
            return messageStatusLabel(m.status);
        case IdRole:
            return m.id;
        case DirectionRole:
            return static_cast<int>(m.direction);
        case KindRole:
            return static_cast<int>(m.kind);
        case StatusRole:
            return static_cast<int>(m.status);
        case SentAtRole:
            return m.sentAtMs;
        case SeparatorRole: {
            const auto previous = index.row() > 0 ? std::optional<qint64>(m_messages.at(index.row() - 1).sentAtMs)
                                                  : std::optional<qint64>();
            return ChatTimeline::needsSeparator(previous, m.sentAtMs)
                       ? ChatTimeline::separatorLabel(m.sentAtMs, m_clock.nowMs())
                       : QString();
        }
        case CardRole:
            return cardOf(m);
        case FailureReasonRole:
            return m.failureReason;
        default:
            return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(DirectionRole, "direction");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(SentAtRole, "sentAt");
    names.insert(SeparatorRole, "separator");
    names.insert(CardRole, "card");
    names.insert(FailureReasonRole, "failureReason");
    return names;
}

Status MessageListModel::setConversation(qint64 conversationId) {
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_cards.clear();
    m_hasOlder = false;
    Status status;
    if (conversationId != 0) {
        auto page = m_messagesRepo.history(conversationId, {}, kPageSize);
        if (page) {
            m_messages = *page;
            m_hasOlder = page->size() == kPageSize;
        } else {
            status = page.error();
        }
    }
    endResetModel();
    return status;
}

Result<int> MessageListModel::loadOlder() {
    if (!m_hasOlder || m_messages.isEmpty()) {
        return 0;
    }
    auto page = m_messagesRepo.history(m_conversationId, m_messages.first().id, kPageSize);
    if (!page) {
        return page.error();
    }
    m_hasOlder = page->size() == kPageSize;
    if (page->isEmpty()) {
        return 0;
    }
    const int added = static_cast<int>(page->size());
    beginInsertRows({}, 0, added - 1);
    m_messages = *page + m_messages;
    endInsertRows();
    // The old first row may lose its time line now that it has a predecessor.
    const QModelIndex oldFirst = index(added, 0);
    Q_EMIT dataChanged(oldFirst, oldFirst, {SeparatorRole});
    return added;
}

Result<int> MessageListModel::appendNewer() {
    if (m_conversationId == 0) {
        return 0;
    }
    const qint64 lastId = m_messages.isEmpty() ? 0 : m_messages.last().id;
    auto newer = m_messagesRepo.newerThan(m_conversationId, lastId, 1000);
    if (!newer) {
        return newer.error();
    }
    if (newer->isEmpty()) {
        return 0;
    }
    const int first = static_cast<int>(m_messages.size());
    beginInsertRows({}, first, first + static_cast<int>(newer->size()) - 1);
    m_messages += *newer;
    endInsertRows();
    return static_cast<int>(newer->size());
}

Status MessageListModel::resend(int row) {
    if (row < 0 || row >= m_messages.size() || m_messages.at(row).status != MessageStatus::Failed) {
        return {};
    }
    const qint64 id = m_messages.at(row).id;
    const Status status = m_outbox.retryReply(id, m_clock.nowMs());
    if (!status) {
        return status;
    }
    return refresh(id);
}

Status MessageListModel::refresh(qint64 messageId) {
    const int row = rowOf(messageId);
    if (row < 0) {
        return {};
    }
    auto stored = m_messagesRepo.find(messageId);
    if (!stored) {
        return stored.error();
    }
    m_messages[row] = *stored;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    return {};
}

int MessageListModel::rowOf(qint64 messageId) const {
    for (int row = static_cast<int>(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).id == messageId) {
            return row;
        }
    }
    return -1;
}

QString MessageListModel::latestProductCard() const {
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->kind == MessageKind::ProductCard) {
            return it->body;
        }
    }
    return {};
}

QStringList MessageListModel::cardOf(const Message& m) const {
    if (m.kind == MessageKind::ProductCard) {
        return productCard(m.body);
    }
    if (m.kind == MessageKind::OrderCard) {
        return orderCard(m.body);
    }
    return {};
}

QStringList MessageListModel::productCard(const QString& numIid) const {
    const QString key = u"p:"_s + numIid;
    if (auto it = m_cards.constFind(key); it != m_cards.cend()) {
        return *it;
    }
    QStringList lines;
    auto product = m_products.findByNumIid(numIid);
    if (product) {
        lines << product->title << product->price.display();
        if (!product->skus.isEmpty()) {
            const Sku& sku = product->skus.first();
            lines << tr("%1 · 库存 %2").arg(sku.specText()).arg(sku.stock);
        }
    } else {
        lines << tr("商品 %1").arg(numIid) << tr("商品已下架或不存在");
    }
    m_cards.insert(key, lines);
    return lines;
}

QStringList MessageListModel::orderCard(const QString& tid) const {
    const QString key = u"o:"_s + tid;
    if (auto it = m_cards.constFind(key); it != m_cards.cend()) {
        return *it;
    }
    QStringList lines;
    auto order = m_orders.find(tid);
    if (order) {
        lines << tr("订单 %1").arg(tid) << tradeStatusLabel(order->status);
        QStringList items;
        for (const OrderItem& item : order->items) {
            items << tr("%1 ×%2").arg(item.title).arg(item.quantity);
        }
        lines << items.join(u"；"_s) << tr("实付 %1").arg(order->payment.display());
    } else {
        lines << tr("订单 %1").arg(tid) << tr("订单不存在");
    }
    m_cards.insert(key, lines);
    return lines;
}

}  // namespace kefu
