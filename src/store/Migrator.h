#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kefu {

// Brings a store to the latest schema: the numbered scripts under :/sql, tracked by PRAGMA user_version.
// Each step runs in its own transaction together with its user_version bump; an existing store is copied to
// "<file>.v<N>.bak" first. A store written by a newer KefuDesk is refused, never "fixed".
class Migrator {
public:
    struct Step {
        int version = 0;  // becomes user_version once the step has run
        QString name;     // "0001_init"
        QString sql;      // a whole script, possibly many statements
    };

    // The steps compiled into the program (resources/sql/NNNN_name.sql), ordered by version.
    static QList<Step> resourceSteps();
    // PRAGMA application_id of every KefuDesk store: "Kefu" in ASCII.
    static constexpr int kApplicationId = 0x4B656675;

    Migrator();
    explicit Migrator(QList<Step> steps);

    int latestVersion() const;
    // Reads user_version without writing; NewerSchema when the store is ahead of this program.
    Result<int> checkVersion(const QSqlDatabase& db) const;
    // Runs every step above the store's version. `filePath` is where the backup goes (empty: in memory, none).
    Status migrate(const QSqlDatabase& db, const QString& filePath) const;

private:
    Result<QString> backup(const QSqlDatabase& db, const QString& filePath, int version) const;
    Status runStep(const QSqlDatabase& db, const Step& step) const;

    QList<Step> m_steps;
};

}  // namespace kefu
