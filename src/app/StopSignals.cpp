#include "app/StopSignals.h"

#include "logging/Log.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace kefu {

namespace {

std::array<int, 2> g_pipe{-1, -1};  // [0] read by the notifier, [1] written by the handler
struct sigaction g_previousTerm {};
struct sigaction g_previousInt {};

extern "C" void onStopSignal(int signalNumber) {
    const int saved = errno;  // async-signal-safe: write() only
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

bool install(int signalNumber, struct sigaction* previous) {
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(signalNumber, &action, previous) == 0;
}

}  // namespace

StopSignals::StopSignals(QObject* parent) : QObject(parent) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe.data()) != 0) {
        log::warn("SIGTERM/SIGINT 处理未安装: socketpair 失败 ({})", errno);
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::onReadable);
    if (!install(SIGTERM, &g_previousTerm) || !install(SIGINT, &g_previousInt)) {
        log::warn("SIGTERM/SIGINT 处理未安装: sigaction 失败 ({})", errno);
    }
}

StopSignals::~StopSignals() {
    if (!m_notifier) {
        return;
    }
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe = {-1, -1};
}

void StopSignals::onReadable() {
    unsigned char byte = 0;
    if (::read(g_pipe[0], &byte, 1) == 1) {
        Q_EMIT stopRequested(byte);
    }
}

}  // namespace kefu
