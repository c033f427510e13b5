#include "gui/widgets/ElidedLabel.h"

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QString kLongText = u"接待：售后组长王小满（木棉纪旗舰店）"_s;

TEST(ElidedLabelTest, ShrinksBelowItsTextInsteadOfWideningTheRow) {
    ElidedLabel label;
    label.setText(kLongText);
    QLabel plain;
    plain.setText(kLongText);
    EXPECT_LT(label.minimumSizeHint().width(), plain.minimumSizeHint().width() / 2);
    EXPECT_EQ(label.sizeHint(), plain.sizeHint()) << "given the room, it asks for the whole text";
}

TEST(ElidedLabelTest, ACutTextIsElidedAndShownWholeOnHover) {
    ElidedLabel label;
    label.setText(kLongText);
    label.resize(label.minimumSizeHint().width() + 20, label.sizeHint().height());
    label.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&label));
    QLabel clipped;
    clipped.setText(kLongText);
    clipped.resize(label.size());
    EXPECT_NE(label.grab().toImage(), clipped.grab().toImage()) << "cut text is elided, not clipped";

    QHelpEvent hover(QEvent::ToolTip, QPoint(2, 2), label.mapToGlobal(QPoint(2, 2)));
    QCoreApplication::sendEvent(&label, &hover);
    EXPECT_EQ(QToolTip::text(), kLongText);
    QToolTip::hideText();
}

TEST(ElidedLabelTest, GivenRoomItPaintsLikeAPlainLabel) {
    ElidedLabel label;
    label.setText(kLongText);
    label.resize(label.sizeHint());
    QLabel plain;
    plain.setText(kLongText);
    plain.resize(label.size());
    EXPECT_EQ(label.grab().toImage(), plain.grab().toImage());
}

}  // namespace
}  // namespace kefu
