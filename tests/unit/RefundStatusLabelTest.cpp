#include "core/RefundStatus.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// The side panel's chips use the short labels; every status has one and no two read alike.
TEST(RefundStatusLabelTest, EveryStatusHasADistinctShortLabel) {
    QStringList labels;
    for (const RefundStatus s : allRefundStatuses()) {
        const QString label = refundStatusShortLabel(s);
        EXPECT_FALSE(label.isEmpty()) << refundStatusName(s).toStdString();
        EXPECT_LE(label.size(), 5) << label.toStdString();
        EXPECT_FALSE(labels.contains(label)) << label.toStdString();
        labels.append(label);
    }
    EXPECT_EQ(refundStatusShortLabel(RefundStatus::WaitSellerAgree), u"待卖家同意"_s);
}

}  // namespace
}  // namespace kefu
