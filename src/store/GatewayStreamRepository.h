#pragma once

#include "core/Result.h"
#include "store/StatementCache.h"

#include <QString>
#include <QtGlobal>

namespace kefu {

class Database;

// The highest seq of the gateway's stream (protocol v1 §8) whose effect is committed, per stream: what `resume`
// sends after a restart. Written in the same transaction as the frames it covers.
class GatewayStreamRepository {
public:
    explicit GatewayStreamRepository(Database& db);

    Result<qint64> lastSeq(const QString& streamKey);  // 0 when nothing was persisted
    // Never lowers it: a late or repeated call with an older seq changes nothing.
    Status setLastSeq(const QString& streamKey, qint64 seq);

private:
    StatementCache m_statements;
};

}  // namespace kefu
