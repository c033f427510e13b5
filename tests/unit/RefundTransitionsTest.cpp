#include "core/RefundStatus.h"

#include <QSet>

#include <gtest/gtest.h>

#include <utility>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

using S = RefundStatus;
using Edge = std::pair<S, S>;

// The expected tables, written out independently of the implementation.
const QList<Edge> kRefundOnly = {
    {S::WaitSellerAgree, S::Success},  {S::WaitSellerAgree, S::SellerRefuseBuyer},
    {S::WaitSellerAgree, S::Closed},   {S::SellerRefuseBuyer, S::WaitSellerAgree},
    {S::SellerRefuseBuyer, S::Closed},
};

const QList<Edge> kWithGoods = {
    {S::WaitSellerAgree, S::WaitBuyerReturnGoods},
    {S::WaitSellerAgree, S::SellerRefuseBuyer},
    {S::WaitSellerAgree, S::Closed},
    {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods},
    {S::WaitBuyerReturnGoods, S::Closed},
    {S::WaitSellerConfirmGoods, S::Success},
    {S::WaitSellerConfirmGoods, S::SellerRefuseBuyer},
    {S::SellerRefuseBuyer, S::WaitSellerAgree},
    {S::SellerRefuseBuyer, S::Closed},
};

const QList<Edge>& expectedFor(AfterSaleType type) {
    return type == AfterSaleType::RefundOnly ? kRefundOnly : kWithGoods;
}

std::string describe(AfterSaleType type, S from, S to) {
    return QString(afterSaleTypeKey(type) % u": "_s % refundStatusName(from) % u" → "_s % refundStatusName(to))
        .toStdString();
}

TEST(RefundTransitions, EveryPairForEveryTypeMatchesTheTable) {
    int legal = 0;
    for (const AfterSaleType type : allAfterSaleTypes()) {
        const QList<Edge>& expected = expectedFor(type);
        for (const S from : allRefundStatuses()) {
            for (const S to : allRefundStatuses()) {
                const bool shouldBeLegal = expected.contains(Edge{from, to});
                EXPECT_EQ(RefundTransitions::isLegal(type, from, to), shouldBeLegal) << describe(type, from, to);
                legal += shouldBeLegal ? 1 : 0;
            }
        }
    }
    EXPECT_EQ(legal, 5 + 3 * 9);
}

TEST(RefundTransitions, NextListsExactlyTheLegalTargetsInStatusOrder) {
    for (const AfterSaleType type : allAfterSaleTypes()) {
        for (const S from : allRefundStatuses()) {
            QList<S> expected;
            for (const S to : allRefundStatuses()) {
                if (expectedFor(type).contains(Edge{from, to})) {
                    expected.append(to);
                }
            }
            EXPECT_EQ(RefundTransitions::next(type, from), expected) << describe(type, from, from);
        }
    }
}

TEST(RefundTransitions, FinalStatesHaveNoWayOut) {
    for (const S s : allRefundStatuses()) {
        const bool final = s == S::Closed || s == S::Success;
        EXPECT_EQ(RefundTransitions::isFinal(s), final) << refundStatusName(s).toStdString();
        for (const AfterSaleType type : allAfterSaleTypes()) {
            if (final) {
                EXPECT_TRUE(RefundTransitions::next(type, s).isEmpty()) << describe(type, s, s);
            }
        }
    }
}

TEST(RefundTransitions, RefundOnlyNeverWaitsForGoods) {
    for (const S from : allRefundStatuses()) {
        EXPECT_FALSE(RefundTransitions::isLegal(AfterSaleType::RefundOnly, from, S::WaitBuyerReturnGoods));
        EXPECT_FALSE(RefundTransitions::isLegal(AfterSaleType::RefundOnly, from, S::WaitSellerConfirmGoods));
    }
}

TEST(RefundTransitions, EveryNonFinalStatusCanReachAFinalOne) {
    for (const AfterSaleType type : allAfterSaleTypes()) {
        QSet<S> reached;
        QList<S> frontier = {S::WaitSellerAgree};
        while (!frontier.isEmpty()) {
            const S s = frontier.takeFirst();
            if (reached.contains(s)) {
                continue;
            }
            reached.insert(s);
            frontier.append(RefundTransitions::next(type, s));
        }
        EXPECT_TRUE(reached.contains(S::Success)) << afterSaleTypeKey(type).toStdString();
        EXPECT_TRUE(reached.contains(S::Closed)) << afterSaleTypeKey(type).toStdString();
    }
}

}  // namespace
