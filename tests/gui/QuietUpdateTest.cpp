#include "gui/widgets/QuietUpdate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QTabBar>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// Counts what a set costs: the re-polish (StyleChange), the tooltip announcement and the layout requests a text change
// posts to the parent, which is what re-lays out the bar around it.
class EventCounter : public QObject {
public:
    explicit EventCounter(QEvent::Type type) : m_type(type) {}

    int count() const { return m_count; }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == m_type) {
            ++m_count;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    int m_count = 0;
};

// A shown parent without a layout: a child's geometry change reaches it as a posted LayoutRequest.
class QuietUpdateTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_bar.resize(400, 40);
        m_bar.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_bar));
    }

    int layoutRequestsAfter(const std::function<void()>& change) {
        QCoreApplication::processEvents();
        EventCounter requests(QEvent::LayoutRequest);
        m_bar.installEventFilter(&requests);
        change();
        QCoreApplication::processEvents();
        m_bar.removeEventFilter(&requests);
        return requests.count();
    }

    QWidget m_bar;
};

TEST_F(QuietUpdateTest, AnUnchangedStyleSheetIsNotPolishedAgain) {
    QLabel label(u"待回复 3 人"_s, &m_bar);
    label.show();  // only a polished widget is re-polished
    const QString orange = u"color: #ff5000; font-weight: 600;"_s;
    label.setStyleSheet(orange);
    ASSERT_TRUE(label.testAttribute(Qt::WA_WState_Polished));
    EventCounter restyled(QEvent::StyleChange);
    label.installEventFilter(&restyled);

    EXPECT_FALSE(QuietUpdate::setStyleSheet(label, orange));
    EXPECT_EQ(restyled.count(), 0);

    EXPECT_TRUE(QuietUpdate::setStyleSheet(label, QString()));
    EXPECT_EQ(label.styleSheet(), QString());
    EXPECT_GT(restyled.count(), 0);
}

TEST_F(QuietUpdateTest, AnUnchangedToolTipIsNotAnnouncedAgain) {
    QLabel label(&m_bar);
    label.setToolTip(u"聊天网关：ws://127.0.0.1:8765"_s);
    EventCounter announced(QEvent::ToolTipChange);
    label.installEventFilter(&announced);

    EXPECT_FALSE(QuietUpdate::setToolTip(label, u"聊天网关：ws://127.0.0.1:8765"_s));
    EXPECT_EQ(announced.count(), 0);

    EXPECT_TRUE(QuietUpdate::setToolTip(label, u"未配置聊天网关"_s));
    EXPECT_EQ(label.toolTip(), u"未配置聊天网关"_s);
    EXPECT_EQ(announced.count(), 1);
}

TEST_F(QuietUpdateTest, AnUnchangedTabTextDoesNotReLayOutTheTabs) {
    auto* tabs = new QTabBar(&m_bar);
    tabs->addTab(u"待回复 3"_s);
    tabs->addTab(u"已结束"_s);
    tabs->show();

    bool changed = true;
    EXPECT_EQ(layoutRequestsAfter([&] { changed = QuietUpdate::setTabText(*tabs, 0, u"待回复 3"_s); }), 0);
    EXPECT_FALSE(changed);

    EXPECT_GT(layoutRequestsAfter([&] { changed = QuietUpdate::setTabText(*tabs, 0, u"待回复 4"_s); }), 0);
    EXPECT_TRUE(changed);
    EXPECT_EQ(tabs->tabText(0), u"待回复 4"_s);
}

}  // namespace
}  // namespace kefu
