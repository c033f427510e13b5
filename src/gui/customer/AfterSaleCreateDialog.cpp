#include "gui/customer/AfterSaleCreateDialog.h"

#include "core/Clock.h"
#include "gui/workbench/WorkbenchContext.h"
#include "store/AfterSaleRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kRefundIdAttempts = 3;  // a taken refund id is a one-in-a-thousand clash within the same ms

}  // namespace

AfterSaleCreateDialog::AfterSaleCreateDialog(WorkbenchContext& ctx, const Order& order, QWidget* parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_order(order),
      m_type(new QComboBox(this)),
      m_item(new QComboBox(this)),
      m_reason(new QComboBox(this)),
      m_amount(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_save(nullptr) {
    setObjectName(u"afterSaleCreateDialog"_s);
    setWindowTitle(tr("创建售后 · 订单 %1").arg(order.tid));
    m_type->setObjectName(u"afterSaleTypeCombo"_s);
    for (const AfterSaleType type : allAfterSaleTypes()) {
        m_type->addItem(afterSaleTypeLabel(type), QVariant::fromValue(static_cast<int>(type)));
    }
    m_item->setObjectName(u"afterSaleItemCombo"_s);
    for (const OrderItem& item : order.items) {
        m_item->addItem(tr("%1（%2）×%3").arg(item.title, item.skuText).arg(item.quantity), item.oid);
    }
    m_reason->setObjectName(u"afterSaleReasonCombo"_s);
    m_reason->setEditable(true);
    m_reason->addItems({tr("尺码不合适"), tr("质量问题"), tr("七天无理由"), tr("发错货"), tr("少件/漏发"),
                        tr("与描述不符"), tr("未按约定时间发货"), tr("不想要了")});
    m_amount->setObjectName(u"afterSaleAmountEdit"_s);
    m_amount->setText(order.payment.toYuanString());
    m_amount->setPlaceholderText(tr("最多 %1").arg(order.payment.display()));
    m_amount->setToolTip(tr("退款金额不能超过实付 %1").arg(order.payment.display()));
    m_note->setObjectName(u"afterSaleNoteEdit"_s);
    m_note->setPlaceholderText(tr("给售后同事的说明，可不填"));
    m_error->setObjectName(u"afterSaleError"_s);
    m_error->setProperty("role", u"error"_s);
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("售后类型(&T)"), m_type);
    form->addRow(tr("商品(&I)"), m_item);
    form->addRow(tr("原因(&R)"), m_reason);
    form->addRow(tr("退款金额(&M)"), m_amount);
    form->addRow(tr("说明(&N)"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("创建"));
    m_save->setObjectName(u"saveAfterSaleButton"_s);
    m_save->setToolTip(tr("创建售后单，状态为等待卖家同意（Enter）"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AfterSaleCreateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AfterSaleCreateDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &AfterSaleCreateDialog::validate);
    connect(m_reason, &QComboBox::currentTextChanged, this, &AfterSaleCreateDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, 0);
    validate();
    m_type->setFocus();
}

std::optional<Money> AfterSaleCreateDialog::amount() const {
    return Money::parse(m_amount->text().trimmed());
}

void AfterSaleCreateDialog::validate() {
    const auto value = amount();
    QString problem;
    if (!value || *value <= Money()) {
        problem = tr("请填写大于 0 的退款金额，如 59.00");
    } else if (*value > m_order.payment) {
        problem = tr("退款金额不能超过实付 %1").arg(m_order.payment.display());
    } else if (m_reason->currentText().trimmed().isEmpty()) {
        problem = tr("请填写售后原因");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

QString AfterSaleCreateDialog::newRefundId() const {
    // Taobao refund ids are long digit strings; the clock keeps them rising and three random digits keep two
    // agents apart within the same millisecond.
    return QString::number(m_ctx.clock.nowMs()) +
           u"%1"_s.arg(QRandomGenerator::global()->bounded(1000), 3, 10, QChar(u'0'));
}

void AfterSaleCreateDialog::accept() {
    validate();
    if (!m_save->isEnabled()) {
        return;
    }
    AfterSaleCase c;
    c.tid = m_order.tid;
    c.oid = m_item->currentData().toString();
    c.customerId = m_order.customerId;
    c.type = static_cast<AfterSaleType>(m_type->currentData().toInt());
    c.reason = m_reason->currentText().trimmed();
    c.amount = *amount();
    c.status = RefundStatus::WaitSellerAgree;
    c.createdAtMs = m_ctx.clock.nowMs();
    AfterSaleRepository cases(m_ctx.db);
    Result<qint64> created = Error{};
    for (int attempt = 0; attempt < kRefundIdAttempts; ++attempt) {
        c.refundId = newRefundId();
        created = cases.create(c, m_ctx.agent.nick, m_note->text().trimmed());
        if (created || created.error().code != ErrorCode::Constraint || !cases.findByRefundId(c.refundId)) {
            break;
        }
    }
    if (!created) {
        m_error->setText(tr("售后单没有创建：%1").arg(created.error().message));
        m_error->show();
        return;
    }
    m_createdId = *created;
    QDialog::accept();
}

}  // namespace kefu
