#include "StartupCase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kTimeoutMs = 30'000;

QProcessEnvironment probeEnvironment(const QString& settingsDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // The application's settings, layout and logs go to a scratch folder, not the agent's own.
    env.insert(u"XDG_CONFIG_HOME"_s, settingsDir + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, settingsDir + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, settingsDir + u"/cache"_s);
    return env;
}

// The time to the "painted" line, or an error text.
std::variant<double, QString> runOnce(const QString& kefudesk, const QStringList& arguments,
                                      const QProcessEnvironment& env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(kefudesk, arguments);
    std::optional<double> paintedMs;
    QByteArray out;
    while (!paintedMs && timer.elapsed() < kTimeoutMs && process.state() != QProcess::NotRunning) {
        if (!process.waitForReadyRead(100)) {
            continue;
        }
        out += process.readAllStandardOutput();
        if (out.contains("painted\n")) {
            paintedMs = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    out += process.readAllStandardOutput();
    if (!paintedMs && out.contains("painted\n")) {
        paintedMs = double(timer.nsecsElapsed()) / 1e6;  // the line came with the exit
    }
    if (!paintedMs) {
        return u"no \"painted\" (exit %1): %2"_s.arg(process.exitCode())
            .arg(QString::fromUtf8(process.readAllStandardError()).left(300).simplified());
    }
    return *paintedMs;
}

}  // namespace

StartupOutcome benchStartup(const QString& kefudesk, const QString& store, const QString& agentNick, int runs,
                            const QString& settingsDir) {
    StartupOutcome outcome;
    const QStringList arguments = {u"--db"_s, store, u"--agent"_s, agentNick, u"--startup-probe"_s};
    const QProcessEnvironment env = probeEnvironment(settingsDir);
    for (int i = 0; i < runs; ++i) {
        const auto result = runOnce(kefudesk, arguments, env);
        if (const double* ms = std::get_if<double>(&result)) {
            outcome.runs.add(*ms);
        } else {
            outcome.errors << std::get<QString>(result);
        }
    }
    return outcome;
}

}  // namespace kefu
