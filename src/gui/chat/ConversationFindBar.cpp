#include "gui/chat/ConversationFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace kefu {

ConversationFindBar::ConversationFindBar(QWidget* parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_position(new QLabel(this)),
      m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)),
      m_close(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 8, 4);
    layout->setSpacing(6);
    auto* label = new QLabel(tr("查找(&F)："), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("在本会话中查找，Enter 搜索"));
    m_edit->setClearButtonEnabled(true);
    m_previous->setText(tr("较新"));
    m_previous->setToolTip(tr("上一条（较新）结果（Shift+Enter）"));
    m_next->setText(tr("较早"));
    m_next->setToolTip(tr("下一条（较早）结果（Enter）"));
    m_close->setText(tr("关闭"));
    m_close->setToolTip(tr("关闭查找（Esc）"));
    m_position->setObjectName(u"findPosition"_s);
    m_position->setMinimumWidth(72);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_position);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    m_edit->installEventFilter(this);
    connect(m_previous, &QToolButton::clicked, this, [this] { submit(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { submit(false); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void ConversationFindBar::open() {
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

QString ConversationFindBar::text() const {
    return m_edit->text().trimmed();
}

void ConversationFindBar::setPosition(int current, int total) {
    m_position->setStyleSheet(total == 0 ? u"color: #e5484d;"_s : QString());
    m_position->setText(total == 0 ? tr("无结果") : tr("%1 / %2").arg(current).arg(total));
}

void ConversationFindBar::setSearching() {
    m_position->setStyleSheet(QString());
    m_position->setText(tr("搜索中…"));
}

void ConversationFindBar::setError(const QString& message) {
    m_position->setStyleSheet(u"color: #e5484d;"_s);
    m_position->setText(message);
}

bool ConversationFindBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            submit((key->modifiers() & Qt::ShiftModifier) != 0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationFindBar::submit(bool backwards) {
    const QString query = text();
    if (query.isEmpty()) {
        return;
    }
    if (query != m_searched) {
        m_searched = query;
        Q_EMIT searchRequested(query);
        return;
    }
    if (backwards) {
        Q_EMIT previousRequested();
    } else {
        Q_EMIT nextRequested();
    }
}

}  // namespace kefu
