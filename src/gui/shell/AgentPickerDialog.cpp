#include "gui/shell/AgentPickerDialog.h"

#include "ui_AgentPickerDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kefu {

AgentPickerDialog::AgentPickerDialog(const QList<Agent>& agents, const QString& preferredNick, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AgentPickerDialog>()), m_agents(agents) {
    m_ui->setupUi(this);
    int preferredRow = 0;
    for (int row = 0; row < agents.size(); ++row) {
        const Agent& agent = agents.at(row);
        auto* item =
            new QListWidgetItem(tr("%1　%2\n%3").arg(agent.displayName, agentRoleLabel(agent.role), agent.nick));
        m_ui->agentList->addItem(item);
        if (agent.nick == preferredNick) {
            preferredRow = row;
        }
    }
    m_ui->agentList->setCurrentRow(preferredRow);
    m_ui->agentList->setFocus();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("登录"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!agents.isEmpty());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->agentList, &QListWidget::itemActivated, this, &QDialog::accept);
}

AgentPickerDialog::~AgentPickerDialog() = default;

std::optional<Agent> AgentPickerDialog::chosenAgent() const {
    const int row = m_ui->agentList->currentRow();
    if (row < 0 || row >= m_agents.size()) {
        return std::nullopt;
    }
    return m_agents.at(row);
}

bool AgentPickerDialog::remember() const {
    return m_ui->rememberBox->isChecked();
}

}  // namespace kefu
