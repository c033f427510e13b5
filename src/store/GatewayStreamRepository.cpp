#include "store/GatewayStreamRepository.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace kefu {

using namespace Qt::StringLiterals;

GatewayStreamRepository::GatewayStreamRepository(Database& db) : m_statements(db.connection()) {}

Result<qint64> GatewayStreamRepository::lastSeq(const QString& streamKey) {
    auto q = m_statements.exec(u"SELECT last_seq FROM gateway_stream WHERE stream_key = ?"_s, {streamKey},
                               QCoreApplication::translate("kefu::Store", "无法读取消息同步进度"));
    if (!q) {
        return q.error();
    }
    const qint64 seq = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return seq;
}

Status GatewayStreamRepository::setLastSeq(const QString& streamKey, qint64 seq) {
    auto q = m_statements.exec(
        u"INSERT INTO gateway_stream (stream_key, last_seq) VALUES (?, ?) "
        "ON CONFLICT (stream_key) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"_s,
        {streamKey, seq}, QCoreApplication::translate("kefu::Store", "无法保存消息同步进度"));
    if (!q) {
        return q.error();
    }
    (*q)->finish();
    return {};
}

}  // namespace kefu
