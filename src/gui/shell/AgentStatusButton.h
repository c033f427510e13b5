#pragma once

#include "core/Agent.h"

#include <QToolButton>

namespace kefu {

struct WorkbenchContext;

// The status bar's 在线 / 挂起 / 离线 switch. Stores the agent's status and tells the workbench; also follows
// requests from panels (the chat's 挂起 action).
class AgentStatusButton : public QToolButton {
    Q_OBJECT

public:
    explicit AgentStatusButton(WorkbenchContext& context, QWidget* parent = nullptr);

    AgentStatus status() const { return m_status; }

public Q_SLOTS:
    void setStatus(kefu::AgentStatus status);

private:
    void showStatus();

    WorkbenchContext& m_context;
    AgentStatus m_status;
};

}  // namespace kefu
