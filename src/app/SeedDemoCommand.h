#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace kefu {

class Clock;

// `kefudesk seed-demo`: creates or migrates the store, loads the demo shop unless the store already has a shop,
// prints what the store now holds, and returns the process exit code.
class SeedDemoCommand {
    Q_DECLARE_TR_FUNCTIONS(SeedDemoCommand)

public:
    SeedDemoCommand(QString dbPath, const Clock& clock, QTextStream& out, QTextStream& err);
    int run();

private:
    QString m_dbPath;
    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
};

}  // namespace kefu
