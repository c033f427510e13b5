#include "gui/shell/AgentPickerDialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

QList<Agent> shopAgents() {
    return {{1, u"木棉纪:小棉"_s, u"小棉"_s, AgentRole::PreSale, AgentStatus::Offline},
            {2, u"木棉纪:阿橘"_s, u"阿橘"_s, AgentRole::AfterSale, AgentStatus::Offline},
            {3, u"木棉纪:主管"_s, u"王主管"_s, AgentRole::Supervisor, AgentStatus::Offline}};
}

TEST(AgentPickerDialogTest, PreselectsTheRememberedAgentAndReturnsTheChoice) {
    AgentPickerDialog dialog(shopAgents(), u"木棉纪:阿橘"_s);
    ASSERT_TRUE(dialog.chosenAgent().has_value());
    EXPECT_EQ(dialog.chosenAgent()->id, 2);
    EXPECT_TRUE(dialog.remember());
    auto* list = dialog.findChild<QListWidget*>(u"agentList"_s);
    ASSERT_EQ(list->count(), 3);
    EXPECT_TRUE(list->item(2)->text().contains(u"客服主管"_s));
    list->setCurrentRow(2);
    EXPECT_EQ(dialog.chosenAgent()->nick, u"木棉纪:主管"_s);
}

TEST(AgentPickerDialogTest, EnterSignsInWithTheHighlightedAgent) {
    AgentPickerDialog dialog(shopAgents(), QString());
    dialog.show();
    auto* list = dialog.findChild<QListWidget*>(u"agentList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.chosenAgent()->id, 2);
}

TEST(AgentPickerDialogTest, AShopWithoutAgentsCannotSignIn) {
    AgentPickerDialog dialog({}, QString());
    EXPECT_FALSE(dialog.chosenAgent().has_value());
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

}  // namespace
}  // namespace kefu
