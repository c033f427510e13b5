#include "gui/customer/CustomerProfileTab.h"

#include "core/Clock.h"
#include "core/Masking.h"
#include "core/ShopTime.h"
#include "gui/customer/CustomerTagsEditor.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setProperty("role", u"sideSection"_s);
    return label;
}

QWidget* statBox(QLabel* value, const QString& caption, QWidget* parent) {
    auto* box = new QFrame(parent);
    box->setObjectName(u"statBox"_s);
    value->setProperty("role", u"statValue"_s);
    value->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(caption, box);
    title->setProperty("role", u"muted"_s);
    title->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 6, 4, 6);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(title);
    return box;
}

}  // namespace

CustomerProfileTab::CustomerProfileTab(WorkbenchContext& ctx, QWidget* parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_customers(ctx.db),
      m_orders(ctx.db),
      m_placeholder(new QLabel(tr("选择一个会话后，这里显示买家的资料"), this)),
      m_scroll(new QScrollArea(this)),
      m_content(new QWidget(this)),
      m_error(new QLabel(this)),
      m_nick(new QLabel(m_content)),
      m_level(new QLabel(m_content)),
      m_totalSpend(new QLabel(m_content)),
      m_orderCount(new QLabel(m_content)),
      m_lastPurchase(new QLabel(m_content)),
      m_phone(new QLabel(m_content)),
      m_address(new QLabel(m_content)),
      m_birthday(new QLabel(m_content)),
      m_tags(new CustomerTagsEditor(m_content)),
      m_note(new QPlainTextEdit(m_content)),
      m_noteState(new QLabel(m_content)),
      m_saveNote(new QPushButton(tr("保存"), m_content)) {
    setObjectName(u"customerProfileTab"_s);
    m_placeholder->setObjectName(u"customerPlaceholder"_s);
    m_placeholder->setProperty("role", u"muted"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(u"customerError"_s);
    m_error->setProperty("role", u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(12, 12, 12, 12);
    content->setSpacing(10);
    content->addWidget(createHeader());
    content->addWidget(createFacts());
    content->addWidget(sectionTitle(tr("标签"), m_content));
    content->addWidget(m_tags);
    content->addWidget(createNoteEditor(), 1);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);

    connect(m_tags, &CustomerTagsEditor::tagsEdited, this, &CustomerProfileTab::saveTags);
    showCustomer(std::nullopt);
}

CustomerProfileTab::~CustomerProfileTab() {
    // Closing the window is one more way to leave the note; it must not lose what was typed. No event is sent:
    // the other panels are going away too.
    if (hasUnsavedNote()) {
        (void)m_customers.updateNote(m_customer->id, m_note->toPlainText());
    }
}

QWidget* CustomerProfileTab::createHeader() {
    auto* header = new QWidget(m_content);
    m_nick->setObjectName(u"customerNick"_s);
    m_nick->setProperty("role", u"customerNick"_s);
    m_nick->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_level->setObjectName(u"customerLevel"_s);
    m_level->setProperty("role", u"levelBadge"_s);
    m_totalSpend->setObjectName(u"customerTotalSpend"_s);
    m_orderCount->setObjectName(u"customerOrderCount"_s);
    m_lastPurchase->setObjectName(u"customerLastPurchase"_s);

    auto* nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    nameRow->addWidget(m_nick);
    nameRow->addWidget(m_level, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);
    auto* stats = new QHBoxLayout;
    stats->setSpacing(6);
    stats->addWidget(statBox(m_totalSpend, tr("累计消费"), header), 1);
    stats->addWidget(statBox(m_orderCount, tr("订单数"), header), 1);
    stats->addWidget(statBox(m_lastPurchase, tr("最近下单"), header), 1);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(nameRow);
    layout->addLayout(stats);
    return header;
}

QWidget* CustomerProfileTab::createFacts() {
    auto* facts = new QWidget(m_content);
    m_phone->setObjectName(u"customerPhone"_s);
    m_address->setObjectName(u"customerAddress"_s);
    m_address->setWordWrap(true);
    m_birthday->setObjectName(u"customerBirthday"_s);
    auto* form = new QFormLayout(facts);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("手机"), m_phone);
    form->addRow(tr("地址"), m_address);
    form->addRow(tr("生日"), m_birthday);
    for (int row = 0; row < form->rowCount(); ++row) {
        if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole)) {
            label->widget()->setProperty("role", u"muted"_s);
        }
    }
    return facts;
}

QWidget* CustomerProfileTab::createNoteEditor() {
    auto* editor = new QWidget(m_content);
    auto* title = sectionTitle(tr("备注(&N)"), editor);
    title->setBuddy(m_note);
    m_note->setObjectName(u"customerNoteEdit"_s);
    m_note->setPlaceholderText(tr("写下这位买家的偏好、尺码、注意事项……"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    m_note->installEventFilter(this);
    m_noteState->setObjectName(u"customerNoteState"_s);
    m_noteState->setProperty("role", u"muted"_s);
    m_saveNote->setObjectName(u"saveNoteButton"_s);
    m_saveNote->setToolTip(tr("保存备注（Ctrl+S）"));

    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { saveNote(); });
    connect(m_saveNote, &QPushButton::clicked, this, [this] { saveNote(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &CustomerProfileTab::updateNoteState);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_noteState, 1);
    footer->addWidget(m_saveNote);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_note, 1);
    layout->addLayout(footer);
    return editor;
}

void CustomerProfileTab::showCustomer(std::optional<qint64> customerId) {
    if (hasUnsavedNote()) {
        saveNote();
    }
    m_customer.reset();
    m_error->hide();
    if (customerId) {
        auto customer = m_customers.find(*customerId);
        if (!customer) {
            showError(tr("读取买家资料失败：%1").arg(customer.error().message));
        } else {
            m_customer = *customer;
            m_savedNote = m_customer->note;
            m_note->setPlainText(m_savedNote);
            showFacts(*m_customer);
        }
    }
    m_scroll->setVisible(m_customer.has_value());
    m_placeholder->setVisible(!m_customer.has_value());
    updateNoteState();
}

void CustomerProfileTab::reload() {
    if (!m_customer) {
        return;
    }
    auto customer = m_customers.find(m_customer->id);
    if (!customer) {
        showError(tr("读取买家资料失败：%1").arg(customer.error().message));
        return;
    }
    const bool typing = hasUnsavedNote();
    m_customer = *customer;
    m_savedNote = m_customer->note;
    if (!typing) {
        m_note->setPlainText(m_savedNote);
    }
    showFacts(*m_customer);
    updateNoteState();
}

void CustomerProfileTab::showFacts(const Customer& customer) {
    m_nick->setText(customer.buyerNick);
    m_level->setText(customerLevelLabel(customer.level));
    m_level->setProperty("level", customerLevelKey(customer.level));
    m_level->style()->unpolish(m_level);
    m_level->style()->polish(m_level);
    m_phone->setText(customer.phone.isEmpty() ? tr("未留") : Masking::phone(customer.phone));
    m_address->setText(customer.address.isEmpty() ? tr("未留") : Masking::address(customer.address));
    m_birthday->setText(customer.birthday ? customer.birthday->toString(u"yyyy-MM-dd"_s) : tr("未知"));
    m_tags->setTags(customer.tags);
    showStats();
}

void CustomerProfileTab::showStats() {
    auto stats = m_orders.statsForCustomer(m_customer->id);
    if (!stats) {
        showError(tr("读取订单统计失败：%1").arg(stats.error().message));
        return;
    }
    m_totalSpend->setText(stats->totalSpend.display());
    m_orderCount->setText(QString::number(stats->orderCount));
    m_lastPurchase->setText(
        stats->lastPurchaseAtMs ? ShopTime::formatShort(*stats->lastPurchaseAtMs, m_ctx.clock.nowMs()) : tr("暂无"));
}

void CustomerProfileTab::saveTags(const QList<CustomerTag>& tags) {
    if (!m_customer) {
        return;
    }
    const Status saved = m_customers.setTags(m_customer->id, tags);
    if (!saved) {
        showError(tr("标签没有保存：%1").arg(saved.error().message));
        return;
    }
    m_error->hide();
    m_customer->tags = tags;
    m_tags->setTags(tags);
    Q_EMIT m_ctx.events.customerUpdated(m_customer->id);
}

bool CustomerProfileTab::hasUnsavedNote() const {
    return m_customer.has_value() && m_note->toPlainText() != m_savedNote;
}

bool CustomerProfileTab::saveNote() {
    if (!hasUnsavedNote()) {
        return true;
    }
    const QString note = m_note->toPlainText();
    const Status saved = m_customers.updateNote(m_customer->id, note);
    if (!saved) {
        // The text stays in the editor, so the agent can retry; nothing typed is lost.
        showError(tr("备注没有保存：%1").arg(saved.error().message));
        return false;
    }
    m_error->hide();
    m_savedNote = note;
    m_customer->note = note;
    updateNoteState();
    Q_EMIT m_ctx.events.customerUpdated(m_customer->id);
    return true;
}

void CustomerProfileTab::updateNoteState() {
    const bool dirty = hasUnsavedNote();
    m_saveNote->setEnabled(dirty);
    m_noteState->setText(dirty ? tr("未保存（Ctrl+S 保存）") : (m_savedNote.isEmpty() ? QString() : tr("已保存")));
}

bool CustomerProfileTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_note && event->type() == QEvent::FocusOut) {
        saveNote();
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerProfileTab::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

}  // namespace kefu
