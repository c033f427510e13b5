#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>

namespace kefu {

// Prepared statements kept for a repository's lifetime, so bulk writes do not re-parse SQL for every row, plus the
// bind-execute-translate-error step every repository call repeats. Destroy it before its connection is closed.
class StatementCache {
public:
    explicit StatementCache(QSqlDatabase db);

    // Prepares `sql` on first use, binds `values` positionally and executes it. A null QString binds as '' (Qt would
    // bind NULL); pass a null QVariant of another type, e.g. QVariant(QMetaType::fromType<qint64>()), for NULL. The
    // caller reads any rows and must call finish() on the query, so no statement stays open across a commit.
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& values, const QString& userMessage);

    // A one-off statement for reads that are not on a bulk path.
    static Result<QSqlQuery> execOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                      const QString& userMessage);
    // A statement that must change a row: NotFound with `notFoundMessage` when it changed none.
    static Status execChanging(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                               const QString& userMessage, const QString& notFoundMessage);

private:
    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_queries;
};

}  // namespace kefu
