#include "gui/inbox/InboxJumpDialog.h"

#include "gui/inbox/InboxDelegate.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/inbox/InboxRowsModel.h"
#include "store/ConversationRepository.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

InboxJumpDialog::InboxJumpDialog(ConversationRepository& conversations, const Clock& clock, QWidget* parent)
    : QDialog(parent),
      m_conversations(conversations),
      m_edit(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_hint(new QLabel(this)),
      m_model(new InboxRowsModel(clock, this)) {
    setObjectName(u"inboxJumpDialog"_s);
    setWindowTitle(tr("跳转到买家"));
    resize(420, 380);

    auto* label = new QLabel(tr("买家昵称(&N)："), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(u"jumpEdit"_s);
    m_edit->setPlaceholderText(tr("输入买家昵称的一部分"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_list->setObjectName(u"jumpList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new InboxDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);  // typing stays in the line edit; ↑/↓ there move the selection

    m_hint->setObjectName(u"jumpHint"_s);
    m_hint->setProperty("role", u"cardCaption"_s);
    m_hint->setText(tr("↑/↓ 选择，Enter 打开该买家最近的会话，Esc 关闭"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_edit, &QLineEdit::textChanged, this, &InboxJumpDialog::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &InboxJumpDialog::accept);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        accept();
    });
}

void InboxJumpDialog::search(const QString& text) {
    // An indexed lookup per buyer over the customers whose nick matches: short enough for the keystroke.
    Result<QList<InboxRow>> found = m_conversations.latestPerBuyer(text, kMaxBuyers);
    if (!found) {
        m_model->clear();
        m_hint->setText(found.error().message);
        return;
    }
    m_model->setRows(*found);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
        m_hint->setText(tr("↑/↓ 选择，Enter 打开该买家最近的会话，Esc 关闭"));
    } else {
        m_hint->setText(text.trimmed().isEmpty() ? tr("输入买家昵称查找") : tr("没有昵称包含“%1”的买家").arg(text));
    }
}

void InboxJumpDialog::moveSelection(int step) {
    const int count = m_model->rowCount();
    if (count == 0) {
        return;
    }
    const int row = qBound(0, m_list->currentIndex().row() + step, count - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

void InboxJumpDialog::accept() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;  // nothing to open: Enter on an empty list keeps the dialog for another try
    }
    m_chosen = current.data(ConversationIdRole).toLongLong();
    QDialog::accept();
    Q_EMIT conversationChosen(m_chosen);
}

bool InboxJumpDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            moveSelection(key == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace kefu
