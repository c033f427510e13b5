#include "channel/client/ChannelWorker.h"

#include "channel/client/GatewayConnection.h"
#include "channel/client/GatewayRefusal.h"
#include "channel/sync/InboundApplier.h"
#include "logging/Log.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"

#include <QDateTime>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kDiagnosticsThrottleMs = 200;
constexpr int kIndexBatch = 5000;

QString nextConnectionName() {
    // Unique per worker: a second LiveChannel (tests, a re-login) must not share a Qt SQL connection name.
    static std::atomic<int> counter{0};
    return u"kefu-channel-%1"_s.arg(++counter);
}

OutboxEntry withAttempt(OutboxEntry entry) {
    ++entry.attempts;  // the write the error answers
    return entry;
}

// A presence, and a conversation's read, replace older ones of the same key: only the newest counts.
QString supersedeKey(const OutboxEntry& entry) {
    switch (entry.kind) {
        case OutboxKind::Presence:
            return u"presence"_s;
        case OutboxKind::MessageRead:
            return u"read:%1"_s.arg(entry.conversationId);
        default:
            return {};
    }
}

std::pair<qint64, qint64> ageOf(const OutboxEntry& entry) {
    return {entry.createdAtMs, entry.id};  // what the agent did later is newer; the id orders one millisecond
}

}  // namespace

ChannelWorker::ChannelWorker(ChannelSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_connectionName(nextConnectionName()) {
    m_checkpointTimer.setSingleShot(true);
    m_diagnosticsTimer.setSingleShot(true);
    m_rateLimitTimer.setSingleShot(true);
    connect(&m_rateLimitTimer, &QTimer::timeout, this, &ChannelWorker::endPause);
    connect(&m_checkpointTimer, &QTimer::timeout, this, &ChannelWorker::checkpoint);
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, [this] {
        if (m_connection && m_applier && m_applier->waitingForGap() > 0) {
            // The gateway skipped a seq and is not sending it: a new connection's resume makes it re-send.
            log::warn("实时通道: {} 帧在等待缺失的序号, 重新连接以补发", m_applier->waitingForGap());
            m_connection->restart(u"seq gap not filled"_s);
        }
    });
    connect(&m_diagnosticsTimer, &QTimer::timeout, this, [this] {
        if (m_connection) {
            Q_EMIT diagnosticsChanged(m_connection->diagnostics());
        }
    });
}

ChannelWorker::~ChannelWorker() {
    release();
}

QString ChannelWorker::localConversationReason() {
    return tr("本地会话未接入网关，无法发送");
}

void ChannelWorker::start() {
    if (m_connection) {
        return;
    }
    if (!openStore()) {
        Q_EMIT stateChanged(ChannelState::Failed);
        return;
    }
    connectGateway();
}

bool ChannelWorker::openStore() {
    auto opened = Database::open(m_settings.dbPath, m_connectionName);
    if (!opened) {
        log::error("实时通道: 打开数据库失败 {}: {} | {}", m_settings.dbPath, opened.error().message,
                   opened.error().detail);
        Q_EMIT problemReported(tr("无法打开本地数据库，实时通道未启动：%1").arg(opened.error().message));
        return false;
    }
    m_db = std::move(opened.value());
    if (Status off = m_db->setWalAutoCheckpoint(0); !off) {
        log::warn("实时通道: 关闭自动 checkpoint 失败: {}", off.error().detail);
    }
    auto maintenance = Database::open(m_settings.dbPath, m_connectionName + u"-checkpoint"_s);
    if (maintenance) {
        m_maintenanceDb = std::move(maintenance.value());
    } else {
        log::warn("实时通道: 维护连接打开失败, 不做 checkpoint: {}", maintenance.error().detail);
    }
    m_applier = std::make_unique<InboundApplier>(*m_db, m_settings.agentNick, m_settings.agentNick);
    m_outbox = std::make_unique<OutboxRepository>(*m_db);
    m_messages = std::make_unique<MessageRepository>(*m_db);
    return true;
}

void ChannelWorker::connectGateway() {
    m_connection = new GatewayConnection(m_settings, this);
    m_connection->setResumeSeqSource([this] { return resumeSeq(); });
    connect(m_connection, &GatewayConnection::sequencedFrames, this, &ChannelWorker::onBurst);
    connect(m_connection, &GatewayConnection::sequencedFrameRefused, this, [this](qint64 seq) {
        m_applier->refuse(seq);
        onBurst({});  // when it is the next seq, it is covered (and acked) now, not only when another frame comes
    });
    connect(m_connection, &GatewayConnection::live, this, [this] {
        // A new connection: every un-acked reply goes again (same client id), and so does every command the last
        // connection did not prove processed (they are idempotent at the gateway, protocol v1 §6).
        m_sentOnThisConnection.clear();
        m_unproven.clear();
        m_writtenByRef.clear();
        m_applier->discardWaiting();  // the gateway re-sends everything after the resume
        m_gapTimer.stop();
        sendOutbox();
    });
    connect(m_connection, &GatewayConnection::pongReceived, this, &ChannelWorker::onPong);
    connect(m_connection, &GatewayConnection::stateChanged, this, [this](ChannelState state) {
        Q_EMIT stateChanged(state);
        scheduleDiagnostics();
    });
    connect(m_connection, &GatewayConnection::authFailed, this, &ChannelWorker::authFailed);
    connect(m_connection, &GatewayConnection::unsupportedVersion, this, &ChannelWorker::problemReported);
    connect(m_connection, &GatewayConnection::errorReceived, this, &ChannelWorker::onGatewayError);
    connect(m_connection, &GatewayConnection::diagnosticsChanged, this, &ChannelWorker::scheduleDiagnostics);
    refreshOutboxSize();
    m_connection->start();
}

qint64 ChannelWorker::resumeSeq() {
    Result<qint64> seq = m_applier->lastSeq();
    if (!seq) {
        // Resuming from what we last knew is safe: the gateway re-sends more, never less.
        log::warn("实时通道: 读取 last seq 失败, 用 {}: {}", m_lastKnownSeq, seq.error().detail);
        return m_lastKnownSeq;
    }
    m_lastKnownSeq = seq.value();
    return m_lastKnownSeq;
}

void ChannelWorker::onBurst(const QList<InboundFrame>& frames) {
    Result<AppliedBatch> applied = m_applier->apply(frames);
    if (!applied) {
        // Nothing was stored and nothing is acked: reconnecting makes the gateway send the burst again.
        log::error("实时通道: {} 帧未能保存, 重连后重收: {} | {}", frames.size(), applied.error().message,
                   applied.error().detail);
        m_connection->diagnostics().lastError = applied.error().message;
        Q_EMIT problemReported(tr("无法保存网关消息：%1。将重新连接后重试。").arg(applied.error().message));
        m_connection->restart(u"store failed: "_s + applied.error().detail);
        return;
    }
    const AppliedBatch& batch = applied.value();
    watchGap(batch.lastSeq > m_lastKnownSeq);
    m_lastKnownSeq = std::max(m_lastKnownSeq, batch.lastSeq);
    m_connection->ack(batch.lastSeq);
    ChannelDiagnostics& diagnostics = m_connection->diagnostics();
    diagnostics.duplicates += batch.duplicates;
    diagnostics.rejected += batch.rejected;
    if (Result<int> indexed = m_messages->indexPending(kIndexBatch); !indexed) {
        log::warn("实时通道: 消息索引失败 (搜索时补上): {}", indexed.error().detail);
    }
    Q_EMIT batchApplied(batch);
    if (!batch.ackedMessageIds.isEmpty()) {
        sendOutbox();  // pending() is a window of the oldest rows: acked ones left, so later replies may go now
    } else {
        refreshOutboxSize();  // sendOutbox() counts too
    }
    m_checkpointTimer.start(static_cast<int>(m_settings.timings.checkpointIdleMs));
    scheduleDiagnostics();
}

void ChannelWorker::watchGap(bool progressed) {
    if (m_applier->waitingForGap() == 0) {
        m_gapTimer.stop();
    } else if (progressed || !m_gapTimer.isActive()) {
        m_gapTimer.start(static_cast<int>(m_settings.timings.gapTimeoutMs));
    }
}

void ChannelWorker::onGatewayError(const ErrorFrame& error) {
    if (const auto it = m_writtenByRef.constFind(error.ref); !error.ref.isEmpty() && it != m_writtenByRef.cend()) {
        if (!error.fatal) {
            onRefused(error, it.value());
            return;
        }
        if (!GatewayRefusal::aboutTheSession(error.code)) {
            onFatalRefusal(error, it.value());
        }
    }
    if (error.code == u"rate_limited"_s) {
        // Which frame was refused is unknown: everything written on this connection goes again after the pause
        // (replies are de-duplicated by client id, commands are harmless to repeat), and the next pong proves none.
        forgetWrittenFrames();
        pauseOutbox();
        return;
    }
    if (error.code == u"resume_too_old"_s) {
        m_applier->acceptGap();  // the frames after our resume are gone; the gateway goes on from its oldest
    }
    if (error.code == u"resume_too_old"_s || error.code == u"stream_reset"_s) {
        Q_EMIT problemReported(tr("网关提示：%1（部分历史消息可能不完整）").arg(error.message));
    }
}

void ChannelWorker::onRefused(const ErrorFrame& error, const OutboxEntry& entry) {
    const bool unproven = takeUnproven(entry.id);
    const GatewayRefusal::Action action = GatewayRefusal::actionFor(error.code, entry.attempts + 1);
    log::warn("实时通道: 网关拒绝了待发 {} (outbox {}, {}): {} {}", outboxKindKey(entry.kind), entry.id,
              action == GatewayRefusal::Action::Retry ? u"稍后重发"_s : u"不再发送"_s, error.code, error.message);
    if (action == GatewayRefusal::Action::Retry) {
        if (supersededByNewer(entry)) {
            log::info("实时通道: outbox {} 已被更新的 {} 取代, 不再重发", entry.id, outboxKindKey(entry.kind));
            if (unproven) {
                removeCommands({entry.id});
            }
        } else if (entry.kind == OutboxKind::MessageSend || unproven) {
            m_sentOnThisConnection.remove(entry.id);  // its row is still there: the next sendOutbox writes it again
        } else if (Status again = m_outbox->requeue(withAttempt(entry)); !again) {
            // The pong that removed it overtook this error (§7: pongs go before queued frames).
            log::error("实时通道: 重新排队失败, 命令丢失: {}", again.error().detail);
        }
        pauseOutbox();
    } else if (entry.kind == OutboxKind::MessageSend) {
        failReply(entry, error.message);
    } else if (unproven) {
        removeCommands({entry.id});
    }
    refreshOutboxSize();
    scheduleDiagnostics();
}

// A fatal error ends the connection: what it quotes was not processed, and goes again first on the next one. Capped
// like a refusal for now, or one frame the gateway cannot take would block the outbox for ever.
void ChannelWorker::onFatalRefusal(const ErrorFrame& error, const OutboxEntry& entry) {
    if (GatewayRefusal::actionFor(error.code, entry.attempts + 1) == GatewayRefusal::Action::Retry) {
        return;
    }
    log::warn("实时通道: 网关 {} 次以致命错误拒绝待发 {} (outbox {}), 不再发送: {} {}", entry.attempts + 1,
              outboxKindKey(entry.kind), entry.id, error.code, error.message);
    takeUnproven(entry.id);
    if (entry.kind == OutboxKind::MessageSend) {
        failReply(entry, error.message);
    } else {
        removeCommands({entry.id});
    }
    refreshOutboxSize();
    scheduleDiagnostics();
}

void ChannelWorker::forgetWrittenFrames() {
    m_sentOnThisConnection.clear();
    m_unproven.clear();
}

void ChannelWorker::noteWritten(const OutboxEntry& entry) {
    const QString key = supersedeKey(entry);
    if (key.isEmpty()) {
        return;
    }
    const auto it = m_newestWritten.constFind(key);
    if (it == m_newestWritten.cend() || it.value() < ageOf(entry)) {
        m_newestWritten.insert(key, ageOf(entry));
    }
}

bool ChannelWorker::supersededByNewer(const OutboxEntry& entry) const {
    const QString key = supersedeKey(entry);
    return !key.isEmpty() && ageOf(entry) < m_newestWritten.value(key, ageOf(entry));
}

void ChannelWorker::failReply(const OutboxEntry& entry, const QString& reason) {
    if (Status f = m_outbox->failReply(entry.id, reason); !f) {
        // NotFound: its message.acked came first and settled it.
        log::warn("实时通道: 回复 {} 未标记为发送失败: {}", entry.messageId, f.error().detail);
        return;
    }
    AppliedBatch failed;
    failed.conversationIds.insert(entry.conversationId);
    failed.ackedMessageIds.append(entry.messageId);
    Q_EMIT batchApplied(failed);  // the chat view shows 发送失败 with the reason and 重发
}

bool ChannelWorker::takeUnproven(qint64 outboxId) {
    const auto before = m_unproven.size();
    m_unproven.removeIf([outboxId](const std::pair<qint64, qint64>& row) { return row.second == outboxId; });
    return m_unproven.size() != before;
}

void ChannelWorker::onPong(qint64 atMs) {
    if (m_streakProbeAtMs > 0 && atMs >= m_streakProbeAtMs) {
        m_pauseStreak = 0;  // the gateway took what the last pause held back without refusing again
        m_streakProbeAtMs = 0;
    }
    QList<qint64> proven;
    while (!m_unproven.isEmpty() && m_unproven.constFirst().first < atMs) {
        proven.append(m_unproven.takeFirst().second);
    }
    removeCommands(proven);
    if (!proven.isEmpty()) {
        sendOutbox();  // pending() is a window of the oldest rows: proven ones left, so later rows may go now
    } else {
        refreshOutboxSize();  // sendOutbox() counts too
    }
    scheduleDiagnostics();
}

void ChannelWorker::pauseOutbox() {
    m_streakProbeAtMs = 0;  // refused again: the streak goes on
    if (m_rateLimitTimer.isActive()) {
        return;  // refusals of frames written before this pause: one step per pause, not per refusal
    }
    const qint64 pause = GatewayRefusal::pauseMs(m_settings.timings.rateLimitPauseMs, m_pauseStreak++);
    log::warn("实时通道: 网关要求放慢, 待发队列暂停 {} ms", pause);
    m_rateLimitTimer.start(static_cast<int>(pause));
}

void ChannelWorker::endPause() {
    sendOutbox();
    if (m_connection) {
        m_streakProbeAtMs = m_connection->probe();  // written after what the pause held back
    }
}

void ChannelWorker::outboxChanged() {
    sendOutbox();
}

void ChannelWorker::sendOutbox() {
    if (!m_connection || m_connection->state() != ChannelState::Live || m_rateLimitTimer.isActive()) {
        refreshOutboxSize();
        return;
    }
    Result<QList<OutboxEntry>> pending = m_outbox->pending();
    if (!pending) {
        log::error("实时通道: 读取待发队列失败: {}", pending.error().detail);
        return;
    }
    QList<qint64> attempted;
    QList<qint64> commands;  // written: removed once proven
    QList<qint64> settled;   // nobody to tell: removed now
    AppliedBatch failed;
    const qint64 pingFloor = m_connection->lastPingAtMs();
    for (const OutboxEntry& entry : pending.value()) {
        if (!sendEntry(entry, attempted, commands, settled, failed)) {
            break;  // the connection went away; the rest waits for the next one
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (Status marked = m_outbox->markAttempted(attempted, now); !marked) {
        log::warn("实时通道: 记录发送次数失败: {}", marked.error().detail);
    }
    removeCommands(settled);
    if (!commands.isEmpty()) {
        for (const qint64 id : std::as_const(commands)) {
            m_unproven.append({pingFloor, id});
        }
        m_connection->probe();  // its pong proves them; a heartbeat's would too, later
    }
    refreshOutboxSize();
    if (!failed.ackedMessageIds.isEmpty()) {
        Q_EMIT batchApplied(failed);  // the chat view shows 发送失败 with the reason
    }
    scheduleDiagnostics();
}

bool ChannelWorker::sendEntry(const OutboxEntry& entry, QList<qint64>& attempted, QList<qint64>& commands,
                              QList<qint64>& settled, AppliedBatch& failed) {
    if (m_sentOnThisConnection.contains(entry.id)) {
        return true;  // a reply awaiting its message.acked, or a command awaiting its proof
    }
    if (entry.kind != OutboxKind::Presence && entry.gatewayConversationId.isEmpty()) {
        if (entry.kind == OutboxKind::MessageSend) {
            log::warn("实时通道: 会话 {} 未接入网关, 回复 {} 标记为发送失败", entry.conversationId, entry.messageId);
            if (Status f = m_outbox->failReply(entry.id, localConversationReason()); !f) {
                log::error("实时通道: 标记发送失败出错: {}", f.error().detail);
                return true;
            }
            failed.conversationIds.insert(entry.conversationId);
            failed.ackedMessageIds.append(entry.messageId);
        } else {
            settled.append(entry.id);  // nobody to tell
        }
        return true;
    }
    if (!writeEntry(entry)) {
        return false;
    }
    m_sentOnThisConnection.insert(entry.id);
    noteWritten(entry);
    attempted.append(entry.id);
    m_writtenByRef.insert(entry.frameId(), entry);
    if (entry.kind == OutboxKind::MessageSend) {
        m_writtenByRef.insert(entry.clientMessageId, entry);  // §5 error: a message.send is quoted by its client id
    } else {
        commands.append(entry.id);
    }
    return true;
}

bool ChannelWorker::writeEntry(const OutboxEntry& entry) {
    const QString frameId = entry.frameId();
    switch (entry.kind) {
        case OutboxKind::MessageSend:
            return m_connection->send(MessageSendFrame{.id = frameId,
                                                       .clientMessageId = entry.clientMessageId,
                                                       .conversationId = entry.gatewayConversationId,
                                                       .kind = entry.messageKind,
                                                       .body = entry.body});
        case OutboxKind::MessageRead:
            return m_connection->send(MessageReadFrame{.id = frameId,
                                                       .conversationId = entry.gatewayConversationId,
                                                       .gatewayMessageId = entry.gatewayMessageId});
        case OutboxKind::ConversationClose:
            return m_connection->send(
                ConversationCloseFrame{.id = frameId, .conversationId = entry.gatewayConversationId});
        case OutboxKind::ConversationTransfer:
            return m_connection->send(ConversationTransferFrame{.id = frameId,
                                                                .conversationId = entry.gatewayConversationId,
                                                                .toAgentNick = entry.toAgentNick,
                                                                .reason = entry.reason});
        case OutboxKind::Presence:
            return m_connection->send(PresenceFrame{.id = frameId, .status = entry.presence});
    }
    return false;
}

void ChannelWorker::removeCommands(const QList<qint64>& ids) {
    if (ids.isEmpty()) {
        return;
    }
    if (Status removed = m_outbox->remove(ids); !removed) {
        // They took effect; sending them again after a restart is harmless (idempotent commands).
        log::warn("实时通道: 移除已生效命令失败: {}", removed.error().detail);
    }
}

void ChannelWorker::refreshOutboxSize() {
    if (!m_outbox || !m_connection) {
        return;
    }
    if (Result<int> size = m_outbox->count(); size) {
        m_connection->diagnostics().outboxSize = size.value();
    }
    if (Result<int> replies = m_outbox->countReplies(); replies) {
        m_connection->diagnostics().repliesWaiting = replies.value();
    }
}

void ChannelWorker::scheduleDiagnostics() {
    if (!m_diagnosticsTimer.isActive()) {
        m_diagnosticsTimer.start(kDiagnosticsThrottleMs);
    }
}

void ChannelWorker::checkpoint() {
    if (!m_maintenanceDb) {
        return;
    }
    Result<WalCheckpoint> done = m_maintenanceDb->checkpoint();
    if (!done) {
        log::warn("实时通道: checkpoint 失败: {}", done.error().detail);
        return;
    }
    log::debug("实时通道: checkpoint {}/{} 页", done->checkpointed, done->logFrames);
    if (m_connection) {
        ++m_connection->diagnostics().checkpoints;
        scheduleDiagnostics();
    }
}

void ChannelWorker::stop() {
    if (m_connection) {
        m_connection->stop();
        Q_EMIT diagnosticsChanged(m_connection->diagnostics());
    }
    release();
}

void ChannelWorker::release() {
    m_checkpointTimer.stop();
    m_gapTimer.stop();
    m_diagnosticsTimer.stop();
    m_rateLimitTimer.stop();
    delete m_connection;  // its socket has written its close frame (GatewayConnection::stop)
    m_connection = nullptr;
    m_sentOnThisConnection.clear();
    m_unproven.clear();
    m_writtenByRef.clear();
    m_newestWritten.clear();
    m_pauseStreak = 0;
    m_streakProbeAtMs = 0;
    m_messages.reset();
    m_outbox.reset();
    m_applier.reset();
    m_maintenanceDb.reset();
    m_db.reset();
}

}  // namespace kefu
