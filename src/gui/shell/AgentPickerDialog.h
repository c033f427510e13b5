#pragma once

#include "core/Agent.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class AgentPickerDialog;
}

namespace kefu {

// The first-start sign-in: pick one of the shop's agents (real authentication comes with the gateway).
class AgentPickerDialog : public QDialog {
    Q_OBJECT

public:
    AgentPickerDialog(const QList<Agent>& agents, const QString& preferredNick, QWidget* parent = nullptr);
    ~AgentPickerDialog() override;

    std::optional<Agent> chosenAgent() const;
    bool remember() const;

private:
    std::unique_ptr<Ui::AgentPickerDialog> m_ui;
    QList<Agent> m_agents;
};

}  // namespace kefu
