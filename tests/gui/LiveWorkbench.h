#pragma once

#include "DemoWorkbench.h"
#include "channel/client/ChannelSettings.h"
#include "gui/MainWindow.h"
#include "gui/inbox/InboxPanel.h"
#include "gui/inbox/NewMessageAlert.h"
#include "gui/live/LiveChannelBridge.h"
#include "sim/GatewaySimulator.h"
#include "store/ConversationRepository.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

namespace kefu::test {

// Runs the event loop until `done` holds or `timeoutMs` passes; the channel's worker reports through queued signals.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

// The real workbench window over the demo shop, connected over loopback to an in-process GatewaySimulator that
// routes new conversations to the signed-in agent. Alerts are silenced.
class LiveWorkbench {
public:
    static inline const QString kToken = QStringLiteral("gui-test-token");

    LiveWorkbench() : m_sim(simOptions()) {
        QSettings().clear();
        m_sim.setClock(&m_bench.clock());
        EXPECT_TRUE(m_sim.start()) << m_sim.errorString().toStdString();
        m_window = std::make_unique<MainWindow>(m_bench.context());
        m_window->inboxPanel()->alert()->setOutputs({[] {}, [](const QString&, const QString&) {}});
        m_window->resize(1440, 900);
        m_window->show();
    }
    ~LiveWorkbench() {
        m_window.reset();  // stops the channel before the simulator goes
        QSettings().clear();
    }

    // Starts the channel as the launcher does, with a short reconnect delay so a wrong retry would show quickly.
    void connect(const QString& token = kToken) {
        ChannelSettings settings;
        settings.url = m_sim.url().toString();
        settings.token = token;
        settings.timings.backoff.initialMs = 100;
        settings.timings.backoff.maxMs = 400;
        m_window->liveChannel()->start(settings);
    }
    bool waitUntilLive() {
        return waitUntil([this] { return m_window->liveChannel()->state() == ChannelState::Live; }) &&
               waitUntil([this] { return m_sim.liveConnectionCount() == 1; });
    }
    // The store's id of a simulator conversation, once the channel has stored it.
    std::optional<qint64> storedConversation(const QString& gatewayId) {
        std::optional<qint64> id;
        waitUntil([&] {
            auto found = ConversationRepository(m_bench.db()).findByGatewayId(gatewayId);
            id = found ? *found : std::nullopt;
            return id.has_value();
        });
        return id;
    }

    DemoWorkbench& bench() { return m_bench; }
    GatewaySimulator& sim() { return m_sim; }
    MainWindow& window() { return *m_window; }
    QString agentNick() { return m_bench.context().agent.nick; }

private:
    SimOptions simOptions() {
        SimOptions options;
        options.token = kToken;
        options.runTag = QStringLiteral("gui");
        options.defaultAgent = m_bench.context().agent.nick;
        return options;
    }

    DemoWorkbench m_bench;
    GatewaySimulator m_sim;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace kefu::test
