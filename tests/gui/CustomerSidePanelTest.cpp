#include "DemoWorkbench.h"
#include "TypeText.h"

#include "core/Masking.h"
#include "gui/customer/AddressEditDialog.h"
#include "gui/customer/AfterSaleCreateDialog.h"
#include "gui/customer/CustomerSidePanel.h"
#include "gui/customer/OrderCard.h"
#include "gui/customer/OrdersTab.h"
#include "gui/customer/SellerMemoDialog.h"
#include "store/AfterSaleRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "support/IsOk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// A demo conversation whose buyer has an order that satisfies `wanted` (the demo shop is seeded, not hand-built).
struct Pick {
    qint64 conversationId = 0;
    Customer customer;
    Order order;
};

Pick pickConversation(test::DemoWorkbench& bench, const std::function<bool(const Order&)>& wanted) {
    ConversationRepository conversations(bench.db());
    OrderRepository orders(bench.db());
    for (qint64 id = 1; id <= 300; ++id) {
        auto conversation = conversations.find(id);
        if (!conversation) {
            continue;
        }
        auto list = orders.listForCustomer(conversation->customerId, OrdersTab::kOrdersShown);
        for (const Order& order : *list) {
            if (wanted(order)) {
                auto customer = CustomerRepository(bench.db()).find(conversation->customerId);
                return Pick{id, *customer, order};
            }
        }
    }
    ADD_FAILURE() << "no demo conversation with such an order";
    return {};
}

void typeText(QWidget* widget, const QString& text) {
    widget->setFocus();
    test::commitText(widget, text);
}

class CustomerSidePanelTest : public ::testing::Test {
protected:
    CustomerSidePanelTest() : m_panel(m_bench.context()) {
        m_panel.resize(380, 900);
        m_panel.show();
    }

    Pick open(const std::function<bool(const Order&)>& wanted) {
        Pick pick = pickConversation(m_bench, wanted);
        Q_EMIT m_bench.events().conversationSelected(pick.conversationId);
        QApplication::processEvents();  // a layout shows new widgets from the event loop
        return pick;
    }

    OrderCard* card(const QString& tid) {
        QApplication::processEvents();  // a tab brought forward builds its cards; the layout shows them from the loop
        for (OrderCard* c : m_panel.findChildren<OrderCard*>()) {
            if (c->tid() == tid && !c->isHidden()) {
                return c;
            }
        }
        return nullptr;
    }

    template <typename T>
    T* child(QObject* parent, const QString& name) {
        T* found = parent->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    QString visibleText() {
        QStringList texts;
        for (QLabel* label : m_panel.findChildren<QLabel*>()) {
            if (label->isVisibleTo(&m_panel)) {
                texts.append(label->text());
            }
        }
        return texts.join(u'\n');
    }

    template <typename Dialog>
    Dialog* openDialogFrom(const QString& tid, const QString& button) {
        m_panel.showTab(CustomerSidePanel::OrdersTabIndex);
        OrderCard* c = card(tid);
        EXPECT_NE(c, nullptr);
        if (c == nullptr) {
            return nullptr;
        }
        QTest::mouseClick(child<QPushButton>(c, button), Qt::LeftButton);
        Dialog* dialog = m_panel.findChild<Dialog*>();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    test::DemoWorkbench m_bench;
    CustomerSidePanel m_panel;
};

TEST_F(CustomerSidePanelTest, SelectingAConversationShowsThatBuyer) {
    const Pick pick = open([](const Order&) { return true; });
    const auto stats = OrderRepository(m_bench.db()).statsForCustomer(pick.customer.id);
    ASSERT_TRUE(test::isOk(stats));
    EXPECT_EQ(child<QLabel>(&m_panel, u"customerNick"_s)->text(), pick.customer.buyerNick);
    EXPECT_EQ(child<QLabel>(&m_panel, u"customerLevel"_s)->text(), customerLevelLabel(pick.customer.level));
    EXPECT_EQ(child<QLabel>(&m_panel, u"customerOrderCount"_s)->text(), QString::number(stats->orderCount));
    EXPECT_EQ(child<QLabel>(&m_panel, u"customerTotalSpend"_s)->text(), stats->totalSpend.display());
    EXPECT_EQ(m_panel.customerId(), pick.customer.id);
}

TEST_F(CustomerSidePanelTest, ListsOrdersWithChineseStatusAndOnlyMaskedPhones) {
    const Pick pick = open([](const Order&) { return true; });
    m_panel.showTab(CustomerSidePanel::OrdersTabIndex);
    const auto orders = OrderRepository(m_bench.db()).listForCustomer(pick.customer.id, OrdersTab::kOrdersShown);
    ASSERT_TRUE(test::isOk(orders));
    ASSERT_FALSE(orders->isEmpty());
    for (const Order& order : *orders) {
        OrderCard* c = card(order.tid);
        ASSERT_NE(c, nullptr) << order.tid.toStdString();
        EXPECT_EQ(child<QLabel>(c, u"orderStatus"_s)->text(), tradeStatusShortLabel(order.status));
        EXPECT_TRUE(child<QLabel>(c, u"orderReceiver"_s)->text().contains(Masking::phone(order.receiver.phone)));
    }
    const QString shown = visibleText();
    for (const Order& order : *orders) {
        EXPECT_FALSE(shown.contains(order.receiver.phone)) << order.receiver.phone.toStdString();
        EXPECT_FALSE(shown.contains(order.receiver.address)) << order.receiver.address.toStdString();
    }
    if (!pick.customer.phone.isEmpty()) {
        EXPECT_FALSE(shown.contains(pick.customer.phone));
        EXPECT_TRUE(shown.contains(Masking::phone(pick.customer.phone)));
    }
}

// A conversation switch reads only the tab in front; the orders follow when their tab is brought forward.
TEST_F(CustomerSidePanelTest, OrdersAreBuiltWhenTheirTabIsShown) {
    m_panel.showTab(CustomerSidePanel::ProfileTab);
    const Pick pick = open([](const Order&) { return true; });
    EXPECT_EQ(card(pick.order.tid), nullptr);
    m_panel.showTab(CustomerSidePanel::OrdersTabIndex);
    EXPECT_NE(card(pick.order.tid), nullptr);
}

TEST_F(CustomerSidePanelTest, AddressEditIsOnlyOfferedBeforeShipment) {
    const Pick shipped = open([](const Order& o) { return o.status == TradeStatus::WaitBuyerConfirmGoods; });
    m_panel.showTab(CustomerSidePanel::OrdersTabIndex);
    auto* locked = child<QPushButton>(card(shipped.order.tid), u"editAddressButton"_s);
    EXPECT_FALSE(locked->isEnabled());
    EXPECT_TRUE(locked->toolTip().contains(u"不能再修改"_s));

    const Pick waiting = open([](const Order& o) { return o.status == TradeStatus::WaitSellerSendGoods; });
    OrderCard* open = card(waiting.order.tid);
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(child<QPushButton>(open, u"editAddressButton"_s)->isEnabled());
}

TEST_F(CustomerSidePanelTest, AddressDialogRefusesWhatTaobaoWouldAndSavesAValidAddress) {
    const Pick pick = open([](const Order& o) { return o.status == TradeStatus::WaitSellerSendGoods; });
    QSignalSpy updated(&m_bench.events(), &WorkbenchEvents::ordersUpdated);
    auto* dialog = openDialogFrom<AddressEditDialog>(pick.order.tid, u"editAddressButton"_s);
    ASSERT_NE(dialog, nullptr);
    auto* address = child<QPlainTextEdit>(dialog, u"addressEdit"_s);
    auto* zip = child<QLineEdit>(dialog, u"zipEdit"_s);
    auto* problem = child<QLabel>(dialog, u"problemLabel"_s);
    auto* save = child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Save);

    address->clear();
    typeText(address, QString(114, u'路') + u"1"_s);  // 229 bytes in GBK
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(u"228"_s));
    EXPECT_TRUE(child<QLabel>(dialog, u"addressBytes"_s)->text().contains(u"229/228"_s));
    EXPECT_FALSE(save->isEnabled());

    address->clear();
    typeText(address, u"文一西路 969 号 3 幢 502"_s);
    zip->clear();
    QTest::keyClicks(zip, u"31000"_s);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(u"邮政编码"_s));
    EXPECT_FALSE(save->isEnabled());

    QTest::keyClick(zip, Qt::Key_1);
    EXPECT_FALSE(problem->isVisible());
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const auto stored = OrderRepository(m_bench.db()).find(pick.order.tid);
    ASSERT_TRUE(test::isOk(stored));
    EXPECT_EQ(stored->receiver.address, u"文一西路 969 号 3 幢 502"_s);
    EXPECT_EQ(stored->receiver.zip, u"310001"_s);
    EXPECT_EQ(updated.count(), 1);
}

TEST_F(CustomerSidePanelTest, AddressDialogShowsARefusalAndKeepsWhatWasTyped) {
    const Pick pick = open([](const Order& o) { return o.status == TradeStatus::WaitSellerSendGoods; });
    auto* dialog = openDialogFrom<AddressEditDialog>(pick.order.tid, u"editAddressButton"_s);
    ASSERT_NE(dialog, nullptr);
    // The warehouse ships while the agent types.
    ASSERT_TRUE(
        test::isOk(OrderRepository(m_bench.db())
                       .updateStatus(pick.order.tid, TradeStatus::WaitBuyerConfirmGoods, m_bench.clock().nowMs())));
    auto* address = child<QPlainTextEdit>(dialog, u"addressEdit"_s);
    address->clear();
    typeText(address, u"文一西路 1 号"_s);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(child<QLabel>(dialog, u"problemLabel"_s)->text().startsWith(u"地址没有修改"_s));
    EXPECT_EQ(address->toPlainText(), u"文一西路 1 号"_s);
    EXPECT_EQ(OrderRepository(m_bench.db()).find(pick.order.tid)->receiver, pick.order.receiver);
}

TEST_F(CustomerSidePanelTest, SellerMemoSavesTextAndFlag) {
    const Pick pick = open([](const Order&) { return true; });
    auto* dialog = openDialogFrom<SellerMemoDialog>(pick.order.tid, u"sellerMemoButton"_s);
    ASSERT_NE(dialog, nullptr);
    auto* memo = child<QPlainTextEdit>(dialog, u"sellerMemoEdit"_s);
    memo->clear();
    typeText(memo, u"已与买家确认改发顺丰"_s);
    QTest::mouseClick(child<QAbstractButton>(dialog, u"sellerFlag4"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveSellerMemoButton"_s), Qt::LeftButton);

    const auto stored = OrderRepository(m_bench.db()).find(pick.order.tid);
    ASSERT_TRUE(test::isOk(stored));
    EXPECT_EQ(stored->sellerMemo, u"已与买家确认改发顺丰"_s);
    EXPECT_EQ(stored->sellerFlag, 4);
    QApplication::processEvents();
    EXPECT_TRUE(child<QLabel>(card(pick.order.tid), u"orderSellerMemo"_s)->text().contains(u"改发顺丰"_s));
}

TEST_F(CustomerSidePanelTest, CreatingAnAfterSaleCaseShowsItInTheAfterSalesTab) {
    const Pick pick = open([](const Order& o) { return o.status == TradeStatus::WaitBuyerConfirmGoods; });
    const int before = static_cast<int>(AfterSaleRepository(m_bench.db()).listForTrade(pick.order.tid)->size());
    auto* dialog = openDialogFrom<AfterSaleCreateDialog>(pick.order.tid, u"createAfterSaleButton"_s);
    ASSERT_NE(dialog, nullptr);
    auto* amount = child<QLineEdit>(dialog, u"afterSaleAmountEdit"_s);
    auto* save = child<QPushButton>(dialog, u"saveAfterSaleButton"_s);
    amount->clear();
    QTest::keyClicks(amount, (pick.order.payment + Money::fromFen(1)).toYuanString());
    EXPECT_FALSE(save->isEnabled());
    amount->clear();
    QTest::keyClicks(amount, u"10.00"_s);
    typeText(child<QLineEdit>(dialog, u"afterSaleNoteEdit"_s), u"买家说线头多"_s);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const auto cases = AfterSaleRepository(m_bench.db()).listForTrade(pick.order.tid);
    ASSERT_TRUE(test::isOk(cases));
    ASSERT_EQ(cases->size(), before + 1);
    const AfterSaleCase& created = cases->front();
    EXPECT_EQ(created.status, RefundStatus::WaitSellerAgree);
    EXPECT_EQ(created.amount, Money::fromYuan(10));
    EXPECT_EQ(created.customerId, pick.customer.id);

    m_panel.showTab(CustomerSidePanel::AfterSalesTabIndex);
    QApplication::processEvents();
    bool shown = false;
    for (QLabel* label : m_panel.findChildren<QLabel*>(u"afterSaleRefundId"_s)) {
        shown = shown || (label->isVisibleTo(&m_panel) && label->text().contains(created.refundId));
    }
    EXPECT_TRUE(shown);
    EXPECT_TRUE(visibleText().contains(u"买家说线头多"_s));
}

TEST_F(CustomerSidePanelTest, PaymentReminderIsSentOnlyForAnUnpaidOrder) {
    QSignalSpy sent(&m_bench.events(), &WorkbenchEvents::sendRequested);
    const Pick paid = open([](const Order& o) { return o.status == TradeStatus::WaitSellerSendGoods; });
    m_panel.showTab(CustomerSidePanel::OrdersTabIndex);
    EXPECT_EQ(card(paid.order.tid)->findChild<QPushButton*>(u"remindPayButton"_s), nullptr);

    const Pick unpaid = open([](const Order& o) { return o.status == TradeStatus::WaitBuyerPay; });
    QTest::mouseClick(child<QPushButton>(card(unpaid.order.tid), u"remindPayButton"_s), Qt::LeftButton);
    ASSERT_EQ(sent.count(), 1);
    EXPECT_EQ(sent.at(0).at(0).value<MessageKind>(), MessageKind::Text);
    const QString text = sent.at(0).at(1).toString();
    EXPECT_TRUE(text.contains(unpaid.order.payment.display()));
    EXPECT_TRUE(text.contains(unpaid.order.items.front().title));
}

TEST_F(CustomerSidePanelTest, AddressCheckSendsTheOrderCardAndTheWholeReceiver) {
    QSignalSpy sent(&m_bench.events(), &WorkbenchEvents::sendRequested);
    const Pick pick = open([](const Order&) { return true; });
    m_panel.showTab(CustomerSidePanel::OrdersTabIndex);
    QTest::mouseClick(child<QPushButton>(card(pick.order.tid), u"checkAddressButton"_s), Qt::LeftButton);
    ASSERT_EQ(sent.count(), 2);
    EXPECT_EQ(sent.at(0).at(0).value<MessageKind>(), MessageKind::OrderCard);
    EXPECT_EQ(sent.at(0).at(1).toString(), pick.order.tid);
    const QString text = sent.at(1).at(1).toString();
    EXPECT_TRUE(text.contains(pick.order.receiver.phone));
    EXPECT_TRUE(text.contains(pick.order.receiver.address));
    EXPECT_FALSE(visibleText().contains(pick.order.receiver.phone));
}

TEST_F(CustomerSidePanelTest, EditingTagsAndNoteSavesThemAndAnnouncesIt) {
    const Pick pick = open([](const Order&) { return true; });
    QSignalSpy updated(&m_bench.events(), &WorkbenchEvents::customerUpdated);
    const QList<CustomerTag> before = pick.customer.tags;

    auto* name = child<QLineEdit>(&m_panel, u"tagNameEdit"_s);
    auto* color = child<QComboBox>(&m_panel, u"tagColorCombo"_s);
    color->setCurrentIndex(color->findData(u"#8e4ec6"_s));
    typeText(name, u"要发票"_s);
    QTest::keyClick(name, Qt::Key_Return);
    auto stored = CustomerRepository(m_bench.db()).find(pick.customer.id);
    ASSERT_TRUE(test::isOk(stored));
    ASSERT_EQ(stored->tags.size(), before.size() + 1);
    EXPECT_EQ(stored->tags.mid(0, before.size()), before);
    EXPECT_EQ(stored->tags.back(), (CustomerTag{u"要发票"_s, u"#8e4ec6"_s}));
    EXPECT_EQ(updated.count(), 1);

    QApplication::processEvents();
    QAbstractButton* removeFirst = nullptr;
    for (QAbstractButton* b : m_panel.findChildren<QAbstractButton*>(u"removeTagButton"_s)) {
        if (b->isVisibleTo(&m_panel) && removeFirst == nullptr) {
            removeFirst = b;
        }
    }
    ASSERT_NE(removeFirst, nullptr);
    QTest::mouseClick(removeFirst, Qt::LeftButton);
    stored = CustomerRepository(m_bench.db()).find(pick.customer.id);
    ASSERT_EQ(stored->tags.size(), before.size());
    EXPECT_EQ(stored->tags.back().name, u"要发票"_s);
    EXPECT_EQ(updated.count(), 2);

    auto* note = child<QPlainTextEdit>(&m_panel, u"customerNoteEdit"_s);
    note->setFocus();
    note->moveCursor(QTextCursor::End);
    typeText(note, u"偏爱宽松款"_s);
    QTest::keyClick(note, Qt::Key_S, Qt::ControlModifier);
    stored = CustomerRepository(m_bench.db()).find(pick.customer.id);
    EXPECT_EQ(stored->note, pick.customer.note + u"偏爱宽松款"_s);
    EXPECT_EQ(updated.count(), 3);
}

TEST_F(CustomerSidePanelTest, ANoteBeingTypedIsSavedBeforeAnotherBuyerIsShown) {
    const Pick first = open([](const Order&) { return true; });
    auto* note = child<QPlainTextEdit>(&m_panel, u"customerNoteEdit"_s);
    note->setPlainText(u"只收顺丰"_s);
    const Pick other = open([&](const Order& o) { return o.customerId != first.customer.id; });
    EXPECT_EQ(CustomerRepository(m_bench.db()).find(first.customer.id)->note, u"只收顺丰"_s);
    EXPECT_EQ(note->toPlainText(), other.customer.note);
}

}  // namespace
}  // namespace kefu

namespace kefu {
namespace {

// Renders the three tabs over a demo buyer, so the panel can be looked at (written to the temp folder).
TEST(CustomerSidePanelRenderTest, RendersEveryTabOverTheDemoShop) {
    test::DemoWorkbench bench;
    CustomerSidePanel panel(bench.context());
    panel.resize(380, 860);
    panel.show();
    const Pick pick = pickConversation(bench, [&](const Order& o) {
        return !o.shipments.isEmpty() && !AfterSaleRepository(bench.db()).listForTrade(o.tid)->isEmpty();
    });
    Q_EMIT bench.events().conversationSelected(pick.conversationId);
    QApplication::processEvents();
    for (int tab = 0; tab < panel.count(); ++tab) {
        panel.showTab(tab);
        QApplication::processEvents();
        const QImage image = panel.grab().toImage();
        EXPECT_FALSE(image.isNull());
        image.save(QDir::temp().filePath(u"sidepanel-%1.png"_s.arg(tab)));
    }
}

// The order dialogs at their natural size, for a look (written to the temp folder).
TEST_F(CustomerSidePanelTest, RendersTheOrderDialogs) {
    const Pick pick = open([](const Order& o) { return o.status == TradeStatus::WaitSellerSendGoods; });
    auto* address = openDialogFrom<AddressEditDialog>(pick.order.tid, u"editAddressButton"_s);
    ASSERT_NE(address, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(address->grab().save(QDir::temp().filePath(u"sidepanel-address.png"_s)));
    address->reject();
    auto* memo = openDialogFrom<SellerMemoDialog>(pick.order.tid, u"sellerMemoButton"_s);
    ASSERT_NE(memo, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(memo->grab().save(QDir::temp().filePath(u"sidepanel-memo.png"_s)));
    memo->reject();
    auto* afterSale = openDialogFrom<AfterSaleCreateDialog>(pick.order.tid, u"createAfterSaleButton"_s);
    ASSERT_NE(afterSale, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(afterSale->grab().save(QDir::temp().filePath(u"sidepanel-aftersale.png"_s)));
}

}  // namespace
}  // namespace kefu
