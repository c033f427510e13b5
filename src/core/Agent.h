#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

enum class AgentRole { PreSale, AfterSale, Supervisor, Admin };  // 售前客服 售后客服 客服主管 管理员
enum class AgentStatus { Online, Away, Offline };                // 在线 挂起 离线

QString agentRoleLabel(AgentRole role);
QString agentRoleKey(AgentRole role);  // stored form: "presale", "aftersale", "supervisor", "admin"
std::optional<AgentRole> agentRoleFromKey(QStringView key);
QString agentStatusLabel(AgentStatus status);
QString agentStatusKey(AgentStatus status);  // "online", "away", "offline"
std::optional<AgentStatus> agentStatusFromKey(QStringView key);
QList<AgentRole> allAgentRoles();
QList<AgentStatus> allAgentStatuses();
bool roleMaySeeFullContact(AgentRole role);  // phone/address unmasked: supervisors, admins and after-sales staff

struct Agent {
    qint64 id = 0;
    QString nick;  // the sub-account, e.g. "优衣坊旗舰店:小美"
    QString displayName;
    AgentRole role = AgentRole::PreSale;
    AgentStatus status = AgentStatus::Offline;
};

}  // namespace kefu
