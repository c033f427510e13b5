#include "gui/live/ChannelAlertBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

ChannelAlertBanner::ChannelAlertBanner(QWidget* parent)
    : QFrame(parent),
      m_text(new QLabel),
      m_detail(new QLabel),
      m_settingsButton(new QPushButton(tr("打开设置(&O)…"))),
      m_closeButton(new QToolButton) {
    setObjectName(u"channelAlertBanner"_s);
    setStyleSheet(
        u"QFrame#channelAlertBanner { background: #fff1f0; border-bottom: 1px solid #ffccc7; }"
        "QLabel#channelAlertText { color: #a8071a; font-weight: 600; }"
        "QLabel#channelAlertDetail { color: #5b616b; }"_s);
    m_text->setObjectName(u"channelAlertText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(u"channelAlertDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsButton->setObjectName(u"channelAlertSettingsButton"_s);
    m_settingsButton->setToolTip(tr("打开 设置 → 网关，重新输入登录令牌（Ctrl+,）"));
    m_closeButton->setObjectName(u"channelAlertCloseButton"_s);
    m_closeButton->setText(u"×"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("关闭提示"));

    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_text);
    words->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(10);
    auto* icon = new QLabel(u"⚠"_s);
    icon->setStyleSheet(u"color: #e5484d; font-size: 16px;"_s);
    layout->addWidget(icon);
    layout->addLayout(words, 1);
    layout->addWidget(m_settingsButton);
    layout->addWidget(m_closeButton);

    connect(m_settingsButton, &QPushButton::clicked, this, &ChannelAlertBanner::settingsRequested);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ChannelAlertBanner::showAuthFailure(const QString& gatewayMessage) {
    m_authFailure = true;
    showMessage(tr("网关拒绝了登录令牌，请在 设置 → 网关 中重新输入。在此之前新消息不会到达，回复保存为待发送。"),
                gatewayMessage.isEmpty() ? QString() : tr("网关说明：%1").arg(gatewayMessage), true);
}

void ChannelAlertBanner::showProblem(const QString& message) {
    m_authFailure = false;
    showMessage(message, QString(), false);
}

QString ChannelAlertBanner::message() const {
    return m_text->text();
}

void ChannelAlertBanner::showMessage(const QString& text, const QString& detail, bool offerSettings) {
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_settingsButton->setVisible(offerSettings);
    show();
}

}  // namespace kefu
