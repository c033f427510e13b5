#include "core/Agent.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

QString agentRoleLabel(AgentRole role) {
    switch (role) {
        case AgentRole::PreSale:
            return QCoreApplication::translate("kefu::Labels", "售前客服");
        case AgentRole::AfterSale:
            return QCoreApplication::translate("kefu::Labels", "售后客服");
        case AgentRole::Supervisor:
            return QCoreApplication::translate("kefu::Labels", "客服主管");
        case AgentRole::Admin:
            return QCoreApplication::translate("kefu::Labels", "管理员");
    }
    return {};
}

QString agentRoleKey(AgentRole role) {
    switch (role) {
        case AgentRole::PreSale:
            return u"presale"_s;
        case AgentRole::AfterSale:
            return u"aftersale"_s;
        case AgentRole::Supervisor:
            return u"supervisor"_s;
        case AgentRole::Admin:
            return u"admin"_s;
    }
    return {};
}

std::optional<AgentRole> agentRoleFromKey(QStringView key) {
    return enumFromKey(allAgentRoles(), &agentRoleKey, key);
}

QString agentStatusLabel(AgentStatus status) {
    switch (status) {
        case AgentStatus::Online:
            return QCoreApplication::translate("kefu::Labels", "在线");
        case AgentStatus::Away:
            return QCoreApplication::translate("kefu::Labels", "挂起");
        case AgentStatus::Offline:
            return QCoreApplication::translate("kefu::Labels", "离线");
    }
    return {};
}

QString agentStatusKey(AgentStatus status) {
    switch (status) {
        case AgentStatus::Online:
            return u"online"_s;
        case AgentStatus::Away:
            return u"away"_s;
        case AgentStatus::Offline:
            return u"offline"_s;
    }
    return {};
}

std::optional<AgentStatus> agentStatusFromKey(QStringView key) {
    return enumFromKey(allAgentStatuses(), &agentStatusKey, key);
}

QList<AgentRole> allAgentRoles() {
    return {AgentRole::PreSale, AgentRole::AfterSale, AgentRole::Supervisor, AgentRole::Admin};
}

QList<AgentStatus> allAgentStatuses() {
    return {AgentStatus::Online, AgentStatus::Away, AgentStatus::Offline};
}

bool roleMaySeeFullContact(AgentRole role) {
    // After-sales staff arrange returns and reshipments, so they need the real phone and address.
    switch (role) {
        case AgentRole::PreSale:
            return false;
        case AgentRole::AfterSale:
        case AgentRole::Supervisor:
        case AgentRole::Admin:
            return true;
    }
    return false;
}

}  // namespace kefu
