#include "logging/Log.h"

#include <QDir>
#include <QFile>

#include <spdlog/logger.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <atomic>
#include <cstdio>
#include <exception>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace kefu::log {
namespace {

constexpr const char* kPattern = "%Y-%m-%d %H:%M:%S.%e [%l] [t%t] %v";

struct State {
    std::mutex mutex;
    std::shared_ptr<spdlog::logger> logger;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> ring;
    QString filePath;
    bool handlerInstalled = false;
    QtMessageHandler previousHandler = nullptr;
    std::atomic<int> level{static_cast<int>(Level::Warn)};
};

// Leaked on purpose: Qt may still deliver messages from its own global destructors after main() returns.
State& state() {
    static auto* s = new State;
    return *s;
}

spdlog::level::level_enum toSpd(Level level) {
    switch (level) {
        case Level::Debug:
            return spdlog::level::debug;
        case Level::Info:
            return spdlog::level::info;
        case Level::Warn:
            return spdlog::level::warn;
        case Level::Error:
            return spdlog::level::err;
        case Level::Off:
            return spdlog::level::off;
    }
    return spdlog::level::info;
}

// Before init() and after shutdown() nothing must be lost silently, but tests should stay quiet: warnings up go to
// stderr.
std::shared_ptr<spdlog::logger> makeFallbackLogger() {
    auto logger = std::make_shared<spdlog::logger>("kefudesk", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_pattern(kPattern);
    logger->set_level(spdlog::level::warn);
    return logger;
}

std::shared_ptr<spdlog::logger> currentLogger() {
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (!s.logger) {
        s.logger = makeFallbackLogger();
    }
    return s.logger;
}

Level levelOf(QtMsgType type) {
    switch (type) {
        case QtDebugMsg:
            return Level::Debug;
        case QtInfoMsg:
            return Level::Info;
        case QtWarningMsg:
            return Level::Warn;
        case QtCriticalMsg:
        case QtFatalMsg:
            return Level::Error;
    }
    return Level::Info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const Level level = levelOf(type);
    if (!isEnabled(level) && type != QtFatalMsg) {
        return;
    }
    const QString category = context.category ? QString::fromUtf8(context.category) : QString();
    const bool namedCategory = !category.isEmpty() && category != "default"_L1;
    const QString line = (namedCategory ? u"[qt:"_s % category % u"] "_s : u"[qt] "_s) % message;
    write(level, line);
    if (type == QtFatalMsg) {
        flush();  // Qt aborts right after the handler returns
        if (!isEnabled(level)) {
            // Even with logging off, the reason for an abort must reach someone.
            std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        }
    }
}

struct FileSinkResult {
    std::shared_ptr<spdlog::sinks::sink> sink;
    QString path;
    std::optional<Error> error;
};

FileSinkResult makeFileSink(const QString& logDir) {
    FileSinkResult result;
    if (logDir.isEmpty()) {
        return result;
    }
    const QString path = QDir(logDir).filePath(kFileName.toString());
    if (!QDir().mkpath(logDir)) {
        result.error = Error{ErrorCode::Io, u"无法创建日志目录：%1"_s.arg(logDir), u"mkpath failed"_s};
        return result;
    }
    // spdlog reports a file it cannot open by throwing; keep that exception inside this boundary.
    try {
        result.sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(QFile::encodeName(path).toStdString(),
                                                                             kMaxFileBytes, kMaxFiles);
        result.path = path;
    } catch (const std::exception& e) {
        result.error = Error{ErrorCode::Io, u"无法写入日志文件：%1"_s.arg(path), QString::fromUtf8(e.what())};
    }
    return result;
}

}  // namespace

Status init(const LogOptions& options) {
    std::vector<spdlog::sink_ptr> sinks;
    auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(static_cast<size_t>(qMax(1, options.ringLines)));
    sinks.push_back(ring);
    if (options.toStderr) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    FileSinkResult file = makeFileSink(options.logDir);
    if (file.sink) {
        sinks.push_back(file.sink);
    }
    auto logger = std::make_shared<spdlog::logger>("kefudesk", sinks.begin(), sinks.end());
    logger->set_pattern(kPattern);
    logger->set_level(toSpd(options.level));
    // Lines that explain a crash must already be on disk; the app does not log at a rate where this costs.
    logger->flush_on(spdlog::level::info);

    State& s = state();
    std::shared_ptr<spdlog::logger> previous;
    {
        std::lock_guard lock(s.mutex);
        previous = std::exchange(s.logger, logger);
        s.ring = ring;
        s.filePath = file.path;
        s.level.store(static_cast<int>(options.level));
        if (!s.handlerInstalled) {
            s.previousHandler = qInstallMessageHandler(qtMessageHandler);
            s.handlerInstalled = true;
        }
    }
    if (previous) {
        previous->flush();
    }
    if (file.error) {
        write(Level::Warn, file.error->message % u" ("_s % file.error->detail % u')');
        return *file.error;
    }
    return {};
}

void shutdown() {
    State& s = state();
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(s.mutex);
        if (s.handlerInstalled) {
            qInstallMessageHandler(s.previousHandler);
            s.handlerInstalled = false;
            s.previousHandler = nullptr;
        }
        logger = std::exchange(s.logger, nullptr);
        s.ring.reset();
        s.filePath.clear();
        s.level.store(static_cast<int>(Level::Warn));
    }
    if (logger) {
        logger->flush();
    }
}

void flush() {
    currentLogger()->flush();
}

bool isEnabled(Level level) {
    return level != Level::Off && static_cast<int>(level) >= state().level.load(std::memory_order_relaxed);
}

void write(Level level, const QString& text) {
    if (!isEnabled(level)) {
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    currentLogger()->log(toSpd(level), std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

QString currentFilePath() {
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.filePath;
}

QStringList recentLines() {
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> ring;
    {
        State& s = state();
        std::lock_guard lock(s.mutex);
        ring = s.ring;
    }
    QStringList lines;
    if (!ring) {
        return lines;
    }
    for (const std::string& line : ring->last_formatted()) {
        QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
        while (text.endsWith(u'\n') || text.endsWith(u'\r')) {
            text.chop(1);
        }
        lines.append(text);
    }
    return lines;
}

QString levelName(Level level) {
    switch (level) {
        case Level::Debug:
            return u"debug"_s;
        case Level::Info:
            return u"info"_s;
        case Level::Warn:
            return u"warn"_s;
        case Level::Error:
            return u"error"_s;
        case Level::Off:
            return u"off"_s;
    }
    return u"info"_s;
}

std::optional<Level> levelFromName(QStringView name) {
    for (Level level : {Level::Debug, Level::Info, Level::Warn, Level::Error, Level::Off}) {
        if (name.compare(levelName(level), Qt::CaseInsensitive) == 0) {
            return level;
        }
    }
    if (name.compare(u"warning", Qt::CaseInsensitive) == 0) {
        return Level::Warn;
    }
    return std::nullopt;
}

}  // namespace kefu::log
