#include "gui/live/LiveChannelBridge.h"

#include "channel/client/LiveChannel.h"
#include "core/Clock.h"
#include "gui/shell/WorkbenchSettings.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "logging/Log.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
// Ids in a stable order, so the inbox and the side panel refresh in the same order on every run.
QList<qint64> sorted(const QSet<qint64>& ids) {
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}
}  // namespace

LiveChannelBridge::LiveChannelBridge(WorkbenchContext& ctx, QObject* parent)
    : QObject(parent), m_ctx(ctx), m_channel(new LiveChannel(this)) {
    connect(m_channel, &LiveChannel::batchApplied, this, &LiveChannelBridge::onBatchApplied);
    connect(m_channel, &LiveChannel::stateChanged, this, [this](ChannelState state) {
        if (state == ChannelState::Live) {
            m_authFailure.clear();
        }
        Q_EMIT stateChanged(state);
    });
    connect(m_channel, &LiveChannel::diagnosticsChanged, this, &LiveChannelBridge::diagnosticsChanged);
    connect(m_channel, &LiveChannel::authFailed, this, [this](const QString& message) {
        m_authFailure = message;
        Q_EMIT authFailed(message);
    });
    connect(m_channel, &LiveChannel::problemReported, this, &LiveChannelBridge::problemReported);
    connect(&ctx.events, &WorkbenchEvents::outboxChanged, m_channel, &LiveChannel::outboxChanged);
    connect(&ctx.events, &WorkbenchEvents::agentStatusChanged, this, &LiveChannelBridge::onAgentStatusChanged);
}

LiveChannelBridge::~LiveChannelBridge() = default;  // LiveChannel (a child) stops its thread as it goes

void LiveChannelBridge::start(const QString& url, const QString& token) {
    ChannelSettings settings;
    settings.url = url.trimmed();
    settings.token = token;
    start(std::move(settings));
}

void LiveChannelBridge::start(ChannelSettings settings) {
    m_authFailure.clear();
    if (settings.agentNick.isEmpty()) {
        settings.agentNick = m_ctx.agent.nick;
    }
    if (settings.dbPath.isEmpty()) {
        settings.dbPath = m_ctx.db.path();
    }
    m_settings = settings;
    if (m_settings.url.isEmpty()) {
        log::info(u"live channel: no gateway configured, offline mode"_s);
        m_channel->stop();
    } else {
        m_channel->start(m_settings);
    }
    Q_EMIT configurationChanged();
}

void LiveChannelBridge::startFromSettings() {
    start(WorkbenchSettings::gatewayUrl(), WorkbenchSettings::gatewayToken());
}

void LiveChannelBridge::restart() {
    start(m_settings);
}

void LiveChannelBridge::stop() {
    m_settings.url.clear();
    m_channel->stop();
    Q_EMIT configurationChanged();
}

QString LiveChannelBridge::agentNick() const {
    return m_settings.agentNick.isEmpty() ? m_ctx.agent.nick : m_settings.agentNick;
}

ChannelState LiveChannelBridge::state() const {
    return m_channel->state();
}

const ChannelDiagnostics& LiveChannelBridge::diagnostics() const {
    return m_channel->diagnostics();
}

void LiveChannelBridge::onBatchApplied(const AppliedBatch& batch) {
    // The worker stored these rows on its own connection; the panels re-read them on ours.
    if (!batch.ackedMessageIds.isEmpty()) {
        Q_EMIT m_ctx.events.messagesAcked(batch.ackedMessageIds);
    }
    for (qint64 conversationId : sorted(batch.conversationIds + batch.buyerMessageConversationIds)) {
        Q_EMIT m_ctx.events.conversationUpdated(conversationId);
    }
    for (qint64 customerId : sorted(batch.customerIds)) {
        Q_EMIT m_ctx.events.ordersUpdated(customerId);
    }
}

void LiveChannelBridge::onAgentStatusChanged(AgentStatus status) {
    // Presence goes through the outbox too: set while offline, it is told to the gateway on the next connect.
    if (const Status stored = OutboxRepository(m_ctx.db).enqueuePresence(status, m_ctx.clock.nowMs()); !stored) {
        log::warn("live channel: could not store the presence: {}", stored.error().message);
        return;
    }
    m_channel->outboxChanged();
}

}  // namespace kefu
