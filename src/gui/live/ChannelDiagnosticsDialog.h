#pragma once

#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelState.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChannelDiagnosticsDialog;
}

namespace kefu {

class LiveChannelBridge;

// 帮助 → 连接诊断 (Ctrl+Shift+D): the live channel's counters — state, gateway, last connection and error, frames
// and bytes each way, bad frames by reason, duplicates, frames that could not be stored, the outbox, the last acked
// seq — updated as the worker reports them. Non-modal; 复制诊断信息 puts the same text on the clipboard.
class ChannelDiagnosticsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChannelDiagnosticsDialog(LiveChannelBridge& bridge, QWidget* parent = nullptr);
    ~ChannelDiagnosticsDialog() override;

    // What the dialog shows, as plain lines (the clipboard text).
    QString report() const;
    // The Chinese name of a bad-frame reason key ("malformed_json" → JSON 格式错误).
    static QString badFrameReason(const QString& key);

private:
    void refresh();

    LiveChannelBridge& m_bridge;
    std::unique_ptr<Ui::ChannelDiagnosticsDialog> m_ui;
};

}  // namespace kefu
