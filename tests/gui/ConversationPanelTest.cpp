#include "DemoWorkbench.h"
#include "TypeText.h"

#include "gui/chat/ComposeEdit.h"
#include "gui/chat/ConversationPanel.h"
#include "gui/chat/MessageListModel.h"
#include "gui/chat/MessageView.h"
#include "gui/chat/PhrasePopup.h"
#include "gui/chat/TransferDialog.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/OutboxRepository.h"
#include "store/ProductRepository.h"
#include "store/QuickPhraseRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

using test::typeText;

class ConversationPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().remove(u"drafts"_s);
        m_panel = std::make_unique<ConversationPanel>(m_bench.context());
        m_panel->resize(760, 620);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void TearDown() override { QSettings().remove(u"drafts"_s); }

    ComposeEdit* compose() { return m_panel->findChild<ComposeEdit*>(u"composeEdit"_s); }
    MessageView* view() { return m_panel->findChild<MessageView*>(u"messageView"_s); }
    MessageListModel* model() { return static_cast<MessageListModel*>(view()->model()); }
    QLabel* hint() { return m_panel->findChild<QLabel*>(u"hintLabel"_s); }

    void select(qint64 conversationId) {
        Q_EMIT m_bench.events().conversationSelected(conversationId);
        ASSERT_EQ(m_panel->currentConversationId(), conversationId);
        compose()->setFocus();
    }
    Conversation conversation(qint64 id) {
        auto c = ConversationRepository(m_bench.db()).find(id);
        EXPECT_TRUE(c.ok());
        return c ? *c : Conversation{};
    }
    // The first conversation whose buyer's latest order has (or has not) shipped.
    std::pair<qint64, Order> conversationWhoseLatestOrder(bool shipped) {
        OrderRepository orders(m_bench.db());
        for (qint64 id = 1; id <= 300; ++id) {
            auto c = ConversationRepository(m_bench.db()).find(id);
            if (!c) {
                continue;
            }
            auto latest = orders.listForCustomer(c->customerId, 1);
            if (latest && !latest->isEmpty() && latest->first().shipments.isEmpty() != shipped) {
                return {id, latest->first()};
            }
        }
        ADD_FAILURE() << "no such conversation in the demo shop";
        return {0, Order{}};
    }
    QString buyerNick(qint64 conversationId) {
        auto customer = CustomerRepository(m_bench.db()).find(conversation(conversationId).customerId);
        return customer ? customer->buyerNick : QString();
    }
    QList<Message> stored(qint64 conversationId) {
        auto page = MessageRepository(m_bench.db()).history(conversationId, {}, 1000);
        EXPECT_TRUE(page.ok());
        return page ? *page : QList<Message>{};
    }
    void typeInCompose(const QString& text) { typeText(compose(), text); }
    void pressEnter(Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(compose(), Qt::Key_Return, modifiers);
    }

    test::DemoWorkbench m_bench;
    std::unique_ptr<ConversationPanel> m_panel;
};

TEST_F(ConversationPanelTest, SlashCodeAndEnterInsertsThePhraseWithVariablesFilled) {
    const auto [id, order] = conversationWhoseLatestOrder(true);
    select(id);
    QSignalSpy used(&m_bench.events(), &WorkbenchEvents::quickPhraseUsed);
    const qsizetype before = stored(id).size();

    typeInCompose(u"/yfh"_s);
    ASSERT_TRUE(compose()->isPhrasePopupVisible());
    pressEnter();

    const Shipment& shipment = order.shipments.last();
    EXPECT_EQ(compose()->toPlainText(), u"亲，您的订单%1已经发货了，%2，单号%3，可以在“我的订单”里查看物流~"_s.arg(
                                            order.tid, shipment.company, shipment.trackingNumber));
    EXPECT_FALSE(compose()->isPhrasePopupVisible());
    EXPECT_EQ(used.size(), 1);
    EXPECT_EQ(stored(id).size(), before);  // the Enter that chose the phrase sent nothing
}

TEST_F(ConversationPanelTest, SlashFhFindsTheShippingPhraseAndFillsNickAndAgent) {
    const auto [id, order] = conversationWhoseLatestOrder(true);
    select(id);
    typeInCompose(u"/fh"_s);
    pressEnter();
    EXPECT_TRUE(compose()->toPlainText().startsWith(u"亲，今天16点前付款的订单当天发出"_s))
        << compose()->toPlainText().toStdString();

    compose()->clear();
    typeInCompose(u"/hy2"_s);
    QTest::keyClick(compose(), Qt::Key_Tab);
    EXPECT_TRUE(
        compose()->toPlainText().startsWith(buyerNick(id) + u"您好呀，我是"_s + m_bench.context().agent.displayName));
}

TEST_F(ConversationPanelTest, PopupFollowsTheQueryAndEscapeClosesIt) {
    select(conversationWhoseLatestOrder(true).first);
    typeInCompose(u"你好 /"_s);
    EXPECT_TRUE(compose()->isPhrasePopupVisible());
    const int all = compose()->phrasePopup()->count();
    typeInCompose(u"wl"_s);
    EXPECT_TRUE(compose()->isPhrasePopupVisible());
    EXPECT_LT(compose()->phrasePopup()->count(), all);
    QTest::keyClick(compose(), Qt::Key_Escape);
    EXPECT_FALSE(compose()->isPhrasePopupVisible());
    EXPECT_EQ(compose()->toPlainText(), u"你好 /wl"_s);
    typeInCompose(u"网址/"_s);  // a slash inside a word is text
    EXPECT_FALSE(compose()->isPhrasePopupVisible());
}

TEST_F(ConversationPanelTest, UnfillableVariableIsHighlightedAndHoldsTheSend) {
    const auto [id, order] = conversationWhoseLatestOrder(false);
    select(id);
    const qsizetype before = stored(id).size();

    typeInCompose(u"/yfh"_s);
    pressEnter();
    const QString text = compose()->toPlainText();
    ASSERT_TRUE(text.contains(order.tid));
    ASSERT_TRUE(text.contains(u"{物流单号}"_s));
    bool highlighted = false;
    for (const QTextLayout::FormatRange& range : compose()->document()->firstBlock().layout()->formats()) {
        if (text.mid(range.start, range.length) == u"{物流单号}"_s && range.format.background().color() != Qt::white) {
            highlighted = true;
        }
    }
    EXPECT_TRUE(highlighted);

    pressEnter();
    EXPECT_EQ(stored(id).size(), before);
    EXPECT_TRUE(hint()->text().contains(u"请先填写 {物流公司}"_s)) << hint()->text().toStdString();
    EXPECT_EQ(compose()->toPlainText(), text);

    // The agent types the real values over the placeholders.
    QString edited = text;
    edited.replace(u"{物流公司}"_s, u"中通快递"_s).replace(u"{物流单号}"_s, u"75312345678901"_s);
    compose()->selectAll();
    typeInCompose(edited);
    pressEnter();
    ASSERT_EQ(stored(id).size(), before + 1);
    EXPECT_EQ(stored(id).last().body, edited);
    EXPECT_TRUE(compose()->toPlainText().isEmpty());
}

TEST_F(ConversationPanelTest, ATextLongerThanThePlatformTakesIsHeldWithTheReason) {
    const auto [id, order] = conversationWhoseLatestOrder(false);
    select(id);
    const qsizetype before = stored(id).size();
    const QString tooLong(4001, u'好');
    compose()->setPlainText(tooLong);
    pressEnter();
    EXPECT_EQ(stored(id).size(), before);
    EXPECT_TRUE(hint()->text().contains(u"最多 4000 字"_s)) << hint()->text().toStdString();
    EXPECT_EQ(compose()->toPlainText(), tooLong);  // nothing the agent wrote is lost
}

// The agent who answers an unassigned buyer takes the conversation; one assigned to a colleague stays theirs.
TEST_F(ConversationPanelTest, ReplyingToAnUnassignedBuyerTakesTheConversation) {
    ConversationRepository conversations(m_bench.db());
    const qint64 id = conversationWhoseLatestOrder(true).first;
    ASSERT_TRUE(conversations.assign(id, std::nullopt).ok());
    select(id);
    typeInCompose(u"您好，在的"_s);
    pressEnter();
    EXPECT_EQ(conversation(id).assignedAgentId, m_bench.context().agent.id);

    const auto agents = AgentRepository(m_bench.db()).list();
    ASSERT_TRUE(agents.ok() && agents->size() > 1);
    const qint64 colleague = agents->at(0).id == m_bench.context().agent.id ? agents->at(1).id : agents->at(0).id;
    ASSERT_TRUE(conversations.assign(id, colleague).ok());
    typeInCompose(u"还有别的问题吗"_s);
    pressEnter();
    EXPECT_EQ(conversation(id).assignedAgentId, colleague);
}

TEST_F(ConversationPanelTest, EnterSendsAQueuedAgentMessageAndShiftEnterStartsANewLine) {
    const qint64 id = conversationWhoseLatestOrder(true).first;
    select(id);
    QSignalSpy updated(&m_bench.events(), &WorkbenchEvents::conversationUpdated);
    const int rows = model()->rowCount();

    typeInCompose(u"您好"_s);
    pressEnter(Qt::ShiftModifier);
    typeInCompose(u"在的"_s);
    EXPECT_EQ(compose()->toPlainText(), u"您好\n在的"_s);
    pressEnter();

    const Message sent = stored(id).last();
    EXPECT_EQ(sent.body, u"您好\n在的"_s);
    EXPECT_EQ(sent.direction, MessageDirection::Agent);
    EXPECT_EQ(sent.status, MessageStatus::Queued);
    EXPECT_EQ(sent.agentId, m_bench.context().agent.id);
    EXPECT_EQ(sent.sentAtMs, test::DemoWorkbench::kNow);
    EXPECT_TRUE(sent.clientMessageId.startsWith(u"c-"_s)) << sent.clientMessageId.toStdString();  // a gateway id
    const auto waiting = OutboxRepository(m_bench.db()).pending();  // it waits there until the gateway has it
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->first().messageId, sent.id);
    EXPECT_TRUE(compose()->toPlainText().isEmpty());
    ASSERT_EQ(updated.size(), 1);
    EXPECT_EQ(updated.first().first().toLongLong(), id);
    ASSERT_EQ(model()->rowCount(), rows + 1);
    EXPECT_EQ(model()->index(rows, 0).data(MessageListModel::StatusRole).toInt(),
              static_cast<int>(MessageStatus::Queued));
}

TEST_F(ConversationPanelTest, DraftIsKeptPerConversationAndSurvivesARestart) {
    select(1);
    typeInCompose(u"稍等我查一下"_s);
    select(2);
    EXPECT_TRUE(compose()->toPlainText().isEmpty());
    typeInCompose(u"B的草稿"_s);
    select(1);
    EXPECT_EQ(compose()->toPlainText(), u"稍等我查一下"_s);
    typeInCompose(u"，马上"_s);  // still on screen when the window closes: saved on close, not only on a switch

    m_panel.reset();
    ConversationPanel restarted(m_bench.context());
    Q_EMIT m_bench.events().conversationSelected(2);
    EXPECT_EQ(restarted.findChild<ComposeEdit*>(u"composeEdit"_s)->toPlainText(), u"B的草稿"_s);
    Q_EMIT m_bench.events().conversationSelected(1);
    EXPECT_EQ(restarted.findChild<ComposeEdit*>(u"composeEdit"_s)->toPlainText(), u"稍等我查一下，马上"_s);
}

// The gateway's answer about an older reply (here: refused, with the platform's reason) reaches its bubble even when
// many messages came after it.
TEST_F(ConversationPanelTest, AnAckForAnOlderReplyUpdatesItsBubble) {
    const qint64 id = 7;
    MessageRepository messages(m_bench.db());
    Message reply;
    reply.conversationId = id;
    reply.direction = MessageDirection::Agent;
    reply.body = u"亲，加微信聊"_s;
    reply.clientMessageId = u"c-old-reply"_s;
    reply.status = MessageStatus::Queued;
    reply.sentAtMs = test::DemoWorkbench::kNow - 60000;
    auto stored = messages.append(reply);
    ASSERT_TRUE(stored.ok());
    QList<Message> later;
    for (int i = 0; i < 30; ++i) {
        Message m;
        m.conversationId = id;
        m.body = u"买家第%1条"_s.arg(i);
        m.sentAtMs = test::DemoWorkbench::kNow - 30000 + i * 100;
        later.append(m);
    }
    ASSERT_TRUE(messages.appendBatch(later).ok());
    select(id);
    const int row = model()->rowOf(stored->id);
    ASSERT_GE(row, 0);
    ASSERT_LT(row, model()->rowCount() - 20);  // further back than the tail re-read on every update

    ASSERT_TRUE(messages.markFailed(stored->id, u"消息包含违禁词"_s).ok());
    Q_EMIT m_bench.events().messagesAcked({stored->id});
    EXPECT_EQ(model()->index(row, 0).data(MessageListModel::StatusRole).toInt(),
              static_cast<int>(MessageStatus::Failed));
}

TEST_F(ConversationPanelTest, HistoryLoadsFiftyThenFiftyMoreWhenScrolledToTheTop) {
    const qint64 id = 7;
    QList<Message> batch;
    for (int i = 0; i < 120; ++i) {
        Message m;
        m.conversationId = id;
        m.direction = i % 2 ? MessageDirection::Agent : MessageDirection::Buyer;
        m.body = u"第%1条"_s.arg(i);
        m.sentAtMs = test::DemoWorkbench::kNow - 3600000 + i * 1000;
        batch.append(m);
    }
    ASSERT_TRUE(MessageRepository(m_bench.db()).appendBatch(batch).ok());
    select(id);
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model()->rowCount(), 50);
    EXPECT_EQ(model()->index(49, 0).data().toString(), u"第119条"_s);
    ASSERT_GT(view()->verticalScrollBar()->maximum(), 0);
    EXPECT_TRUE(view()->isAtBottom());

    view()->verticalScrollBar()->setValue(0);
    ASSERT_EQ(model()->rowCount(), 100);
    EXPECT_GT(view()->verticalScrollBar()->value(), 0);  // the rows the agent saw stay in place
    QSet<qint64> ids;
    qint64 previous = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const qint64 messageId = model()->index(row, 0).data(MessageListModel::IdRole).toLongLong();
        EXPECT_GT(messageId, previous);
        previous = messageId;
        ids.insert(messageId);
    }
    EXPECT_EQ(ids.size(), 100);
    EXPECT_EQ(model()->index(0, 0).data().toString(), u"第20条"_s);
}

TEST_F(ConversationPanelTest, FailedMessageOffersResendAndGoesBackToTheQueue) {
    const qint64 id = 3;
    Message failed;
    failed.conversationId = id;
    failed.direction = MessageDirection::Agent;
    failed.body = u"亲，在的~"_s;
    failed.status = MessageStatus::Failed;
    failed.sentAtMs = test::DemoWorkbench::kNow;
    failed.agentId = m_bench.context().agent.id;
    failed.clientMessageId = u"failed-1"_s;
    auto appended = MessageRepository(m_bench.db()).append(failed);
    ASSERT_TRUE(appended.ok());
    select(id);
    const int row = model()->rowOf(appended->id);
    ASSERT_GE(row, 0);
    view()->scrollToBottom();

    const QModelIndex index = model()->index(row, 0);
    const QRect rect = view()->visualRect(index);
    ASSERT_TRUE(rect.isValid());
    // 重发 is drawn at the right end of the status line under the bubble.
    const QPoint resend(rect.right() - 16, rect.bottom() - 10);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, resend);
    auto after = MessageRepository(m_bench.db()).find(appended->id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->status, MessageStatus::Queued);
    EXPECT_EQ(index.data(MessageListModel::StatusRole).toInt(), static_cast<int>(MessageStatus::Queued));
    EXPECT_NE(after->clientMessageId, u"failed-1"_s);  // the gateway answers a known id with the old result

    // The platform refuses it again: its outbox row goes with the answer.
    ASSERT_TRUE(OutboxRepository(m_bench.db()).removeForMessage(appended->id).ok());
    ASSERT_TRUE(MessageRepository(m_bench.db()).setStatus(appended->id, MessageStatus::Failed).ok());
    Q_EMIT m_bench.events().conversationUpdated(id);
    view()->setCurrentIndex(index);
    QTest::keyClick(view(), Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(MessageRepository(m_bench.db()).find(appended->id)->status, MessageStatus::Queued);
}

TEST_F(ConversationPanelTest, TransferAssignsAndRecordsTheReason) {
    const qint64 id = 5;
    select(id);
    m_panel->transferConversation();
    auto* dialog = m_panel->findChild<TransferDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());  // a reason is required
    auto* agents = dialog->findChild<QComboBox*>(u"agentCombo"_s);
    ASSERT_GT(agents->count(), 0);
    agents->setCurrentIndex(agents->count() - 1);
    const auto target = dialog->selectedAgent();
    ASSERT_TRUE(target.has_value());
    EXPECT_NE(target->id, m_bench.context().agent.id);
    typeText(dialog->findChild<QLineEdit*>(u"reasonEdit"_s), u"买家要退款，转售后"_s);
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    EXPECT_EQ(conversation(id).assignedAgentId, target->id);
    const Message notice = stored(id).last();
    EXPECT_EQ(notice.direction, MessageDirection::System);
    EXPECT_EQ(notice.body, u"已转接给 %1：买家要退款，转售后"_s.arg(target->displayName));
    EXPECT_EQ(model()->index(model()->rowCount() - 1, 0).data().toString(), notice.body);
}

TEST_F(ConversationPanelTest, CloseButtonAndShortcutEndTheConversation) {
    QList<qint64> open;
    for (qint64 id = 1; id <= 300 && open.size() < 2; ++id) {
        if (conversation(id).status != ConversationStatus::Closed) {
            open.append(id);
        }
    }
    ASSERT_EQ(open.size(), 2);
    select(open.at(0));
    QTest::mouseClick(m_panel->findChild<QToolButton*>(u"closeButton"_s), Qt::LeftButton);
    EXPECT_EQ(conversation(open.at(0)).status, ConversationStatus::Closed);
    EXPECT_EQ(conversation(open.at(0)).closedAtMs, test::DemoWorkbench::kNow);
    EXPECT_EQ(m_panel->findChild<QLabel*>(u"statusLabel"_s)->text(),
              conversationStatusLabel(ConversationStatus::Closed));

    select(open.at(1));
    QApplication::setActiveWindow(m_panel.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
    QTest::keyClick(compose(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(conversation(open.at(1)).status, ConversationStatus::Closed);
}

TEST_F(ConversationPanelTest, AwayButtonAsksForAwayThenOnline) {
    select(1);
    QSignalSpy asked(&m_bench.events(), &WorkbenchEvents::agentStatusChangeRequested);
    auto* away = m_panel->findChild<QToolButton*>(u"awayButton"_s);
    QTest::mouseClick(away, Qt::LeftButton);
    QTest::mouseClick(away, Qt::LeftButton);
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(asked.at(0).first().value<AgentStatus>(), AgentStatus::Away);
    EXPECT_EQ(asked.at(1).first().value<AgentStatus>(), AgentStatus::Online);
    Q_EMIT m_bench.events().agentStatusChanged(AgentStatus::Away);
    EXPECT_TRUE(away->isChecked());
}

TEST_F(ConversationPanelTest, ConversationUpdatedAppendsANewBuyerMessage) {
    const qint64 id = 4;
    select(id);
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model()->rowCount();
    Message buyer;
    buyer.conversationId = id;
    buyer.direction = MessageDirection::Buyer;
    buyer.body = u"还在吗/:^_^"_s;
    buyer.gatewayMessageId = u"gw-new-1"_s;
    buyer.sentAtMs = test::DemoWorkbench::kNow + 60000;
    ASSERT_TRUE(MessageRepository(m_bench.db()).append(buyer).ok());
    Q_EMIT m_bench.events().conversationUpdated(id);
    ASSERT_EQ(model()->rowCount(), rows + 1);
    EXPECT_EQ(model()->index(rows, 0).data().toString(), u"还在吗🙂"_s);
    Q_EMIT m_bench.events().conversationUpdated(id);  // nothing new: nothing added
    EXPECT_EQ(model()->rowCount(), rows + 1);
}

TEST_F(ConversationPanelTest, SendRequestedSendsAProductCardDrawnFromTheCatalogue) {
    const qint64 id = 6;
    select(id);
    auto products = ProductRepository(m_bench.db()).listPage(std::nullopt, 1);
    ASSERT_TRUE(products.ok() && !products->isEmpty());
    auto product = ProductRepository(m_bench.db()).find(products->first().id);
    ASSERT_TRUE(product.ok());
    Q_EMIT m_bench.events().sendRequested(MessageKind::ProductCard, product->numIid);
    const Message card = stored(id).last();
    EXPECT_EQ(card.kind, MessageKind::ProductCard);
    EXPECT_EQ(card.body, product->numIid);
    const QStringList lines =
        model()->index(model()->rowCount() - 1, 0).data(MessageListModel::CardRole).toStringList();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), product->title);
}

TEST_F(ConversationPanelTest, ComposeInsertRequestedFillsVariables) {
    const qint64 id = conversationWhoseLatestOrder(true).first;
    select(id);
    Q_EMIT m_bench.events().composeInsertRequested(u"{买家昵称}，{店铺名}欢迎您"_s);
    EXPECT_EQ(compose()->toPlainText(), buyerNick(id) + u"，"_s + m_bench.context().shop.name + u"欢迎您"_s);
}

TEST_F(ConversationPanelTest, FindJumpsToTheMatchingMessage) {
    const qint64 id = 8;
    Message m;
    m.conversationId = id;
    m.direction = MessageDirection::Buyer;
    m.body = u"请问羊毛大衣起球吗"_s;
    m.sentAtMs = test::DemoWorkbench::kNow - 1000;
    auto added = MessageRepository(m_bench.db()).append(m);
    ASSERT_TRUE(added.ok());
    select(id);
    m_panel->openFind();
    auto* find = m_panel->findChild<QLineEdit*>(u"findEdit"_s);
    ASSERT_TRUE(find->isVisible());
    typeText(find, u"起球"_s);
    QTest::keyClick(find, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return view()->currentIndex().isValid(); }));
    EXPECT_EQ(view()->currentIndex().data(MessageListModel::IdRole).toLongLong(), added->id);
    EXPECT_EQ(m_panel->findChild<QLabel*>(u"findPosition"_s)->text(), u"1 / 1"_s);
    QTest::keyClick(find, Qt::Key_Escape);
    EXPECT_FALSE(find->isVisible());
}

}  // namespace
}  // namespace kefu
