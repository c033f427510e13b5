#pragma once

#include "channel/FrameProblem.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace kefu {

// The live channel's counters, for the diagnostics view and the log. A plain value: the worker copies it to the
// GUI thread through a queued signal.
struct ChannelDiagnostics {
    static constexpr QStringView kBinaryFrameKey = u"binary_frame";  // not a FrameProblem: the codec never sees it

    qint64 framesIn = 0;   // text frames received, good or bad
    qint64 framesOut = 0;  // frames written to the socket
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    QMap<QString, qint64> badFrames;  // by FrameProblem key ("malformed_json" …) or kBinaryFrameKey
    qint64 duplicates = 0;            // sequenced frames already persisted (AppliedBatch::duplicates)
    qint64 rejected = 0;              // sequenced frames that could not be applied (AppliedBatch::rejected)
    qint64 reconnects = 0;            // connection attempts after the first
    QString lastError;                // the last close reason or gateway error, for the agent
    qint64 lastConnectedAtMs = 0;     // UTC ms of the last hello received; 0 never
    qint64 outboxSize = 0;            // commands waiting for the gateway
    qint64 repliesWaiting = 0;        // the replies among them (the status bar's 待发送)
    qint64 lastAckedSeq = 0;
    qint64 checkpoints = 0;  // PASSIVE WAL checkpoints run between bursts

    void countBadFrame(const QString& key) { ++badFrames[key]; }
    void countBadFrame(FrameProblem problem) { countBadFrame(frameProblemKey(problem)); }
    qint64 badFrameCount(const QString& key) const { return badFrames.value(key); }
    qint64 badFrameTotal() const;
    // One line for the log: "in 12 (3.4 KB) out 5 … bad {malformed_json: 1}".
    QString summary() const;
};

}  // namespace kefu

Q_DECLARE_METATYPE(kefu::ChannelDiagnostics)
