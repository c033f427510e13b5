#include "core/Agent.h"

#include "core/EnumLookup.h"

using namespace Qt::StringLiterals;

namespace kefu {

QString agentRoleLabel(AgentRole role) {
    switch (role) {
        case AgentRole::PreSale:
            return u"售前客服"_s;
        case AgentRole::AfterSale:
            return u"售后客服"_s;
        case AgentRole::Supervisor:
            return u"客服主管"_s;
        case AgentRole::Admin:
            return u"管理员"_s;
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
            return u"在线"_s;
        case AgentStatus::Away:
            return u"挂起"_s;
        case AgentStatus::Offline:
            return u"离线"_s;
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
