#include "gui/shell/AgentStatusButton.h"

#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "logging/Log.h"
#include "store/AgentRepository.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QString statusColor(AgentStatus status) {
    switch (status) {
        case AgentStatus::Online:
            return u"#1aad19"_s;
        case AgentStatus::Away:
            return u"#f0a020"_s;
        case AgentStatus::Offline:
            break;
    }
    return u"#999999"_s;
}

}  // namespace

AgentStatusButton::AgentStatusButton(WorkbenchContext& context, QWidget* parent)
    : QToolButton(parent), m_context(context), m_status(context.agent.status) {
    setObjectName(u"agentStatusButton"_s);
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    auto* menu = new QMenu(this);
    auto* group = new QActionGroup(menu);
    for (AgentStatus status : {AgentStatus::Online, AgentStatus::Away, AgentStatus::Offline}) {
        QAction* action = menu->addAction(agentStatusLabel(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
    }
    setMenu(menu);
    connect(&context.events, &WorkbenchEvents::agentStatusChangeRequested, this, &AgentStatusButton::setStatus);
    showStatus();
}

void AgentStatusButton::setStatus(AgentStatus status) {
    if (Status saved = AgentRepository(m_context.db).setStatus(m_context.agent.id, status); !saved) {
        log::error("agent status: {} ({})", saved.error().message, saved.error().detail);
        QMessageBox::warning(window(), tr("无法切换状态"), saved.error().message);
        return;
    }
    m_status = status;
    m_context.agent.status = status;
    showStatus();
    Q_EMIT m_context.events.agentStatusChanged(status);
}

void AgentStatusButton::showStatus() {
    setText(tr("● %1").arg(agentStatusLabel(m_status)));
    setStyleSheet(u"QToolButton { color: %1; font-weight: 600; }"_s.arg(statusColor(m_status)));
    setToolTip(
        tr("%1（%2）— 点击切换 在线 / 挂起 / 离线").arg(m_context.agent.displayName, agentStatusLabel(m_status)));
    for (QAction* action : menu()->actions()) {
        action->setChecked(action->data().toInt() == static_cast<int>(m_status));
    }
}

}  // namespace kefu
