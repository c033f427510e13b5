#pragma once

#include "core/Agent.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class TransferDialog;
}

namespace kefu {

// 转接: pick the agent who takes the conversation over and say why (required; the reason stays in the chat).
class TransferDialog : public QDialog {
    Q_OBJECT

public:
    TransferDialog(const QList<Agent>& candidates, QWidget* parent = nullptr);
    ~TransferDialog() override;

    std::optional<Agent> selectedAgent() const;
    QString reason() const;

private:
    void updateOk();

    std::unique_ptr<Ui::TransferDialog> m_ui;
    QList<Agent> m_candidates;
};

}  // namespace kefu
