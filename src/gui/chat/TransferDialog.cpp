#include "gui/chat/TransferDialog.h"

#include "ui_TransferDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kefu {

TransferDialog::TransferDialog(const QList<Agent>& candidates, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TransferDialog>()), m_candidates(candidates) {
    m_ui->setupUi(this);
    for (const Agent& agent : candidates) {
        m_ui->agentCombo->addItem(
            tr("%1（%2 · %3）").arg(agent.displayName, agentRoleLabel(agent.role), agentStatusLabel(agent.status)));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("转接"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &TransferDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_ui->agentCombo->setFocus();
}

TransferDialog::~TransferDialog() = default;

std::optional<Agent> TransferDialog::selectedAgent() const {
    const int row = m_ui->agentCombo->currentIndex();
    if (row < 0 || row >= m_candidates.size()) {
        return std::nullopt;
    }
    return m_candidates.at(row);
}

QString TransferDialog::reason() const {
    return m_ui->reasonEdit->text().trimmed();
}

void TransferDialog::updateOk() {
    const bool ready = !reason().isEmpty() && selectedAgent().has_value();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_ui->hintLabel->setVisible(!ready);
    m_ui->hintLabel->setText(m_candidates.isEmpty() ? tr("没有可以转接的客服") : tr("请填写转接原因"));
}

}  // namespace kefu
