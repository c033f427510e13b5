#include "store/AgentRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString readFailed() {
    return QCoreApplication::translate("kefu::Store", "读取客服失败");
}

QString agentNotFound() {
    return QCoreApplication::translate("kefu::Store", "找不到这个客服");
}

const QString kSelect = u"SELECT id, nick, display_name, role, status FROM agent "_s;

Agent agentFrom(const QSqlQuery& query) {
    Agent agent;
    agent.id = query.value(0).toLongLong();
    agent.nick = query.value(1).toString();
    agent.displayName = query.value(2).toString();
    // The table's CHECK constraints only admit known keys.
    agent.role = agentRoleFromKey(query.value(3).toString()).value_or(AgentRole::PreSale);
    agent.status = agentStatusFromKey(query.value(4).toString()).value_or(AgentStatus::Offline);
    return agent;
}

}  // namespace

Result<qint64> AgentRepository::add(const Agent& agent) {
    Result<QSqlQuery> query = StatementCache::execOnce(
        m_db.connection(), u"INSERT INTO agent (nick, display_name, role, status) VALUES (?, ?, ?, ?)"_s,
        {agent.nick, agent.displayName, agentRoleKey(agent.role), agentStatusKey(agent.status)},
        QCoreApplication::translate("kefu::Store", "添加客服“%1”失败").arg(agent.nick));
    if (!query) {
        return query.error();
    }
    return query->lastInsertId().toLongLong();
}

Result<Agent> AgentRepository::find(qint64 id) const {
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), kSelect + u"WHERE id = ?"_s, {id}, readFailed());
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{ErrorCode::NotFound, agentNotFound(), u"agent id "_s + QString::number(id)};
    }
    return agentFrom(*query);
}

Result<Agent> AgentRepository::findByNick(const QString& nick) const {
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), kSelect + u"WHERE nick = ?"_s, {nick}, readFailed());
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "找不到客服“%1”").arg(nick),
                     u"agent nick "_s + nick};
    }
    return agentFrom(*query);
}

Result<QList<Agent>> AgentRepository::list() const {
    Result<QSqlQuery> query = StatementCache::execOnce(m_db.connection(), kSelect + u"ORDER BY id"_s, {},
                                                       QCoreApplication::translate("kefu::Store", "读取客服列表失败"));
    if (!query) {
        return query.error();
    }
    QList<Agent> agents;
    while (query->next()) {
        agents.append(agentFrom(*query));
    }
    return agents;
}

Status AgentRepository::setStatus(qint64 id, AgentStatus status) {
    return StatementCache::execChanging(
        m_db.connection(), u"UPDATE agent SET status = ? WHERE id = ?"_s, {agentStatusKey(status), id},
        QCoreApplication::translate("kefu::Store", "更新客服状态失败"), agentNotFound());
}

}  // namespace kefu
