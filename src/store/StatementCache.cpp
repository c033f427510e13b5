#include "store/StatementCache.h"

#include "store/SqlError.h"

#include <QSqlError>
#include <QVariant>

#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

Status bindAndExec(QSqlQuery& query, const QVariantList& values, const QString& userMessage) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // A default-constructed QString binds as NULL, which NOT NULL text columns refuse; it means "empty" here.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(u""_s) : value);
    }
    if (!query.exec()) {
        Error error = SqlError::from(query.lastError(), userMessage);
        query.finish();
        return error;
    }
    return {};
}

}  // namespace

StatementCache::StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QSqlQuery*> StatementCache::exec(const QString& sql, const QVariantList& values, const QString& userMessage) {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return SqlError::from(query.lastError(), userMessage);
        }
        it = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = it->second;
    if (Status status = bindAndExec(query, values, userMessage); !status) {
        return status.error();
    }
    return &query;
}

Result<int> StatementCache::scalarInt(const QString& sql, const QVariantList& values, const QString& userMessage) {
    auto q = exec(sql, values, userMessage);
    if (!q) {
        return q.error();
    }
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return n;
}

Result<QStringList> StatementCache::firstColumn(const QSqlDatabase& db, const QString& sql,
                                                const QString& userMessage) {
    Result<QSqlQuery> rows = execOnce(db, sql, {}, userMessage);
    if (!rows) {
        return rows.error();
    }
    QStringList values;
    while (rows->next()) {
        values.append(rows->value(0).toString());
    }
    return values;
}

Result<QSqlQuery> StatementCache::execOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                           const QString& userMessage) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return SqlError::from(query.lastError(), userMessage);
    }
    if (Status status = bindAndExec(query, values, userMessage); !status) {
        return status.error();
    }
    return Result<QSqlQuery>(std::move(query));
}

Status StatementCache::execChanging(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                    const QString& userMessage, const QString& notFoundMessage) {
    Result<QSqlQuery> query = execOnce(db, sql, values, userMessage);
    if (!query) {
        return query.error();
    }
    if (query->numRowsAffected() <= 0) {
        return Error{ErrorCode::NotFound, notFoundMessage, sql};
    }
    return {};
}

}  // namespace kefu
