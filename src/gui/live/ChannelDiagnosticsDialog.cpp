#include "gui/live/ChannelDiagnosticsDialog.h"

#include "core/ShopTime.h"
#include "gui/live/LiveChannelBridge.h"
#include "gui/widgets/QuietUpdate.h"

#include "ui_ChannelDiagnosticsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
QString withBytes(qint64 frames, qint64 bytes) {
    return ChannelDiagnosticsDialog::tr("%1 帧（%2）").arg(frames).arg(QLocale().formattedDataSize(bytes));
}
}  // namespace

ChannelDiagnosticsDialog::ChannelDiagnosticsDialog(LiveChannelBridge& bridge, QWidget* parent)
    : QDialog(parent), m_bridge(bridge), m_ui(std::make_unique<Ui::ChannelDiagnosticsDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"channelDiagnosticsDialog"_s);
    m_ui->noteLabel->setStyleSheet(u"color: #5b616b;"_s);
    m_ui->badFrameKindsValue->setTextFormat(Qt::PlainText);
    connect(&bridge, &LiveChannelBridge::diagnosticsChanged, this, &ChannelDiagnosticsDialog::refresh);
    connect(&bridge, &LiveChannelBridge::stateChanged, this, &ChannelDiagnosticsDialog::refresh);
    connect(&bridge, &LiveChannelBridge::configurationChanged, this, &ChannelDiagnosticsDialog::refresh);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(report()); });
    connect(m_ui->reconnectButton, &QPushButton::clicked, &bridge, &LiveChannelBridge::restart);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

ChannelDiagnosticsDialog::~ChannelDiagnosticsDialog() = default;

QString ChannelDiagnosticsDialog::badFrameReason(const QString& key) {
    static const QHash<QString, const char*> kReasons = {
        {u"too_large"_s, QT_TR_NOOP("帧过大")},
        {u"invalid_utf8"_s, QT_TR_NOOP("非法 UTF-8")},
        {u"too_deep"_s, QT_TR_NOOP("嵌套过深")},
        {u"malformed_json"_s, QT_TR_NOOP("JSON 格式错误")},
        {u"not_an_object"_s, QT_TR_NOOP("不是 JSON 对象")},
        {u"missing_version"_s, QT_TR_NOOP("缺少协议版本")},
        {u"unsupported_version"_s, QT_TR_NOOP("协议版本不受支持")},
        {u"unknown_type"_s, QT_TR_NOOP("未知的帧类型")},
        {u"missing_field"_s, QT_TR_NOOP("缺少字段")},
        {u"wrong_type"_s, QT_TR_NOOP("字段类型错误")},
        {u"unknown_value"_s, QT_TR_NOOP("未知的取值")},
        {u"invalid_value"_s, QT_TR_NOOP("取值无效")},
        {ChannelDiagnostics::kBinaryFrameKey.toString(), QT_TR_NOOP("二进制帧")},
    };
    const auto it = kReasons.constFind(key);
    return it == kReasons.cend() ? key : tr(*it);
}

void ChannelDiagnosticsDialog::refresh() {
    const ChannelDiagnostics& d = m_bridge.diagnostics();
    const bool configured = m_bridge.isConfigured();
    m_ui->stateValue->setText(configured ? channelStateLabel(m_bridge.state()) : tr("未配置网关（离线模式）"));
    m_ui->urlValue->setText(configured ? m_bridge.url() : tr("未配置（设置 → 网关）"));
    m_ui->agentValue->setText(m_bridge.agentNick());
    m_ui->lastConnectedValue->setText(d.lastConnectedAtMs > 0 ? ShopTime::formatDateTime(d.lastConnectedAtMs)
                                                              : tr("从未连接"));
    m_ui->reconnectsValue->setText(QString::number(d.reconnects));
    m_ui->lastErrorValue->setText(d.lastError.isEmpty() ? tr("无") : d.lastError);
    m_ui->framesInValue->setText(withBytes(d.framesIn, d.bytesIn));
    m_ui->framesOutValue->setText(withBytes(d.framesOut, d.bytesOut));
    m_ui->lastAckedValue->setText(QString::number(d.lastAckedSeq));
    m_ui->outboxValue->setText(tr("%1 条").arg(d.outboxSize));
    m_ui->checkpointsValue->setText(QString::number(d.checkpoints));
    m_ui->badFramesValue->setText(QString::number(d.badFrameTotal()));
    QStringList kinds;
    for (auto it = d.badFrames.cbegin(); it != d.badFrames.cend(); ++it) {
        kinds << tr("%1（%2）：%3").arg(badFrameReason(it.key()), it.key()).arg(it.value());
    }
    m_ui->badFrameKindsValue->setText(kinds.isEmpty() ? tr("无") : kinds.join(u'\n'));
    m_ui->duplicatesValue->setText(QString::number(d.duplicates));
    m_ui->rejectedValue->setText(QString::number(d.rejected));
    m_ui->reconnectButton->setEnabled(configured);
    const bool bad = d.badFrameTotal() > 0 || d.rejected > 0;
    // Runs on every diagnostics tick while the dialog is open: an unchanged sheet must not re-polish the counts.
    for (QLabel* value : {m_ui->badFramesValue, m_ui->rejectedValue}) {
        QuietUpdate::setStyleSheet(*value,
                                   bad && value->text() != "0"_L1 ? u"color: #e5484d; font-weight: 600;"_s : QString());
    }
}

QString ChannelDiagnosticsDialog::report() const {
    QStringList lines;
    const QList<QPair<QLabel*, QLabel*>> rows = {
        {m_ui->stateLabel, m_ui->stateValue},
        {m_ui->urlLabel, m_ui->urlValue},
        {m_ui->agentLabel, m_ui->agentValue},
        {m_ui->lastConnectedLabel, m_ui->lastConnectedValue},
        {m_ui->reconnectsLabel, m_ui->reconnectsValue},
        {m_ui->lastErrorLabel, m_ui->lastErrorValue},
        {m_ui->framesInLabel, m_ui->framesInValue},
        {m_ui->framesOutLabel, m_ui->framesOutValue},
        {m_ui->lastAckedLabel, m_ui->lastAckedValue},
        {m_ui->outboxLabel, m_ui->outboxValue},
        {m_ui->checkpointsLabel, m_ui->checkpointsValue},
        {m_ui->badFramesLabel, m_ui->badFramesValue},
        {m_ui->badFrameKindsLabel, m_ui->badFrameKindsValue},
        {m_ui->duplicatesLabel, m_ui->duplicatesValue},
        {m_ui->rejectedLabel, m_ui->rejectedValue},
    };
    for (const auto& [label, value] : rows) {
        lines << label->text() + u' ' + value->text().replace(u'\n', u"；"_s);
    }
    return lines.join(u'\n');
}

}  // namespace kefu
