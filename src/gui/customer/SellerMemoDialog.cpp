#include "gui/customer/SellerMemoDialog.h"

#include "gui/customer/SellerFlags.h"
#include "store/OrderRepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

SellerMemoDialog::SellerMemoDialog(Database& db, const Order& order, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_tid(order.tid),
      m_memo(new QPlainTextEdit(this)),
      m_flags(new QButtonGroup(this)),
      m_error(new QLabel(this)) {
    setObjectName(u"sellerMemoDialog"_s);
    setWindowTitle(tr("卖家备注 · 订单 %1").arg(order.tid));
    m_memo->setObjectName(u"sellerMemoEdit"_s);
    m_memo->setPlainText(order.sellerMemo);
    m_memo->setTabChangesFocus(true);
    m_memo->setPlaceholderText(tr("只有店铺能看到的备注，如：已改地址、赠品、加急"));
    auto* memoCaption = new QLabel(tr("备注内容(&M)"), this);
    memoCaption->setBuddy(m_memo);

    auto* flagRow = new QHBoxLayout;
    flagRow->setSpacing(4);
    flagRow->addWidget(new QLabel(tr("旗帜"), this));
    for (int flag = 0; flag < SellerFlags::kCount; ++flag) {
        auto* button = new QToolButton(this);
        button->setObjectName(u"sellerFlag%1"_s.arg(flag));
        button->setCheckable(true);
        button->setIcon(SellerFlags::icon(flag, 16));
        button->setText(SellerFlags::label(flag));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tr("%1（Alt+%2）").arg(SellerFlags::label(flag)).arg(flag));
        button->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + flag)));
        m_flags->addButton(button, flag);
        flagRow->addWidget(button);
    }
    flagRow->addStretch(1);
    if (QAbstractButton* current = m_flags->button(order.sellerFlag)) {
        current->setChecked(true);
    } else {
        m_flags->button(0)->setChecked(true);
    }

    m_error->setObjectName(u"sellerMemoError"_s);
    m_error->setProperty("role", u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveSellerMemoButton"_s);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("保存备注（Ctrl+Enter）"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SellerMemoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SellerMemoDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(memoCaption);
    layout->addWidget(m_memo);
    layout->addLayout(flagRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 260);
    m_memo->setFocus();
}

int SellerMemoDialog::flag() const {
    return qMax(0, m_flags->checkedId());
}

QString SellerMemoDialog::memo() const {
    return m_memo->toPlainText().trimmed();
}

void SellerMemoDialog::accept() {
    const Status saved = OrderRepository(m_db).updateSellerMemo(m_tid, memo(), flag());
    if (!saved) {
        m_error->setText(tr("备注没有保存：%1").arg(saved.error().message));
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace kefu
