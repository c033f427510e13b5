#include "gui/customer/AddressEditDialog.h"

#include "store/OrderRepository.h"
#include "ui_AddressEditDialog.h"

#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

void setByteCount(QLabel* label, const QString& what, int bytes, int limit) {
    label->setText(AddressEditDialog::tr("%1 %2/%3 字节").arg(what).arg(bytes).arg(limit));
    label->setProperty("role", bytes > limit ? u"error"_s : u"muted"_s);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

}  // namespace

AddressEditDialog::AddressEditDialog(Database& db, const Order& order, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddressEditDialog>()), m_db(db), m_tid(order.tid) {
    m_ui->setupUi(this);
    setObjectName(u"addressEditDialog"_s);
    m_ui->orderLabel->setText(tr("订单 %1（%2）").arg(order.tid, tradeStatusLabel(order.status)));
    m_ui->orderLabel->setProperty("role", u"muted"_s);
    m_ui->problemLabel->setProperty("role", u"error"_s);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setToolTip(tr("保存新地址（Ctrl+Enter）"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));

    const Receiver& r = order.receiver;
    m_ui->nameEdit->setText(r.name);
    m_ui->phoneEdit->setText(r.phone);
    m_ui->provinceEdit->setText(r.province);
    m_ui->cityEdit->setText(r.city);
    m_ui->districtEdit->setText(r.district);
    m_ui->addressEdit->setPlainText(r.address);
    m_ui->zipEdit->setText(r.zip);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddressEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AddressEditDialog::reject);
    for (QLineEdit* edit :
         {m_ui->nameEdit, m_ui->phoneEdit, m_ui->provinceEdit, m_ui->cityEdit, m_ui->districtEdit, m_ui->zipEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &AddressEditDialog::validate);
    }
    connect(m_ui->addressEdit, &QPlainTextEdit::textChanged, this, &AddressEditDialog::validate);
    validate();
    resize(width(), minimumSizeHint().height());
    m_ui->nameEdit->setFocus();
}

AddressEditDialog::~AddressEditDialog() = default;

Receiver AddressEditDialog::receiver() const {
    Receiver r;
    r.name = m_ui->nameEdit->text().trimmed();
    r.phone = m_ui->phoneEdit->text().trimmed();
    r.province = m_ui->provinceEdit->text().trimmed();
    r.city = m_ui->cityEdit->text().trimmed();
    r.district = m_ui->districtEdit->text().trimmed();
    r.address = m_ui->addressEdit->toPlainText().simplified();
    r.zip = m_ui->zipEdit->text().trimmed();
    return r;
}

QString AddressEditDialog::problemText(ReceiverProblem problem) {
    switch (problem) {
        case ReceiverProblem::NameMissing:
            return tr("请填写收货人姓名");
        case ReceiverProblem::NameTooLong:
            return tr("收货人姓名不能超过 %1 个字节（一个汉字计 2 个字节）").arg(ReceiverRules::kMaxNameBytes);
        case ReceiverProblem::PhoneMissing:
            return tr("请填写联系电话");
        case ReceiverProblem::PhoneInvalid:
            return tr("联系电话格式不正确：请填写 11 位手机号，或带区号的固定电话（如 0571-88886666）");
        case ReceiverProblem::ProvinceMissing:
            return tr("请填写省份");
        case ReceiverProblem::CityMissing:
            return tr("请填写城市");
        case ReceiverProblem::AddressMissing:
            return tr("请填写详细地址");
        case ReceiverProblem::AddressTooLong:
            return tr("详细地址不能超过 %1 个字节（一个汉字计 2 个字节）").arg(ReceiverRules::kMaxAddressBytes);
        case ReceiverProblem::ZipInvalid:
            return tr("邮政编码应为 6 位数字");
    }
    return {};
}

void AddressEditDialog::validate() {
    const Receiver r = receiver();
    setByteCount(m_ui->nameBytes, tr("姓名"), ReceiverRules::gbkByteLength(r.name), ReceiverRules::kMaxNameBytes);
    setByteCount(m_ui->addressBytes, tr("地址"), ReceiverRules::gbkByteLength(r.address),
                 ReceiverRules::kMaxAddressBytes);
    const auto problem = ReceiverRules::check(r);
    m_ui->problemLabel->setText(problem ? problemText(*problem) : QString());
    m_ui->problemLabel->setVisible(problem.has_value());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!problem.has_value());
}

void AddressEditDialog::accept() {
    const Receiver r = receiver();
    if (const auto problem = ReceiverRules::check(r)) {
        m_ui->problemLabel->setText(problemText(*problem));
        m_ui->problemLabel->show();
        return;
    }
    const Status saved = OrderRepository(m_db).updateReceiver(m_tid, r);
    if (!saved) {
        m_ui->problemLabel->setText(tr("地址没有修改：%1").arg(saved.error().message));
        m_ui->problemLabel->show();
        return;
    }
    QDialog::accept();
}

}  // namespace kefu
