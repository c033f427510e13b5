#pragma once

#include "core/Agent.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace kefu {

class Database;

// Customer-service agents (the shop's sub-accounts).
class AgentRepository {
public:
    explicit AgentRepository(Database& db) : m_db(db) {}

    // Constraint when the nick is taken. The Agent's id is ignored; the new id is returned.
    Result<qint64> add(const Agent& agent);
    Result<Agent> find(qint64 id) const;
    Result<Agent> findByNick(const QString& nick) const;
    Result<QList<Agent>> list() const;  // ordered by id
    Status setStatus(qint64 id, AgentStatus status);

private:
    Database& m_db;
};

}  // namespace kefu
