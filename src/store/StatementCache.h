#pragma once

#include "core/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <optional>

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

    // The first column of the first row as an int (0 when there is no row): COUNT(*) and the like.
    Result<int> scalarInt(const QString& sql, const QVariantList& values, const QString& userMessage);
    // (key, count) rows of a `SELECT key, COUNT(*) … GROUP BY key`, turned into an enum by `fromKey`; keys it does
    // not know are skipped.
    template <typename Enum, typename FromKey>
    Result<QMap<Enum, int>> countsByKey(const QString& sql, FromKey fromKey, const QString& userMessage) {
        auto q = exec(sql, {}, userMessage);
        if (!q) {
            return q.error();
        }
        QMap<Enum, int> counts;
        while ((*q)->next()) {
            if (const std::optional<Enum> key = fromKey((*q)->value(0).toString())) {
                counts[*key] = (*q)->value(1).toInt();
            }
        }
        (*q)->finish();
        return counts;
    }

    // The first column of every row of a one-off read, as text (category names, group names).
    static Result<QStringList> firstColumn(const QSqlDatabase& db, const QString& sql, const QString& userMessage);
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
