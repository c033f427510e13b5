#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <fmt/format.h>

#include <optional>
#include <string_view>
#include <utility>

// QString arguments in kefu::log's format strings: kefu::log::warn("打开 {} 失败", path).
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const QString& text, FormatContext& ctx) const {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()), ctx);
    }
};

// kefu::log — the application's one log: a rotating file in the app data dir, stderr, and an in-memory ring of
// recent lines for the diagnostics view. Qt's own qDebug/qWarning/… are routed into it once init() has run.
// Safe to call from any thread; before init() (and after shutdown()) warnings and errors still reach stderr.
namespace kefu::log {

enum class Level { Debug, Info, Warn, Error, Off };

struct LogOptions {
    QString logDir;  // empty: no file (tests, or when the data dir is unavailable)
    bool toStderr = true;
    Level level = Level::Info;
    int ringLines = 500;  // how many recent lines recentLines() keeps
};

inline constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
inline constexpr int kMaxFiles = 3;
inline constexpr QStringView kFileName = u"kefudesk.log";

// Sets up the sinks and installs the Qt message handler. Calling it again replaces the previous setup.
// Fails (Io) only when the log file cannot be created; logging then continues to stderr and the ring.
Status init(const LogOptions& options);
// Flushes, uninstalls the Qt message handler and closes the file.
void shutdown();
void flush();

bool isEnabled(Level level);
void write(Level level, const QString& text);
QString currentFilePath();  // empty when no file sink is active
QStringList recentLines();  // oldest first, formatted like the file lines, no trailing newline
QString levelName(Level level);
std::optional<Level> levelFromName(QStringView name);  // "debug", "info", "warn", "error", "off"

inline void debug(const QString& text) {
    write(Level::Debug, text);
}
inline void info(const QString& text) {
    write(Level::Info, text);
}
inline void warn(const QString& text) {
    write(Level::Warn, text);
}
inline void error(const QString& text) {
    write(Level::Error, text);
}

// fmt-style overloads; formatting is skipped when the level is filtered out.
template <typename... Args>
void debug(fmt::format_string<Args...> format, Args&&... args) {
    if (isEnabled(Level::Debug)) {
        write(Level::Debug, QString::fromStdString(fmt::format(format, std::forward<Args>(args)...)));
    }
}
template <typename... Args>
void info(fmt::format_string<Args...> format, Args&&... args) {
    if (isEnabled(Level::Info)) {
        write(Level::Info, QString::fromStdString(fmt::format(format, std::forward<Args>(args)...)));
    }
}
template <typename... Args>
void warn(fmt::format_string<Args...> format, Args&&... args) {
    if (isEnabled(Level::Warn)) {
        write(Level::Warn, QString::fromStdString(fmt::format(format, std::forward<Args>(args)...)));
    }
}
template <typename... Args>
void error(fmt::format_string<Args...> format, Args&&... args) {
    if (isEnabled(Level::Error)) {
        write(Level::Error, QString::fromStdString(fmt::format(format, std::forward<Args>(args)...)));
    }
}

}  // namespace kefu::log
