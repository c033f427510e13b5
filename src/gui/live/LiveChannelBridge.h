#pragma once

#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelSettings.h"
#include "channel/client/ChannelState.h"
#include "channel/sync/AppliedBatch.h"
#include "core/Agent.h"

#include <QObject>
#include <QString>

namespace kefu {

class LiveChannel;
struct WorkbenchContext;

// The workbench's end of the live channel. It owns the LiveChannel (whose worker thread holds the gateway socket
// and its own store connection, so nothing here waits on the network), starts it from the saved settings or the
// command line, and turns what the worker stored (AppliedBatch) into WorkbenchEvents: conversationUpdated for each
// inbox row, ordersUpdated for each buyer whose orders or after-sales cases changed. It forwards
// WorkbenchEvents::outboxChanged to the worker and writes every agentStatusChanged to the outbox as presence.
// Without a gateway address it stays stopped: the workbench works offline and the outbox keeps what the agent sent.
class LiveChannelBridge : public QObject {
    Q_OBJECT

public:
    explicit LiveChannelBridge(WorkbenchContext& ctx, QObject* parent = nullptr);
    ~LiveChannelBridge() override;

    // Starts (or restarts) with this address and token; an empty address stops the channel (offline mode).
    void start(const QString& url, const QString& token);
    // The same with explicit settings (tests pass short timings); agentNick and dbPath are filled in when empty.
    void start(ChannelSettings settings);
    // WorkbenchSettings' gateway/url and gateway/token.
    void startFromSettings();
    // Again with the same settings (诊断 → 重新连接; after an auth failure only a new token helps).
    void restart();
    void stop();

    bool isConfigured() const { return !m_settings.url.isEmpty(); }
    QString url() const { return m_settings.url; }
    QString agentNick() const;
    ChannelState state() const;
    const ChannelDiagnostics& diagnostics() const;
    // The gateway's words when it refused the token; empty otherwise.
    QString authFailure() const { return m_authFailure; }
    LiveChannel* channel() const { return m_channel; }

Q_SIGNALS:
    void stateChanged(kefu::ChannelState state);
    void diagnosticsChanged(const kefu::ChannelDiagnostics& diagnostics);
    // The gateway refused the login token: the agent must enter a new one (设置 → 网关).
    void authFailed(const QString& message);
    // Something the agent should know that the channel cannot fix by itself (store unusable, unsupported gateway).
    void problemReported(const QString& message);
    // The channel was (re)started with an address, or stopped.
    void configurationChanged();

private:
    void onBatchApplied(const AppliedBatch& batch);
    void onAgentStatusChanged(AgentStatus status);

    WorkbenchContext& m_ctx;
    LiveChannel* m_channel;
    ChannelSettings m_settings;
    QString m_authFailure;
};

}  // namespace kefu
